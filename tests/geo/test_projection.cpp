// Projection and viewport maths: round trips, zooming about a point, panning,
// and the default view of the conflict zone.
#include "projection.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace Marsad;

namespace {

const QPointF shusha(46.7486, 39.7583);
const QPointF stepanakert(46.7519, 39.8153);
const QPointF jabrayil(47.0264, 39.3999);

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

TEST_CASE("lon/lat -> pixel -> lon/lat round-trips over a grid", "[geo]")
{
    const double zoom = GENERATE(1.0, 3.5, 9.0, 14.0);
    const Geo::Viewport viewport(QPointF(46.75, 39.8), zoom, QSizeF(1200, 800));
    for (double lat = -80.0; lat <= 80.0; lat += 5.0) {
        for (double lon = -180.0; lon <= 180.0; lon += 7.5) {
            const QPointF lonLat(lon, lat);
            const QPointF back = viewport.toLonLat(viewport.toPixel(lonLat));
            INFO("zoom " << zoom << " lon " << lon << " lat " << lat);
            REQUIRE(std::abs(back.x() - lon) < 1e-9);
            REQUIRE(std::abs(back.y() - lat) < 1e-9);
        }
    }
    // The projection itself: the centre of the world and north up.
    CHECK(Geo::Projection::toWorld(QPointF(0, 0)) == QPointF(0.5, 0.5));
    CHECK(viewport.toPixel(QPointF(46.75, 40.0)).y() < viewport.toPixel(QPointF(46.75, 39.0)).y());
    CHECK(viewport.toPixel(QPointF(47.0, 39.8)).x() > viewport.toPixel(QPointF(46.0, 39.8)).x());
}

TEST_CASE("Zooming about a point keeps that point fixed", "[geo]")
{
    Geo::Viewport viewport = Geo::Viewport::conflictZone(QSizeF(1000, 700));
    const QPointF pixel(123.0, 456.0);
    const QPointF before = viewport.toLonLat(pixel);
    const double steps = GENERATE(1.0, -1.5, 0.25, 3.0);
    const double zoomBefore = viewport.zoom();
    viewport.zoomAbout(pixel, steps);
    CHECK(viewport.zoom() == Approx(zoomBefore + steps));
    const QPointF after = viewport.toPixel(before);
    CHECK(after.x() == Approx(pixel.x()).margin(1e-6));
    CHECK(after.y() == Approx(pixel.y()).margin(1e-6));

    // Zoom is clamped.
    viewport.zoomAbout(pixel, 100.0);
    CHECK(viewport.zoom() == Geo::Viewport::maxZoom);
}

TEST_CASE("Panning moves the content by the given pixels", "[geo]")
{
    Geo::Viewport viewport = Geo::Viewport::conflictZone(QSizeF(800, 600));
    const QPointF before = viewport.toPixel(shusha);
    viewport.panBy(QPointF(30.0, -20.0));
    const QPointF after = viewport.toPixel(shusha);
    CHECK(after.x() == Approx(before.x() + 30.0));
    CHECK(after.y() == Approx(before.y() - 20.0));
}

TEST_CASE("The default viewport shows Shusha, Stepanakert and Jabrayil apart", "[geo]")
{
    const QSizeF size = GENERATE(QSizeF(800, 600), QSizeF(1200, 800), QSizeF(640, 480));
    const Geo::Viewport viewport = Geo::Viewport::conflictZone(size);
    const QRectF frame(QPointF(0, 0), size);
    const QList<QPointF> places{shusha, stepanakert, jabrayil};
    QList<QPointF> pixels;
    for (const QPointF &place : places) {
        pixels.append(viewport.toPixel(place));
        CHECK(frame.contains(pixels.last()));
        CHECK(viewport.isVisible(place));
        CHECK(viewport.visibleBounds().contains(place));
    }
    for (qsizetype i = 0; i < pixels.size(); ++i) {
        for (qsizetype j = i + 1; j < pixels.size(); ++j)
            CHECK(distance(pixels.at(i), pixels.at(j)) >= 20.0);
    }
}

TEST_CASE("Fitting points shows all of them", "[geo]")
{
    const QList<QPointF> capitals{{37.6173, 55.7558}, {32.8597, 39.9334}, {51.389, 35.6892}};
    const Geo::Viewport viewport = Geo::Viewport::fit(capitals, QSizeF(900, 700), 40.0);
    const QRectF inner(40.0 - 1e-6, 40.0 - 1e-6, 820.0 + 2e-6, 620.0 + 2e-6);
    for (const QPointF &capital : capitals)
        CHECK(inner.contains(viewport.toPixel(capital)));
    // One point alone is not zoomed in past the limit.
    const Geo::Viewport single = Geo::Viewport::fit({shusha}, QSizeF(900, 700), 40.0, 10.0);
    CHECK(single.zoom() == 10.0);
    CHECK(distance(single.toPixel(shusha), QPointF(450, 350)) < 1e-6);
    // About 10 km per 100 px at the conflict zone's default scale, 40°N.
    const Geo::Viewport zone = Geo::Viewport::conflictZone(QSizeF(1200, 800));
    CHECK(zone.metresPerPixel() > 20.0);
    CHECK(zone.metresPerPixel() < 400.0);
}
