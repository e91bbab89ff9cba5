#include "mapfeature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace Marsad::Geo {

namespace {

std::optional<MapFeature::Kind> kindFrom(const QString &name)
{
    if (name == u"front-line"_s)
        return MapFeature::Kind::FrontLine;
    if (name == u"ceasefire-line"_s)
        return MapFeature::Kind::CeasefireLine;
    if (name == u"river"_s)
        return MapFeature::Kind::River;
    if (name == u"region"_s)
        return MapFeature::Kind::Region;
    return std::nullopt;
}

Ring ringFrom(const QJsonArray &points)
{
    Ring ring;
    ring.reserve(points.size());
    for (const QJsonValue &value : points) {
        const QJsonArray point = value.toArray();
        if (point.size() >= 2)
            ring.append(QPointF(point.at(0).toDouble(), point.at(1).toDouble()));
    }
    return ring;
}

Polygon polygonFrom(const QJsonArray &rings)
{
    Polygon polygon;
    for (qsizetype i = 0; i < rings.size(); ++i) {
        const Ring ring = ringFrom(rings.at(i).toArray());
        if (i == 0)
            polygon.outer = ring;
        else
            polygon.holes.append(ring);
    }
    polygon.bounds = PlaceGeometry::boundsOf(polygon.outer);
    return polygon;
}

} // namespace

MapFeatureResult MapFeatureReader::read(const QByteArray &json)
{
    MapFeatureResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The map features are not valid JSON: %1").arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(u"type"_s).toString() != u"FeatureCollection"_s) {
        result.error = tr("The map features are not a GeoJSON FeatureCollection.");
        return result;
    }
    for (const QJsonValue &value : root.value(u"features"_s).toArray()) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(u"properties"_s).toObject();
        const std::optional<MapFeature::Kind> kind =
            kindFrom(properties.value(u"kind"_s).toString());
        if (!kind)
            continue;
        MapFeature f;
        f.id = properties.value(u"id"_s).toString();
        f.entityId = properties.value(u"entity"_s).toString();
        f.kind = *kind;
        f.nameEn = properties.value(u"en"_s).toString();
        f.nameAr = properties.value(u"ar"_s).toString();
        f.period = properties.value(u"period"_s).toString();
        const QJsonObject geometry = feature.value(u"geometry"_s).toObject();
        const QString type = geometry.value(u"type"_s).toString();
        const QJsonArray coordinates = geometry.value(u"coordinates"_s).toArray();
        if (type == u"LineString"_s) {
            f.lines.append(ringFrom(coordinates));
        } else if (type == u"MultiLineString"_s) {
            for (const QJsonValue &line : coordinates)
                f.lines.append(ringFrom(line.toArray()));
        } else if (type == u"Polygon"_s) {
            f.polygons.append(polygonFrom(coordinates));
        } else if (type == u"MultiPolygon"_s) {
            for (const QJsonValue &polygon : coordinates)
                f.polygons.append(polygonFrom(polygon.toArray()));
        } else {
            continue;
        }
        QRectF bounds = PlaceGeometry::boundsOf(f.polygons);
        for (const Ring &line : std::as_const(f.lines)) {
            const QRectF b = PlaceGeometry::boundsOf(line);
            bounds = bounds.isNull() ? b : bounds.united(b);
        }
        f.bounds = bounds;
        if (f.id.isEmpty() || bounds.isNull())
            continue;
        result.features.append(f);
    }
    return result;
}

MapFeatureResult MapFeatureReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MapFeatureResult result;
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return read(file.readAll());
}

} // namespace Marsad::Geo
