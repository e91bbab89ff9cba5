// Labels with mixed directions ("(2) شوشة", Arabic with numbers and Latin) in
// SVG: every SVG reader must draw them as the PNG does. QSvgGenerator writes
// each run of a line as a <text> of its own, and a reader lays out each
// alone, so each run must read the same whatever the base direction.
#include "testsupport.h"
#include "timelineexport.h"
#include "timelinemodel.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Models::TimelineItem;

namespace {

// Titles of our own, with brackets beside numbers and Latin.
QList<TimelineItem> mixedItems()
{
    QList<TimelineItem> items;
    auto add = [&](QDate day, const QString &label) {
        TimelineItem item;
        item.lane = TimelineItem::Lane::Articles;
        item.start = item.end = day;
        item.label = label;
        item.basis = Time::PublishedDate::Basis::Dateline;
        items.append(item);
    };
    add(QDate(2021, 3, 4), u"قصف مدينة غنجة (ثاني أكبر مدن أذربيجان)"_s);
    add(QDate(2021, 3, 4), u"قصف مدينة غنجة (ثاني أكبر مدن أذربيجان)"_s);
    add(QDate(2021, 3, 12), u"اجتماع مجموعة مينسك (OSCE) في جنيف"_s);
    add(QDate(2021, 3, 20), u"عدد النازحين [40 ألفا] حسب الأمم المتحدة"_s);
    add(QDate(2021, 3, 26), u"هدنة جديدة: 3 أيام…"_s);
    return items;
}

Render::TimelineScene mixedScene(const QList<TimelineItem> &items)
{
    Render::TimelineScene scene;
    scene.items = &items;
    scene.from = QDate(2021, 3, 1);
    scene.to = QDate(2021, 3, 31);
    scene.language = u"ar"_s;
    scene.rightToLeft = true;
    scene.font = Render::TimelineExporter::defaultFont();
    scene.showHeader = true;
    scene.title = u"مرصد (تجربة 2)"_s;
    return scene;
}

struct SvgText
{
    double x = 0;
    QString text;
};

QList<SvgText> svgTexts(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<SvgText> texts;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text"_s) {
            inText = true;
            texts.append({xml.attributes().value(u"x"_s).toDouble(), QString()});
        } else if (xml.isEndElement() && xml.name() == u"text"_s) {
            inText = false;
        } else if (inText && xml.isCharacters()) {
            texts.last().text += xml.text();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return texts;
}

double inkDifference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    qint64 differ = 0, ink = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const int ga = qGray(a.pixel(x, y)), gb = qGray(b.pixel(x, y));
            ink += (ga < 128 || gb < 128);
            differ += std::abs(ga - gb) > 128;
        }
    }
    return ink == 0 ? 0.0 : double(differ) / double(ink);
}

} // namespace

TEST_CASE("SVG text runs keep brackets in reading order", "[render][timeline][svg]")
{
    const QList<TimelineItem> items = mixedItems();
    const Render::TimelineScene scene = mixedScene(items);
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"mixed.svg"_s);
    REQUIRE(Render::TimelineExporter::write(scene, svg, {}, nullptr));
    // What a reader draws, left to right: runs in x order, each run's
    // brackets and digits as written (a run alone is laid out left to right,
    // and none of these runs has a letter to say otherwise).
    QList<std::pair<double, QString>> runs;
    for (const SvgText &text : svgTexts(svg)) {
        QString kept;
        for (const QChar c : text.text) {
            if (c.isDigit() || c.hasMirrored())
                kept += c;
            else if (c.direction() == QChar::DirL || c.direction() == QChar::DirR ||
                     c.direction() == QChar::DirAL)
                kept += u'x'; // a word: laid out by its own letters
        }
        if (!kept.isEmpty() && !kept.contains(u'x'))
            runs.append({text.x, kept});
    }
    std::sort(runs.begin(), runs.end());
    QString drawn;
    for (const auto &[x, text] : runs)
        drawn += text;
    INFO("brackets and digits as drawn: " << drawn.toStdString());
    // The cluster count, in the UI's digits (Arabic-Indic in the Arabic UI).
    CHECK((drawn.contains(u"(2)"_s) || drawn.contains(u"(٢)"_s)));
    CHECK_FALSE(drawn.contains(u")2("_s));
    CHECK_FALSE(drawn.contains(u")٢("_s));
}

