#include "analysisjob.h"

#include "corpusanalyzer.h"
#include "corpusloader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Marsad::Analysis {

QFuture<AnalyzedCorpus> analyzeCorpusAsync(const QStringList &paths,
                                           std::shared_ptr<const Entities::Gazetteer> gazetteer,
                                           Corpus::CancelToken cancel)
{
    return QtConcurrent::run([paths, gazetteer, cancel](QPromise<AnalyzedCorpus> &promise) {
        AnalyzedCorpus result;
        const Corpus::FileList list = Corpus::CorpusLoader::collectFiles(paths);
        for (const QString &missing : list.missingPaths) {
            result.issues.append(
                Issue::error(missing, QCoreApplication::translate("Marsad::Corpus::CorpusLoader",
                                                                  "no such file or folder")));
        }
        const qsizetype files = list.files.size();
        promise.setProgressRange(0, int(2 * files));
        const auto loaded = Corpus::CorpusLoader::loadFiles(
            list.files, [&](qsizetype done) { promise.setProgressValue(int(done)); }, cancel.get());
        result.filesRead = loaded.size();
        QList<Corpus::Article> articles;
        for (const Corpus::FileLoadResult &r : loaded) {
            result.issues.append(r.issues);
            articles.append(r.articles);
        }
        const CorpusAnalyzer analyzer(gazetteer);
        const qsizetype total = articles.size();
        result.articles = analyzer.analyze(
            std::move(articles),
            [&](qsizetype done) {
                promise.setProgressValue(int(files + (total ? done * files / total : files)));
            },
            cancel.get());
        result.canceled = cancel && cancel->load();
        promise.addResult(std::move(result));
    });
}

} // namespace Marsad::Analysis
