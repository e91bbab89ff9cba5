// MapView: export through the renderer, and interaction signals.
#include "mapview.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QLineF>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

QList<Render::MapMarker> markers()
{
    return {
        {u"shusha"_s, 46.7486, 39.7583, u"شوشا"_s, 8, true, false},
        {u"stepanakert"_s, 46.7519, 39.8153, u"ستيباناكرت"_s, 4, false, false},
        {u"jabrayil"_s, 47.0264, 39.3999, u"جبرائيل"_s, 3, false, false},
    };
}

} // namespace

TEST_CASE("The map view exports PNG, SVG and PDF", "[geo][gui]")
{
    Widgets::MapView view;
    REQUIRE(view.loadBasemap());
    view.resize(900, 600);
    view.setMarkers(markers());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString png = dir.filePath(u"map.png"_s);
    REQUIRE(view.exportImage(png, QSize(600, 400), 2.0));
    const QImage image(png);
    CHECK(image.size() == QSize(1200, 800));
    // Default: the view's size at twice the pixels.
    const QString png2 = dir.filePath(u"map2.png"_s);
    REQUIRE(view.exportImage(png2));
    CHECK(QImage(png2).size() == QSize(1800, 1200));

    const QString svg = dir.filePath(u"map.svg"_s);
    REQUIRE(view.exportImage(svg, QSize(600, 400)));
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QString root;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(root == u"svg"_s);
    CHECK(elements > 10);

    const QString pdf = dir.filePath(u"map.pdf"_s);
    REQUIRE(view.exportImage(pdf, QSize(600, 400)));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(4) == QByteArray("%PDF"));

    CHECK_FALSE(view.exportImage(dir.filePath(u"map.bmpx"_s)));
    CHECK_FALSE(view.errorString().isEmpty());
}

TEST_CASE("The map view reports clicks and hovers on markers", "[geo][gui]")
{
    Widgets::MapView view;
    view.resize(900, 600);
    view.setMarkers(markers());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showConflictZone();

    QSignalSpy clicked(&view, &Widgets::MapView::markerClicked);
    QSignalSpy hovered(&view, &Widgets::MapView::markerHovered);
    const QPoint jabrayil = view.viewport().toPixel(QPointF(47.0264, 39.3999)).toPoint();
    QTest::mouseMove(&view, jabrayil);
    REQUIRE(hovered.size() >= 1);
    CHECK(hovered.last().at(0).toString() == u"jabrayil"_s);
    QTest::mouseClick(&view, Qt::LeftButton, {}, jabrayil);
    REQUIRE(clicked.size() == 1);
    CHECK(clicked.first().at(0).toString() == u"jabrayil"_s);

    // A drag pans and clicks nothing.
    const Geo::Viewport before = view.viewport();
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(100, 100));
    QMouseEvent move(QEvent::MouseMove, QPointF(160, 130), view.mapToGlobal(QPointF(160, 130)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(160, 130));
    CHECK(clicked.size() == 1);
    CHECK(view.viewport().centre() != before.centre());

    // Keyboard zoom.
    const double zoom = view.viewport().zoom();
    QTest::keyClick(&view, Qt::Key_Plus);
    CHECK(view.viewport().zoom() == Approx(zoom + 1.0));
    QTest::keyClick(&view, Qt::Key_Minus);
    CHECK(view.viewport().zoom() == Approx(zoom));

    // fitAll shows every marker.
    view.fitAll();
    const QRectF frame(QPointF(0, 0), QSizeF(view.size()));
    for (const Render::MapMarker &marker : view.markers())
        CHECK(frame.contains(view.viewport().toPixel(QPointF(marker.lon, marker.lat))));
}

TEST_CASE("A right-to-left map view exports the same map", "[geo][gui]")
{
    Widgets::MapView view;
    REQUIRE(view.loadBasemap());
    view.resize(600, 400);
    view.setMarkers(markers());
    view.showConflictZone();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ltr = dir.filePath(u"ltr.png"_s);
    const QString rtl = dir.filePath(u"rtl.png"_s);
    REQUIRE(view.exportImage(ltr, {}, 1.0));
    view.setLayoutDirection(Qt::RightToLeft);
    REQUIRE(view.exportImage(rtl, {}, 1.0));
    CHECK(QImage(ltr) == QImage(rtl));
    // And on screen: grab() paints through paintEvent.
    const QImage screen = view.grab().toImage().convertToFormat(QImage::Format_ARGB32);
    view.setLayoutDirection(Qt::LeftToRight);
    CHECK(screen == view.grab().toImage().convertToFormat(QImage::Format_ARGB32));
}

