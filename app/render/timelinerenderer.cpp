#include "timelinerenderer.h"

#include "catalog.h"
#include "localeformat.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using Marsad::Models::TimelineItem;

namespace Marsad::Render {
namespace {

constexpr qreal Margin = 16;
constexpr qreal MarkerRadius = 5;
constexpr qreal BarHeight = 9;
constexpr qreal ClusterPixels = 9; // points closer than this merge
constexpr qreal MaxLabelWidth = 260;
constexpr int ExportRowsPerLane = 9;
constexpr int UndatedExportRows = 3;
constexpr qreal UndatedPitch = 2 * MarkerRadius + 8; // one slot per undated article

const QColor ArticleColor(0x00, 0x72, 0xB2); // Okabe-Ito blue
const QColor EventColor(0xD5, 0x5E, 0x00);   // Okabe-Ito vermillion
const QColor DimColor(0xB8, 0xB8, 0xB8);
const QColor TextColor(0x22, 0x22, 0x22);
const QColor GridColor(0xE4, 0xE4, 0xE4);
const QColor LaneBand(0xF6, 0xF7, 0xF9);
const QColor UndatedBand(0xF4, 0xF2, 0xEE);
const QColor RangeAxisColor(0x00, 0x72, 0xB2, 70);
const QColor RangeLaneColor(0x00, 0x72, 0xB2, 16);
const QColor FocusColor(0x11, 0x11, 0x11);

using I18n::LocaleFormat;

// Numbers and dates in the scene's language: the system's locale when it is
// of that language (ar_MA keeps its month names), else ar_EG or en_GB.
QLocale localeFor(const QString &language)
{
    return LocaleFormat::localeFor(language);
}

// Texts drawn into images follow the scene's language, not the UI's.
// Sources are marked QT_TRANSLATE_NOOP in this context for lupdate.
QString text(const QString &language, const char *source, int n = -1)
{
    return I18n::Catalog::translate(language, "Marsad::Render::TimelineRenderer", source, n);
}

struct TickStep
{
    enum Unit
    {
        Day,
        Month,
        Year
    } unit;
    int count;
    qreal approxDays() const
    {
        switch (unit) {
        case Day:
            return count;
        case Month:
            return count * 30.44;
        case Year:
            return count * 365.25;
        }
        return count;
    }
};

TickStep chooseStep(qreal pxPerDay)
{
    static const TickStep steps[] = {
        {TickStep::Day, 1},   {TickStep::Day, 2},    {TickStep::Day, 7},   {TickStep::Day, 14},
        {TickStep::Month, 1}, {TickStep::Month, 3},  {TickStep::Month, 6}, {TickStep::Year, 1},
        {TickStep::Year, 2},  {TickStep::Year, 5},   {TickStep::Year, 10}, {TickStep::Year, 25},
        {TickStep::Year, 50}, {TickStep::Year, 100}, {TickStep::Year, 500}};
    for (const TickStep &step : steps) {
        const qreal minimum = step.unit == TickStep::Day     ? 64
                              : step.unit == TickStep::Month ? 84
                                                             : 48;
        if (step.approxDays() * pxPerDay >= minimum)
            return step;
    }
    return {TickStep::Year, 1000};
}

QList<QDate> ticks(QDate from, QDate to, TickStep step)
{
    QList<QDate> out;
    QDate d;
    switch (step.unit) {
    case TickStep::Day:
        d = from;
        if (step.count == 7 || step.count == 14)
            d = from.addDays((8 - from.dayOfWeek()) % 7); // Mondays
        for (; d <= to && out.size() < 2000; d = d.addDays(step.count))
            out.append(d);
        break;
    case TickStep::Month:
        d = QDate(from.year(), from.month(), 1);
        if (d < from)
            d = d.addMonths(1);
        while ((d.month() - 1) % step.count != 0)
            d = d.addMonths(1);
        for (; d <= to && out.size() < 2000; d = d.addMonths(step.count))
            out.append(d);
        break;
    case TickStep::Year:
        d = QDate(from.year(), 1, 1);
        if (d < from)
            d = d.addYears(1);
        while (d.year() % step.count != 0)
            d = d.addYears(1);
        for (; d <= to && out.size() < 2000; d = d.addYears(step.count))
            out.append(d);
        break;
    }
    return out;
}

QString tickLabel(QDate d, TickStep step, bool first, const QString &language)
{
    const QLocale locale = localeFor(language);
    const QString month = locale.monthName(d.month(), QLocale::ShortFormat);
    switch (step.unit) {
    case TickStep::Day: {
        QString label = LocaleFormat::number(d.day(), locale) + u' ' + month;
        if (first || (d.month() == 1 && d.day() <= step.count))
            label += u' ' + LocaleFormat::year(d.year(), locale);
        return label;
    }
    case TickStep::Month:
        return month + u' ' + LocaleFormat::year(d.year(), locale);
    case TickStep::Year:
        return LocaleFormat::year(d.year(), locale);
    }
    return {};
}

bool hasArabic(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF) ||
               (c.unicode() >= 0xFB50 && c.unicode() <= 0xFEFF);
    });
}

