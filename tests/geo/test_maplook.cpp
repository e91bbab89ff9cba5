// Not part of the suite (hidden tag): writes the maps a person looks at, and
// times the basemap. Run with
//   marsad-tests "[.maplook]"      (MARSAD_MAP_OUT=/some/dir, default /tmp)
#include "mapview.h"
#include "resources.h"
#include "topojsonreader.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSvgRenderer>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

QList<Render::MapMarker> gazetteerMarkers(const QList<std::pair<QString, int>> &idsAndWeights)
{
    Resources::initialize();
    QFile file(Resources::gazetteerPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray entities = QJsonDocument::fromJson(file.readAll()).array();
    QList<Render::MapMarker> markers;
    for (const auto &[id, weight] : idsAndWeights) {
        for (const QJsonValue &value : entities) {
            const QJsonObject entity = value.toObject();
            if (entity.value(u"id"_s).toString() != id)
                continue;
            markers.append({id, entity.value(u"lon"_s).toDouble(),
                            entity.value(u"lat"_s).toDouble(), entity.value(u"ar"_s).toString(),
                            weight, false, false});
        }
    }
    REQUIRE(markers.size() == idsAndWeights.size());
    return markers;
}

QString outDir()
{
    const QString dir = qEnvironmentVariable("MARSAD_MAP_OUT");
    return dir.isEmpty() ? u"/tmp"_s : dir;
}

// What an SVG viewer shows: <name>.svg drawn by QtSvg into <name>-svg.png.
void svgToPng(const QString &name)
{
    QSvgRenderer svg(outDir() + u'/' + name + u".svg"_s);
    QImage image(svg.defaultSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        svg.render(&painter);
    }
    image.save(outDir() + u'/' + name + u"-svg.png"_s);
}

} // namespace

TEST_CASE("Map pictures to look at", "[.maplook]")
{
    Resources::initialize();
    QElapsedTimer timer;
    timer.start();
    Geo::TopoJsonResult basemap = Geo::TopoJsonReader::readFile(Resources::basemapPath());
    std::cout << "countries-10m.json decoded in " << timer.elapsed() << " ms, "
              << basemap.countries.size() << " countries\n";
    REQUIRE(basemap.ok());

    const QList<Render::MapMarker> zone = gazetteerMarkers({{u"shusha"_s, 8},
                                                            {u"stepanakert"_s, 4},
                                                            {u"jabrayil"_s, 3},
                                                            {u"baku"_s, 5},
                                                            {u"yerevan"_s, 4},
                                                            {u"fuzuli"_s, 2},
                                                            {u"lachin"_s, 2},
                                                            {u"aghdam"_s, 1}});
    Widgets::MapView view;
    view.setCountries(basemap.countries);
    view.resize(1200, 800);
    view.setMarkers(zone);

    view.fitAll();
    timer.restart();
    REQUIRE(view.exportImage(outDir() + u"/geo-map.png"_s, {}, 1.0));
    std::cout << "first render + PNG " << timer.elapsed() << " ms\n";
    timer.restart();
    REQUIRE(view.exportImage(outDir() + u"/geo-map.png"_s, {}, 1.0));
    std::cout << "cached render + PNG " << timer.elapsed() << " ms\n";

    view.showConflictZone();
    QList<Render::MapMarker> highlighted = zone;
    highlighted[0].highlighted = true;
    highlighted[3].dimmed = true;
    highlighted[4].dimmed = true;
    view.setMarkers(highlighted);
    REQUIRE(view.exportImage(outDir() + u"/geo-map-zone.png"_s, {}, 1.0));
    REQUIRE(view.exportImage(outDir() + u"/geo-map-zone.svg"_s));
    REQUIRE(view.exportImage(outDir() + u"/geo-map-zone@2x.png"_s));
    REQUIRE(view.exportImage(outDir() + u"/geo-map-zone.pdf"_s));
    QImage(outDir() + u"/geo-map-zone@2x.png"_s)
        .copy(QRect(660, 480, 800, 480))
        .save(outDir() + u"/geo-map-zone-crop.png"_s);
    svgToPng(u"geo-map-zone"_s);

    // What a wheel step costs: a new zoom level (paths projected again), then
    // a pan at that level (paths from the cache).
    {
        QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
        Geo::Viewport viewport = view.viewport();
        for (const double steps : {0.5, 0.0, -2.5, 0.0}) {
            viewport.zoomAbout(QPointF(600, 400), steps);
            viewport.panBy(QPointF(5, 5));
            QPainter painter(&image);
            timer.restart();
            view.renderer().render(painter, viewport);
            std::cout << "render at zoom " << viewport.zoom() << ": " << timer.elapsed() << " ms\n";
        }
    }

    QList<Render::MapMarker> world = zone;
    world += gazetteerMarkers({{u"moscow"_s, 6}, {u"ankara"_s, 5}, {u"tehran"_s, 3}});
    view.setMarkers(world);
    view.fitAll();
    REQUIRE(view.exportImage(outDir() + u"/geo-map-world.png"_s, {}, 1.0));
    REQUIRE(view.exportImage(outDir() + u"/geo-map-world@2x.png"_s));
    REQUIRE(view.exportImage(outDir() + u"/geo-map-world.svg"_s));
    svgToPng(u"geo-map-world"_s);
    QImage(outDir() + u"/geo-map-world@2x.png"_s)
        .copy(QRect(1100, 1060, 700, 300))
        .save(outDir() + u"/geo-map-world-crop.png"_s);

    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    REQUIRE(view.exportImage(outDir() + u"/geo-map-world-rtl.png"_s, {}, 1.0));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}
