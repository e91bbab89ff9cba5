// MapRenderer painting into images: not blank, highlighted markers stand out,
// labels never overlap, and a right-to-left application gets the same map.
#include "mapfeature.h"
#include "maprenderer.h"
#include "resources.h"
#include "topojsonreader.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Marsad;

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

QList<Render::MapMarker> conflictMarkers()
{
    return {
        {u"shusha"_s, 46.7486, 39.7583, u"شوشا"_s, 8, false, false},
        {u"stepanakert"_s, 46.7519, 39.8153, u"ستيباناكرت"_s, 4, false, false},
        {u"jabrayil"_s, 47.0264, 39.3999, u"جبرائيل"_s, 3, false, false},
        {u"fuzuli"_s, 47.1431, 39.6003, u"فضولي"_s, 2, false, false},
        {u"lachin"_s, 46.5469, 39.6408, u"لاتشين"_s, 2, false, false},
        {u"aghdam"_s, 46.9297, 39.9911, u"أغدام"_s, 1, false, false},
        {u"hadrut"_s, 47.0350, 39.5200, u"Hadrut"_s, 1, false, true},
        {u"martuni"_s, 47.1500, 39.7950, u"Martuni"_s, 1, false, false},
    };
}

QImage render(Render::MapRenderer &renderer, const Geo::Viewport &viewport)
{
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    renderer.render(painter, viewport);
    return image;
}

} // namespace

TEST_CASE("The map renders land, sea and markers", "[geo][render]")
{
    Render::MapRenderer renderer;
    renderer.setCountries(basemap());
    renderer.setMarkers(conflictMarkers());
    const Geo::Viewport viewport = Geo::Viewport::conflictZone(QSizeF(1200, 800));
    const QImage image = render(renderer, viewport);

    // Not blank: many colours, and both land and sea.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours.size() > 20);
    // Shusha's marker is painted in the marker colour (reddish).
    const QColor shusha = image.pixelColor(viewport.toPixel(QPointF(46.7486, 39.7583)).toPoint());
    CHECK(shusha.red() > shusha.blue() + 60);
    // Every labelled visible marker got its label here: there is room.
    REQUIRE(renderer.placedLabels().size() == conflictMarkers().size());
    // Placed by weight: the most mentioned first.
    CHECK(renderer.placedLabels().first().id == u"shusha"_s);
    // Azerbaijan is named somewhere on the map.
    bool azerbaijanNamed = false;
    for (const Render::PlacedLabel &label : renderer.placedCountryLabels())
        azerbaijanNamed = azerbaijanNamed || label.id == u"031"_s;
    CHECK(azerbaijanNamed);
}

TEST_CASE("A highlighted marker looks different from a plain one", "[geo][render]")
{
    Render::MapRenderer renderer;
    renderer.setCountries(basemap());
    QList<Render::MapMarker> markers = conflictMarkers();
    const Geo::Viewport viewport = Geo::Viewport::conflictZone(QSizeF(1200, 800));
    const QPoint jabrayil = viewport.toPixel(QPointF(47.0264, 39.3999)).toPoint();

    renderer.setMarkers(markers);
    const QColor plain = render(renderer, viewport).pixelColor(jabrayil);
    markers[2].highlighted = true;
    renderer.setMarkers(markers);
    const QColor highlighted = render(renderer, viewport).pixelColor(jabrayil);
    CHECK(plain != highlighted);
    markers[2].highlighted = false;
    markers[2].dimmed = true;
    renderer.setMarkers(markers);
    const QColor dimmed = render(renderer, viewport).pixelColor(jabrayil);
    CHECK(dimmed != plain);
    CHECK(dimmed != highlighted);
}

TEST_CASE("Marker sizes follow the mention count", "[geo][render]")
{
    Render::MapRenderer renderer;
    renderer.setMarkers({{u"a"_s, 0, 0, {}, 1, false, false},
                         {u"b"_s, 0, 0, {}, 16, false, false},
                         {u"c"_s, 0, 0, {}, 64, false, false},
                         {u"z"_s, 0, 0, {}, 0, false, false}});
    const auto &m = renderer.markers();
    // Area proportional to count: four times the count, twice the radius.
    CHECK(renderer.markerRadius(m.at(2)) == Approx(2.0 * renderer.markerRadius(m.at(1))));
    CHECK(renderer.markerRadius(m.at(2)) <= Render::MapRenderer::maxMarkerRadius);
    CHECK(renderer.markerRadius(m.at(0)) >= Render::MapRenderer::minMarkerRadius);
    CHECK(renderer.markerRadius(m.at(3)) == Render::MapRenderer::minMarkerRadius);
}