// \a s is ready to draw: its direction already explicit (marker labels).
void drawPreparedText(QPainter &p, const QRectF &rect, const QString &s, Qt::Alignment align)
{
    QTextOption option(align);
    option.setTextDirection(s.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    // Text with Arabic is set in an Arabic face named first, so that an SVG
    // (which keeps only the first family of a font) names the face its glyphs
    // came from, and any renderer that has it draws the same widths.
    if (hasArabic(s)) {
        const QFont previous = p.font();
        QFont arabic = previous;
        QStringList families = arabic.families();
        families.prepend(QStringLiteral("Noto Naskh Arabic"));
        arabic.setFamilies(families);
        p.setFont(arabic);
        p.drawText(rect, s, option);
        p.setFont(previous);
        return;
    }
    p.drawText(rect, s, option);
}

void drawText(QPainter &p, const QRectF &rect, const QString &s, Qt::Alignment align)
{
    drawPreparedText(p, rect,
                     TimelineRenderer::withExplicitDirection(
                         s, s.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight),
                     align);
}

bool visible(const TimelineScene &scene, const TimelineItem &item)
{
    return item.end >= scene.from && item.start <= scene.to &&
           (item.passes || !scene.hideFilteredOut);
}

} // namespace

qreal TimelineRenderer::xOf(const TimelineScene &scene, const QRectF &lane, QDate date)
{
    const qreal days = qreal(scene.from.daysTo(scene.to) + 1);
    const qreal frac = qreal(scene.from.daysTo(date)) / days;
    return scene.rightToLeft ? lane.right() - frac * lane.width()
                             : lane.left() + frac * lane.width();
}

QDate TimelineRenderer::dateAt(const TimelineScene &scene, const QRectF &lane, qreal x)
{
    const qreal days = qreal(scene.from.daysTo(scene.to) + 1);
    qreal frac = (x - lane.left()) / lane.width();
    if (scene.rightToLeft)
        frac = 1.0 - frac;
    return scene.from.addDays(qint64(std::floor(frac * days)));
}

QString TimelineRenderer::laneName(TimelineItem::Lane lane, const QString &language)
{
    switch (lane) {
    case TimelineItem::Lane::Articles:
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer",
                                                "Articles (publication date)"));
    case TimelineItem::Lane::Events:
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer",
                                                "Events (dated in the text)"));
    case TimelineItem::Lane::Undated:
        return text(language,
                    QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "Undated articles"));
    }
    return {};
}

QString TimelineRenderer::formatDate(QDate date, Time::Precision precision, const QString &language)
{
    I18n::DatePrecision p = I18n::DatePrecision::Day;
    switch (precision) {
    case Time::Precision::Month:
        p = I18n::DatePrecision::Month;
        break;
    case Time::Precision::Year:
        p = I18n::DatePrecision::Year;
        break;
    case Time::Precision::Decade:
        p = I18n::DatePrecision::Decade;
        break;
    default:
        break;
    }
    return LocaleFormat::date(date, p, localeFor(language));
}

QString TimelineRenderer::precisionName(Time::Precision precision, const QString &language)
{
    switch (precision) {
    case Time::Precision::Month:
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "month"));
    case Time::Precision::Year:
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "year"));
    case Time::Precision::Decade:
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "decade"));
    case Time::Precision::Range:
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "range"));
    default:
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "day"));
    }
}

QString TimelineRenderer::exportTitle(const QString &language)
{
    return text(language,
                QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "Marsad — timeline"));
}