namespace {

void showActive(Widgets::MapView &view)
{
    view.resize(900, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
}

} // namespace

TEST_CASE("centreOn centres the map and ensureVisible pans only when needed", "[geo][gui]")
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        INFO((direction == Qt::RightToLeft ? "right to left" : "left to right"));
        Widgets::MapView view;
        view.setLayoutDirection(direction);
        view.setMarkers(markers());
        showActive(view);
        view.showConflictZone();
        const QPointF middle(view.width() / 2.0, view.height() / 2.0);

        view.centreOn(47.0264, 39.3999); // Jabrayil
        CHECK(QLineF(view.viewport().toPixel(QPointF(47.0264, 39.3999)), middle).length() < 1.0);
        CHECK(view.viewport().zoom() >= 9.0);
        // And it stays centred when the view is resized (the dock moves).
        view.resize(700, 500);
        QTest::qWait(10);
        CHECK(QLineF(view.viewport().toPixel(QPointF(47.0264, 39.3999)),
                     QPointF(view.width() / 2.0, view.height() / 2.0))
                  .length() < 1.0);

        // Shusha is on screen: nothing moves.
        view.centreOn(46.7486, 39.7583);
        const Geo::Viewport before = view.viewport();
        view.ensureVisible(46.7519, 39.8153); // Stepanakert, 6 km away
        CHECK(view.viewport() == before);
        // Baku is far off screen: the map pans just enough, at the same zoom.
        view.ensureVisible(49.8671, 40.4093);
        const QPointF baku = view.viewport().toPixel(QPointF(49.8671, 40.4093));
        const QRectF frame(QPointF(0, 0), QSizeF(view.size()));
        CHECK(frame.adjusted(39, 39, -39, -39).contains(baku));
        CHECK_FALSE(frame.adjusted(60, 60, -60, -60).contains(baku)); // not centred
        CHECK(view.viewport().zoom() == Approx(before.zoom()));
    }
}

TEST_CASE("Map markers are reached and toggled from the keyboard", "[geo][gui]")
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        INFO((direction == Qt::RightToLeft ? "right to left" : "left to right"));
        Widgets::MapView view;
        view.setLayoutDirection(direction);
        view.setMarkers(markers());
        showActive(view);
        view.showConflictZone();
        view.setFocus(Qt::TabFocusReason);
        REQUIRE(view.hasFocus());
        QTest::keyClick(&view, Qt::Key_Tab); // Tab walks the markers
        if (view.focusedMarker().isEmpty())
            QTest::keyClick(&view, Qt::Key_Tab);
        REQUIRE_FALSE(view.focusedMarker().isEmpty());
        // Right is east in both directions (the map is never mirrored):
        // from Shusha (west) to Jabrayil (east, further south).
        view.setFocusedMarker(u"shusha"_s);
        const Geo::Viewport before = view.viewport();
        QTest::keyClick(&view, Qt::Key_Right);
        CHECK(view.focusedMarker() == u"jabrayil"_s);
        QTest::keyClick(&view, Qt::Key_Left);
        CHECK(view.focusedMarker() != u"jabrayil"_s);
        CHECK(view.viewport() == before); // moved the focus, did not pan
        // Up from Shusha: Stepanakert, just north.
        view.setFocusedMarker(u"shusha"_s);
        QTest::keyClick(&view, Qt::Key_Up);
        CHECK(view.focusedMarker() == u"stepanakert"_s);
        // Enter toggles the filter: the same signal as a click.
        QSignalSpy clicked(&view, &Widgets::MapView::markerClicked);
        QTest::keyClick(&view, Qt::Key_Return);
        REQUIRE(clicked.size() == 1);
        CHECK(clicked.first().at(0).toString() == u"stepanakert"_s);
        // Nothing further north: the arrow pans.
        QTest::keyClick(&view, Qt::Key_Up);
        CHECK(view.viewport() != before);
        // The focus ring is drawn, and never exported.
        const QImage ring = view.grab().toImage();
        view.clearFocus();
        CHECK(ring != view.grab().toImage());
    }
}
