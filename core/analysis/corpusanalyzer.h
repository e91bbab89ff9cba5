// Runs the analysis over a corpus: entities for every article in parallel,
// then the time module's corpus pass (which needs all articles at once to
// link undated articles to dated ones).
#pragma once

#include "analyzedarticle.h"
#include "gazetteer.h"

#include <atomic>
#include <functional>
#include <memory>

namespace Marsad::Analysis {

class CorpusAnalyzer final
{
public:
    explicit CorpusAnalyzer(std::shared_ptr<const Entities::Gazetteer> gazetteer);

    /// Analyses \a articles (kept in order). \a progress is called from the
    /// calling thread with the number of articles done; \a cancel stops the
    /// entity pass between batches (what was done is returned, unanalysed
    /// articles with empty results).
    QList<AnalyzedArticle> analyze(QList<Corpus::Article> articles,
                                   const std::function<void(qsizetype)> &progress = {},
                                   const std::atomic_bool *cancel = nullptr) const;

    const Entities::Gazetteer &gazetteer() const { return *m_gazetteer; }

private:
    std::shared_ptr<const Entities::Gazetteer> m_gazetteer;
};

} // namespace Marsad::Analysis