QString TimelineRenderer::describeFilter(const Index::Filter &filter,
                                         const Index::CorpusIndex &index, const QString &language)
{
    const bool ar = language == u"ar"_s;
    QStringList parts;
    auto name = [&](const QString &id) {
        const Index::EntityStats d = index.describe(id);
        if (ar || d.nameEn.isEmpty())
            return d.nameAr.isEmpty() ? id : d.nameAr;
        return d.nameEn;
    };
    for (const QString &id : filter.included)
        parts.append(name(id));
    for (const QString &id : filter.excluded) {
        parts.append(text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "not %1"))
                         .arg(name(id)));
    }
    if (filter.hasDateRange())
        parts.append(LocaleFormat::dateRange(filter.from, filter.to, localeFor(language)));
    if (!filter.query.trimmed().isEmpty()) {
        parts.append(text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "“%1”"))
                         .arg(filter.query.trimmed()));
    }
    if (parts.isEmpty())
        return text(language,
                    QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "All articles"));
    // The list separator is a text too: Arabic separates with "، ".
    return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "Filter: %1"))
        .arg(parts.join(
            text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", ", "))));
}

namespace {

constexpr QChar RightToLeftMark(0x200F);
constexpr QChar LeftToRightIsolate(0x2066);
constexpr QChar PopDirectionalIsolate(0x2069);

bool isDigit(QChar::Direction d)
{
    return d == QChar::DirEN || d == QChar::DirAN;
}

// Characters whose place depends on their neighbours: spaces, brackets,
// punctuation, and number separators that stand outside a number.
bool takesNeighbours(const QString &text, qsizetype i)
{
    switch (text.at(i).direction()) {
    case QChar::DirWS:
    case QChar::DirON:
    case QChar::DirS:
        return true;
    case QChar::DirCS:
    case QChar::DirES:
    case QChar::DirET:
        return !(i > 0 && isDigit(text.at(i - 1).direction())) &&
               !(i + 1 < text.size() && isDigit(text.at(i + 1).direction()));
    default:
        return false;
    }
}

// After Arabic letters, European digits are Arabic numbers (AN) to the bidi
// algorithm, and a mark before them would make them European (EN) again. It
// shows only where a number has a sign or separator that joins EN but not
// AN ("5-6", "20%"): true when the next number after \a i has one.
bool numberWouldTurn(const QString &text, qsizetype i)
{
    qsizetype j = i + 1;
    bool digits = false;
    for (; j < text.size(); ++j) {
        const QChar::Direction d = text.at(j).direction();
        if (d == QChar::DirEN) {
            digits = true;
            break;
        }
        if (d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN)
            return false;
    }
    if (!digits)
        return false;
    if (text.at(j - 1).direction() == QChar::DirET || text.at(j - 1).direction() == QChar::DirES)
        return true; // "+5", "$5"
    for (; j < text.size(); ++j) {
        const QChar::Direction d = text.at(j).direction();
        if (d == QChar::DirES || d == QChar::DirET)
            return true;
        if (d != QChar::DirEN && d != QChar::DirCS)
            return false;
    }
    return false;
}

} // namespace

QString TimelineRenderer::withExplicitDirection(const QString &text, Qt::LayoutDirection direction)
{
    const bool anyRightToLeft = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const QChar::Direction d = c.direction();
        return d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN;
    });
    if (!anyRightToLeft && direction == Qt::LeftToRight)
        return text; // nothing can change order
    // Where each character goes, as Qt lays the line out (the bidi algorithm
    // with bracket pairs): a character drawn right to left has its leading
    // edge right of its trailing one.
    QTextLayout layout(text);
    QTextOption option;
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return text;
    QString out;
    out.reserve(text.size() * 2);
    QChar::Direction lastStrong = QChar::DirON;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar::Direction d = c.direction();
        if (d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL)
            lastStrong = d;
        if (!takesNeighbours(text, i)) {
            out += c;
            continue;
        }
        const qreal lead = line.cursorToX(int(i), QTextLine::Leading);
        const qreal trail = line.cursorToX(int(i), QTextLine::Trailing);
        const bool rightToLeft = lead != trail ? lead > trail : line.cursorToX(int(i) + 1) < lead;
        if (!rightToLeft) {
            out += c; // left to right is every reader's default
        } else if (c.hasMirrored()) {
            // Drawn right to left, a bracket shows its mirror image. Write
            // that image instead, isolated left to right: the glyph no longer
            // depends on a direction a reader may not know. (Marks would not
            // stay with it: the Arabic face has no ASCII brackets, so a
            // bracket always comes from another font, in a run of its own.)
            out += LeftToRightIsolate;
            out += c.mirroredChar();
            out += PopDirectionalIsolate;
        } else if (lastStrong == QChar::DirAL && numberWouldTurn(text, i)) {
            // A mark here would turn "5-6" around: leave it.
            out += c;
        } else {
            // Spaces and punctuation stay in their right-to-left run.
            out += RightToLeftMark;
            out += c;
            out += RightToLeftMark;
        }
    }
    return out;
}

QString formatDateRange(QDate from, QDate to, const QLocale &locale)
{
    auto day = [&locale](QDate d) {
        return d.isValid() ? locale.toString(d, u"d MMM yyyy"_s) : u"…"_s;
    };
    if (from.isValid() && from == to)
        return day(from);
    return day(from) + u" – "_s + day(to);
}

// ---- Layout, in named steps -------------------------------------------------

