#include "timelinemodel.h"

#include "roles.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Models {
namespace {

// A label short enough for a timeline: the first words of the evidence.
QString shortLabel(const QString &text, int words = 8)
{
    const QStringList parts = text.simplified().split(u' ');
    if (parts.size() <= words)
        return parts.join(u' ');
    return parts.first(words).join(u' ') + u'…';
}

QStringList countedEntities(const Analysis::AnalyzedArticle &a)
{
    QStringList ids;
    QSet<QString> seen;
    for (const Mention &m : a.mentions) {
        if (Index::CorpusIndex::counts(a, m) && !seen.contains(m.entityId)) {
            seen.insert(m.entityId);
            ids.append(m.entityId);
        }
    }
    return ids;
}

// An article at its publication date, or in the Undated lane without one.
TimelineItem articleItem(const Analysis::AnalyzedArticle &a, qsizetype row)
{
    const Time::PublishedDate &p = a.time.published;
    TimelineItem item;
    item.lane = p.isNull() ? TimelineItem::Lane::Undated : TimelineItem::Lane::Articles;
    if (!p.isNull()) {
        item.start = p.start.isValid() ? p.start : p.date;
        item.end = p.end.isValid() ? p.end : item.start;
    }
    item.precision = p.precision;
    item.basis = p.basis;
    item.confidence = p.confidence;
    item.label = a.article.displayTitle();
    item.evidence = p.evidence.join(u" · "_s);
    item.article = row;
    item.entityIds = countedEntities(a);
    return item;
}

TimelineItem eventItem(const Time::Event &e, qsizetype row)
{
    TimelineItem item;
    item.lane = TimelineItem::Lane::Events;
    item.start = e.start;
    item.end = e.end.isValid() ? e.end : e.start;
    item.precision = e.precision;
    item.label = shortLabel(e.evidence);
    item.evidence = e.evidence;
    item.entityIds = e.entityIds;
    item.article = row;
    item.span = e.span;
    return item;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent)
{}

void TimelineModel::setIndex(std::shared_ptr<const Index::CorpusIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_items.clear();
    m_first = m_last = {};
    if (m_index) {
        QList<TimelineItem> undated;
        for (qsizetype row = 0; row < m_index->size(); ++row) {
            const Analysis::AnalyzedArticle &a = m_index->article(row);
            TimelineItem item = articleItem(a, row);
            (item.isDated() ? m_items : undated).append(item);
            for (const Time::Event &e : a.time.events) {
                if (e.start.isValid())
                    m_items.append(eventItem(e, row));
            }
        }
        std::stable_sort(
            m_items.begin(), m_items.end(),
            [](const TimelineItem &a, const TimelineItem &b) { return a.start < b.start; });
        for (const TimelineItem &item : std::as_const(m_items)) {
            if (!m_first.isValid() || item.start < m_first)
                m_first = item.start;
            if (!m_last.isValid() || item.end > m_last)
                m_last = item.end;
        }
        // Undated articles last, in corpus order: their own row, never hidden.
        m_items.append(undated);
    }
    endResetModel();
}

void TimelineModel::applyFilter(const Index::Filter &filter)
{
    if (!m_index || m_items.isEmpty())
        return;
    // The date range filters articles by publication date in the index; an
    // event is judged by its own date, so ask the index without the range.
    Index::Filter withoutRange = filter;
    withoutRange.from = withoutRange.to = {};
    const QList<qsizetype> rows = m_index->matching(withoutRange);
    const QSet<qsizetype> passing(rows.cbegin(), rows.cend());
    // An undated article has no date to compare: the index decides whether
    // it stands under a date range, as it does for the article list.
    QSet<qsizetype> passingUndated = passing;
    if (filter.hasDateRange()) {
        const QList<qsizetype> ranged = m_index->matching(filter);
        passingUndated = QSet<qsizetype>(ranged.cbegin(), ranged.cend());
    }
    auto inRange = [&filter](const TimelineItem &item) {
        return (!filter.from.isValid() || item.end >= filter.from) &&
               (!filter.to.isValid() || item.start <= filter.to);
    };
    for (TimelineItem &item : m_items) {
        if (!item.isDated()) {
            item.passes = passingUndated.contains(item.article);
            continue;
        }
        bool passes = passing.contains(item.article) && inRange(item);
        if (passes && item.lane == TimelineItem::Lane::Events && !filter.included.isEmpty()) {
            passes =
                std::any_of(filter.included.cbegin(), filter.included.cend(),
                            [&item](const QString &id) { return item.entityIds.contains(id); });
        }
        item.passes = passes;
    }
    Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {FilteredOutRole});
}

int TimelineModel::undatedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const TimelineItem &item) {
        return !item.isDated() && item.passes;
    }));
}

int TimelineModel::undatedTotal() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const TimelineItem &item) { return !item.isDated(); }));
}

std::pair<QDate, QDate> TimelineModel::passingRange() const
{
    QDate first, last;
    for (const TimelineItem &item : m_items) {
        if (!item.passes || !item.isDated())
            continue;
        if (!first.isValid() || item.start < first)
            first = item.start;
        if (!last.isValid() || item.end > last)
            last = item.end;
    }
    return {first, last};
}

std::pair<QDate, QDate> TimelineModel::focusRange(int lead, int trail) const
{
    QDate first, last;
    for (const TimelineItem &item : m_items) {
        if (!item.passes || item.lane != TimelineItem::Lane::Articles)
            continue;
        if (!first.isValid() || item.start < first)
            first = item.start;
        if (!last.isValid() || item.end > last)
            last = item.end;
    }
    if (!first.isValid())
        return passingRange();
    const QDate earliest = first.addDays(-lead), latest = last.addDays(trail);
    for (const TimelineItem &item : m_items) {
        if (!item.passes || item.lane != TimelineItem::Lane::Events)
            continue;
        if (item.start >= earliest && item.start < first)
            first = item.start;
        if (item.end <= latest && item.end > last)
            last = item.end;
    }
    return {first, last};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TimelineItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.label;
    case Qt::ToolTipRole:
        return item.evidence;
    case StartDateRole:
        return item.start;
    case EndDateRole:
        return item.end;
    case PrecisionRole:
        return item.isDated() ? QVariant(int(item.precision)) : QVariant();
    case LaneRole:
        return int(item.lane);
    case DateBasisRole:
        // The enum passed through as it is: new bases need no change here.
        return item.lane == TimelineItem::Lane::Events ? QVariant() : QVariant(int(item.basis));
    case ConfidenceRole:
        return item.confidence;
    case ArticleIndexRole:
        return int(item.article);
    case EntityIdsRole:
        return item.entityIds;
    case FilteredOutRole:
        return !item.passes;
    }
    return {};
}

bool TimelineModel::checkConsistency() const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const TimelineItem &item = m_items.at(i);
        const bool undatedLane = item.lane == TimelineItem::Lane::Undated;
        if (undatedLane != !item.isDated() || item.end.isValid() != item.isDated())
            return false;
        if (i > 0 && !m_items.at(i - 1).isDated() && item.isDated())
            return false; // undated items come last
        if (!item.isDated())
            continue;
        if (item.end < item.start)
            return false;
        if (i > 0 && m_items.at(i - 1).start > item.start)
            return false;
        if (item.start < m_first || item.end > m_last)
            return false;
    }
    return true;
}

} // namespace Marsad::Models
