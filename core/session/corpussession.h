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
#pragma once

#include "corpusindex.h"
#include "gazetteer.h"
#include "pipeline.h"

#include <QObject>
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

    /// Starts loading \a paths; a running load is canceled first.
    void open(const QStringList &paths);
    /// Stops the running load; the corpus that was open stays open.
    void cancel();
    bool isLoading() const { return m_running != nullptr; }

    /// The open corpus (null before the first load completes).
    std::shared_ptr<const Index::CorpusIndex> index() const { return m_index; }
    /// Problems of the open corpus's files.
    const Issues &issues() const { return m_issues; }
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
    /// A load was canceled: the previous corpus is still open.
    void loadCanceled();

private:
    struct Job;
    void finish(const std::shared_ptr<Job> &job, PipelineResult result);

    std::shared_ptr<const Entities::Gazetteer> m_gazetteer;
    std::shared_ptr<const Store::AnalysisStore> m_store;
    std::shared_ptr<const Index::CorpusIndex> m_index;
    Issues m_issues;
    QStringList m_paths;
    QStringList m_loadingPaths;
    std::shared_ptr<Job> m_running;
    quint64 m_generation = 0;
};

} // namespace Marsad::Session

Q_DECLARE_METATYPE(Marsad::Session::PipelineProgress)