namespace {

// Sizes derived from the scene's font.
struct Metrics
{
    explicit Metrics(const QFont &font)
        : fm(font), line(fm.height() + 4), markerRow(2 * MarkerRadius + 8),
          laneFixed(line + markerRow + 6) // caption + markers + padding
    {}
    QFontMetricsF fm;
    qreal line;
    qreal markerRow;
    qreal laneFixed;
};

// What is known before any marker is placed: the horizontal extent and the
// number of label rows each lane may use.
struct Frame
{
    qreal left = 0;
    qreal right = 0;
    qreal lanesTop = 0; ///< Below the axis.
    qreal legendHeight = 0;
    bool unbounded = false; ///< An export: lanes grow to what their labels need.
    bool undated = false;   ///< Some article has no date: the Undated row is drawn.
    int rows = ExportRowsPerLane;
    int undatedRows = 0;
};

using LaneMarkers = std::array<QList<PlacedMarker>, 3>;

int laneIndex(TimelineItem::Lane lane)
{
    return int(lane);
}

bool hasUndated(const TimelineScene &scene)
{
    // Items are sorted with the undated ones last.
    return scene.items && !scene.items->isEmpty() && !scene.items->last().isDated();
}

// Step 1: header, axis and how many label rows fit.
Frame placeBands(const TimelineScene &scene, const QRectF &bounds, const Metrics &m,
                 TimelineLayout &l)
{
    Frame f;
    f.left = bounds.left() + Margin;
    f.right = bounds.right() - Margin;
    f.unbounded = bounds.height() <= 0;
    qreal y = bounds.top() + Margin;
    if (scene.showHeader) {
        l.header = QRectF(f.left, y, f.right - f.left, m.line * 1.5 + m.line * 2);
        y = l.header.bottom() + 6;
    }
    l.axis = QRectF(f.left, y, f.right - f.left, m.line + 10);
    f.lanesTop = l.axis.bottom() + 4;
    f.legendHeight = scene.showLegend ? m.line + 8 : 0;
    const bool undated = hasUndated(scene);
    f.undated = undated;
    if (f.unbounded) {
        f.undatedRows = undated ? UndatedExportRows : 0;
        return f;
    }
    // Rows left once every lane has its caption and markers; the undated
    // strip takes one or two of them, the dated lanes share the rest.
    const qreal available = bounds.bottom() - Margin - f.legendHeight - f.lanesTop;
    const int lanes = undated ? 3 : 2;
    const int total = std::max(0, int((available - lanes * (m.laneFixed + 4)) / m.line));
    f.undatedRows = !undated ? 0 : total >= 8 ? 2 : total >= 3 ? 1 : 0;
    f.rows = std::max(0, (total - f.undatedRows) / 2);
    return f;
}

// Clustering keys are integers: a point by its pixel bucket, a bar by its days.
qint64 pointKey(qreal x, bool passes)
{
    return qint64(std::floor(x / ClusterPixels)) * 2 + (passes ? 1 : 0);
}

std::pair<qint64, qint64> barKey(const TimelineItem &item)
{
    return {item.start.toJulianDay() * 2 + (item.passes ? 1 : 0), item.end.toJulianDay()};
}

// Step 2: dated items become markers, nearby points merged into clusters.
void clusterDated(const TimelineScene &scene, const Frame &f, LaneMarkers &markers)
{
    if (!scene.items || !scene.from.isValid() || scene.to < scene.from)
        return;
    const QRectF probe(f.left, 0, f.right - f.left, 1);
    const qreal dayWidth = (f.right - f.left) / qreal(scene.from.daysTo(scene.to) + 1);
    std::array<QHash<qint64, qsizetype>, 2> points;
    std::array<QHash<std::pair<qint64, qint64>, qsizetype>, 2> bars;
    for (qsizetype i = 0; i < scene.items->size(); ++i) {
        const TimelineItem &item = scene.items->at(i);
        if (!item.isDated())
            break; // the undated ones come last
        if (!visible(scene, item))
            continue;
        const int lane = laneIndex(item.lane);
        const qreal x1 = TimelineRenderer::xOf(scene, probe, item.start);
        const qreal x2 = TimelineRenderer::xOf(scene, probe, item.end.addDays(1));
        const bool point = item.isPoint() || std::abs(x2 - x1) < 2 * MarkerRadius;
        const qsizetype next = markers[lane].size();
        qsizetype found = -1;
        if (point) {
            const qint64 key = pointKey((x1 + x2) / 2, item.passes);
            found = points[lane].value(key, -1);
            if (found < 0)
                points[lane].insert(key, next);
        } else {
            const auto key = barKey(item);
            found = bars[lane].value(key, -1);
            if (found < 0)
                bars[lane].insert(key, next);
        }
        if (found >= 0) {
            markers[lane][found].items.append(i);
            continue;
        }
        PlacedMarker m;
        m.lane = item.lane;
        m.items = {i};
        m.passes = item.passes;
        const qreal cx = (x1 + x2) / 2;
        m.shape = point ? QRectF(cx - MarkerRadius, 0, 2 * MarkerRadius, 2 * MarkerRadius)
                        : QRectF(std::min(x1, x2), MarkerRadius - BarHeight / 2,
                                 std::max(std::abs(x2 - x1), dayWidth), BarHeight);
        markers[lane].append(m);
    }
}

// Step 3: undated articles in slots from the reading edge, those that pass
// the filter first; when there are more than slots, neighbours share one.
void placeUndated(const TimelineScene &scene, const Frame &f, LaneMarkers &markers)
{
    if (!hasUndated(scene))
        return;
    qsizetype firstUndated = scene.items->size();
    while (firstUndated > 0 && !scene.items->at(firstUndated - 1).isDated())
        --firstUndated;
    QList<qsizetype> shown;
    for (const bool passing : {true, false}) {
        for (qsizetype i = firstUndated; i < scene.items->size(); ++i) {
            const TimelineItem &item = scene.items->at(i);
            if (item.passes == passing && (item.passes || !scene.hideFilteredOut))
                shown.append(i);
        }
    }
    if (shown.isEmpty())
        return;
    const qsizetype slots = std::max<qsizetype>(1, qsizetype((f.right - f.left) / UndatedPitch));
    const qsizetype perSlot = (shown.size() + slots - 1) / slots;
    QList<PlacedMarker> &lane = markers[laneIndex(TimelineItem::Lane::Undated)];
    for (qsizetype first = 0; first < shown.size();) {
        PlacedMarker m;
        m.lane = TimelineItem::Lane::Undated;
        m.passes = scene.items->at(shown.at(first)).passes;
        // A slot never mixes passing and filtered-out articles.
        while (first < shown.size() && m.items.size() < perSlot &&
               scene.items->at(shown.at(first)).passes == m.passes)
            m.items.append(shown.at(first++));
        const qreal offset = UndatedPitch * (qreal(lane.size()) + 0.5);
        const qreal cx = scene.rightToLeft ? f.right - offset : f.left + offset;
        m.shape = QRectF(cx - MarkerRadius, 0, 2 * MarkerRadius, 2 * MarkerRadius);
        lane.append(m);
    }
}

// Step 4: labels, most important first (passing, bigger clusters), each in
// the first row where it overlaps nothing; none when no row is free. Returns
// the rows used.
int placeLabels(const TimelineScene &scene, const Metrics &metrics, const Frame &f,
                QList<PlacedMarker> &markers, int rows)
{
    const qreal left = f.left, right = f.right, line = metrics.line;
    QList<qsizetype> order(markers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const PlacedMarker &ma = markers[a], &mb = markers[b];
        if (ma.passes != mb.passes)
            return ma.passes;
        if (ma.items.size() != mb.items.size())
            return ma.items.size() > mb.items.size();
        // Undated slots stand side by side: the one farthest along the
        // reading direction first, so that the leader lines of the others
        // pass beside its label, not through it.
        if (ma.lane == TimelineItem::Lane::Undated)
            return scene.rightToLeft ? ma.shape.left() < mb.shape.left()
                                     : ma.shape.left() > mb.shape.left();
        return false;
    });
    QList<QList<QRectF>> taken(rows);
    struct Leader
    {
        qreal x;
        int row;
    };
    QList<Leader> leaders; // vertical lines from markers down to their labels
    int usedRows = 0;
    for (const qsizetype index : order) {
        PlacedMarker &m = markers[index];
        const TimelineItem &first = scene.items->at(m.items.first());
        QString label = first.label;
        if (m.items.size() > 1) {
            label = u"("_s + LocaleFormat::number(m.items.size(), localeFor(scene.language)) +
                    u") "_s + label;
        }
        const qreal width = std::min(metrics.fm.horizontalAdvance(label) + 4, MaxLabelWidth);
        m.text = metrics.fm.elidedText(label, Qt::ElideRight, width - 4);
        const qreal anchor = m.shape.width() > 2 * MarkerRadius
                                 ? (scene.rightToLeft ? m.shape.right() : m.shape.left())
                                 : m.shape.center().x();
        // Labels read away from their marker in the time direction; the
        // other side is tried when no row is free (or the lane edge is near).
        bool preferred = !scene.rightToLeft;
        if (preferred && anchor + width > right)
            preferred = false;
        else if (!preferred && anchor - width < left)
            preferred = true;
        bool placed = false;
        for (int attempt = 0; attempt < 2 && !placed; ++attempt) {
            const bool forward = attempt == 0 ? preferred : !preferred;
            if ((forward && anchor + width > right) || (!forward && anchor - width < left))
                continue;
            for (int row = 0; row < rows; ++row) {
                const QRectF candidate(forward ? anchor + 1 : anchor - width - 1, row * line, width,
                                       line);
                const QRectF padded = candidate.adjusted(-4, 0, 4, 0);
                bool clash = std::any_of(taken[row].cbegin(), taken[row].cend(),
                                         [&](const QRectF &r) { return r.intersects(padded); });
                // No label may hide a leader line, nor a leader cross a label.
                for (int above = 0; !clash && above < row; ++above) {
                    clash = std::any_of(taken[above].cbegin(), taken[above].cend(),
                                        [&](const QRectF &r) {
                                            return anchor > r.left() - 3 && anchor < r.right() + 3;
                                        });
                }
                clash =
                    clash || std::any_of(leaders.cbegin(), leaders.cend(), [&](const Leader &l) {
                        return l.row > row && l.x > padded.left() && l.x < padded.right();
                    });
                if (!clash) {
                    taken[row].append(candidate);
                    leaders.append({anchor, row});
                    m.label = candidate;
                    usedRows = std::max(usedRows, row + 1);
                    placed = true;
                    break;
                }
            }
        }
        // Stored ready to draw: the direction explicit for every renderer
        // (only for labels that are drawn: it lays the text out once).
        if (placed)
            m.text = TimelineRenderer::withExplicitDirection(
                m.text, m.text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    }
    return usedRows;
}

// Step 5: lanes one under the other, now that their heights are known
// (exports) or given (views); then the legend.
void stackLanes(TimelineLayout &l, const Frame &f, const Metrics &m,
                const std::array<int, 3> &usedRows)
{
    auto laneHeight = [&](int lane, int rows) {
        return m.laneFixed + (f.unbounded ? std::max(usedRows[lane], 1) : rows) * m.line;
    };
    qreal y = f.lanesTop;
    l.articlesLane = QRectF(f.left, y, f.right - f.left, laneHeight(0, f.rows));
    y = l.articlesLane.bottom() + 4;
    l.eventsLane = QRectF(f.left, y, f.right - f.left, laneHeight(1, f.rows));
    y = l.eventsLane.bottom() + 4;
    if (f.undated) {
        l.undatedLane = QRectF(f.left, y, f.right - f.left, laneHeight(2, f.undatedRows));
        y = l.undatedLane.bottom() + 4;
    }
    if (f.legendHeight > 0)
        l.legend = QRectF(f.left, y, f.right - f.left, f.legendHeight);
    l.preferredHeight = y + f.legendHeight + Margin - l.bounds.top();
}

// Step 6: markers and labels moved into their lanes, those outside the
// filter first so that they are drawn under those that pass.
void moveIntoLanes(TimelineLayout &l, LaneMarkers &markers, const Metrics &metrics)
{
    for (int lane = 0; lane < 3; ++lane) {
        const QRectF band = l.laneRect(TimelineItem::Lane(lane));
        if (band.isNull())
            continue;
        std::stable_sort(
            markers[lane].begin(), markers[lane].end(),
            [](const PlacedMarker &a, const PlacedMarker &b) { return !a.passes && b.passes; });
        const qreal markerTop = band.top() + metrics.line + 2;
        const qreal labelTop = markerTop + metrics.markerRow;
        for (PlacedMarker &m : markers[lane]) {
            m.shape.translate(0, markerTop + 2);
            if (!m.label.isNull())
                m.label.translate(0, labelTop);
            l.markers.append(m);
        }
    }
}

} // namespace

