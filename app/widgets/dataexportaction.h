// File → Export Data: the events (CSV), the places (GeoJSON) and the mentions
// (CSV) of what the current filter shows, written by Exchange::DataExport.
//
// The articles are FilterResult's rows (those the list shows); events are
// judged by the same filter as on the timeline. A failed export shows the
// reason and leaves no half-written file.
#pragma once

#include "dataexport.h"

#include <QHash>
#include <QObject>

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

private:
    void choose(Exchange::DataFormat format);
    QString title(Exchange::DataFormat format) const;

    Index::FilterResult *m_result;
    QWidget *m_window;
    QHash<Exchange::DataFormat, QAction *> m_actions;
    QAction *m_bom = nullptr;
};

} // namespace Marsad::Widgets
