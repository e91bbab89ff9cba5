// Timeline images: the renderer and its PNG, SVG and PDF exports.
#include "corpusindex.h"
#include "testsupport.h"
#include "timelineexport.h"
#include "timelinemodel.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

struct Fixture
{
    Models::TimelineModel model;
    Render::TimelineScene scene;

    explicit Fixture(const Index::Filter &filter = {}, const QString &language = u"ar"_s)
    {
        model.setIndex(Tests::sampleIndex());
        model.applyFilter(filter);
        scene.items = &model.items();
        const auto [first, last] = model.focusRange();
        scene.from = first.addDays(-3);
        scene.to = last.addDays(3);
        scene.language = language;
        scene.rightToLeft = language == u"ar"_s;
        scene.font = Render::TimelineExporter::defaultFont();
        scene.showHeader = true;
        scene.title = u"مرصد — الخط الزمني"_s;
        scene.filterSummary =
            Render::TimelineExporter::describeFilter(filter, *Tests::sampleIndex(), language);
    }
};

// Share of pixels that are not white.
double inked(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            ink += qGray(line[x]) < 235;
    }
    return double(ink) / (double(image.width()) * image.height() / 4);
}

} // namespace

TEST_CASE("PNG export has the requested size and is not blank", "[render][timeline]")
{
    QTemporaryDir dir;
    Fixture f;
    Render::ExportOptions options;
    options.width = 1200;
    options.scale = 2;
    QString error;
    const QString path = dir.filePath(u"t.png"_s);
    REQUIRE(Render::TimelineExporter::write(f.scene, path, options, &error));
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 2400);
    CHECK(image.height() > 400);
    CHECK(inked(image) > 0.01);
}

TEST_CASE("Filtering by Shusha changes the image", "[render][timeline]")
{
    QTemporaryDir dir;
    Render::ExportOptions options;
    options.width = 1200;
    options.scale = 1;
    Fixture all;
    Index::Filter shushaFilter;
    shushaFilter.included = {u"shusha"_s};
    Fixture shusha(shushaFilter);
    REQUIRE(Render::TimelineExporter::write(all.scene, dir.filePath(u"a.png"_s), options, nullptr));
    REQUIRE(
        Render::TimelineExporter::write(shusha.scene, dir.filePath(u"s.png"_s), options, nullptr));
    const QImage a(dir.filePath(u"a.png"_s)), s(dir.filePath(u"s.png"_s));
    CHECK(a != s);
    CHECK(shusha.scene.filterSummary.contains(u"شوشة"_s));
}

TEST_CASE("Labels never overlap and markers stay inside the lanes", "[render][timeline]")
{
    for (const QString &language : {u"ar"_s, u"en"_s}) {
        Fixture f({}, language);
        const auto layout = Render::TimelineRenderer::layout(f.scene, QRectF(0, 0, 1400, 0));
        QList<QRectF> labels;
        for (const auto &m : layout.markers) {
            const QRectF lane = m.lane == Models::TimelineItem::Lane::Articles ? layout.articlesLane
                                                                               : layout.eventsLane;
            CHECK(lane.adjusted(-1, -1, 1, 1).contains(m.shape.center()));
            if (m.label.isNull())
                continue;
            CHECK(lane.adjusted(-1, -1, 1, 1).contains(m.label));
            for (const QRectF &other : labels)
                CHECK_FALSE(other.intersects(m.label));
            labels.append(m.label);
        }
        CHECK(labels.size() >= 5);
    }
}

TEST_CASE("Time runs right to left in Arabic and left to right in English", "[render][timeline]")
{
    Fixture ar({}, u"ar"_s);
    const QRectF lane(0, 0, 1000, 10);
    CHECK(Render::TimelineRenderer::xOf(ar.scene, lane, ar.scene.from) == 1000);
    Fixture en({}, u"en"_s);
    CHECK(Render::TimelineRenderer::xOf(en.scene, lane, en.scene.from) == 0);
    const QDate d(2020, 10, 9);
    CHECK(Render::TimelineRenderer::dateAt(
              ar.scene, lane, Render::TimelineRenderer::xOf(ar.scene, lane, d) - 0.01) == d);
    CHECK(Render::TimelineRenderer::dateAt(
              en.scene, lane, Render::TimelineRenderer::xOf(en.scene, lane, d) + 0.01) == d);
}