QRectF TimelineLayout::laneRect(TimelineItem::Lane lane) const
{
    switch (lane) {
    case TimelineItem::Lane::Articles:
        return articlesLane;
    case TimelineItem::Lane::Events:
        return eventsLane;
    case TimelineItem::Lane::Undated:
        return undatedLane;
    }
    return {};
}

TimelineLayout TimelineRenderer::layout(const TimelineScene &scene, const QRectF &bounds)
{
    TimelineLayout l;
    l.bounds = bounds;
    const Metrics metrics(scene.font);
    const Frame frame = placeBands(scene, bounds, metrics, l);
    LaneMarkers markers;
    clusterDated(scene, frame, markers);
    if (frame.undated)
        placeUndated(scene, frame, markers);
    std::array<int, 3> usedRows{};
    for (int lane = 0; lane < 3; ++lane) {
        const int rows = lane == 2 ? frame.undatedRows : frame.rows;
        usedRows[lane] = placeLabels(scene, metrics, frame, markers[lane], rows);
    }
    stackLanes(l, frame, metrics, usedRows);
    moveIntoLanes(l, markers, metrics);
    return l;
}

qsizetype TimelineRenderer::markerAt(const TimelineLayout &layout, const QPointF &pos)
{
    for (qsizetype i = layout.markers.size() - 1; i >= 0; --i) {
        const PlacedMarker &m = layout.markers.at(i);
        if (m.shape.adjusted(-3, -3, 3, 3).contains(pos) || m.label.contains(pos))
            return i;
    }
    return -1;
}

