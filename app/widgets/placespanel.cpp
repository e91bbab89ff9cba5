#include "placespanel.h"

#include "mapmarkerfeed.h"
#include "mapview.h"
#include "placemodel.h"
#include "roles.h"
#include "rtltextdelegate.h"
#include "sparklinedelegate.h"
#include "viewkeys.h"

#include <QApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QToolTip>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

PlacesPanel::PlacesPanel(Models::PlaceModel *places, Index::FilterState *filter,
                         const std::shared_ptr<const Entities::Gazetteer> &gazetteer, Card card,
                         QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_list(new QTreeView), m_map(new MapView)
{
    setObjectName(u"placesSplitter"_s);
    m_list->setObjectName(u"placeList"_s);
    m_list->setModel(places);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new RtlTextDelegate(m_list));
    m_list->setItemDelegateForColumn(Models::PlaceModel::TrendColumn,
                                     new SparklineDelegate(m_list));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Models::PlaceModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(Models::PlaceModel::TrendColumn, 90);
    header->setSectionResizeMode(Models::PlaceModel::TrendColumn, QHeaderView::Fixed);
    // The Arabic UI shows Arabic names (English in the tooltip); room matters.
    if (layoutDirection() == Qt::RightToLeft)
        m_list->hideColumn(Models::PlaceModel::EnglishColumn);

    m_map->setObjectName(u"mapView"_s);
    m_map->loadBasemap();
    // The map's own texts follow the UI language (the map is never mirrored).
    m_map->renderer().setLanguage(layoutDirection() == Qt::RightToLeft ? u"ar"_s : u"en"_s);
    if (layoutDirection() == Qt::RightToLeft && gazetteer)
        setArabicCountryNames(*gazetteer);
    m_map->setMinimumHeight(260);
    new MapMarkerFeed(places, filter, m_map, this);

    auto activate = [this](const QModelIndex &index) {
        const QString id = index.data(Models::EntityIdRole).toString();
        bringIntoView(index);
        if (!id.isEmpty())
            Q_EMIT placeActivated(id);
    };
    connect(m_list, &QTreeView::clicked, this, activate);
    // A double click centres the map. It is taken before the view sees it:
    // the first click's filter resets the list, so the view would take the
    // second click for a new one and toggle the filter back.
    m_list->viewport()->installEventFilter(this);
    new ItemKeys(m_list, activate);
    connect(m_list, &QTreeView::customContextMenuRequested, this, &PlacesPanel::menuRequested);
    connect(m_map, &MapView::markerClicked, this, &PlacesPanel::placeActivated);
    connect(m_map, &MapView::markerHovered, this, [this, card](const QString &id) {
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), card(id), m_map);
    });

    addWidget(m_list);
    addWidget(m_map);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    setSizes({230, 320});
}

void PlacesPanel::bringIntoView(const QModelIndex &index)
{
    // Read before the click's filter resets the list; the map pans only when
    // the place is off-screen.
    const QVariant lonLat = index.data(Models::LonLatRole);
    if (lonLat.isValid())
        m_map->ensureVisible(lonLat.toPointF().x(), lonLat.toPointF().y());
}

bool PlacesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list->viewport())
        return QSplitter::eventFilter(watched, event);
    // The second click of a double click (press, double click, release) is
    // the double click's alone: it centres the map and toggles nothing.
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        if (m_lastRelease.isValid() &&
            m_lastRelease.elapsed() < QApplication::doubleClickInterval() &&
            (pos - m_lastReleasePos).manhattanLength() < QApplication::startDragDistance()) {
            m_lastRelease.invalidate();
            m_secondClick = true;
            const QVariant lonLat = m_list->indexAt(pos).data(Models::LonLatRole);
            if (lonLat.isValid())
                m_map->centreOn(lonLat.toPointF().x(), lonLat.toPointF().y());
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QVariant lonLat =
            m_list->indexAt(mouse->position().toPoint()).data(Models::LonLatRole);
        if (lonLat.isValid())
            m_map->centreOn(lonLat.toPointF().x(), lonLat.toPointF().y());
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (m_secondClick) {
            m_secondClick = false;
            return true;
        }
        m_lastRelease.start();
        m_lastReleasePos = static_cast<QMouseEvent *>(event)->position().toPoint();
        return false;
    default:
        return QSplitter::eventFilter(watched, event);
    }
}

void PlacesPanel::setArabicCountryNames(const Entities::Gazetteer &gazetteer)
{
    // Arabic country names from the gazetteer, matched on the basemap's
    // English names ("Azerbaijan" -> أذربيجان).
    QHash<QString, QString> byEnglish;
    for (const Entities::Entity &e : gazetteer.entities()) {
        if (e.type == EntityType::Place && e.kind == u"country"_s)
            byEnglish.insert(e.en.section(u" ("_s, 0, 0).toLower(), e.ar);
    }
    QHash<QString, QString> arabic;
    for (const Geo::CountryShape &c : m_map->renderer().countries()) {
        const QString ar = byEnglish.value(c.name.toLower());
        if (!ar.isEmpty())
            arabic.insert(c.id, ar);
    }
    m_map->setCountryNames(arabic);
}

} // namespace Marsad::Widgets