TEST_CASE("A date range limits the items drawn", "[render][timeline]")
{
    Fixture f;
    f.scene.from = QDate(2020, 11, 1);
    f.scene.to = QDate(2020, 11, 10);
    const auto layout = Render::TimelineRenderer::layout(f.scene, QRectF(0, 0, 1200, 0));
    REQUIRE_FALSE(layout.markers.isEmpty());
    for (const auto &m : layout.markers) {
        for (const qsizetype i : m.items) {
            const auto &item = f.model.items().at(i);
            CHECK(item.end >= f.scene.from);
            CHECK(item.start <= f.scene.to);
        }
    }
}

TEST_CASE("SVG export parses as XML and carries the labels", "[render][timeline]")
{
    QTemporaryDir dir;
    Fixture f;
    const QString path = dir.filePath(u"t.svg"_s);
    REQUIRE(Render::TimelineExporter::write(f.scene, path, {}, nullptr));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int elements = 0;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
        else if (xml.isCharacters())
            text += xml.text();
    }
    CHECK_FALSE(xml.hasError());
    CHECK(elements > 50);
    CHECK(text.contains(u"مرصد — الخط الزمني"_s));
    CHECK(text.contains(u"المقالات"_s));
}

TEST_CASE("PDF export converts with pdftoppm to a page that is not blank", "[render][timeline]")
{
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    REQUIRE_FALSE(pdftoppm.isEmpty()); // installed by .ci/setup.sh (poppler-utils)
    QTemporaryDir dir;
    Fixture f;
    const QString path = dir.filePath(u"t.pdf"_s);
    REQUIRE(Render::TimelineExporter::write(f.scene, path, {}, nullptr));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    QProcess process;
    process.start(pdftoppm, {u"-png"_s, u"-r"_s, u"72"_s, path, dir.filePath(u"page"_s)});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QImage page(dir.filePath(u"page-1.png"_s));
    REQUIRE_FALSE(page.isNull());
    CHECK(page.width() == 1200); // 1600 px at 96 dpi is 1200 pt
    CHECK(inked(page) > 0.01);
}

TEST_CASE("Unknown formats are refused with a reason", "[render][timeline]")
{
    Fixture f;
    QString error;
    CHECK_FALSE(Render::TimelineExporter::write(f.scene, u"/tmp/timeline.bmp"_s, {}, &error));
    CHECK(error.contains(u".png"_s));
}

namespace {

// Hand-built items: two dated articles, an event and three undated articles,
// one of them outside the filter.
QList<Models::TimelineItem> itemsWithUndated()
{
    using Models::TimelineItem;
    QList<TimelineItem> items;
    auto dated = [&](TimelineItem::Lane lane, QDate start, QDate end, const QString &label) {
        TimelineItem item;
        item.lane = lane;
        item.start = start;
        item.end = end;
        item.label = label;
        item.precision = start == end ? Time::Precision::Day : Time::Precision::Range;
        item.basis = Time::PublishedDate::Basis::Dateline;
        item.article = items.size();
        items.append(item);
    };
    dated(TimelineItem::Lane::Articles, QDate(2020, 10, 3), QDate(2020, 10, 3), u"مقال مؤرخ"_s);
    dated(TimelineItem::Lane::Articles, QDate(2020, 10, 5), QDate(2020, 10, 9), u"مقال بمدة"_s);
    dated(TimelineItem::Lane::Events, QDate(2020, 10, 4), QDate(2020, 10, 4), u"حدث"_s);
    for (int i = 0; i < 3; ++i) {
        TimelineItem item;
        item.lane = TimelineItem::Lane::Undated;
        item.label = u"مقال بلا تاريخ %1"_s.arg(i + 1);
        item.article = 10 + i;
        item.passes = i != 2;
        items.append(item);
    }
    return items;
}

Render::TimelineScene undatedScene(const QList<Models::TimelineItem> &items,
                                   const QString &language)
{
    Render::TimelineScene scene;
    scene.items = &items;
    scene.from = QDate(2020, 9, 28);
    scene.to = QDate(2020, 10, 14);
    scene.language = language;
    scene.rightToLeft = language == u"ar"_s;
    scene.font = Render::TimelineExporter::defaultFont();
    return scene;
}

} // namespace

