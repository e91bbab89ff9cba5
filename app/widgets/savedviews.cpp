#include "savedviews.h"

#include "analystsession.h"
#include "filterresult.h"
#include "filterstate.h"
#include "mapview.h"
#include "timelineview.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

using Analyst::SavedView;

namespace {

const QString LastGroup = u"lastView"_s;

} // namespace

SavedViews::SavedViews(Session::AnalystSession *analyst, Index::FilterResult *corpus,
                       TimelineView *timeline, MapView *map, QMenu *viewMenu, QWidget *window)
    : QObject(window), m_analyst(analyst), m_corpus(corpus), m_timeline(timeline), m_map(map),
      m_window(window), m_menu(viewMenu->addMenu(tr("Sa&ved Views")))
{
    m_menu->setObjectName(u"savedViewsMenu"_s);
    m_deleteMenu = new QMenu(tr("&Delete Saved View"), m_menu);
    m_deleteMenu->setObjectName(u"deleteViewMenu"_s);
    connect(m_analyst, &Session::AnalystSession::viewsChanged, this, &SavedViews::rebuildMenu);
    rebuildMenu();
}

SavedView SavedViews::current() const
{
    const Index::FilterState *filter = m_corpus->filterState();
    SavedView view;
    view.includedEntities = filter->includedEntities();
    view.excludedEntities = filter->excludedEntities();
    view.filterFrom = filter->from();
    view.filterTo = filter->to();
    view.query = filter->query();
    view.undatedOnly = filter->undatedOnly();
    view.timelineFrom = m_timeline->from();
    view.timelineTo = m_timeline->to();
    const QPointF centre = m_map->viewport().centre();
    view.mapLon = centre.x();
    view.mapLat = centre.y();
    view.mapZoom = m_map->viewport().zoom();
    return view;
}

void SavedViews::apply(const SavedView &view)
{
    Index::FilterState *filter = m_corpus->filterState();
    const auto &index = m_corpus->index();
    auto known = [&index](const QStringList &ids) {
        QStringList kept;
        for (const QString &id : ids) {
            if (index && index->entityIds().contains(id))
                kept.append(id);
        }
        return kept;
    };
    {
        // One change for the whole view, not one per part.
        const QSignalBlocker blocker(filter);
        filter->clear();
        for (const QString &id : known(view.includedEntities))
            filter->includeEntity(id);
        for (const QString &id : known(view.excludedEntities))
            filter->excludeEntity(id);
        if (view.filterFrom.isValid() || view.filterTo.isValid())
            filter->setDateRange(view.filterFrom, view.filterTo);
        filter->setQuery(view.query);
        filter->setUndatedOnly(view.undatedOnly);
    }
    Q_EMIT filter->changed();
    // After the filter: a new filter may fit the timeline anew.
    if (view.timelineFrom.isValid() && view.timelineTo.isValid())
        m_timeline->setRange(view.timelineFrom, view.timelineTo);
    if (view.mapZoom > 0.0) {
        Geo::Viewport viewport = m_map->viewport();
        viewport.setCentre(QPointF(view.mapLon, view.mapLat));
        viewport.setZoom(view.mapZoom);
        m_map->setViewport(viewport);
    }
}

bool SavedViews::saveCurrent(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    SavedView view = current();
    view.name = trimmed;
    const auto &views = m_analyst->data().views;
    const auto same = std::find_if(views.cbegin(), views.cend(),
                                   [&](const SavedView &v) { return v.name == trimmed; });
    // A name saved again replaces the view of that name.
    const bool replace = same != views.cend();
    view.uid = replace ? same->uid : Analyst::newUid();
    const bool ok = replace ? m_analyst->update(view) : m_analyst->add(view);
    if (!ok)
        QMessageBox::warning(m_window, tr("Saved Views"),
                             tr("The view could not be saved: %1").arg(m_analyst->lastError()));
    return ok;
}

void SavedViews::askAndSave()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"saveViewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save the Current View"));
    dialog->setLabelText(tr("Name of the view:"));
    connect(dialog, &QInputDialog::textValueSelected, this, &SavedViews::saveCurrent);
    dialog->open();
}

void SavedViews::rebuildMenu()
{
    m_menu->clear();
    QAction *save = m_menu->addAction(tr("&Save Current View…"), this, &SavedViews::askAndSave);
    save->setObjectName(u"saveViewAction"_s);
    QList<SavedView> views = m_analyst->data().views;
    std::sort(views.begin(), views.end(), [](const SavedView &a, const SavedView &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (!views.isEmpty())
        m_menu->addSeparator();
    for (const SavedView &view : std::as_const(views)) {
        QAction *restore = m_menu->addAction(view.name, this, [this, uid = view.uid] {
            if (const SavedView *v = m_analyst->view(uid))
                apply(*v);
        });
        restore->setData(view.uid);
    }
    m_menu->addSeparator();
    // The submenu stays (clear() keeps it); only its actions are new.
    m_deleteMenu->clear();
    QMenu *remove = m_deleteMenu;
    m_menu->addMenu(remove);
    remove->setEnabled(!views.isEmpty());
    for (const SavedView &view : std::as_const(views)) {
        QAction *drop = remove->addAction(view.name, this,
                                          [this, uid = view.uid] { m_analyst->removeView(uid); });
        drop->setData(view.uid);
    }
}

void SavedViews::saveLastState() const
{
    const SavedView view = current();
    QSettings settings;
    settings.beginGroup(LastGroup);
    settings.setValue(u"included"_s, view.includedEntities);
    settings.setValue(u"excluded"_s, view.excludedEntities);
    settings.setValue(u"filterFrom"_s, view.filterFrom);
    settings.setValue(u"filterTo"_s, view.filterTo);
    settings.setValue(u"query"_s, view.query);
    settings.setValue(u"undatedOnly"_s, view.undatedOnly);
    settings.setValue(u"timelineFrom"_s, view.timelineFrom);
    settings.setValue(u"timelineTo"_s, view.timelineTo);
    settings.setValue(u"mapLon"_s, view.mapLon);
    settings.setValue(u"mapLat"_s, view.mapLat);
    settings.setValue(u"mapZoom"_s, view.mapZoom);
}

void SavedViews::restoreLastState()
{
    if (m_restored || !m_corpus->index())
        return;
    m_restored = true;
    QSettings settings;
    settings.beginGroup(LastGroup);
    if (settings.childKeys().isEmpty())
        return;
    SavedView view;
    view.includedEntities = settings.value(u"included"_s).toStringList();
    view.excludedEntities = settings.value(u"excluded"_s).toStringList();
    view.filterFrom = settings.value(u"filterFrom"_s).toDate();
    view.filterTo = settings.value(u"filterTo"_s).toDate();
    view.query = settings.value(u"query"_s).toString();
    view.undatedOnly = settings.value(u"undatedOnly"_s).toBool();
    view.timelineFrom = settings.value(u"timelineFrom"_s).toDate();
    view.timelineTo = settings.value(u"timelineTo"_s).toDate();
    view.mapLon = settings.value(u"mapLon"_s).toDouble();
    view.mapLat = settings.value(u"mapLat"_s).toDouble();
    view.mapZoom = settings.value(u"mapZoom"_s).toDouble();
    apply(view);
}

} // namespace Marsad::Widgets
