#include "filterresult.h"

namespace Marsad::Index {

FilterResult::FilterResult(FilterState *filter, QObject *parent) : QObject(parent), m_filter(filter)
{
    connect(m_filter, &FilterState::changed, this, &FilterResult::recompute);
}

void FilterResult::setIndex(std::shared_ptr<const CorpusIndex> index)
{
    m_index = std::move(index);
    {
        // The old corpus's entities mean nothing in the new one; one change,
        // announced below, not one per cleared part.
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_rows.clear();
    Q_EMIT indexChanged();
    // Everyone listening to the filter (chips, search box) sees it cleared.
    Q_EMIT m_filter->changed();
}

void FilterResult::updateIndex(std::shared_ptr<const CorpusIndex> index)
{
    m_index = std::move(index);
    Q_EMIT indexUpdated();
    recompute();
}

void FilterResult::recompute()
{
    m_rows = m_index ? m_index->matching(m_filter->filter()) : QList<qsizetype>();
    m_undated = 0;
    for (const qsizetype row : std::as_const(m_rows)) {
        if (!m_index->article(row).time.published.date.isValid())
            ++m_undated;
    }
    Q_EMIT rowsChanged();
}

} // namespace Marsad::Index
