// Draws the timeline with QPainter: used by the interactive TimelineView and
// by every export (PNG, SVG, PDF), so a file looks like the view.
//
// Two lanes: articles at their publication dates, events at their dates.
// Day-precision items are points; month/year/decade items and ranges are bars
// whose length is the uncertainty. Inferred publication dates are hollow,
// datelines filled. Items closer than a few pixels merge into a counted
// cluster, and labels are stacked in rows without overlapping; what finds no
// row keeps its marker and counts in its cluster. In a right-to-left UI time
// runs from right to left.
#pragma once

#include "corpusindex.h"
#include "filterstate.h"
#include "timelinemodel.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

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
    // Interaction state drawn by the view.
    QDate brushFrom;
    QDate brushTo;
    qsizetype hoveredItem = -1;
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
    QRectF legend;
    QList<PlacedMarker> markers;
    /// The height this scene needs at this width (for exports).
    qreal preferredHeight = 0;
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

    /// Translated texts shared with views and exports.
    static QString laneName(Models::TimelineItem::Lane lane, const QString &language);
    static QString formatDate(QDate date, const QString &precision, const QString &language);
    /// "day", "month", "year", "decade" or "range" (the JSON names) as words
    /// of \a language, for tooltips ("event, day precision").
    static QString precisionName(const QString &precision, const QString &language);
    /// The title of an exported timeline ("Marsad — timeline").
    static QString exportTitle(const QString &language);
    /// One line describing \a filter for an image header: entity names in
    /// \a language, dates in its locale, "All articles" without a filter.
    static QString describeFilter(const Index::Filter &filter, const Index::CorpusIndex &index,
                                  const QString &language);
};

} // namespace Marsad::Render
