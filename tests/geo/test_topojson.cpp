// TopoJSON decoding: the real basemap against known places, a tiny hand-made
// topology whose rings are known exactly, and inputs that must fail cleanly.
#include "countryshape.h"
#include "resources.h"
#include "testsupport.h"
#include "topojsonreader.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Geo::PlaceGeometry::countryAt;

namespace {

const QList<Geo::CountryShape> &basemap()
{
    static const QList<Geo::CountryShape> countries = [] {
        Resources::initialize();
        const Geo::TopoJsonResult result = Geo::TopoJsonReader::readFile(Resources::basemapPath());
        REQUIRE(result.ok());
        return result.countries;
    }();
    return countries;
}

const Geo::CountryShape &country(const QString &id)
{
    for (const Geo::CountryShape &shape : basemap()) {
        if (shape.id == id)
            return shape;
    }
    FAIL("no country " << id.toStdString());
    return basemap().first();
}

// Two countries: a square (an outer ring made of one arc and one reversed arc)
// with a square hole, and two triangles as a MultiPolygon with a numeric id.
// Quantized with scale (0.5, 0.25) and translate (10, 20).
const char tinyTopology[] = R"({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
  "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "id": "001", "properties": {"name": "Square"}, "arcs": [[0, -2], [2]]},
    {"type": "MultiPolygon", "id": 7, "properties": {"name": "Islands"}, "arcs": [[[3]], [[4]]]},
    {"type": null, "id": "999", "properties": {"name": "Nothing"}},
    {"type": "Point", "id": "998", "coordinates": [1, 1]}
  ]}},
  "arcs": [
    [[0, 0], [4, 0], [0, 4]],
    [[0, 0], [0, 4], [4, 0]],
    [[1, 1], [0, 1], [1, 0], [0, -1], [-1, 0]],
    [[10, 10], [2, 0], [-1, 2], [-1, -2]],
    [[20, 0], [2, 0], [-1, 2], [-1, -2]]
  ]
})";

} // namespace

TEST_CASE("The basemap puts Baku, Yerevan and Nakhchivan in the right countries", "[geo]")
{
    const QPointF baku(49.87, 40.41);
    const QPointF yerevan(44.51, 40.18);
    const QPointF nakhchivan(45.41, 39.21);

    const Geo::CountryShape &azerbaijan = country(u"031"_s);
    const Geo::CountryShape &armenia = country(u"051"_s);
    CHECK(azerbaijan.name == u"Azerbaijan"_s);
    CHECK(armenia.name == u"Armenia"_s);

    CHECK(azerbaijan.contains(baku));
    CHECK_FALSE(azerbaijan.contains(yerevan));
    CHECK(armenia.contains(yerevan));
    CHECK_FALSE(armenia.contains(baku));
    // Nakhchivan is an exclave: a separate part of Azerbaijan's MultiPolygon.
    CHECK(azerbaijan.polygons.size() > 1);
    CHECK(azerbaijan.contains(nakhchivan));
    CHECK_FALSE(armenia.contains(nakhchivan));

    // The lookup agrees, and the sea belongs to nobody.
    REQUIRE(countryAt(basemap(), baku) != nullptr);
    CHECK(countryAt(basemap(), baku)->id == u"031"_s);
    CHECK(countryAt(basemap(), yerevan)->id == u"051"_s);
    CHECK(countryAt(basemap(), nakhchivan)->id == u"031"_s);
    CHECK(countryAt(basemap(), QPointF(46.75, 39.76))->id == u"031"_s); // Shusha
    CHECK(countryAt(basemap(), QPointF(51.0, 42.0)) == nullptr);        // Caspian Sea
    CHECK(countryAt(basemap(), QPointF(37.62, 55.76))->name == u"Russia"_s);
    CHECK(countryAt(basemap(), QPointF(51.39, 35.69))->name == u"Iran"_s);

    // Bounding box of Azerbaijan, roughly 44.8-50.6E, 38.4-41.9N.
    CHECK(azerbaijan.bounds.left() == Approx(44.77).margin(0.1));
    CHECK(azerbaijan.bounds.right() == Approx(50.6).margin(0.2));
    CHECK(azerbaijan.bounds.top() == Approx(38.39).margin(0.1));
    CHECK(azerbaijan.bounds.bottom() == Approx(41.9).margin(0.1));
    CHECK(basemap().size() > 200);
}

