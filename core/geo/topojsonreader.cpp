#include "topojsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <charconv>

using namespace Qt::StringLiterals;

namespace Marsad::Geo {

namespace {

// The arcs are nearly all of a basemap (477,000 positions in
// countries-10m.json) and QJsonDocument spends most of its time on them, so
// the top-level "arcs" array is found with a light scan and read straight into
// points; QJsonDocument parses the rest with "arcs" replaced by []. Anything
// unexpected falls back to QJsonDocument for all of it, with its error messages.
struct Span
{
    qsizetype begin = -1;
    qsizetype end = -1;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Index just past the string starting at data[i] (a quote), or -1.
qsizetype skipString(const char *data, qsizetype i, qsizetype size)
{
    for (++i; i < size; ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return -1;
}

Span findTopLevelArcs(const QByteArray &json)
{
    const char *data = json.constData();
    const qsizetype size = json.size();
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < size;) {
        const char c = data[i];
        if (c == '"') {
            const qsizetype end = skipString(data, i, size);
            if (end < 0)
                return {};
            if (depth == 1 && expectKey) {
                const QByteArrayView key(data + i + 1, end - i - 2);
                qsizetype j = end;
                while (j < size && isSpace(data[j]))
                    ++j;
                if (j < size && data[j] == ':' && key == "arcs") {
                    qsizetype begin = j + 1;
                    while (begin < size && isSpace(data[begin]))
                        ++begin;
                    // The value ends where its brackets balance.
                    qsizetype k = begin;
                    int inner = 0;
                    while (k < size) {
                        const char v = data[k];
                        if (v == '"') {
                            k = skipString(data, k, size);
                            if (k < 0)
                                return {};
                            continue;
                        }
                        if (v == '[' || v == '{') {
                            ++inner;
                        } else if (v == ']' || v == '}') {
                            if (inner == 0)
                                break;
                            if (--inner == 0) {
                                ++k;
                                break;
                            }
                        } else if (v == ',' && inner == 0) {
                            break;
                        }
                        ++k;
                    }
                    return {begin, k};
                }
            }
            expectKey = false;
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
        ++i;
    }
    return {};
}

struct Cursor
{
    const char *p;
    const char *end;

    void skipSpace()
    {
        while (p < end && isSpace(*p))
            ++p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    bool number(double &value)
    {
        skipSpace();
        const auto [ptr, ec] = std::from_chars(p, end, value);
        if (ec != std::errc())
            return false;
        p = ptr;
        return true;
    }
};

// [[[x, y, ...], ...], ...] into raw (not yet transformed) positions.
bool parseArcs(const char *begin, const char *end, QList<Ring> &arcs)
{
    Cursor cursor{begin, end};
    if (!cursor.eat('['))
        return false;
    if (!cursor.eat(']')) {
        do {
            if (!cursor.eat('['))
                return false;
            Ring arc;
            if (!cursor.eat(']')) {
                do {
                    double x = 0.0, y = 0.0, extra = 0.0;
                    if (!cursor.eat('[') || !cursor.number(x) || !cursor.eat(',') ||
                        !cursor.number(y))
                        return false;
                    while (cursor.eat(',')) {
                        if (!cursor.number(extra))
                            return false;
                    }
                    if (!cursor.eat(']'))
                        return false;
                    arc.append(QPointF(x, y));
                } while (cursor.eat(','));
                if (!cursor.eat(']'))
                    return false;
            }
            arcs.append(std::move(arc));
        } while (cursor.eat(','));
        if (!cursor.eat(']'))
            return false;
    }
    cursor.skipSpace();
    return cursor.p == cursor.end;
}

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

    // Turns raw arc positions into degrees: undoes the delta encoding and the
    // quantization when the topology has a transform.
    bool applyTransform(const QJsonObject &topology)
    {
        const QJsonObject transform = topology.value(u"transform"_s).toObject();
        if (transform.isEmpty())
            return true;
        const QJsonArray scale = transform.value(u"scale"_s).toArray();
        const QJsonArray translate = transform.value(u"translate"_s).toArray();
        if (scale.size() != 2 || translate.size() != 2) {
            error = TopoJsonReader::tr("The transform needs a scale and a translate.");
            return false;
        }
        const double scaleX = scale.at(0).toDouble();
        const double scaleY = scale.at(1).toDouble();
        const double translateX = translate.at(0).toDouble();
        const double translateY = translate.at(1).toDouble();
        for (Ring &arc : arcs) {
            double x = 0.0, y = 0.0;
            for (QPointF &position : arc) {
                // Delta-encoded integers: each position is relative to the last.
                x += position.x();
                y += position.y();
                position = QPointF(x * scaleX + translateX, y * scaleY + translateY);
            }
        }
        return true;
    }

    // The slow but general path: arcs from a parsed JSON array.
    bool readArcs(const QJsonValue &arcsValue)
    {
        if (!arcsValue.isArray()) {
            error = TopoJsonReader::tr("The topology has no arcs.");
            return false;
        }
        const QJsonArray arcArray = arcsValue.toArray();
        arcs.reserve(arcArray.size());
        for (const QJsonValue &arcValue : arcArray) {
            const QJsonArray positions = arcValue.toArray();
            Ring arc;
            arc.reserve(positions.size());
            for (const QJsonValue &positionValue : positions) {
                const QJsonArray position = positionValue.toArray();
                if (position.size() < 2) {
                    error = TopoJsonReader::tr("An arc has a position without two coordinates.");
                    return false;
                }
                arc.append(QPointF(position.at(0).toDouble(), position.at(1).toDouble()));
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
    Decoder decoder;
    bool arcsRead = false;
    QByteArray rest;
    const Span span = findTopLevelArcs(json);
    if (span.begin >= 0 && span.end > span.begin) {
        arcsRead =
            parseArcs(json.constData() + span.begin, json.constData() + span.end, decoder.arcs);
        if (arcsRead) {
            rest.reserve(json.size() - (span.end - span.begin) + 2);
            rest.append(json.constData(), span.begin);
            rest.append("[]");
            rest.append(json.constData() + span.end, json.size() - span.end);
        } else {
            decoder.arcs.clear();
        }
    }

    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(arcsRead ? rest : json, &parseError);
    if (parseError.error != QJsonParseError::NoError && arcsRead) {
        // Report the offset in the text as given.
        document = QJsonDocument::fromJson(json, &parseError);
    }
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
    if ((!arcsRead && !decoder.readArcs(topology.value(u"arcs"_s))) ||
        !decoder.applyTransform(topology)) {
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
