#include "topojsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Marsad::Geo {

namespace {

struct Decoder
{
    QList<Ring> arcs; // decoded, in degrees
    QString error;

    // Concatenates arcs into one ring; each arc after the first starts where the
    // previous ended, so its first point is dropped.
    bool ring(const QJsonArray &indices, Ring &out)
    {
        out.clear();
        for (const QJsonValue &value : indices) {
            if (!value.isDouble()) {
                error = TopoJsonReader::tr("An arc index is not a number.");
                return false;
            }
            const qint64 index = value.toInteger();
            const qint64 arcIndex = index < 0 ? ~index : index;
            if (arcIndex >= arcs.size()) {
                error = TopoJsonReader::tr("Arc index %1 is out of range (%2 arcs).")
                            .arg(index)
                            .arg(arcs.size());
                return false;
            }
            const Ring &arc = arcs.at(arcIndex);
            if (arc.isEmpty())
                continue;
            const qsizetype skip = out.isEmpty() ? 0 : 1;
            if (index >= 0) {
                for (qsizetype i = skip; i < arc.size(); ++i)
                    out.append(arc.at(i));
            } else {
                for (qsizetype i = arc.size() - 1 - skip; i >= 0; --i)
                    out.append(arc.at(i));
            }
        }
        return true;
    }

    // A Polygon's "arcs": an array of rings, the first the outer one.
    bool polygon(const QJsonArray &rings, QList<Polygon> &out)
    {
        Polygon polygon;
        bool first = true;
        for (const QJsonValue &ringValue : rings) {
            Ring r;
            if (!ring(ringValue.toArray(), r))
                return false;
            if (first)
                polygon.outer = std::move(r);
            else if (!r.isEmpty())
                polygon.holes.append(std::move(r));
            first = false;
        }
        if (polygon.outer.isEmpty())
            return true;
        polygon.bounds = PlaceGeometry::boundsOf(polygon.outer);
        out.append(std::move(polygon));
        return true;
    }

    bool geometry(const QJsonObject &object, QList<Polygon> &out)
    {
        const QString type = object.value(u"type"_s).toString();
        if (type == u"Polygon")
            return polygon(object.value(u"arcs"_s).toArray(), out);
        if (type == u"MultiPolygon") {
            const QJsonArray parts = object.value(u"arcs"_s).toArray();
            for (const QJsonValue &part : parts) {
                if (!polygon(part.toArray(), out))
                    return false;
            }
            return true;
        }
        if (type == u"GeometryCollection") {
            const QJsonArray geometries = object.value(u"geometries"_s).toArray();
            for (const QJsonValue &child : geometries) {
                if (!geometry(child.toObject(), out))
                    return false;
            }
        }
        return true; // points, lines and null geometries have no area
    }

    bool decodeArcs(const QJsonObject &topology)
    {
        const QJsonValue arcsValue = topology.value(u"arcs"_s);
        if (!arcsValue.isArray()) {
            error = TopoJsonReader::tr("The topology has no arcs.");
            return false;
        }
        const QJsonObject transform = topology.value(u"transform"_s).toObject();
        const bool quantized = !transform.isEmpty();
        double scaleX = 1.0, scaleY = 1.0, translateX = 0.0, translateY = 0.0;
        if (quantized) {
            const QJsonArray scale = transform.value(u"scale"_s).toArray();
            const QJsonArray translate = transform.value(u"translate"_s).toArray();
            if (scale.size() != 2 || translate.size() != 2) {
                error = TopoJsonReader::tr("The transform needs a scale and a translate.");
                return false;
            }
            scaleX = scale.at(0).toDouble();
            scaleY = scale.at(1).toDouble();
            translateX = translate.at(0).toDouble();
            translateY = translate.at(1).toDouble();
        }
        const QJsonArray arcArray = arcsValue.toArray();
        arcs.reserve(arcArray.size());
        for (const QJsonValue &arcValue : arcArray) {
            const QJsonArray positions = arcValue.toArray();
            Ring arc;
            arc.reserve(positions.size());
            double x = 0.0, y = 0.0;
            for (const QJsonValue &positionValue : positions) {
                const QJsonArray position = positionValue.toArray();
                if (position.size() < 2) {
                    error = TopoJsonReader::tr("An arc has a position without two coordinates.");
                    return false;
                }
                if (quantized) {
                    // Delta-encoded integers: each position is relative to the last.
                    x += position.at(0).toDouble();
                    y += position.at(1).toDouble();
                    arc.append(QPointF(x * scaleX + translateX, y * scaleY + translateY));
                } else {
                    arc.append(QPointF(position.at(0).toDouble(), position.at(1).toDouble()));
                }
            }
            arcs.append(std::move(arc));
        }
        return true;
    }
};

QString idString(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble())
        return QString::number(id.toInteger());
    return {};
}

} // namespace

TopoJsonResult TopoJsonReader::read(const QByteArray &json, const QString &objectName)
{
    TopoJsonResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("Not valid JSON at offset %1: %2.")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonObject topology = document.object();
    if (!document.isObject() || topology.value(u"type"_s).toString() != u"Topology") {
        result.error = tr("Not a TopoJSON topology.");
        return result;
    }
    const QJsonValue object = topology.value(u"objects"_s).toObject().value(objectName);
    if (!object.isObject()) {
        result.error = tr("The topology has no object named \"%1\".").arg(objectName);
        return result;
    }
    Decoder decoder;
    if (!decoder.decodeArcs(topology)) {
        result.error = decoder.error;
        return result;
    }

    // A GeometryCollection's members are the countries; a single geometry is one.
    const QJsonObject root = object.toObject();
    QJsonArray members;
    if (root.value(u"type"_s).toString() == u"GeometryCollection")
        members = root.value(u"geometries"_s).toArray();
    else
        members.append(root);

    result.countries.reserve(members.size());
    for (const QJsonValue &member : members) {
        const QJsonObject geometry = member.toObject();
        CountryShape country;
        country.id = idString(geometry.value(u"id"_s));
        country.name = geometry.value(u"properties"_s).toObject().value(u"name"_s).toString();
        if (!decoder.geometry(geometry, country.polygons)) {
            result.error = decoder.error;
            result.countries.clear();
            return result;
        }
        if (country.polygons.isEmpty())
            continue;
        country.bounds = PlaceGeometry::boundsOf(country.polygons);
        result.countries.append(std::move(country));
    }
    return result;
}

TopoJsonResult TopoJsonReader::readFile(const QString &path, const QString &objectName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TopoJsonResult result;
        result.error = tr("Cannot read %1: %2.").arg(path, file.errorString());
        return result;
    }
    return read(file.readAll(), objectName);
}

} // namespace Marsad::Geo
