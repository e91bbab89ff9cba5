#include "analysisrun.h"

#include "pipeline.h"
#include "resources.h"

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

AnalysisRun AnalysisRunner::run(const QStringList &files, QIODevice &err,
                                const AnalysisRunOptions &runOptions)
{
    AnalysisRun run;
    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    if (!gazetteer) {
        run.error = tr("cannot load the gazetteer: %1").arg(gazetteer.error);
        return run;
    }
    run.gazetteer = gazetteer.gazetteer;
    // The same pipeline as the viewer's; problems are listed as files are read.
    Session::PipelineOptions options;
    options.buildIndex = false;
    options.progress = runOptions.progress;
    options.store = runOptions.store;
    options.analyst = runOptions.analyst;
    options.fileRead = [&err, &run, &runOptions](const Corpus::FileLoadResult &result) {
        for (const Issue &issue : result.issues) {
            if (!issue.isError() && !runOptions.warnings)
                continue;
            if (runOptions.beforeMessage)
                runOptions.beforeMessage();
            err.write((u"marsad: "_s + runOptions.displayNames.value(issue.file, issue.file) +
                       u": "_s + (issue.isError() ? tr("error") : tr("warning")) + u": "_s +
                       issue.message + u'\n')
                          .toUtf8());
        }
        run.anyFailed = run.anyFailed || hasError(result.issues);
    };
    Session::PipelineResult result = Session::Pipeline::run(files, run.gazetteer, options);
    run.articles = std::move(result.articles);
    // With the analyst's entities, when the store has any: their names and
    // coordinates in the exports.
    if (result.gazetteer)
        run.gazetteer = result.gazetteer;
    if (!runOptions.displayNames.isEmpty()) {
        for (Analysis::AnalyzedArticle &a : run.articles) {
            Corpus::Article &article = a.article;
            article.file = runOptions.displayNames.value(article.file, article.file);
            for (Issue &issue : article.issues)
                issue.file = runOptions.displayNames.value(issue.file, issue.file);
        }
    }
    return run;
}

} // namespace Marsad::Cli
