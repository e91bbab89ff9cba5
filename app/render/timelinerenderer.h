// Draws the timeline with QPainter: used by the interactive TimelineView and
// by every export (PNG, SVG, PDF), so a file looks like the view.
//
// Two lanes: articles at their publication dates, events at their dates.
// Day-precision items are points; month/year/decade items and ranges are bars
// whose length is the uncertainty. Inferred publication dates are hollow,
// datelines filled. Items closer than a few pixels merge into a counted
// cluster, and labels are stacked in rows without overlapping; what finds no
// row keeps its marker and counts in its cluster. Articles without a date get
// a third row of their own (Undated), never hidden. In a right-to-left UI time
// runs from right to left. The filter's date range is shaded on the axis.
//
// layout() is the expensive half (clustering, label placement); a view keeps
// its result and repaints from it, laying out again only when the range, the
// filter or the size changes.
#pragma once

#include "corpusindex.h"
#include "filterstate.h"
#include "timelinemodel.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QLocale;
class QPainter;

namespace Marsad::Render {

/// What to draw, and how.
struct TimelineScene
{
    const QList<Models::TimelineItem> *items = nullptr;
    QDate from; ///< First visible day.
    QDate to;   ///< Last visible day (inclusive).
    bool rightToLeft = false;
    QString language = QStringLiteral("en"); ///< "ar" or "en": month names, lane names.
    bool hideFilteredOut = false;            ///< Hide instead of dim.
    QFont font;
    // Decorations for reports (exports draw them; the view may not).
    QString title;
    QString filterSummary;
    bool showHeader = false;
    bool showLegend = true;
    /// The filter's date range, shaded on the axis (an invalid end is open).
    QDate rangeFrom;
    QDate rangeTo;
    // Interaction state drawn by the view.
    QDate brushFrom;
    QDate brushTo;
    qsizetype hoveredItem = -1;
    qsizetype focusedItem = -1; ///< Keyboard focus: its marker gets a focus ring.
};

/// One drawn marker (a single item or a cluster) and its label.
struct PlacedMarker
{
    Models::TimelineItem::Lane lane = Models::TimelineItem::Lane::Articles;
    QList<qsizetype> items; ///< Indices into the scene's items; first is the representative.
    QRectF shape;           ///< Point or bar.
    QRectF label;           ///< Empty when no row was free.
    QString text;
    bool passes = true;
};

struct TimelineLayout
{
    QRectF bounds;
    QRectF header;
    QRectF axis;
    QRectF articlesLane;
    QRectF eventsLane;
    QRectF undatedLane; ///< Empty when every article has a date.
    QRectF legend;
    QList<PlacedMarker> markers;
    /// The height this scene needs at this width (for exports).
    qreal preferredHeight = 0;

    QRectF laneRect(Models::TimelineItem::Lane lane) const;
};

class TimelineRenderer final
{
public:
    /// Computes where everything goes in \a bounds.
    static TimelineLayout layout(const TimelineScene &scene, const QRectF &bounds);
    /// Paints \a layout (from layout() with the same scene).
    static void paint(QPainter &painter, const TimelineScene &scene, const TimelineLayout &layout);

    /// x of the start of day \a date in \a lane (a lane rect or the axis).
    static qreal xOf(const TimelineScene &scene, const QRectF &lane, QDate date);
    /// The day at x.
    static QDate dateAt(const TimelineScene &scene, const QRectF &lane, qreal x);

    /// The marker under \a pos, or -1.
    static qsizetype markerAt(const TimelineLayout &layout, const QPointF &pos);
    /// The marker that draws item \a item, or -1.
    static qsizetype markerOf(const TimelineLayout &layout, qsizetype item);

    /// Translated texts shared with views and exports.
    static QString laneName(Models::TimelineItem::Lane lane, const QString &language);
    static QString formatDate(QDate date, Time::Precision precision, const QString &language);
    /// A precision as words of \a language, for tooltips ("event, day precision").
    static QString precisionName(Time::Precision precision, const QString &language);
    /// The title of an exported timeline ("Marsad — timeline").
    static QString exportTitle(const QString &language);
    /// One line describing \a filter for an image header: entity names in
    /// \a language, dates in its locale, "All articles" without a filter.
    static QString describeFilter(const Index::Filter &filter, const Index::CorpusIndex &index,
                                  const QString &language);

    /// \a text made to draw the same in every SVG reader, in a \a direction
    /// paragraph. A painter cuts mixed text into runs (by direction and by
    /// font), and QSvgGenerator writes each run as a <text> of its own, which
    /// a reader lays out alone, left to right: a bracket drawn right to left
    /// (mirrored) then loses its context and "(2)" turns into ")2(". So a
    /// bracket drawn right to left is replaced by its mirror image isolated
    /// left to right (LRI…PDI), and other neutrals drawn right to left are
    /// held between right-to-left marks. The drawing does not change.
    static QString withExplicitDirection(const QString &text, Qt::LayoutDirection direction);
};

/// A date range for the UI: "3 Oct 2020 – 10 Oct 2020" (the day-month-year
/// order and month names of \a locale, never the US 10/3/20); an invalid end
/// is open ("…").
QString formatDateRange(QDate from, QDate to, const QLocale &locale);

} // namespace Marsad::Render