TEST_CASE("Labels never overlap, and highlighted ones are always placed", "[geo][render]")
{
    Render::MapRenderer renderer;
    renderer.setCountries(basemap());
    // A crowd: the conflict zone plus a grid of villages, one of them highlighted.
    QList<Render::MapMarker> markers = conflictMarkers();
    int n = 0;
    for (double lat = 39.45; lat < 40.0; lat += 0.05) {
        for (double lon = 46.6; lon < 47.1; lon += 0.05) {
            markers.append(
                {u"v%1"_s.arg(n), lon, lat, u"قرية %1"_s.arg(n), 1 + n % 5, false, false});
            ++n;
        }
    }
    markers.last().highlighted = true;
    renderer.setMarkers(markers);
    const Geo::Viewport viewport = Geo::Viewport::conflictZone(QSizeF(1200, 800));
    render(renderer, viewport);

    const QList<Render::PlacedLabel> &labels = renderer.placedLabels();
    CHECK(labels.size() > 10);
    CHECK(labels.size() < markers.size()); // some could not be placed and were dropped
    const QRectF frame(0, 0, 1200, 800);
    QList<QRectF> all;
    for (const Render::PlacedLabel &label : labels)
        all.append(label.rect);
    for (const Render::PlacedLabel &label : renderer.placedCountryLabels())
        all.append(label.rect);
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(frame.contains(all.at(i)));
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            INFO(i << " and " << j);
            CHECK_FALSE(all.at(i).intersects(all.at(j)));
        }
    }
    bool highlightedPlaced = false;
    for (const Render::PlacedLabel &label : labels)
        highlightedPlaced = highlightedPlaced || label.id == markers.last().id;
    CHECK(highlightedPlaced);
    // The highlighted place is labelled first.
    CHECK(labels.first().id == markers.last().id);
}

TEST_CASE("A right-to-left application does not mirror the map", "[geo][render]")
{
    Render::MapRenderer renderer;
    renderer.setCountries(basemap());
    renderer.setMarkers(conflictMarkers());
    const Geo::Viewport viewport = Geo::Viewport::conflictZone(QSizeF(1200, 800));

    const Qt::LayoutDirection saved = QGuiApplication::layoutDirection();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    const QImage leftToRight = render(renderer, viewport);
    const QList<Render::PlacedLabel> ltrLabels = renderer.placedLabels();
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const QImage rightToLeft = render(renderer, viewport);
    QGuiApplication::setLayoutDirection(saved);

    CHECK(leftToRight == rightToLeft);
    REQUIRE(ltrLabels.size() == renderer.placedLabels().size());
    for (qsizetype i = 0; i < ltrLabels.size(); ++i)
        CHECK(ltrLabels.at(i).rect == renderer.placedLabels().at(i).rect);
}

TEST_CASE("Markers are found under the cursor", "[geo][render]")
{
    Render::MapRenderer renderer;
    renderer.setMarkers(conflictMarkers());
    const Geo::Viewport viewport = Geo::Viewport::conflictZone(QSizeF(1200, 800));
    const QPointF shusha = viewport.toPixel(QPointF(46.7486, 39.7583));
    CHECK(renderer.markerAt(viewport, shusha) == u"shusha"_s);
    CHECK(renderer.markerAt(viewport, shusha + QPointF(3, 2)) == u"shusha"_s);
    CHECK(renderer.markerAt(viewport, viewport.toPixel(QPointF(46.7519, 39.8153))) ==
          u"stepanakert"_s);
    CHECK(renderer.markerAt(viewport, QPointF(2, 2)).isEmpty());
}