TEST_CASE("Undated articles get a row of their own, counted", "[render][timeline]")
{
    const QList<Models::TimelineItem> items = itemsWithUndated();
    for (const QString &language : {u"en"_s, u"ar"_s}) {
        INFO(language.toStdString());
        const Render::TimelineScene scene = undatedScene(items, language);
        // A view's fixed height and an export's open one.
        for (const QRectF &bounds : {QRectF(0, 0, 1000, 420), QRectF(0, 0, 1000, 0)}) {
            const auto layout = Render::TimelineRenderer::layout(scene, bounds);
            REQUIRE_FALSE(layout.undatedLane.isNull());
            CHECK(layout.undatedLane.top() >= layout.eventsLane.bottom());
            if (bounds.height() > 0)
                CHECK(layout.undatedLane.bottom() <= bounds.bottom());
            int undated = 0;
            for (const auto &m : layout.markers) {
                if (m.lane != Models::TimelineItem::Lane::Undated)
                    continue;
                undated += int(m.items.size());
                CHECK(layout.undatedLane.contains(m.shape.center()));
                for (const qsizetype i : m.items)
                    CHECK_FALSE(items.at(i).isDated());
            }
            CHECK(undated == 3); // all three, the filtered-out one dimmed
            if (bounds.height() <= 0) {
                // An export labels every undated article that passes.
                int labelled = 0;
                for (const auto &m : layout.markers)
                    labelled += m.lane == Models::TimelineItem::Lane::Undated && m.passes &&
                                !m.label.isNull();
                CHECK(labelled == 2);
            }
            // The range-dated article is a bar.
            const auto bar = std::find_if(layout.markers.cbegin(), layout.markers.cend(),
                                          [](const auto &m) { return m.items.contains(1); });
            REQUIRE(bar != layout.markers.cend());
            CHECK(bar->shape.width() > bar->shape.height());
        }
        // With room, every undated article is labelled.
        {
            QList<Models::TimelineItem> all = items;
            all.last().passes = true;
            Render::TimelineScene s = scene;
            s.items = &all;
            const auto layout = Render::TimelineRenderer::layout(s, QRectF(0, 0, 1000, 0));
            int labelled = 0;
            for (const auto &m : layout.markers)
                labelled += m.lane == Models::TimelineItem::Lane::Undated && !m.label.isNull();
            CHECK(labelled == 3);
        }
        // Drawn with its count: the caption names the passing undated articles.
        QImage image(1000, 420, QImage::Format_ARGB32);
        QPainter painter(&image);
        const auto layout = Render::TimelineRenderer::layout(scene, image.rect());
        Render::TimelineRenderer::paint(painter, scene, layout);
        painter.end();
        CHECK(Render::TimelineRenderer::laneName(Models::TimelineItem::Lane::Undated, language)
                  .size() > 3);
        // The strip is painted in its own colour.
        const QPoint inStrip = layout.undatedLane.bottomLeft().toPoint() + QPoint(3, -2);
        CHECK(image.pixelColor(inStrip) != QColor(Qt::white));
    }
    // Hidden when the scene hides what the filter leaves out.
    Render::TimelineScene scene = undatedScene(items, u"en"_s);
    scene.hideFilteredOut = true;
    const auto layout = Render::TimelineRenderer::layout(scene, QRectF(0, 0, 1000, 0));
    int undated = 0;
    for (const auto &m : layout.markers)
        undated += m.lane == Models::TimelineItem::Lane::Undated ? int(m.items.size()) : 0;
    CHECK(undated == 2);
}

