// Loading and analysing a corpus off the calling thread, with progress and
// cancel: what the GUI runs when the analyst opens a folder.
#pragma once

#include "analyzedarticle.h"
#include "corpusjob.h"
#include "gazetteer.h"

#include <QFuture>

namespace Marsad::Analysis {

struct AnalyzedCorpus
{
    QList<AnalyzedArticle> articles; ///< In input order.
    Issues issues;                   ///< Per-file problems.
    qsizetype filesRead = 0;
    bool canceled = false;
};

/// Loads \a paths and analyses the articles. Progress runs over 2 × files:
/// reading, then analysing. Setting \a cancel stops between batches; what was
/// read is kept (analysed if the cancel came during analysis, else not).
QFuture<AnalyzedCorpus> analyzeCorpusAsync(const QStringList &paths,
                                           std::shared_ptr<const Entities::Gazetteer> gazetteer,
                                           Corpus::CancelToken cancel);

} // namespace Marsad::Analysis