qsizetype TimelineRenderer::markerOf(const TimelineLayout &layout, qsizetype item)
{
    if (item < 0)
        return -1;
    for (qsizetype i = 0; i < layout.markers.size(); ++i) {
        if (layout.markers.at(i).items.contains(item))
            return i;
    }
    return -1;
}

// ---- Painting, in named steps -----------------------------------------------

namespace {

struct PaintContext
{
    QPainter &p;
    const TimelineScene &scene;
    const TimelineLayout &l;
    QFontMetricsF fm;
    Qt::Alignment start; ///< The reading side.
};

void paintHeader(PaintContext &c)
{
    const TimelineLayout &l = c.l;
    QFont titleFont = c.scene.font;
    if (titleFont.pixelSize() > 0)
        titleFont.setPixelSize(titleFont.pixelSize() * 7 / 5);
    else
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    c.p.setFont(titleFont);
    c.p.setPen(TextColor);
    const qreal titleHeight = QFontMetricsF(titleFont).height() + 4;
    drawText(c.p, QRectF(l.header.left(), l.header.top(), l.header.width(), titleHeight),
             c.scene.title, c.start | Qt::AlignVCenter);
    c.p.setFont(c.scene.font);
    c.p.setPen(QColor(0x55, 0x55, 0x55));
    const qreal line = c.fm.height() + 4;
    const QString range =
        TimelineRenderer::formatDate(c.scene.from, Time::Precision::Day, c.scene.language) +
        u" – "_s + TimelineRenderer::formatDate(c.scene.to, Time::Precision::Day, c.scene.language);
    drawText(c.p, QRectF(l.header.left(), l.header.top() + titleHeight, l.header.width(), line),
             range, c.start | Qt::AlignVCenter);
    drawText(c.p,
             QRectF(l.header.left(), l.header.top() + titleHeight + line, l.header.width(), line),
             c.scene.filterSummary, c.start | Qt::AlignVCenter);
}

// The bottom of the dated lanes: grid lines and shading stop there, the
// undated row has no time axis.
qreal datedBottom(const TimelineLayout &l)
{
    return l.eventsLane.bottom();
}

void paintAxis(PaintContext &c)
{
    const TimelineScene &scene = c.scene;
    const TimelineLayout &l = c.l;
    const qreal pxPerDay = l.axis.width() / qreal(scene.from.daysTo(scene.to) + 1);
    const TickStep step = chooseStep(pxPerDay);
    const QList<QDate> marks = ticks(scene.from, scene.to, step);
    const qreal baseline = l.axis.bottom() - 2;
    c.p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    c.p.drawLine(QPointF(l.axis.left(), baseline), QPointF(l.axis.right(), baseline));
    const qreal bottom = datedBottom(l);
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const qreal x = TimelineRenderer::xOf(scene, l.axis, marks.at(i));
        c.p.setPen(QPen(GridColor, 1));
        c.p.drawLine(QPointF(x, baseline), QPointF(x, bottom));
        c.p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
        c.p.drawLine(QPointF(x, baseline - 5), QPointF(x, baseline));
        const QString label = tickLabel(marks.at(i), step, i == 0, scene.language);
        const qreal w = c.fm.horizontalAdvance(label) + 6;
        QRectF rect(scene.rightToLeft ? x - w : x + 2, l.axis.top(), w,
                    baseline - 6 - l.axis.top());
        if (rect.left() < l.axis.left() - 1 || rect.right() > l.axis.right() + 1)
            continue;
        c.p.setPen(TextColor);
        drawText(c.p, rect, label, c.start | Qt::AlignBottom);
    }
}