TEST_CASE("Many undated articles share slots and none is lost", "[render][timeline]")
{
    QList<Models::TimelineItem> items = itemsWithUndated();
    for (int i = 0; i < 500; ++i) {
        Models::TimelineItem item;
        item.lane = Models::TimelineItem::Lane::Undated;
        item.label = u"مقال %1"_s.arg(i);
        item.article = 100 + i;
        items.append(item);
    }
    const Render::TimelineScene scene = undatedScene(items, u"ar"_s);
    const auto layout = Render::TimelineRenderer::layout(scene, QRectF(0, 0, 600, 400));
    int undated = 0, markers = 0;
    for (const auto &m : layout.markers) {
        if (m.lane == Models::TimelineItem::Lane::Undated) {
            undated += int(m.items.size());
            ++markers;
            CHECK(layout.undatedLane.contains(m.shape.center()));
        }
    }
    CHECK(undated == 503);
    CHECK(markers < 503);
}

TEST_CASE("The filter's date range is shaded on the axis", "[render][timeline]")
{
    const QList<Models::TimelineItem> items = itemsWithUndated();
    for (const QString &language : {u"en"_s, u"ar"_s}) {
        INFO(language.toStdString());
        Render::TimelineScene scene = undatedScene(items, language);
        auto draw = [&](const Render::TimelineScene &s) {
            QImage image(1000, 420, QImage::Format_ARGB32);
            QPainter painter(&image);
            Render::TimelineRenderer::paint(painter, s,
                                            Render::TimelineRenderer::layout(s, image.rect()));
            return image;
        };
        const QImage plain = draw(scene);
        scene.rangeFrom = QDate(2020, 10, 2);
        scene.rangeTo = QDate(2020, 10, 6);
        const QImage shaded = draw(scene);
        const auto layout = Render::TimelineRenderer::layout(scene, QRectF(0, 0, 1000, 420));
        const qreal inside = Render::TimelineRenderer::xOf(scene, layout.axis, QDate(2020, 10, 4));
        const qreal outside =
            Render::TimelineRenderer::xOf(scene, layout.axis, QDate(2020, 10, 11));
        // Near the top of the axis, clear of tick labels' ink.
        const int y = int(layout.axis.top()) + 2;
        const QColor in = shaded.pixelColor(int(inside), y);
        CHECK(in != plain.pixelColor(int(inside), y));
        CHECK(in.blue() > in.red()); // tinted blue
        CHECK(shaded.pixelColor(int(outside), y) == plain.pixelColor(int(outside), y));
        // The undated row has no time axis: never shaded.
        const QPoint strip(int(inside), int(layout.undatedLane.bottom()) - 2);
        CHECK(shaded.pixelColor(strip) == plain.pixelColor(strip));
    }
}

TEST_CASE("Date ranges for the UI are day-month-year in the UI's language", "[render][timeline]")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(Render::formatDateRange(QDate(2020, 10, 3), QDate(2020, 10, 10), us) ==
          u"3 Oct 2020 – 10 Oct 2020"_s);
    CHECK(Render::formatDateRange(QDate(2020, 10, 3), {}, us) == u"3 Oct 2020 – …"_s);
    CHECK(Render::formatDateRange(QDate(2020, 10, 3), QDate(2020, 10, 3), us) == u"3 Oct 2020"_s);
    const QLocale ar(QLocale::Arabic, QLocale::Egypt);
    const QString arabic = Render::formatDateRange(QDate(2020, 10, 3), QDate(2020, 10, 10), ar);
    CHECK(arabic.contains(ar.monthName(10, QLocale::ShortFormat)));
    CHECK_FALSE(arabic.contains(u"10/"_s));
}
