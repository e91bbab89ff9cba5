#include "corpusjob.h"

#include "analysisthreadpool.h"
#include "corpusloader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Marsad::Corpus {
namespace {

void collect(LoadedCorpus &corpus, QList<FileLoadResult> &&results)
{
    for (FileLoadResult &result : results) {
        corpus.issues.append(result.issues);
        corpus.articles.append(std::move(result.articles));
    }
}

void loadInto(QPromise<LoadedCorpus> *promise, const QStringList &paths,
              const std::atomic_bool *cancel, LoadedCorpus &corpus)
{
    const FileList list = CorpusLoader::collectFiles(paths);
    corpus.missingPaths = list.missingPaths;
    for (const QString &missing : list.missingPaths) {
        corpus.issues.append(
            Issue::error(missing, QCoreApplication::translate("Marsad::Corpus::CorpusLoader",
                                                              "no such file or folder")));
    }
    if (promise)
        promise->setProgressRange(0, int(list.files.size()));

    auto progress = [&](qsizetype done) {
        if (promise)
            promise->setProgressValue(int(done));
    };
    QList<FileLoadResult> results = CorpusLoader::loadFiles(list.files, progress, cancel);
    corpus.filesRead = results.size();
    corpus.canceled = cancel && cancel->load() && corpus.filesRead < list.files.size();
    collect(corpus, std::move(results));
}

} // namespace

QFuture<LoadedCorpus> loadCorpusAsync(const QStringList &paths, CancelToken cancel)
{
    return QtConcurrent::run(jobThreadPool(), [paths, cancel](QPromise<LoadedCorpus> &promise) {
        LoadedCorpus corpus;
        loadInto(&promise, paths, cancel.get(), corpus);
        promise.addResult(std::move(corpus));
    });
}

LoadedCorpus loadCorpus(const QStringList &paths)
{
    LoadedCorpus corpus;
    loadInto(nullptr, paths, nullptr, corpus);
    return corpus;
}

} // namespace Marsad::Corpus
