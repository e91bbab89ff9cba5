// Lines and areas of the conflict drawn over the basemap: front lines, rivers
// and regions (resources/geo/conflict-features.json, GeoJSON). They are data,
// like the gazetteer; each names the gazetteer entity it draws, so a filter on
// "line-of-contact" can light up the line rather than a point.
//
// Points are QPointF(lon, lat) in degrees, as everywhere in geo/.
#pragma once

#include "countryshape.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

namespace Marsad::Geo {

struct MapFeature
{
    /// What the feature is; decides how the map draws it. "kind" in the data.
    enum class Kind
    {
        FrontLine,     ///< "front-line": a line of contact held for years.
        CeasefireLine, ///< "ceasefire-line": a front line on one date.
        River,         ///< "river"
        Region         ///< "region": an area outline (e.g. the former NKAO).
    };

    QString id;       ///< Unique in the file ("line-of-contact-1994").
    QString entityId; ///< Gazetteer id it draws ("line-of-contact"); may repeat.
    Kind kind = Kind::Region;
    QString nameEn;
    QString nameAr;
    QString period;          ///< As written in the data ("1994-05-12/2020-09-27"); may be empty.
    QList<Ring> lines;       ///< LineString / MultiLineString parts.
    QList<Polygon> polygons; ///< Polygon / MultiPolygon.
    QRectF bounds;           ///< Of every point.

    bool isArea() const { return !polygons.isEmpty(); }
};

struct MapFeatureResult
{
    QList<MapFeature> features;
    QString error; ///< Translated reason; empty on success.

    bool ok() const { return error.isEmpty(); }
};

class MapFeatureReader final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Geo::MapFeatureReader)
public:
    /// Reads a GeoJSON FeatureCollection of LineString, MultiLineString,
    /// Polygon and MultiPolygon features with properties id, entity, kind,
    /// en, ar and period. A feature of another geometry or an unknown kind is
    /// skipped; bad JSON gives an error and no features.
    static MapFeatureResult read(const QByteArray &json);
    /// Reads a file (a Qt resource path such as ":/geo/conflict-features.json" works).
    static MapFeatureResult readFile(const QString &path);
};

} // namespace Marsad::Geo
