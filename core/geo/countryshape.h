// Country outlines in geographic coordinates, and the plane geometry the map
// needs on them: point in polygon (even-odd, holes respected), bounding boxes,
// "which country holds this place" and where a country's name fits.
//
// Every point is a QPointF(lon, lat) in degrees: x is the longitude, y the
// latitude (lon, lat order throughout, as STYLE.md asks). Bounding boxes are
// QRectF(minLon, minLat, lonSpan, latSpan), so top() is the southern edge.
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace Marsad::Geo {

/// A closed ring of (lon, lat) points; the first point is repeated at the end
/// when the source closes it (TopoJSON does).
using Ring = QList<QPointF>;

/// One polygon: an outer ring and the holes cut out of it.
struct Polygon
{
    Ring outer;
    QList<Ring> holes;
    QRectF bounds; ///< Of the outer ring.

    bool contains(QPointF lonLat) const;
};

/// A country of the basemap.
struct CountryShape
{
    QString id;   ///< ISO 3166-1 numeric as a string ("031"); may be empty.
    QString name; ///< properties.name of the source (English).
    QList<Polygon> polygons;
    QRectF bounds; ///< Of all polygons.

    bool contains(QPointF lonLat) const;
};

/// Where a country's name can be written: the middle of the widest stretch of
/// land along a parallel, and how wide that stretch is (degrees of longitude).
struct LabelAnchor
{
    QPointF lonLat;
    double lonSpan = 0.0;
};

namespace PlaceGeometry {

/// Even-odd rule; points exactly on an edge may fall either way.
bool ringContains(const Ring &ring, QPointF lonLat);
/// Inside the outer ring and in none of the holes.
bool polygonContains(const Polygon &polygon, QPointF lonLat);
/// Bounding box of the points; a null QRectF for an empty list.
QRectF boundsOf(const Ring &ring);
/// Union of the boxes of all polygons.
QRectF boundsOf(const QList<Polygon> &polygons);

/// Index of the country that contains \a lonLat, or -1. The bounding boxes are
/// tried first, so this is cheap enough to call per place.
qsizetype countryIndexAt(const QList<CountryShape> &countries, QPointF lonLat);
/// The country that contains \a lonLat, or nullptr.
const CountryShape *countryAt(const QList<CountryShape> &countries, QPointF lonLat);

/// A point inside \a country (and inside \a within, a lon/lat box such as the
/// visible part of the map) where its name can go: the parallels through the
/// middle, a third and two thirds of the box are scanned and the widest run of
/// land wins. Nothing when no land of the country lies within the box.
std::optional<LabelAnchor> labelAnchor(const CountryShape &country, const QRectF &within);
/// Candidates for the name, best first: the widest run of land on each of the
/// parallels scanned, for when the best one is taken by something else.
QList<LabelAnchor> labelAnchors(const CountryShape &country, const QRectF &within);

} // namespace PlaceGeometry

} // namespace Marsad::Geo
