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
        for (qsizetype row = 0; row < m_index->size(); ++row) {
            const Analysis::AnalyzedArticle &a = m_index->article(row);
            const Time::PublishedDate &p = a.time.published;
            if (!p.isNull()) {
                TimelineItem item;
                item.lane = TimelineItem::Lane::Articles;
                item.start = p.start.isValid() ? p.start : p.date;
                item.end = p.end.isValid() ? p.end : item.start;
                item.precision = Time::precisionName(p.precision);
                item.inferred = p.basis == Time::PublishedDate::Basis::Inferred;
                item.confidence = p.confidence;
                item.label = a.article.displayTitle();
                item.evidence = p.evidence.join(u" · "_s);
                item.article = row;
                QSet<QString> seen;
                for (const Mention &m : a.mentions) {
                    if (Index::CorpusIndex::counts(a, m) && !seen.contains(m.entityId)) {
                        seen.insert(m.entityId);
                        item.entityIds.append(m.entityId);
                    }
                }
                m_items.append(item);
            }
            for (const Time::Event &e : a.time.events) {
                if (!e.start.isValid())
                    continue;
                TimelineItem item;
                item.lane = TimelineItem::Lane::Events;
                item.start = e.start;
                item.end = e.end.isValid() ? e.end : e.start;
                item.precision = Time::precisionName(e.precision);
                item.label = shortLabel(e.evidence);
                item.evidence = e.evidence;
                item.entityIds = e.entityIds;
                item.article = row;
                item.span = e.span;
                m_items.append(item);
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
    auto inRange = [&filter](const TimelineItem &item) {
        return (!filter.from.isValid() || item.end >= filter.from) &&
               (!filter.to.isValid() || item.start <= filter.to);
    };
    for (TimelineItem &item : m_items) {
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

std::pair<QDate, QDate> TimelineModel::passingRange() const
{
    QDate first, last;
    for (const TimelineItem &item : m_items) {
        if (!item.passes)
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
        return item.precision;
    case LaneRole:
        return int(item.lane);
    case DateBasisRole:
        return item.lane == TimelineItem::Lane::Articles
                   ? (item.inferred ? u"inferred"_s : u"dateline"_s)
                   : QString();
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
        if (!item.start.isValid() || item.end < item.start)
            return false;
        if (i > 0 && m_items.at(i - 1).start > item.start)
            return false;
        if (item.start < m_first || item.end > m_last)
            return false;
    }
    return true;
}

} // namespace Marsad::Models
