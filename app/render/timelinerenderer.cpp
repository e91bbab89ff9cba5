#include "timelinerenderer.h"

#include "catalog.h"
#include "localeformat.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

#include <algorithm>
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

const QColor ArticleColor(0x00, 0x72, 0xB2); // Okabe-Ito blue
const QColor EventColor(0xD5, 0x5E, 0x00);   // Okabe-Ito vermillion
const QColor DimColor(0xB8, 0xB8, 0xB8);
const QColor TextColor(0x22, 0x22, 0x22);
const QColor GridColor(0xE4, 0xE4, 0xE4);

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

void drawText(QPainter &p, const QRectF &rect, const QString &s, Qt::Alignment align)
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
    return lane == TimelineItem::Lane::Articles
               ? text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer",
                                                  "Articles (publication date)"))
               : text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer",
                                                  "Events (dated in the text)"));
}

QString TimelineRenderer::formatDate(QDate date, const QString &precision, const QString &language)
{
    return LocaleFormat::date(date, LocaleFormat::precisionFromName(precision),
                              localeFor(language));
}

QString TimelineRenderer::precisionName(const QString &precision, const QString &language)
{
    if (precision == u"month"_s)
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "month"));
    if (precision == u"year"_s)
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "year"));
    if (precision == u"decade"_s)
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "decade"));
    if (precision == u"range"_s)
        return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "range"));
    return text(language, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "day"));
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

TimelineLayout TimelineRenderer::layout(const TimelineScene &scene, const QRectF &bounds)
{
    TimelineLayout l;
    l.bounds = bounds;
    const QFontMetricsF fm(scene.font);
    const qreal line = fm.height() + 4;
    const bool unbounded = bounds.height() <= 0;
    qreal y = bounds.top() + Margin;
    const qreal left = bounds.left() + Margin, right = bounds.right() - Margin;

    if (scene.showHeader) {
        l.header = QRectF(left, y, right - left, line * 1.5 + line * 2);
        y = l.header.bottom() + 6;
    }
    l.axis = QRectF(left, y, right - left, line + 10);
    y = l.axis.bottom() + 4;
    const qreal legendHeight = scene.showLegend ? line + 8 : 0;
    const qreal markerRow = 2 * MarkerRadius + 8;
    const qreal laneFixed = line + markerRow + 6; // caption + markers + padding

    int rows = ExportRowsPerLane;
    if (!unbounded) {
        const qreal available = bounds.bottom() - Margin - legendHeight - y;
        rows = std::max(0, int((available / 2 - laneFixed) / line));
    }

    // Markers per lane: clusters of nearby points, bars by their range.
    QList<PlacedMarker> markers[2];
    const QRectF probe(left, 0, right - left, 1);
    if (scene.items && scene.from.isValid() && scene.to >= scene.from) {
        const qreal dayWidth = (right - left) / qreal(scene.from.daysTo(scene.to) + 1);
        QHash<QString, qsizetype> clusterOf[2];
        for (qsizetype i = 0; i < scene.items->size(); ++i) {
            const TimelineItem &item = scene.items->at(i);
            if (!visible(scene, item))
                continue;
            const int lane = int(item.lane);
            const qreal x1 = xOf(scene, probe, item.start);
            const qreal x2 = xOf(scene, probe, item.end.addDays(1));
            const bool point = item.isPoint() || std::abs(x2 - x1) < 2 * MarkerRadius;
            const QString key = point
                                    ? u"p%1%2"_s.arg(item.passes ? 1 : 0)
                                          .arg(qint64(std::floor(((x1 + x2) / 2) / ClusterPixels)))
                                    : u"b%1%2-%3"_s.arg(item.passes ? 1 : 0)
                                          .arg(item.start.toJulianDay())
                                          .arg(item.end.toJulianDay());
            if (const auto it = clusterOf[lane].constFind(key); it != clusterOf[lane].cend()) {
                markers[lane][*it].items.append(i);
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
            clusterOf[lane].insert(key, markers[lane].size());
            markers[lane].append(m);
        }
    }

    // Labels: most important first (passing, bigger clusters), each in the
    // first row where it overlaps nothing; none when no row is free.
    int usedRows[2] = {0, 0};
    for (int lane = 0; lane < 2; ++lane) {
        QList<qsizetype> order(markers[lane].size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const PlacedMarker &ma = markers[lane][a], &mb = markers[lane][b];
            if (ma.passes != mb.passes)
                return ma.passes;
            return ma.items.size() > mb.items.size();
        });
        QList<QList<QRectF>> taken(rows);
        struct Leader
        {
            qreal x;
            int row;
        };
        QList<Leader> leaders; // vertical lines from markers down to their labels
        for (const qsizetype index : order) {
            PlacedMarker &m = markers[lane][index];
            const TimelineItem &first = scene.items->at(m.items.first());
            QString label = first.label;
            if (m.items.size() > 1) {
                label = u"("_s + LocaleFormat::number(m.items.size(), localeFor(scene.language)) +
                        u") "_s + label;
            }
            const qreal width = std::min(fm.horizontalAdvance(label) + 4, MaxLabelWidth);
            m.text = fm.elidedText(label, Qt::ElideRight, width - 4);
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
                    const QRectF candidate(forward ? anchor + 1 : anchor - width - 1, row * line,
                                           width, line);
                    const QRectF padded = candidate.adjusted(-4, 0, 4, 0);
                    bool clash = std::any_of(taken[row].cbegin(), taken[row].cend(),
                                             [&](const QRectF &r) { return r.intersects(padded); });
                    // No label may hide a leader line, nor a leader cross a label.
                    for (int above = 0; !clash && above < row; ++above) {
                        clash = std::any_of(
                            taken[above].cbegin(), taken[above].cend(), [&](const QRectF &r) {
                                return anchor > r.left() - 3 && anchor < r.right() + 3;
                            });
                    }
                    clash = clash ||
                            std::any_of(leaders.cbegin(), leaders.cend(), [&](const Leader &l) {
                                return l.row > row && l.x > padded.left() && l.x < padded.right();
                            });
                    if (!clash) {
                        taken[row].append(candidate);
                        leaders.append({anchor, row});
                        m.label = candidate;
                        usedRows[lane] = std::max(usedRows[lane], row + 1);
                        placed = true;
                        break;
                    }
                }
            }
        }
    }

    // Lanes, now that their heights are known (exports) or given (views).
    auto laneHeight = [&](int lane) {
        return laneFixed + (unbounded ? std::max(usedRows[lane], 1) : rows) * line;
    };
    l.articlesLane = QRectF(left, y, right - left, laneHeight(0));
    y = l.articlesLane.bottom() + 4;
    l.eventsLane = QRectF(left, y, right - left, laneHeight(1));
    y = l.eventsLane.bottom() + 4;
    if (scene.showLegend)
        l.legend = QRectF(left, y, right - left, legendHeight);
    l.preferredHeight = y + legendHeight + Margin - bounds.top();

    // Items outside the filter are drawn first, under those that pass.
    for (auto &laneMarkers : markers) {
        std::stable_sort(
            laneMarkers.begin(), laneMarkers.end(),
            [](const PlacedMarker &a, const PlacedMarker &b) { return !a.passes && b.passes; });
    }
    for (int lane = 0; lane < 2; ++lane) {
        const QRectF &band = lane == 0 ? l.articlesLane : l.eventsLane;
        const qreal markerTop = band.top() + line + 2;
        const qreal labelTop = markerTop + markerRow;
        for (PlacedMarker &m : markers[lane]) {
            m.shape.translate(0, markerTop + 2);
            if (!m.label.isNull())
                m.label.translate(0, labelTop);
            l.markers.append(m);
        }
    }
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

