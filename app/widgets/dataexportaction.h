// File → Export Data: the events (CSV), the places (GeoJSON) and the mentions
// (CSV) of what the current filter shows, written by Exchange::DataExport.
//
// The articles are FilterResult's rows (those the list shows); events are
// judged by the same filter as on the timeline. A failed export shows the
// reason and leaves no half-written file.
//
// The file is encoded and written on the analysis pool (10^5 articles take
// seconds): the selection is taken on the GUI thread, the index is immutable
// and shared, and the menu entries wait until the export is done.
#pragma once

#include "dataexport.h"

#include <QHash>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Marsad::Index {
class FilterResult;
}

namespace Marsad::Widgets {

class DataExportActions final : public QObject
{
    Q_OBJECT
public:
    /// Fills \a menu; dialogs are parented to \a window.
    DataExportActions(Index::FilterResult *result, QMenu *menu, QWidget *window);

    /// The menu entry of \a format (disabled while no corpus is open).
    QAction *action(Exchange::DataFormat format) const { return m_actions.value(format); }
    /// Whether CSV files start with a byte order mark (a checkable entry, remembered).
    bool byteOrderMark() const;
    void setByteOrderMark(bool on);

    /// Writes what the filter shows now into \a path; false with a reason in \a error.
    bool exportTo(Exchange::DataFormat format, const QString &path, QString *error) const;
    /// The same off the GUI thread: finished() tells the outcome.
    void startExport(Exchange::DataFormat format, const QString &path);
    bool isExporting() const { return m_running; }

Q_SIGNALS:
    /// An export started by startExport() ended; \a error is empty on success.
    void finished(const QString &path, const QString &error);

private:
    struct Job;
    std::shared_ptr<Job> prepare(Exchange::DataFormat format, QString *error) const;
    static QString run(const Job &job, const QString &path);
    void enableActions();
    void report(Exchange::DataFormat format, const QString &path, const QString &error);
    void choose(Exchange::DataFormat format);
    QString title(Exchange::DataFormat format) const;

    Index::FilterResult *m_result;
    QWidget *m_window;
    QHash<Exchange::DataFormat, QAction *> m_actions;
    QAction *m_bom = nullptr;
    bool m_running = false;
    bool m_fromMenu = false; ///< The running export was asked for in the menu: errors in a dialog.
};

} // namespace Marsad::Widgets
