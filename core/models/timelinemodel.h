// What the timeline shows: one item per article (at its publication date)
// and one per dated event (at the event's date), each marked as passing the
// shared filter or not. No article disappears: an article without a date is
// an item of the Undated lane (no dates), drawn as a row of its own. Views
// and exporters draw from items(); the item-model interface serves lists and
// tests.
#pragma once

#include "corpusindex.h"
#include "publisheddate.h"
#include "timex.h"

#include <QAbstractListModel>
#include <QDate>

#include <memory>

namespace Marsad::Models {

struct TimelineItem
{
    enum class Lane
    {
        Articles, ///< Dated articles, at their publication dates.
        Events,   ///< Events, at their own dates.
        Undated   ///< Articles with no publication date (start and end invalid).
    };
    Lane lane = Lane::Articles;
    QDate start; ///< First day (inclusive); invalid in the Undated lane.
    QDate end;   ///< Last day (inclusive); == start for a point.
    Time::Precision precision = Time::Precision::Day;
    /// Where an article's date comes from (None for events and undated articles).
    Time::PublishedDate::Basis basis = Time::PublishedDate::Basis::None;
    double confidence = 1.0;
    QString label;    ///< Title (articles) or a short evidence text (events).
    QString evidence; ///< Full evidence sentence or date cues.
    QStringList entityIds;
    qsizetype article = -1; ///< Corpus row of the article it comes from.
    TextSpan span;          ///< Evidence span in the article (events).
    bool passes = true;     ///< Passes the current filter.

    bool isPoint() const { return start == end; }
    bool isDated() const { return start.isValid(); }
    /// An article date inferred from its text, not read from a dateline.
    bool isInferred() const { return basis == Time::PublishedDate::Basis::Inferred; }
};

class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    explicit TimelineModel(QObject *parent = nullptr);

    /// A new corpus: rebuilds every item (a reset); all pass.
    void setIndex(std::shared_ptr<const Index::CorpusIndex> index);
    /// Marks items against \a filter: articles by the index's answer; events
    /// by their article, their entities (one of the included ones) and their
    /// own date (the range). Emits dataChanged, not a reset.
    void applyFilter(const Index::Filter &filter);

    /// Dated items sorted by start, then the undated articles in corpus order.
    const QList<TimelineItem> &items() const { return m_items; }
    /// Undated articles that pass the current filter (for the status bar).
    int undatedCount() const;
    /// Undated articles in the corpus, whatever the filter.
    int undatedTotal() const;
    /// Earliest start and latest end over all dated items (invalid when empty).
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    /// The same over the items that pass the filter.
    std::pair<QDate, QDate> passingRange() const;
    /// Where the passing items are dense: the publication dates of the
    /// passing articles, widened to the events up to \a lead days before the
    /// first and \a trail after the last. Background events years earlier
    /// ("the war of the 1990s") stay reachable by zooming out without
    /// squeezing the news into a sliver. Falls back to passingRange().
    std::pair<QDate, QDate> focusRange(int lead = 90, int trail = 30) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Invariants the tests check after every change (dated items sorted by
    /// start before the undated ones, ends not before starts, first/last
    /// bound every dated item).
    bool checkConsistency() const;

private:
    std::shared_ptr<const Index::CorpusIndex> m_index;
    QList<TimelineItem> m_items;
    QDate m_first;
    QDate m_last;
};

} // namespace Marsad::Models
