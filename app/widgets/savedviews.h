// Saved views: a name for the state of the views (the filter, the timeline's
// visible range, the map's centre and zoom), kept with the analyst's data,
// under View → Saved Views. The last state of a session is kept in QSettings
// and brought back once the first corpus of the next session is open.
#pragma once

#include "analystdata.h"

#include <QObject>

class QMenu;
class QWidget;

namespace Marsad::Index {
class FilterResult;
}
namespace Marsad::Session {
class AnalystSession;
}

namespace Marsad::Widgets {

class MapView;
class TimelineView;

class SavedViews final : public QObject
{
    Q_OBJECT
public:
    /// Adds the "Saved Views" submenu to \a viewMenu.
    SavedViews(Session::AnalystSession *analyst, Index::FilterResult *corpus,
               TimelineView *timeline, MapView *map, QMenu *viewMenu, QWidget *window);

    /// The state of the views now (no uid, no name).
    Analyst::SavedView current() const;
    /// Brings \a view back. Entities the open corpus does not know are left
    /// out of the filter (they would hide every article).
    void apply(const Analyst::SavedView &view);
    /// Saves the current state as \a name (replacing a view of that name).
    bool saveCurrent(const QString &name);
    /// Asks for a name, then saves (the dialog does not block).
    void askAndSave();

    /// Writes the current state to QSettings (at close).
    void saveLastState() const;
    /// Applies the state saveLastState() wrote, once per window: call it when
    /// a corpus has been loaded; later calls do nothing.
    void restoreLastState();

    QMenu *menu() const { return m_menu; }

private:
    void rebuildMenu();

    Session::AnalystSession *m_analyst;
    Index::FilterResult *m_corpus;
    TimelineView *m_timeline;
    MapView *m_map;
    QWidget *m_window;
    QMenu *m_menu;
    QMenu *m_deleteMenu;
    bool m_restored = false;
};

} // namespace Marsad::Widgets