// Lanes: a light band with its caption; the undated row counts its articles.
void paintLanes(PaintContext &c)
{
    const QLocale locale = localeFor(c.scene.language);
    for (const TimelineItem::Lane lane :
         {TimelineItem::Lane::Articles, TimelineItem::Lane::Events, TimelineItem::Lane::Undated}) {
        const QRectF band = c.l.laneRect(lane);
        if (band.isNull())
            continue;
        c.p.fillRect(band, lane == TimelineItem::Lane::Undated ? UndatedBand : LaneBand);
        c.p.setPen(lane == TimelineItem::Lane::Events ? EventColor : ArticleColor);
        QFont caption = c.scene.font;
        caption.setBold(true);
        c.p.setFont(caption);
        QString name = TimelineRenderer::laneName(lane, c.scene.language);
        if (lane == TimelineItem::Lane::Undated) {
            const auto undated =
                std::count_if(c.scene.items->cbegin(), c.scene.items->cend(),
                              [](const TimelineItem &i) { return !i.isDated() && i.passes; });
            name += u": "_s + locale.toString(qlonglong(undated));
        }
        drawText(c.p, QRectF(band.left() + 4, band.top() + 1, band.width() - 8, c.fm.height() + 2),
                 name, c.start | Qt::AlignVCenter);
        c.p.setFont(c.scene.font);
    }
}

// x of a range end on the axis; an open end is the edge of the view.
std::pair<qreal, qreal> rangeSpan(const TimelineScene &scene, const QRectF &axis, QDate from,
                                  QDate to)
{
    const QDate a = from.isValid() ? std::max(from, scene.from) : scene.from;
    const QDate b = to.isValid() ? std::min(to, scene.to) : scene.to;
    const qreal xa = TimelineRenderer::xOf(scene, axis, a);
    const qreal xb = TimelineRenderer::xOf(scene, axis, b.addDays(1));
    return {std::min(xa, xb), std::max(xa, xb)};
}

// The filter's date range: shaded on the axis, lightly through the lanes,
// with an edge at each closed end.
void paintDateRange(PaintContext &c)
{
    const TimelineScene &scene = c.scene;
    if (!scene.rangeFrom.isValid() && !scene.rangeTo.isValid())
        return;
    if ((scene.rangeFrom.isValid() && scene.rangeFrom > scene.to) ||
        (scene.rangeTo.isValid() && scene.rangeTo < scene.from))
        return;
    const QRectF &axis = c.l.axis;
    const auto [x1, x2] = rangeSpan(scene, axis, scene.rangeFrom, scene.rangeTo);
    c.p.fillRect(QRectF(x1, axis.top(), x2 - x1, axis.height()), RangeAxisColor);
    c.p.fillRect(QRectF(x1, axis.bottom(), x2 - x1, datedBottom(c.l) - axis.bottom()),
                 RangeLaneColor);
    c.p.setPen(QPen(ArticleColor, 1.5));
    auto edge = [&](QDate date, bool end) {
        if (!date.isValid() || date < scene.from || date > scene.to)
            return;
        const qreal x = TimelineRenderer::xOf(scene, axis, end ? date.addDays(1) : date);
        c.p.drawLine(QPointF(x, axis.top()), QPointF(x, datedBottom(c.l)));
    };
    edge(scene.rangeFrom, false);
    edge(scene.rangeTo, true);
}

// The range being brushed on the axis.
void paintBrush(PaintContext &c)
{
    const TimelineScene &scene = c.scene;
    if (!scene.brushFrom.isValid() || !scene.brushTo.isValid())
        return;
    const qreal a =
        TimelineRenderer::xOf(scene, c.l.axis, std::min(scene.brushFrom, scene.brushTo));
    const qreal b =
        TimelineRenderer::xOf(scene, c.l.axis, std::max(scene.brushFrom, scene.brushTo).addDays(1));
    const QRectF brush(std::min(a, b), c.l.axis.top(), std::abs(b - a),
                       datedBottom(c.l) - c.l.axis.top());
    c.p.fillRect(brush, QColor(0x00, 0x72, 0xB2, 40));
}

bool isBar(const PlacedMarker &m)
{
    return m.shape.width() > 2 * MarkerRadius + 0.5;
}

