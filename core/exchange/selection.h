// What a data export covers: the articles that pass a filter, and the filter
// itself, which events and places are judged by as the timeline judges them.
#pragma once

#include "corpusindex.h"
#include "event.h"
#include "filterstate.h"

#include <QList>

namespace Marsad::Exchange {

struct Selection
{
    /// Corpus rows (input order) of the articles to export: FilterResult::rows()
    /// in the viewer, CorpusIndex::matching() on the command line.
    QList<qsizetype> rows;
    /// The articles whose events are exported: as on the timeline, the date
    /// range judges an event by its own dates, not by its article's
    /// publication date, so these are the articles that pass the filter
    /// without its range (= rows when there is no range).
    QList<qsizetype> eventRows;
    /// The filter that chose them. An event of eventRows is exported when its
    /// own dates meet the date range and, when entities are included, it
    /// names one of them (as the timeline's event lane shows it).
    Index::Filter filter;

    /// Every article of \a index, no filter.
    static Selection all(const Index::CorpusIndex &index);
    /// The articles of \a index that pass \a filter.
    static Selection matching(const Index::CorpusIndex &index, const Index::Filter &filter);
    /// \a rows, already known to pass \a filter (FilterResult's).
    static Selection fromRows(const Index::CorpusIndex &index, const QList<qsizetype> &rows,
                              const Index::Filter &filter);

    bool eventPasses(const Time::Event &event) const;
};

} // namespace Marsad::Exchange
