#include "analysisrun.h"

#include "corpusanalyzer.h"
#include "corpusloader.h"
#include "resources.h"

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

AnalysisRun AnalysisRunner::run(const QStringList &files, QIODevice &err)
{
    AnalysisRun run;
    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    if (!gazetteer) {
        run.error = tr("cannot load the gazetteer: %1").arg(gazetteer.error);
        return run;
    }
    run.gazetteer = gazetteer.gazetteer;
    QList<Corpus::Article> articles;
    for (const Corpus::FileLoadResult &result : Corpus::CorpusLoader::loadFiles(files)) {
        for (const Issue &issue : result.issues) {
            err.write((u"marsad: "_s + issue.file + u": "_s + issue.severityName() + u": "_s +
                       issue.message + u'\n')
                          .toUtf8());
        }
        run.anyFailed = run.anyFailed || hasError(result.issues);
        articles.append(result.articles);
    }
    const Analysis::CorpusAnalyzer analyzer(run.gazetteer);
    run.articles = analyzer.analyze(std::move(articles));
    return run;
}

} // namespace Marsad::Cli
