#include "countryshape.h"

#include <algorithm>
#include <limits>

namespace Marsad::Geo {

bool Polygon::contains(QPointF lonLat) const
{
    return PlaceGeometry::polygonContains(*this, lonLat);
}

bool CountryShape::contains(QPointF lonLat) const
{
    if (!bounds.contains(lonLat))
        return false;
    return std::any_of(polygons.cbegin(), polygons.cend(),
                       [lonLat](const Polygon &polygon) { return polygon.contains(lonLat); });
}

namespace PlaceGeometry {

bool ringContains(const Ring &ring, QPointF lonLat)
{
    const qsizetype n = ring.size();
    if (n < 3)
        return false;
    const double x = lonLat.x();
    const double y = lonLat.y();
    bool inside = false;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at(j);
        if ((a.y() > y) != (b.y() > y)) {
            const double crossX = a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (x < crossX)
                inside = !inside;
        }
    }
    return inside;
}

bool polygonContains(const Polygon &polygon, QPointF lonLat)
{
    if (!polygon.bounds.isNull() && !polygon.bounds.contains(lonLat))
        return false;
    if (!ringContains(polygon.outer, lonLat))
        return false;
    return std::none_of(polygon.holes.cbegin(), polygon.holes.cend(),
                        [lonLat](const Ring &hole) { return ringContains(hole, lonLat); });
}

QRectF boundsOf(const Ring &ring)
{
    if (ring.isEmpty())
        return {};
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (const QPointF &p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

QRectF boundsOf(const QList<Polygon> &polygons)
{
    QRectF result;
    for (const Polygon &polygon : polygons) {
        const QRectF box = polygon.bounds.isNull() ? boundsOf(polygon.outer) : polygon.bounds;
        // QRectF::united ignores null rectangles; a degenerate box is not null.
        result = result.isNull() ? box : result.united(box);
    }
    return result;
}

qsizetype countryIndexAt(const QList<CountryShape> &countries, QPointF lonLat)
{
    for (qsizetype i = 0; i < countries.size(); ++i) {
        if (countries.at(i).contains(lonLat))
            return i;
    }
    return -1;
}

const CountryShape *countryAt(const QList<CountryShape> &countries, QPointF lonLat)
{
    const qsizetype index = countryIndexAt(countries, lonLat);
    return index < 0 ? nullptr : &countries.at(index);
}

namespace {

// Longitudes where the parallel at \a lat crosses the ring.
void addCrossings(const Ring &ring, double lat, QList<double> &out)
{
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at(j);
        if ((a.y() > lat) != (b.y() > lat))
            out.append(a.x() + (lat - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
}

} // namespace

QList<LabelAnchor> labelAnchors(const CountryShape &country, const QRectF &within)
{
    QList<LabelAnchor> anchors;
    const QRectF box = country.bounds.intersected(within);
    if (box.isEmpty())
        return anchors;
    for (const double fraction : {0.5, 0.35, 0.65, 0.2, 0.8}) {
        const double lat = box.top() + fraction * box.height();
        QList<double> crossings;
        for (const Polygon &polygon : country.polygons) {
            if (lat < polygon.bounds.top() || lat > polygon.bounds.bottom())
                continue;
            addCrossings(polygon.outer, lat, crossings);
            for (const Ring &hole : polygon.holes)
                addCrossings(hole, lat, crossings);
        }
        std::sort(crossings.begin(), crossings.end());
        // Even-odd: land lies between crossings 0-1, 2-3, ...
        std::optional<LabelAnchor> best;
        for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
            const double from = std::max(crossings.at(i), box.left());
            const double to = std::min(crossings.at(i + 1), box.right());
            if (to > from && (!best || to - from > best->lonSpan))
                best = LabelAnchor{QPointF((from + to) / 2.0, lat), to - from};
        }
        if (best)
            anchors.append(*best);
    }
    // Widest first; among equally wide runs the middle parallel wins.
    std::stable_sort(
        anchors.begin(), anchors.end(),
        [](const LabelAnchor &a, const LabelAnchor &b) { return a.lonSpan > b.lonSpan; });
    return anchors;
}

std::optional<LabelAnchor> labelAnchor(const CountryShape &country, const QRectF &within)
{
    const QList<LabelAnchor> anchors = labelAnchors(country, within);
    if (anchors.isEmpty())
        return std::nullopt;
    return anchors.first();
}

} // namespace PlaceGeometry

} // namespace Marsad::Geo
