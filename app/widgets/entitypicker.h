// Choosing an entity by typing part of its name (issue 15): the gazetteer's
// entities and the analyst's own, searched in Arabic with the project's
// folding (أ/ا, ة/ه, tashkeel do not matter) and in English case-insensitively.
#pragma once

#include "analystdata.h"
#include "gazetteer.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace Marsad::Widgets {

/// The entities one can pick and the search over them; no widgets.
class EntityChoices final
{
public:
    struct Choice
    {
        QString id;
        EntityType type = EntityType::Place;
        QString ar;
        QString en;
        QStringList folded; ///< ar and the aliases, folded.
        QString english;    ///< en, lower-cased.
    };

    EntityChoices() = default;
    /// The gazetteer's entities, then those of \a corrections' NewEntity items.
    EntityChoices(const Entities::Gazetteer *gazetteer,
                  const QList<Analyst::Correction> &corrections);

    const QList<Choice> &choices() const { return m_choices; }
    const Choice *find(const QString &id) const;
    /// Indices into choices() matching \a query (all when empty), best first:
    /// an exact name, then a name starting with it, then one containing it.
    /// At most \a limit of them.
    QList<qsizetype> search(const QString &query, std::optional<EntityType> type = {},
                            qsizetype limit = 200) const;

private:
    void add(Choice choice);
    QList<Choice> m_choices;
};

class EntityPicker final : public QDialog
{
    Q_OBJECT
public:
    EntityPicker(EntityChoices choices, const QString &title, QWidget *parent = nullptr);

    /// The entity chosen (the list's current row), or empty.
    QString selectedId() const;
    QLineEdit *searchEdit() const { return m_edit; }
    QListWidget *list() const { return m_list; }
    QComboBox *typeFilter() const { return m_type; }

    /// Runs the picker; the id chosen, or empty when canceled.
    static QString pick(QWidget *parent, const QString &title, EntityChoices choices,
                        const QString &initialText = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    EntityChoices m_choices;
    QLineEdit *m_edit;
    QComboBox *m_type;
    QListWidget *m_list;
};

} // namespace Marsad::Widgets