TEST_CASE("Explicit direction marks do not change the drawing", "[render][timeline][svg]")
{
    const QFont font = Render::TimelineExporter::defaultFont();
    for (const QString &text :
         {u"(2) شوشة"_s, u"شوشة (عاصمة) 2020"_s, u"عدد (5) في [AB (c)]"_s, u"Moscow (موسكو) 2"_s,
          u"هدنة: 3 أيام…"_s, u"١٢ أكتوبر ٢٠٢٠ – ١٥ أكتوبر ٢٠٢٠"_s, u"(3) Minsk Group talks"_s,
          u"شوشة 5-6 و ٧-٨ (9)"_s, u"شوشة - 10:30"_s}) {
        const Qt::LayoutDirection direction =
            text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        auto draw = [&](const QString &s) {
            QImage image(420, 40, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setFont(font);
            QTextOption option(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
            option.setTextDirection(direction);
            p.drawText(QRectF(0, 0, 410, 40), s, option);
            return image;
        };
        INFO(text.toStdString());
        CHECK(draw(text) == draw(Render::TimelineRenderer::withExplicitDirection(text, direction)));
    }
}

TEST_CASE("SVG readers draw the timeline labels as the PNG does", "[render][timeline][svg]")
{
    const QList<TimelineItem> items = mixedItems();
    const Render::TimelineScene scene = mixedScene(items);
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"mixed.svg"_s), png = dir.filePath(u"mixed.png"_s);
    Render::ExportOptions options;
    options.width = 900;
    options.scale = 1;
    REQUIRE(Render::TimelineExporter::write(scene, svg, options, nullptr));
    REQUIRE(Render::TimelineExporter::write(scene, png, options, nullptr));
    const QImage reference = QImage(png).convertToFormat(QImage::Format_ARGB32);

    QSvgRenderer qt(svg);
    REQUIRE(qt.isValid());
    QImage viaQt(reference.size(), QImage::Format_ARGB32);
    viaQt.fill(Qt::white);
    {
        QPainter painter(&viaQt);
        qt.render(&painter, QRectF(QPointF(0, 0), QSizeF(reference.size())));
    }
    const double qtDifference = inkDifference(reference, viaQt);
    INFO("QSvgRenderer differs on " << qtDifference * 100 << "% of the ink");
    CHECK(qtDifference < 0.04); // 7 % before the fix

    const QString rsvg = QStandardPaths::findExecutable(u"rsvg-convert"_s);
    if (rsvg.isEmpty()) {
        WARN("rsvg-convert not installed (librsvg2-bin): only Qt's SVG renderer compared");
        return;
    }
    const QString viaRsvgPath = dir.filePath(u"rsvg.png"_s);
    QProcess process;
    process.start(rsvg, {u"-w"_s, QString::number(reference.width()), u"-h"_s,
                         QString::number(reference.height()), u"-b"_s, u"white"_s, u"-o"_s,
                         viaRsvgPath, svg});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QImage viaRsvg = QImage(viaRsvgPath).convertToFormat(QImage::Format_ARGB32);
    // To look at: MARSAD_SCREENSHOT_DIR=/tmp/shots.
    if (const QString shots = qEnvironmentVariable("MARSAD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        reference.save(shots + u"/labels-png.png"_s);
        viaQt.save(shots + u"/labels-qsvgrenderer.png"_s);
        viaRsvg.save(shots + u"/labels-rsvg.png"_s);
    }
    const double rsvgDifference = inkDifference(reference, viaRsvg);
    INFO("rsvg-convert differs on " << rsvgDifference * 100 << "% of the ink");
    CHECK(rsvgDifference < 0.04); // 31 % before the fix
}
