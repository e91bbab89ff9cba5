// What every headless command that needs the analysis does first: read the
// files (reporting each failure on stderr), then analyse them all.
#pragma once

#include "analyzedarticle.h"
#include "gazetteer.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>

namespace Marsad::Cli {

struct AnalysisRun
{
    QList<Analysis::AnalyzedArticle> articles; ///< In input order.
    std::shared_ptr<const Entities::Gazetteer> gazetteer;
    bool anyFailed = false; ///< Some file could not be read (exit 1).
    QString error;          ///< Set when nothing could run (no gazetteer).
};

class AnalysisRunner final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Cli::AnalysisRunner)
public:
    /// Entities run per article, but publication dates need the whole corpus
    /// (undated articles are linked to dated ones), so everything is read
    /// first, then analysed.
    static AnalysisRun run(const QStringList &files, QIODevice &err);
};

} // namespace Marsad::Cli
