// Feeds the map the places of the place model as markers, under the filter.
#pragma once

#include <QObject>

namespace Marsad::Index {
class FilterState;
}
namespace Marsad::Models {
class PlaceModel;
}

namespace Marsad::Widgets {

class MapView;

class MapMarkerFeed final : public QObject
{
    Q_OBJECT
public:
    MapMarkerFeed(const Models::PlaceModel *places, const Index::FilterState *filter, MapView *map,
                  QObject *parent = nullptr);

private:
    void update();

    const Models::PlaceModel *m_places;
    const Index::FilterState *m_filter;
    MapView *m_map;
};

} // namespace Marsad::Widgets
