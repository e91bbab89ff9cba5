// The open corpus of the viewer, and the loads that replace it.
//
// One session owns load → analyse → index (Pipeline::run on the analysis
// pool). Each open() starts a new generation: a result that arrives from an
// older generation is dropped, a canceled load leaves the previous corpus
// whole, and nothing ever waits on the calling (GUI) thread — the destructor
// included: a running load is told to stop and finishes on its own.
//
// Loads use the analysis store in the user's data folder (a re-opened corpus
// is read, not recomputed) unless MARSAD_NO_CACHE is set in the environment
// (the GUI tests set it, so no run depends on what an earlier one left).
//
// The analyst's corrections (issue 15) are laid over every load. The session
// keeps the raw results too (they share every uncorrected article with the
// index), so when the corrections change it re-applies them and rebuilds the
// index on the analysis pool, without analysing again, and emits
// corpusUpdated(): the same corpus, corrected anew.
#pragma once

#include "analystdata.h"
#include "analystsession.h"
#include "anchor.h"
#include "corpusindex.h"
#include "gazetteer.h"
#include "pipeline.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Marsad::Session {

class CorpusSession final : public QObject
{
    Q_OBJECT
public:
    explicit CorpusSession(std::shared_ptr<const Entities::Gazetteer> gazetteer,
                           QObject *parent = nullptr);
    ~CorpusSession() override;

    /// The store the next loads use (null: none, everything is computed).
    void setStore(std::shared_ptr<const Store::AnalysisStore> store) { m_store = std::move(store); }
    const std::shared_ptr<const Store::AnalysisStore> &store() const { return m_store; }

    /// The analyst's data whose corrections every load lays over the analysis
    /// and that are re-applied whenever they change (null: none). Not owned.
    void setAnalystSession(AnalystSession *analyst);
    AnalystSession *analystSession() const { return m_analyst.data(); }
    /// The corrections to lay over the corpus, given directly (without an
    /// AnalystSession; setAnalystSession replaces them): re-applied to the
    /// open corpus when they differ from the current ones.
    void setAnalystData(const Analyst::AnalystData &data);
    const Analyst::AnalystData &analystData() const { return m_analystData; }

    /// Starts loading \a paths; a running load is canceled first.
    void open(const QStringList &paths);
    /// Stops the running load; the corpus that was open stays open.
    void cancel();
    bool isLoading() const { return m_running != nullptr; }
    /// True while changed corrections are being applied to the open corpus.
    bool isApplying() const { return m_applying != nullptr; }

    /// The open corpus (null before the first load completes).
    std::shared_ptr<const Index::CorpusIndex> index() const { return m_index; }
    /// The open corpus as analysed, before the corrections, in the index's
    /// row order (shares every article no correction changed).
    const QList<Analysis::AnalyzedArticle> &rawArticles() const { return m_raw; }
    /// Problems of the open corpus's files, and of its corrections.
    const Issues &issues() const { return m_issues; }
    /// Those of issues() that come from the corrections.
    const Issues &correctionIssues() const { return m_correctionIssues; }
    /// Per correction uid, where its anchor was found in the open corpus.
    const QHash<QString, Analyst::AnchorStatus> &anchors() const { return m_anchors; }
    /// The paths the open corpus was read from.
    const QStringList &paths() const { return m_paths; }
    /// Paths of the running load (empty when idle).
    const QStringList &loadingPaths() const { return m_loadingPaths; }
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void loadStarted();
    void progressChanged(const Marsad::Session::PipelineProgress &progress);
    /// A load completed: index(), issues() and paths() are the new corpus.
    void corpusChanged();
    /// The corrections changed and were applied: index() and issues() are the
    /// same corpus (same articles, same rows) with the new corrections. Views
    /// keep their filter, selection and reading position.
    void corpusUpdated();
    /// A load was canceled: the previous corpus is still open.
    void loadCanceled();

private:
    struct Job;
    struct ApplyJob;
    struct Applied;
    void finish(const std::shared_ptr<Job> &job, PipelineResult result);
    bool stopLoad();
    void stopApplying();
    /// Re-applies the corrections when the open corpus shows older ones.
    void reapplyIfStale();
    void finishApplying(const std::shared_ptr<ApplyJob> &job, Applied applied);

    std::shared_ptr<const Entities::Gazetteer> m_gazetteer;
    std::shared_ptr<const Store::AnalysisStore> m_store;
    std::shared_ptr<const Index::CorpusIndex> m_index;
    /// The open corpus as analysed, before the corrections.
    QList<Analysis::AnalyzedArticle> m_raw;
    /// Its anchors, kept from one application of corrections to the next.
    std::shared_ptr<const Analyst::AnchorIndex> m_anchorIndex;
    Issues m_issues;
    Issues m_loadIssues; ///< Those of the files (m_issues without the corrections').
    Issues m_correctionIssues;
    QHash<QString, Analyst::AnchorStatus> m_anchors;
    QPointer<AnalystSession> m_analyst;
    QMetaObject::Connection m_analystConnection;
    Analyst::AnalystData m_analystData;
    quint64 m_correctionsRevision = 0; ///< Counts changes of the corrections.
    quint64 m_indexRevision = 0;       ///< The revision the open corpus shows.
    std::shared_ptr<ApplyJob> m_applying;
    QStringList m_paths;
    QStringList m_loadingPaths;
    std::shared_ptr<Job> m_running;
    quint64 m_generation = 0;
};

} // namespace Marsad::Session

Q_DECLARE_METATYPE(Marsad::Session::PipelineProgress)
