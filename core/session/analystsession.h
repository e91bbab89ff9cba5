// The analyst's data of the open project, in memory and written through to
// its store: the one object the viewer's correction, note and view actions
// change (the app's undo commands call it), and whose corrections the corpus
// session lays over the analysis.
#pragma once

#include "analystdata.h"
#include "analyststore.h"

#include <QObject>

#include <memory>

namespace Marsad::Session {

class AnalystSession final : public QObject
{
    Q_OBJECT
public:
    explicit AnalystSession(QObject *parent = nullptr);
    ~AnalystSession() override;

    /// Keeps the data in \a store from now on (null: in memory only, lost at
    /// exit), replacing what was held; emits every *Changed signal.
    void setStore(std::unique_ptr<Analyst::AnalystStore> store);
    Analyst::AnalystStore *store() const { return m_store.get(); }

    /// Everything not deleted.
    const Analyst::AnalystData &data() const { return m_data; }

    /// The item with \a uid; null when unknown or deleted.
    const Analyst::Correction *correction(const QString &uid) const;
    const Analyst::Note *note(const QString &uid) const;
    const Analyst::SavedView *view(const QString &uid) const;

    /// Writes in memory and to the store. add() of a uid that exists (a
    /// removed item brought back by redo or undo) clears its tombstone and
    /// writes its fields; update() writes the fields that changed; remove()
    /// leaves a tombstone. False with lastError() when the store refused
    /// (memory is then unchanged).
    bool add(const Analyst::Correction &item);
    bool add(const Analyst::Note &item);
    bool add(const Analyst::SavedView &item);
    bool update(const Analyst::Correction &item);
    bool update(const Analyst::Note &item);
    bool update(const Analyst::SavedView &item);
    bool removeCorrection(const QString &uid);
    bool removeNote(const QString &uid);
    bool removeView(const QString &uid);

    /// Reads the store again (another client wrote); emits what changed.
    void reload();

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void correctionsChanged();
    void notesChanged();
    void viewsChanged();

private:
    template<typename Item>
    bool addItem(QList<Item> &items, const Item &item);
    template<typename Item>
    bool updateItem(QList<Item> &items, const Item &item);
    template<typename Item>
    bool removeItem(QList<Item> &items, const QString &uid);
    void emitChanged(const Analyst::Correction *);
    void emitChanged(const Analyst::Note *);
    void emitChanged(const Analyst::SavedView *);

    std::unique_ptr<Analyst::AnalystStore> m_store;
    Analyst::AnalystData m_data;
    QString m_lastError;
};

} // namespace Marsad::Session
