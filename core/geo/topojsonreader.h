// Reads the basemap: TopoJSON (https://github.com/topojson/topojson-specification)
// decoded into country outlines in degrees.
//
// Handles the quantize transform ({scale, translate}, with delta-encoded arcs),
// reversed arcs (a negative index ~i is arc i walked backwards), Polygon and
// MultiPolygon geometries and nested GeometryCollections. Other geometry types
// (points, lines, null) carry no area and are skipped. Errors are values: bad
// JSON, a missing object or an arc index out of range give an error string and
// no countries, never a crash.
#pragma once

#include "countryshape.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Marsad::Geo {

struct TopoJsonResult
{
    QList<CountryShape> countries;
    QString error; ///< Translated reason; empty on success.

    bool ok() const { return error.isEmpty(); }
};

class TopoJsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Geo::TopoJsonReader)
public:
    /// Decodes the geometries of \a objectName ("countries" in world-atlas);
    /// each geometry becomes one CountryShape with its id and properties.name.
    static TopoJsonResult read(const QByteArray &json,
                               const QString &objectName = QStringLiteral("countries"));
    /// Reads a file (a Qt resource path such as ":/geo/countries-10m.json" works).
    static TopoJsonResult readFile(const QString &path,
                                   const QString &objectName = QStringLiteral("countries"));
};

} // namespace Marsad::Geo