TEST_CASE("Zoomed out, overlapping markers are drawn as one group", "[geo][render]")
{
    Render::MapRenderer renderer;
    renderer.setMarkers(conflictMarkers());
    const Geo::Viewport zone = Geo::Viewport::conflictZone(QSizeF(1200, 800));
    CHECK(renderer.drawnMarkers(zone).size() == conflictMarkers().size());

    // The whole region: Shusha and the places near it become one marker.
    const Geo::Viewport region(QPointF(46.8, 39.7), 6.0, QSizeF(1200, 800));
    const QList<Render::DrawnMarker> drawn = renderer.drawnMarkers(region);
    REQUIRE(drawn.size() < conflictMarkers().size());
    const Render::DrawnMarker &head = drawn.first();
    CHECK(renderer.markers().at(head.index).id == u"shusha"_s);
    CHECK(head.members.size() > 1);
    CHECK(head.radius > renderer.markerRadius(renderer.markers().at(head.index)));
    int total = 0;
    for (const Render::DrawnMarker &marker : drawn)
        total += int(marker.members.size());
    CHECK(total == conflictMarkers().size()); // every place is somewhere
    CHECK(renderer.markerAt(region, head.centre) == u"shusha"_s);

    // A highlighted place stands alone; grouping can be switched off.
    QList<Render::MapMarker> markers = conflictMarkers();
    markers[1].highlighted = true; // Stepanakert
    renderer.setMarkers(markers);
    bool alone = false;
    for (const Render::DrawnMarker &marker : renderer.drawnMarkers(region))
        alone = alone || (marker.index == 1 && marker.members.size() == 1);
    CHECK(alone);
    renderer.setGrouping(false);
    CHECK(renderer.drawnMarkers(region).size() == markers.size());
}

namespace {

// The viewport at \a lonLat whose scale bar reads 20 km, at its coarsest
// (400 m a pixel: a 20 km bar is 50 px long).
Geo::Viewport twentyKilometreView(QPointF lonLat, QSizeF size)
{
    const double metresPerPixel = 400.0;
    const double zoom =
        std::log2(Geo::Projection::earthCircumference * std::cos(qDegreesToRadians(lonLat.y())) /
                  (256.0 * metresPerPixel));
    Geo::Viewport viewport(lonLat, zoom, size);
    REQUIRE(viewport.metresPerPixel() == Approx(metresPerPixel).epsilon(0.01));
    return viewport;
}

} // namespace

TEST_CASE("Grouping follows screen distance, and pinned places never merge", "[geo][render]")
{
    Render::MapRenderer renderer;
    // Heavy markers: their circles overlap at this zoom, yet they are
    // separate places 6 km (15 px) apart.
    QList<Render::MapMarker> markers = {
        {u"shusha"_s, 46.7486, 39.7583, u"شوشا"_s, 40, false, false},
        {u"stepanakert"_s, 46.7519, 39.8153, u"ستيباناكرت"_s, 40, false, false},
        {u"near-a"_s, 46.90, 39.90, u"a"_s, 1, false, false},
        {u"near-b"_s, 46.905, 39.902, u"b"_s, 1, false, false}, // 500 m from a
    };
    renderer.setMarkers(markers);
    const Geo::Viewport view = twentyKilometreView(QPointF(46.8, 39.8), QSizeF(800, 600));
    const double pixels =
        QLineF(view.toPixel(QPointF(46.7486, 39.7583)), view.toPixel(QPointF(46.7519, 39.8153)))
            .length();
    CHECK(pixels > Render::MapRenderer::groupDistance);
    CHECK(renderer.markerRadius(markers.at(0)) * 2 > pixels); // the circles overlap
    auto groupOf = [&](const QList<Render::DrawnMarker> &drawn, const QString &id) {
        for (const Render::DrawnMarker &d : drawn) {
            for (const qsizetype m : d.members) {
                if (renderer.markers().at(m).id == id)
                    return d.members.size();
            }
        }
        return qsizetype(0);
    };
    QList<Render::DrawnMarker> drawn = renderer.drawnMarkers(view);
    CHECK(groupOf(drawn, u"shusha"_s) == 1);
    CHECK(groupOf(drawn, u"stepanakert"_s) == 1);
    CHECK(groupOf(drawn, u"near-a"_s) == 2); // a pixel apart: one marker

    // Zoomed far out, the two towns share a pixel; pinned, they stay apart.
    const Geo::Viewport far(QPointF(46.8, 39.8), 5.0, QSizeF(800, 600));
    CHECK(groupOf(renderer.drawnMarkers(far), u"shusha"_s) > 1);
    markers[0].pinned = true;
    markers[1].pinned = true;
    renderer.setMarkers(markers);
    drawn = renderer.drawnMarkers(far);
    CHECK(groupOf(drawn, u"shusha"_s) == 1);
    CHECK(groupOf(drawn, u"stepanakert"_s) == 1);
    // Others near a pinned place do not hide in it either.
    CHECK(groupOf(drawn, u"near-a"_s) == 2);
}