void TimelineRenderer::paint(QPainter &p, const TimelineScene &scene, const TimelineLayout &l)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(l.bounds, Qt::white);
    p.setFont(scene.font);
    const QFontMetricsF fm(scene.font);
    const Qt::Alignment start =
        Qt::AlignAbsolute | (scene.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);

    // Header: title, active filter, date range.
    if (scene.showHeader) {
        QFont titleFont = scene.font;
        if (titleFont.pixelSize() > 0)
            titleFont.setPixelSize(titleFont.pixelSize() * 7 / 5);
        else
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        titleFont.setBold(true);
        p.setFont(titleFont);
        p.setPen(TextColor);
        const qreal titleHeight = QFontMetricsF(titleFont).height() + 4;
        drawText(p, QRectF(l.header.left(), l.header.top(), l.header.width(), titleHeight),
                 scene.title, start | Qt::AlignVCenter);
        p.setFont(scene.font);
        p.setPen(QColor(0x55, 0x55, 0x55));
        const qreal line = fm.height() + 4;
        const QString range = formatDate(scene.from, u"day"_s, scene.language) + u" – "_s +
                              formatDate(scene.to, u"day"_s, scene.language);
        drawText(p, QRectF(l.header.left(), l.header.top() + titleHeight, l.header.width(), line),
                 range, start | Qt::AlignVCenter);
        drawText(
            p, QRectF(l.header.left(), l.header.top() + titleHeight + line, l.header.width(), line),
            scene.filterSummary, start | Qt::AlignVCenter);
    }

    // Axis with adaptive ticks and grid lines through the lanes.
    if (scene.from.isValid() && scene.to >= scene.from) {
        const qreal pxPerDay = l.axis.width() / qreal(scene.from.daysTo(scene.to) + 1);
        const TickStep step = chooseStep(pxPerDay);
        const QList<QDate> marks = ticks(scene.from, scene.to, step);
        const qreal baseline = l.axis.bottom() - 2;
        p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
        p.drawLine(QPointF(l.axis.left(), baseline), QPointF(l.axis.right(), baseline));
        const qreal bottom = l.eventsLane.bottom();
        for (qsizetype i = 0; i < marks.size(); ++i) {
            const qreal x = xOf(scene, l.axis, marks.at(i));
            p.setPen(QPen(GridColor, 1));
            p.drawLine(QPointF(x, baseline), QPointF(x, bottom));
            p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
            p.drawLine(QPointF(x, baseline - 5), QPointF(x, baseline));
            const QString label = tickLabel(marks.at(i), step, i == 0, scene.language);
            const qreal w = fm.horizontalAdvance(label) + 6;
            QRectF rect(scene.rightToLeft ? x - w : x + 2, l.axis.top(), w,
                        baseline - 6 - l.axis.top());
            if (rect.left() < l.axis.left() - 1 || rect.right() > l.axis.right() + 1)
                continue;
            p.setPen(TextColor);
            drawText(p, rect, label, start | Qt::AlignBottom);
        }
    }

    // Lanes: a light band with its caption.
    for (const auto &[band, lane] : {std::pair{l.articlesLane, TimelineItem::Lane::Articles},
                                     std::pair{l.eventsLane, TimelineItem::Lane::Events}}) {
        p.fillRect(band, QColor(0xF6, 0xF7, 0xF9));
        p.setPen(lane == TimelineItem::Lane::Articles ? ArticleColor : EventColor);
        QFont caption = scene.font;
        caption.setBold(true);
        p.setFont(caption);
        drawText(p, QRectF(band.left() + 4, band.top() + 1, band.width() - 8, fm.height() + 2),
                 laneName(lane, scene.language), start | Qt::AlignVCenter);
        p.setFont(scene.font);
    }

    // The range being brushed on the axis.
    if (scene.brushFrom.isValid() && scene.brushTo.isValid()) {
        const qreal a = xOf(scene, l.axis, std::min(scene.brushFrom, scene.brushTo));
        const qreal b = xOf(scene, l.axis, std::max(scene.brushFrom, scene.brushTo).addDays(1));
        const QRectF brush(std::min(a, b), l.axis.top(), std::abs(b - a),
                           l.eventsLane.bottom() - l.axis.top());
        p.fillRect(brush, QColor(0x00, 0x72, 0xB2, 40));
    }

    // Markers, then leader lines and labels.
    for (qsizetype i = 0; i < l.markers.size(); ++i) {
        const PlacedMarker &m = l.markers.at(i);
        const TimelineItem &item = scene.items->at(m.items.first());
        const QColor base = m.lane == TimelineItem::Lane::Articles ? ArticleColor : EventColor;
        const QColor color = m.passes ? base : DimColor;
        const bool hovered = m.items.contains(scene.hoveredItem);
        if (m.shape.width() > 2 * MarkerRadius + 0.5) {
            QColor fill = color;
            fill.setAlpha(m.passes ? 110 : 60);
            p.setPen(QPen(color, 1));
            p.setBrush(fill);
            p.drawRoundedRect(m.shape, 3, 3);
        } else {
            const qreal r =
                MarkerRadius +
                (m.items.size() > 1 ? std::min(4.0, std::log2(qreal(m.items.size()))) : 0);
            const QRectF circle(m.shape.center() - QPointF(r, r), QSizeF(2 * r, 2 * r));
            p.setPen(QPen(color, item.inferred ? 2 : 1));
            p.setBrush(item.inferred ? QBrush(Qt::white) : QBrush(color));
            p.drawEllipse(circle);
        }
        if (hovered) {
            p.setPen(QPen(TextColor, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(m.shape.center(), MarkerRadius + 5, MarkerRadius + 5);
        }
        if (m.label.isNull())
            continue;
        const qreal anchorX =
            m.label.left() > m.shape.center().x() ? m.label.left() : m.label.right();
        const qreal lineX =
            m.shape.width() > 2 * MarkerRadius + 0.5 ? anchorX : m.shape.center().x();
        p.setPen(QPen(m.passes ? QColor(0x99, 0x99, 0x99) : GridColor, 1));
        p.drawLine(QPointF(lineX, m.shape.bottom()), QPointF(lineX, m.label.center().y()));
        p.setPen(m.passes ? TextColor : DimColor);
        const bool labelForward = m.label.left() >= lineX - 1;
        drawText(p, m.label.adjusted(2, 0, -2, 0), m.text,
                 Qt::AlignAbsolute | Qt::AlignVCenter |
                     (labelForward ? Qt::AlignLeft : Qt::AlignRight));
    }

    // Legend.
    if (!l.legend.isNull()) {
        qreal x = scene.rightToLeft ? l.legend.right() : l.legend.left();
        const qreal cy = l.legend.center().y();
        auto entry = [&](const QString &label, auto &&drawSwatch) {
            const qreal w = fm.horizontalAdvance(label) + 30;
            const qreal sx = scene.rightToLeft ? x - 14 : x + 2;
            drawSwatch(QPointF(sx + 6, cy));
            p.setPen(TextColor);
            drawText(p,
                     QRectF(scene.rightToLeft ? x - w : x + 16, l.legend.top(), w - 16,
                            l.legend.height()),
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
        entry(
            text(lang, QT_TRANSLATE_NOOP("Marsad::Render::TimelineRenderer", "outside the filter")),
            [&](QPointF c) {
                p.setPen(DimColor);
                p.setBrush(DimColor);
                p.drawEllipse(c, MarkerRadius, MarkerRadius);
            });
    }
    p.restore();
}

} // namespace Marsad::Render
