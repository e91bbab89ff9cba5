// MapView: export through the renderer, and interaction signals.
#include "mapview.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
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