TEST_CASE("A hand-written topology decodes to the exact rings", "[geo]")
{
    const Geo::TopoJsonResult result = Geo::TopoJsonReader::read(QByteArray(tinyTopology));
    REQUIRE(result.ok());
    REQUIRE(result.countries.size() == 2);

    const Geo::CountryShape &square = result.countries.at(0);
    CHECK(square.id == u"001"_s);
    CHECK(square.name == u"Square"_s);
    REQUIRE(square.polygons.size() == 1);
    const Geo::Polygon &polygon = square.polygons.first();
    // Arc 0 forwards, then arc 1 backwards without repeating the shared point.
    const Geo::Ring outer{{10, 20}, {12, 20}, {12, 21}, {10, 21}, {10, 20}};
    const Geo::Ring hole{{10.5, 20.25}, {10.5, 20.5}, {11, 20.5}, {11, 20.25}, {10.5, 20.25}};
    CHECK(polygon.outer == outer);
    REQUIRE(polygon.holes.size() == 1);
    CHECK(polygon.holes.first() == hole);
    CHECK(square.bounds == QRectF(QPointF(10, 20), QPointF(12, 21)));

    CHECK(square.contains(QPointF(11.5, 20.75)));       // land
    CHECK_FALSE(square.contains(QPointF(10.75, 20.4))); // in the hole
    CHECK_FALSE(square.contains(QPointF(13, 20.5)));    // outside

    const Geo::CountryShape &islands = result.countries.at(1);
    CHECK(islands.id == u"7"_s);
    REQUIRE(islands.polygons.size() == 2);
    CHECK(islands.polygons.at(0).outer ==
          Geo::Ring{{15, 22.5}, {16, 22.5}, {15.5, 23}, {15, 22.5}});
    CHECK(islands.polygons.at(1).outer == Geo::Ring{{20, 20}, {21, 20}, {20.5, 20.5}, {20, 20}});
    CHECK(islands.bounds == QRectF(QPointF(15, 20), QPointF(21, 23)));

    // Label anchors lie on land.
    const auto anchor = Geo::PlaceGeometry::labelAnchor(square, QRectF(-180, -90, 360, 180));
    REQUIRE(anchor.has_value());
    CHECK(square.contains(anchor->lonLat));
}

TEST_CASE("The fast arc reader and the general one agree", "[geo]")
{
    const QByteArray fast(tinyTopology);
    // A null third coordinate is valid JSON the fast reader does not take, so
    // this copy goes through QJsonDocument for the arcs.
    QByteArray general = fast;
    general.replace("[[0, 0], [4, 0], [0, 4]]", "[[0, 0, null], [4, 0], [0, 4]]");
    REQUIRE(general != fast);
    const Geo::TopoJsonResult a = Geo::TopoJsonReader::read(fast);
    const Geo::TopoJsonResult b = Geo::TopoJsonReader::read(general);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a.countries.size() == b.countries.size());
    for (qsizetype i = 0; i < a.countries.size(); ++i) {
        CHECK(a.countries.at(i).bounds == b.countries.at(i).bounds);
        REQUIRE(a.countries.at(i).polygons.size() == b.countries.at(i).polygons.size());
        for (qsizetype j = 0; j < a.countries.at(i).polygons.size(); ++j) {
            CHECK(a.countries.at(i).polygons.at(j).outer == b.countries.at(i).polygons.at(j).outer);
            CHECK(a.countries.at(i).polygons.at(j).holes == b.countries.at(i).polygons.at(j).holes);
        }
    }
    // Exponents, extra coordinates and a key named "arcs" inside properties.
    QByteArray odd = fast;
    odd.replace("[[20, 0], [2, 0], [-1, 2], [-1, -2]]",
                "[[2e1, 0, 7], [2.0, 0], [-1, 2E0], [-1, -2]]");
    odd.replace(R"("name": "Islands")", R"("name": "Islands", "arcs": "x")");
    const Geo::TopoJsonResult c = Geo::TopoJsonReader::read(odd);
    REQUIRE(c.ok());
    CHECK(c.countries.at(1).polygons.at(1).outer == a.countries.at(1).polygons.at(1).outer);
}

TEST_CASE("Bad TopoJSON gives an error, never a crash", "[geo]")
{
    const auto bad = GENERATE(
        as<QByteArray>{}, "", "not json at all", "[1, 2, 3]", R"({"type": "Topology", "arcs": []})",
        R"({"type": "Topology", "objects": {}, "arcs": []})",
        R"({"type": "Topology", "objects": {"countries": {"type": "GeometryCollection",
                                  "geometries": [{"type": "Polygon", "arcs": [[5]]}]}}, "arcs": [[[0,0],[1,1]]]})",
        R"({"type": "Topology", "objects": {"countries": {"type": "Polygon",
                                  "arcs": [[-7]]}}, "arcs": [[[0,0],[1,1]]]})",
        R"({"type": "Topology", "objects": {"countries": {"type": "Polygon",
                                  "arcs": [[0]]}}, "arcs": [[[0],[1,1]]]})",
        R"({"type": "Topology", "objects": {"countries": {}}})");
    const Geo::TopoJsonResult result = Geo::TopoJsonReader::read(bad);
    INFO(bad.toStdString());
    CHECK_FALSE(result.ok());
    CHECK(result.countries.isEmpty());
    CHECK_FALSE(result.error.isEmpty());
}

TEST_CASE("A missing basemap file is an error", "[geo]")
{
    const Geo::TopoJsonResult result =
        Geo::TopoJsonReader::readFile(Tests::dataPath(u"geo/does-not-exist.json"_s));
    CHECK_FALSE(result.ok());
}
