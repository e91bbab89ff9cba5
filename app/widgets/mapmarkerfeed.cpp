#include "mapmarkerfeed.h"

#include "filterstate.h"
#include "mapview.h"
#include "placemodel.h"

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

MapMarkerFeed::MapMarkerFeed(const Models::PlaceModel *places, const Index::FilterState *filter,
                             MapView *map, QObject *parent)
    : QObject(parent), m_places(places), m_filter(filter), m_map(map)
{
    connect(m_places, &QAbstractItemModel::modelReset, this, &MapMarkerFeed::update);
    connect(m_places, &QAbstractItemModel::dataChanged, this, &MapMarkerFeed::update);
    update();
}

void MapMarkerFeed::update()
{
    const bool arabic = m_map->layoutDirection() == Qt::RightToLeft;
    const QStringList included = m_filter->includedEntities();
    QList<Render::MapMarker> markers;
    for (const Models::PlaceRow &p : m_places->places()) {
        // Countries and regions are drawn by their borders, not as points
        // (a point for Nagorno-Karabakh would sit on Stepanakert).
        if (!p.hasCoordinates || p.kind == u"country"_s || p.kind == u"region"_s ||
            m_map->renderer().hasFeature(p.stats.id)) // drawn as its line or area
            continue;
        Render::MapMarker m;
        m.id = p.stats.id;
        m.lon = p.lon;
        m.lat = p.lat;
        m.label = arabic || p.stats.nameEn.isEmpty() ? p.stats.nameAr : p.stats.nameEn;
        m.weight = p.stats.mentions;
        m.highlighted = included.contains(p.stats.id);
        m.dimmed = p.stats.mentions == 0;
        m.pinned = p.pinned;
        markers.append(m);
    }
    m_map->renderer().setHighlightedEntities(included);
    m_map->setMarkers(markers);
}

} // namespace Marsad::Widgets
