#include "selection.h"

#include <algorithm>
#include <numeric>

namespace Marsad::Exchange {

Selection Selection::all(const Index::CorpusIndex &index)
{
    Selection selection;
    selection.rows.resize(index.size());
    std::iota(selection.rows.begin(), selection.rows.end(), qsizetype(0));
    return selection;
}

Selection Selection::matching(const Index::CorpusIndex &index, const Index::Filter &filter)
{
    return {index.matching(filter), filter};
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