void paintMarker(PaintContext &c, const PlacedMarker &m)
{
    const TimelineItem &item = c.scene.items->at(m.items.first());
    const QColor base = m.lane == TimelineItem::Lane::Events ? EventColor : ArticleColor;
    const QColor color = m.passes ? base : DimColor;
    QPainter &p = c.p;
    if (isBar(m)) {
        QColor fill = color;
        fill.setAlpha(m.passes ? 110 : 60);
        p.setPen(QPen(color, 1));
        p.setBrush(fill);
        p.drawRoundedRect(m.shape, 3, 3);
        return;
    }
    const qreal r =
        MarkerRadius + (m.items.size() > 1 ? std::min(4.0, std::log2(qreal(m.items.size()))) : 0);
    const QRectF box(m.shape.center() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    if (m.lane == TimelineItem::Lane::Undated) {
        // A square: no date to place it by.
        p.setPen(QPen(color, 1.5));
        p.setBrush(m.passes ? QBrush(QColor(0xFF, 0xFF, 0xFF)) : QBrush(DimColor));
        p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        return;
    }
    p.setPen(QPen(color, item.isInferred() ? 2 : 1));
    p.setBrush(item.isInferred() ? QBrush(Qt::white) : QBrush(color));
    p.drawEllipse(box);
}

void paintLabel(PaintContext &c, const PlacedMarker &m)
{
    if (m.label.isNull())
        return;
    QPainter &p = c.p;
    const qreal anchorX = m.label.left() > m.shape.center().x() ? m.label.left() : m.label.right();
    const qreal lineX = isBar(m) ? anchorX : m.shape.center().x();
    p.setPen(QPen(m.passes ? QColor(0x99, 0x99, 0x99) : GridColor, 1));
    p.drawLine(QPointF(lineX, m.shape.bottom()), QPointF(lineX, m.label.center().y()));
    p.setPen(m.passes ? TextColor : DimColor);
    const bool labelForward = m.label.left() >= lineX - 1;
    drawPreparedText(p, m.label.adjusted(2, 0, -2, 0), m.text,
                     Qt::AlignAbsolute | Qt::AlignVCenter |
                         (labelForward ? Qt::AlignLeft : Qt::AlignRight));
}

// Markers, then leader lines and labels; hover and keyboard focus on top.
void paintMarkers(PaintContext &c)
{
    for (const PlacedMarker &m : c.l.markers) {
        paintMarker(c, m);
        paintLabel(c, m);
    }
    if (const qsizetype hovered = TimelineRenderer::markerOf(c.l, c.scene.hoveredItem);
        hovered >= 0) {
        c.p.setPen(QPen(TextColor, 1.5));
        c.p.setBrush(Qt::NoBrush);
        c.p.drawEllipse(c.l.markers.at(hovered).shape.center(), MarkerRadius + 5, MarkerRadius + 5);
    }
    if (const qsizetype focused = TimelineRenderer::markerOf(c.l, c.scene.focusedItem);
        focused >= 0) {
        const PlacedMarker &m = c.l.markers.at(focused);
        QRectF ring = m.shape.adjusted(-4, -4, 4, 4);
        if (!m.label.isNull())
            ring = ring.united(m.label.adjusted(-2, 0, 2, 0));
        c.p.setPen(QPen(FocusColor, 2, Qt::DashLine));
        c.p.setBrush(Qt::NoBrush);
        c.p.drawRoundedRect(ring, 4, 4);
    }
}

// The legend: what each mark means.
void paintLegend(PaintContext &ctx)
{
    QPainter &p = ctx.p;
    const TimelineScene &scene = ctx.scene;
    const TimelineLayout &l = ctx.l;
    const QFontMetricsF &fm = ctx.fm;
    const Qt::Alignment start = ctx.start;
    qreal x = scene.rightToLeft ? l.legend.right() : l.legend.left();
    const qreal cy = l.legend.center().y();
    auto entry = [&](const QString &label, auto &&drawSwatch) {
        const qreal w = fm.horizontalAdvance(label) + 30;
        const qreal sx = scene.rightToLeft ? x - 14 : x + 2;
        drawSwatch(QPointF(sx + 6, cy));
        p.setPen(TextColor);
        drawText(
            p,
            QRectF(scene.rightToLeft ? x - w : x + 16, l.legend.top(), w - 16, l.legend.height()),
            label, start | Qt::AlignVCenter);
        x += scene.rightToLeft ? -(w + 10) : (w + 10);
    };
    const QString lang = scene.language;
    entry(text(lang, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "dateline")),
          [&](QPointF c) {
              p.setPen(ArticleColor);
              p.setBrush(ArticleColor);
              p.drawEllipse(c, MarkerRadius, MarkerRadius);
          });
    entry(text(lang, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "inferred date")),
          [&](QPointF c) {
              p.setPen(QPen(ArticleColor, 2));
              p.setBrush(Qt::white);
              p.drawEllipse(c, MarkerRadius, MarkerRadius);
          });
    entry(text(lang, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "event")),
          [&](QPointF c) {
              p.setPen(EventColor);
              p.setBrush(EventColor);
              p.drawEllipse(c, MarkerRadius, MarkerRadius);
          });
    entry(text(lang, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer",
                                       "month, year or range (bar length = uncertainty)")),
          [&](QPointF c) {
              QColor fill = EventColor;
              fill.setAlpha(110);
              p.setPen(EventColor);
              p.setBrush(fill);
              p.drawRoundedRect(QRectF(c.x() - 8, c.y() - BarHeight / 2, 16, BarHeight), 3, 3);
          });
    entry(text(lang, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "(n) items merged")),
          [&](QPointF c) {
              p.setPen(ArticleColor);
              p.setBrush(ArticleColor);
              p.drawEllipse(c, MarkerRadius + 2, MarkerRadius + 2);
          });
    entry(text(lang, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "outside the filter")),
          [&](QPointF c) {
              p.setPen(DimColor);
              p.setBrush(DimColor);
              p.drawEllipse(c, MarkerRadius, MarkerRadius);
          });
    if (!l.undatedLane.isNull()) {
        entry(text(lang,
                   QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "article without a date")),
              [&](QPointF c) {
                  p.setPen(QPen(ArticleColor, 1.5));
                  p.setBrush(Qt::white);
                  p.drawRect(QRectF(c - QPointF(MarkerRadius, MarkerRadius),
                                    QSizeF(2 * MarkerRadius, 2 * MarkerRadius)));
              });
    }
}

} // namespace

void TimelineRenderer::paint(QPainter &p, const TimelineScene &scene, const TimelineLayout &l)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(l.bounds, Qt::white);
    p.setFont(scene.font);
    PaintContext c{p, scene, l, QFontMetricsF(scene.font),
                   Qt::AlignAbsolute | (scene.rightToLeft ? Qt::AlignRight : Qt::AlignLeft)};
    const bool hasAxis = scene.from.isValid() && scene.to >= scene.from;
    if (scene.showHeader)
        paintHeader(c);
    if (hasAxis)
        paintAxis(c);
    paintLanes(c);
    if (hasAxis) {
        paintDateRange(c);
        paintBrush(c);
    }
    paintMarkers(c);
    if (!l.legend.isNull())
        paintLegend(c);
    p.restore();
}

} // namespace Marsad::Render
