// The articles of the open corpus that pass the one shared FilterState,
// computed once per change for every model that shows them.
//
// Models listen to this object (indexChanged, rowsChanged) instead of being
// pushed rows by the window, so no view can miss a change.
#pragma once

#include "corpusindex.h"
#include "filterstate.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Marsad::Index {

class FilterResult final : public QObject
{
    Q_OBJECT
public:
    explicit FilterResult(FilterState *filter, QObject *parent = nullptr);

    FilterState *filterState() const { return m_filter; }

    /// A new corpus: the filter is cleared (its chips go with it) and the rows
    /// recomputed; emits indexChanged() then rowsChanged().
    void setIndex(std::shared_ptr<const CorpusIndex> index);
    /// The same corpus analysed anew (the analyst's corrections): the filter
    /// stays, the rows are recomputed; emits indexUpdated() then rowsChanged().
    void updateIndex(std::shared_ptr<const CorpusIndex> index);
    const std::shared_ptr<const CorpusIndex> &index() const { return m_index; }

    /// Corpus rows (input order) that pass the filter.
    const QList<qsizetype> &rows() const { return m_rows; }
    /// Of those, the ones with no publication date.
    qsizetype undatedCount() const { return m_undated; }

Q_SIGNALS:
    void indexChanged();
    /// The same articles, in the same rows, with corrected results.
    void indexUpdated();
    void rowsChanged();

private:
    void recompute();

    FilterState *m_filter;
    std::shared_ptr<const CorpusIndex> m_index;
    QList<qsizetype> m_rows;
    qsizetype m_undated = 0;
};

} // namespace Marsad::Index