TEST_CASE("Front lines and rivers are drawn as lines, Nagorno-Karabakh as an area", "[geo][render]")
{
    Resources::initialize();
    const Geo::MapFeatureResult features =
        Geo::MapFeatureReader::readFile(u":/geo/conflict-features.json"_s);
    REQUIRE(features.ok());
    auto find = [&](const QString &entity, Geo::MapFeature::Kind kind) {
        const auto it = std::find_if(
            features.features.cbegin(), features.features.cend(),
            [&](const Geo::MapFeature &f) { return f.entityId == entity && f.kind == kind; });
        REQUIRE(it != features.features.cend());
        return *it;
    };
    const Geo::MapFeature aras = find(u"aras-river"_s, Geo::MapFeature::Kind::River);
    const Geo::MapFeature contact = find(u"line-of-contact"_s, Geo::MapFeature::Kind::FrontLine);
    find(u"line-of-contact"_s, Geo::MapFeature::Kind::CeasefireLine);
    const Geo::MapFeature nk = find(u"nagorno-karabakh"_s, Geo::MapFeature::Kind::Region);
    CHECK_FALSE(aras.isArea());
    CHECK(aras.lines.first().size() > 5);
    CHECK(nk.isArea());
    // Stepanakert and Shusha lie in the former NKAO; Jabrayil and Aghdam do not.
    CHECK(nk.polygons.first().contains(QPointF(46.7519, 39.8153)));
    CHECK(nk.polygons.first().contains(QPointF(46.7486, 39.7583)));
    CHECK_FALSE(nk.polygons.first().contains(QPointF(47.0264, 39.3999)));
    CHECK_FALSE(nk.polygons.first().contains(QPointF(46.9297, 39.9911)));

    Render::MapRenderer renderer;
    renderer.setCountries(basemap());
    const Geo::Viewport viewport(QPointF(46.9, 39.5), 8.5, QSizeF(1000, 800));
    const QImage without = render(renderer, viewport);
    CHECK_FALSE(renderer.hasFeature(u"aras-river"_s));
    renderer.setFeatures(features.features);
    CHECK(renderer.hasFeature(u"aras-river"_s)); // drawn as a line: no point marker
    CHECK(renderer.hasFeature(u"nagorno-karabakh"_s));
    CHECK_FALSE(renderer.hasFeature(u"shusha"_s));
    const QImage with = render(renderer, viewport);
    // Along the river and the line, between their vertices: ink all the way.
    for (const Geo::MapFeature *feature : {&aras, &contact}) {
        int inked = 0, sampled = 0;
        for (const QPolygonF &line : Render::MapRenderer::featurePixels(*feature, viewport)) {
            for (qsizetype i = 1; i < line.size(); ++i) {
                const QPoint mid = ((line.at(i - 1) + line.at(i)) / 2).toPoint();
                if (!with.rect().adjusted(300, 0, 0, -60).contains(mid))
                    continue; // clear of the legend and the scale bar
                ++sampled;
                inked += with.pixelColor(mid) != without.pixelColor(mid);
            }
        }
        INFO(feature->id.toStdString());
        CHECK(sampled >= 4);
        CHECK(inked >= sampled * 8 / 10);
    }
    const QColor river =
        with.pixelColor(((Render::MapRenderer::featurePixels(aras, viewport).first().at(8) +
                          Render::MapRenderer::featurePixels(aras, viewport).first().at(9)) /
                         2)
                            .toPoint());
    CHECK(river.blue() > river.red() + 40);
    // Inside the outline, away from lines: the area is tinted.
    const QPoint inside = viewport.toPixel(QPointF(46.55, 40.05)).toPoint();
    CHECK(with.pixelColor(inside) != without.pixelColor(inside));
    // A click near the river reports its entity.
    const QPolygonF line = Render::MapRenderer::featurePixels(aras, viewport).first();
    CHECK(renderer.featureAt(viewport, (line.at(8) + line.at(9)) / 2 + QPointF(0, 2)) ==
          u"aras-river"_s);
}
