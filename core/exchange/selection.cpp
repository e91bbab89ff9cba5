#include "selection.h"

#include <algorithm>
#include <numeric>

namespace Marsad::Exchange {

Selection Selection::all(const Index::CorpusIndex &index)
{
    Selection selection;
    selection.rows.resize(index.size());
    std::iota(selection.rows.begin(), selection.rows.end(), qsizetype(0));
    selection.eventRows = selection.rows;
    return selection;
}

Selection Selection::matching(const Index::CorpusIndex &index, const Index::Filter &filter)
{
    return fromRows(index, index.matching(filter), filter);
}

Selection Selection::fromRows(const Index::CorpusIndex &index, const QList<qsizetype> &rows,
                              const Index::Filter &filter)
{
    Selection selection{rows, rows, filter};
    if (filter.hasDateRange()) {
        Index::Filter withoutRange = filter;
        withoutRange.from = withoutRange.to = {};
        selection.eventRows = index.matching(withoutRange);
    }
    return selection;
}

bool Selection::eventPasses(const Time::Event &event) const
{
    if (filter.from.isValid() && event.end.isValid() && event.end < filter.from)
        return false;
    if (filter.to.isValid() && event.start.isValid() && event.start > filter.to)
        return false;
    if (filter.included.isEmpty())
        return true;
    return std::any_of(filter.included.cbegin(), filter.included.cend(),
                       [&event](const QString &id) { return event.entityIds.contains(id); });
}

} // namespace Marsad::Exchange
