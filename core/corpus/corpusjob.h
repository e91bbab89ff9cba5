// Loading a whole corpus off the calling thread, with progress and cancel.
#pragma once

#include "article.h"

#include <QFuture>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Marsad::Corpus {

/// Everything a corpus load produced.
struct LoadedCorpus
{
    QList<Article> articles; ///< In input order.
    Issues issues;           ///< Per-file problems, errors and warnings alike.
    QStringList missingPaths;
    qsizetype filesRead = 0;
    bool canceled = false;
};

/// Shared between the GUI thread and a running load; set it to stop the load.
using CancelToken = std::shared_ptr<std::atomic_bool>;

/// Starts loading \a paths on Qt's thread pool. The future reports progress as
/// files done out of files found. Setting \a cancel stops the load between
/// batches; the result then holds what was read before, with canceled set.
/// (QFuture::cancel() is not used for this: it would discard the result.)
QFuture<LoadedCorpus> loadCorpusAsync(const QStringList &paths, CancelToken cancel);

/// The same, synchronously (command line, tests).
LoadedCorpus loadCorpus(const QStringList &paths);

} // namespace Marsad::Corpus
