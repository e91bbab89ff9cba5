// What every headless command that needs the analysis does first: read the
// files (reporting each failure on stderr), then analyse them all.
#pragma once

#include "analyzedarticle.h"
#include "gazetteer.h"
#include "pipeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QStringList>

#include <functional>
#include <memory>

namespace Marsad::Cli {

struct AnalysisRun
{
    QList<Analysis::AnalyzedArticle> articles; ///< In input order.
    std::shared_ptr<const Entities::Gazetteer> gazetteer;
    bool anyFailed = false; ///< Some file could not be read (exit 1).
    QString error;          ///< Set when nothing could run (no gazetteer).
};

struct AnalysisRunOptions
{
    /// Print the warnings (repaired characters, an empty file…); errors are
    /// always printed.
    bool warnings = true;
    /// The pipeline's progress, on the calling thread.
    std::function<void(const Session::PipelineProgress &)> progress;
    /// Called before each message on stderr (a progress line makes way).
    std::function<void()> beforeMessage;
    /// Files known to the user by another name (standard input, read into a
    /// temporary file, is "-"): used in messages and in the articles' "file".
    QHash<QString, QString> displayNames;
    /// Where results are read from and kept (StoreOption); none: all afresh.
    std::shared_ptr<Store::AnalysisStore> store;
    /// The analyst's corrections laid over the results (StoreOption, --store).
    Analyst::AnalystData analyst;
};

class AnalysisRunner final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::AnalysisRunner)
public:
    /// Entities run per article, but publication dates need the whole corpus
    /// (undated articles are linked to dated ones), so everything is read
    /// first, then analysed.
    static AnalysisRun run(const QStringList &files, QIODevice &err,
                           const AnalysisRunOptions &runOptions = {});
};

} // namespace Marsad::Cli
