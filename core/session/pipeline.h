// The one path from files to an analysed, indexed corpus: read → entities →
// dates (the corpus passes) → index. The GUI (through CorpusSession), the
// command line and the tests all run it, so they behave alike on every input.
//
// Every stage runs on the dedicated analysis pool and checks one cancellation
// flag; progress is reported as honest fractions of the whole job. With a
// store (Store::AnalysisStore), what is known is read instead of recomputed.
#pragma once

#include "analysisstore.h"
#include "analystdata.h"
#include "analyzedarticle.h"
#include "anchor.h"
#include "corpusindex.h"
#include "corpusloader.h"
#include "gazetteer.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace Marsad::Session {

enum class PipelineStage
{
    Reading,
    Entities,
    Dates,
    Indexing
};

struct PipelineProgress
{
    PipelineStage stage = PipelineStage::Reading;
    qsizetype done = 0;    ///< Items of this stage done (files, articles).
    qsizetype total = 0;   ///< Items of this stage.
    double fraction = 0.0; ///< Of the whole job, 0..1, never going back.
};

struct PipelineOptions
{
    /// Set from any thread to stop: every stage checks it, and the result is
    /// then marked canceled (and must not be used as a corpus).
    const std::atomic_bool *cancel = nullptr;
    /// Called from the pipeline's thread.
    std::function<void(const PipelineProgress &)> progress;
    /// Called from the pipeline's thread for each file as it has been read, in
    /// input order (the command line lists problems as they come); at the end,
    /// once per problem of the corrections (file: the article's).
    std::function<void(const Corpus::FileLoadResult &)> fileRead;
    /// The command line needs the articles only; the viewer needs the index.
    bool buildIndex = true;
    /// Null: the process-wide analysis pool (never Qt's global pool).
    QThreadPool *pool = nullptr;
    /// Run below the GUI thread's priority (the viewer); the command line
    /// runs at full speed.
    bool background = false;
    /// Where results are kept between runs: a file whose content is known
    /// skips reading and entities, an unchanged set of files skips the corpus
    /// passes. Null: everything is computed and nothing kept. A store that
    /// cannot be used is set aside or bypassed with a warning Issue (file =
    /// the store's path, also passed to fileRead); the results are the same.
    std::shared_ptr<const Store::AnalysisStore> store;
    /// The analyst's corrections, laid over the results of every run (never
    /// stored with them): the index, the exports and the output show them.
    /// Applied after the date passes: a corrected date is the article's date,
    /// but the corpus passes do not lean on it (Time::CorpusTimeOptions::
    /// overrides is left empty). Passing it to them would make their kept
    /// results depend on the corrections, and the viewer could no longer
    /// re-apply changed corrections without running them again.
    Analyst::AnalystData analyst;
    /// Also return the articles as analysed, before the corrections
    /// (PipelineResult::rawArticles): the viewer re-applies changed
    /// corrections to them without analysing again.
    bool keepRawArticles = false;
};

struct PipelineResult
{
    /// The articles, in input order (empty when buildIndex moved them into the index).
    QList<Analysis::AnalyzedArticle> articles;
    std::shared_ptr<const Index::CorpusIndex> index; ///< When buildIndex.
    /// When keepRawArticles: the articles before the corrections, in input
    /// order (they share every article no correction changed).
    QList<Analysis::AnalyzedArticle> rawArticles;
    /// The gazetteer the results refer to: the one given, extended with the
    /// analyst's entities (see Analyst::CorrectionApplier).
    std::shared_ptr<const Entities::Gazetteer> gazetteer;
    Issues issues; ///< Every problem, per file.
    /// Those of issues that come from the corrections (one that could not be
    /// re-anchored, or names an unknown entity).
    Issues correctionIssues;
    /// Per correction uid, where its anchor was found.
    QHash<QString, Analyst::AnchorStatus> anchors;
    /// The anchors of rawArticles when some correction needed them: passed
    /// back to Analyst::CorrectionApplier when re-applying to rawArticles.
    std::shared_ptr<const Analyst::AnchorIndex> anchorIndex;
    qsizetype filesFound = 0;
    qsizetype filesRead = 0;
    qsizetype filesFromStore = 0; ///< Files whose results came from the store.
    bool datesFromStore = false;  ///< The corpus passes' results came from the store.
    bool canceled = false;
    bool anyError() const { return hasError(issues); }
};

class Pipeline final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Session::Pipeline)
public:
    /// Runs the whole pipeline on the calling thread (its parallel parts on
    /// the pool). Thread-safe.
    static PipelineResult run(const QStringList &paths,
                              std::shared_ptr<const Entities::Gazetteer> gazetteer,
                              const PipelineOptions &options = {});

    /// Translated name of a stage, for progress displays.
    static QString stageName(PipelineStage stage);
};

} // namespace Marsad::Session
