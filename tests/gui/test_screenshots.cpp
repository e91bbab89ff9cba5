// Screenshots for looking at the product as a user would. Hidden; run with
//   xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
//       MARSAD_SCREENSHOT_DIR=/tmp/shots build/tests/marsad-tests "[.screenshots]"
#include "articlelistmodel.h"
#include "filterstate.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

void shoot(Widgets::MainWindow &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("MARSAD_SCREENSHOT_DIR", u"/tmp"_s);
    QDir().mkpath(dir);
    QTest::qWait(200);
    REQUIRE(window.grab().save(dir + u'/' + name + u".png"_s));
}

void openSample002(Widgets::MainWindow &window)
{
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &Widgets::MainWindow::corpusLoaded);
    window.openPaths({});
    REQUIRE(loaded.wait(60000));
    auto *model = window.articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (QFileInfo(model->articleAt(model->index(row, 0)).article.file)
                .fileName()
                .startsWith(u"002"_s))
            window.showArticle(model->corpusRow(row));
    }
}

} // namespace

TEST_CASE("Timeline exports rendered back to images", "[.screenshots]")
{
    // SVG through Qt's own SVG renderer, PDF through pdftoppm: what a reader
    // of the report would see.
    const QString dir = qEnvironmentVariable("MARSAD_SCREENSHOT_DIR", u"/tmp"_s);
    QDir().mkpath(dir);
    Widgets::MainWindow window;
    openSample002(window);
    window.filter()->includeEntity(u"shusha"_s);
    for (const QString &name : {u"timeline-shusha.svg"_s, u"timeline-shusha.pdf"_s}) {
        QString error;
        REQUIRE(window.exportTimeline(dir + u'/' + name, 1600, 1, &error));
    }
    QSvgRenderer svg(dir + u"/timeline-shusha.svg"_s);
    REQUIRE(svg.isValid());
    QImage image(svg.defaultSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    REQUIRE(image.save(dir + u"/timeline-shusha-svg.png"_s));
    QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"96"_s, dir + u"/timeline-shusha.pdf"_s,
                                      dir + u"/timeline-shusha-pdf"_s});
    REQUIRE(window.mapView()->exportImage(dir + u"/map-shusha.png"_s));
}

TEST_CASE("Screenshots of the viewer", "[.screenshots]")
{
    {
        // The English catalog too, as the application loads it (plural forms).
        I18n::LanguageManager languages;
        languages.apply(u"en"_s);
        Widgets::MainWindow window;
        openSample002(window);
        shoot(window, u"viewer-002"_s);
        window.filter()->includeEntity(u"stepanakert"_s);
        shoot(window, u"viewer-stepanakert"_s);
    }
    {
        I18n::LanguageManager languages;
        languages.apply(u"ar"_s);
        Widgets::MainWindow window;
        openSample002(window);
        shoot(window, u"viewer-arabic"_s);
        languages.apply(u"en"_s);
    }
}
