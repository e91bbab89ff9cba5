#include "corpussession.h"

#include "analysisthreadpool.h"
#include "analystsession.h"
#include "correctionapplier.h"

#include <QPointer>
#include <QThreadPool>

#include <mutex>
#include <utility>

namespace Marsad::Session {
namespace {

/// Two lists of corrections that correct alike (who wrote them aside).
bool sameCorrections(const QList<Analyst::Correction> &a, const QList<Analyst::Correction> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Analyst::Correction &x, const Analyst::Correction &y) {
                          return x.uid == y.uid && x.kind == y.kind && x.anchor == y.anchor &&
                                 x.entityId == y.entityId && x.targetEntityId == y.targetEntityId &&
                                 x.dateStart == y.dateStart && x.dateEnd == y.dateEnd &&
                                 x.note == y.note && x.entity == y.entity &&
                                 x.modified == y.modified && x.deleted == y.deleted;
                      });
}

} // namespace

/// What a running load shares with its worker: the flag to stop it and the
/// generation it belongs to.
struct CorpusSession::Job
{
    std::atomic_bool cancel{false};
    quint64 generation = 0;
    quint64 revision = 0; ///< Of the corrections it lays over the corpus.
    QStringList paths;
};

/// The same for a re-application of changed corrections to the open corpus.
struct CorpusSession::ApplyJob
{
    std::atomic_bool cancel{false};
    quint64 generation = 0;
    quint64 revision = 0;
};

/// What a re-application gives back.
struct CorpusSession::Applied
{
    std::shared_ptr<const Index::CorpusIndex> index;
    Issues issues;
    QHash<QString, Analyst::AnchorStatus> anchors;
    std::shared_ptr<const Analyst::AnchorIndex> anchorIndex;
};

CorpusSession::CorpusSession(std::shared_ptr<const Entities::Gazetteer> gazetteer, QObject *parent)
    : QObject(parent), m_gazetteer(std::move(gazetteer))
{
    qRegisterMetaType<Marsad::Session::PipelineProgress>();
    if (!qEnvironmentVariableIsSet("MARSAD_NO_CACHE"))
        m_store = std::make_shared<const Store::AnalysisStore>();
}

CorpusSession::~CorpusSession()
{
    // The worker holds the job, not the session: it stops and drops its
    // result. No signal now: whoever listened may be half destroyed already
    // (the session is often a child of the window it reports to).
    if (m_running)
        m_running->cancel.store(true);
    if (m_applying)
        m_applying->cancel.store(true);
}

void CorpusSession::setAnalystSession(AnalystSession *analyst)
{
    disconnect(m_analystConnection);
    m_analyst = analyst;
    if (analyst) {
        m_analystConnection = connect(analyst, &AnalystSession::correctionsChanged, this, [this] {
            if (m_analyst)
                setAnalystData(m_analyst->data());
        });
    }
    setAnalystData(analyst ? analyst->data() : Analyst::AnalystData{});
}

void CorpusSession::setAnalystData(const Analyst::AnalystData &data)
{
    const bool same = sameCorrections(data.corrections, m_analystData.corrections);
    m_analystData = data;
    if (same)
        return; // notes and views change nothing the corpus shows
    ++m_correctionsRevision;
    reapplyIfStale();
}

void CorpusSession::open(const QStringList &paths)
{
    if (stopLoad())
        Q_EMIT loadCanceled();
    stopApplying(); // the load lays the current corrections over its results
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    job->revision = m_correctionsRevision;
    job->paths = paths;
    m_running = job;
    m_loadingPaths = paths;
    Q_EMIT loadStarted();

    QPointer<CorpusSession> self(this);
    auto gazetteer = m_gazetteer;
    auto store = m_store;
    auto analyst = m_analystData;
    jobThreadPool()->start([self, job, gazetteer, store, analyst] {
        PipelineOptions options;
        options.cancel = &job->cancel;
        options.store = store;
        options.background = true;
        options.analyst = analyst;
        options.keepRawArticles = true;
        // Progress goes to the session's thread, at most one report in
        // flight; it carries the newest report when it arrives (a busy GUI
        // thread sees where the job is now, not where it was).
        struct Relay
        {
            std::mutex mutex;
            PipelineProgress latest;
            bool pending = false;
        };
        auto relay = std::make_shared<Relay>();
        options.progress = [self, job, relay](const PipelineProgress &p) {
            QObject *context = self.data();
            if (!context || job->cancel.load())
                return;
            {
                const std::lock_guard lock(relay->mutex);
                relay->latest = p;
                if (std::exchange(relay->pending, true))
                    return;
            }
            QMetaObject::invokeMethod(
                context,
                [self, job, relay] {
                    PipelineProgress newest;
                    {
                        const std::lock_guard lock(relay->mutex);
                        relay->pending = false;
                        newest = relay->latest;
                    }
                    if (self && self->m_running == job)
                        Q_EMIT self->progressChanged(newest);
                },
                Qt::QueuedConnection);
        };
        PipelineResult result = Pipeline::run(job->paths, gazetteer, options);
        QObject *context = self.data();
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context,
            [self, job, result = std::move(result)]() mutable {
                if (self)
                    self->finish(job, std::move(result));
            },
            Qt::QueuedConnection);
    });
}

bool CorpusSession::stopLoad()
{
    if (!m_running)
        return false;
    m_running->cancel.store(true);
    m_running.reset();
    m_loadingPaths.clear();
    return true;
}

void CorpusSession::stopApplying()
{
    if (!m_applying)
        return;
    m_applying->cancel.store(true);
    m_applying.reset();
}

void CorpusSession::cancel()
{
    if (!stopLoad())
        return;
    Q_EMIT loadCanceled();
    reapplyIfStale(); // the corrections may have changed during the load
}

void CorpusSession::reapplyIfStale()
{
    // A running load lays the newest corrections over its corpus when it
    // ends; one application at a time, the newest.
    if (m_running || !m_index || m_indexRevision == m_correctionsRevision ||
        (m_applying && m_applying->revision == m_correctionsRevision))
        return;
    stopApplying();
    auto job = std::make_shared<ApplyJob>();
    job->generation = m_generation;
    job->revision = m_correctionsRevision;
    m_applying = job;

    QPointer<CorpusSession> self(this);
    jobThreadPool()->start([self, job, raw = m_raw, data = m_analystData, gazetteer = m_gazetteer,
                            anchorIndex = m_anchorIndex, previous = m_index] {
        runThisThreadInBackground();
        Analyst::ApplyOptions options;
        options.cancel = &job->cancel;
        options.background = true;
        options.anchorIndex = anchorIndex;
        Analyst::AppliedCorrections corrected =
            Analyst::CorrectionApplier::apply(raw, data, gazetteer, options);
        if (corrected.canceled || job->cancel.load())
            return;
        Applied applied;
        applied.issues = std::move(corrected.issues);
        applied.anchors = std::move(corrected.anchors);
        applied.anchorIndex = std::move(corrected.anchorIndex);
        // The texts are those of the open corpus: its word postings serve.
        applied.index = std::make_shared<const Index::CorpusIndex>(
            std::move(corrected.articles), std::move(corrected.gazetteer), &job->cancel,
            std::function<void(qsizetype, qsizetype)>(), previous.get());
        if (job->cancel.load())
            return;
        QObject *context = self.data();
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context,
            [self, job, applied = std::move(applied)]() mutable {
                if (self)
                    self->finishApplying(job, std::move(applied));
            },
            Qt::QueuedConnection);
    });
}

void CorpusSession::finishApplying(const std::shared_ptr<ApplyJob> &job, Applied applied)
{
    // Dropped when another application or a load has started since.
    if (job != m_applying || job->generation != m_generation || m_running)
        return;
    m_applying.reset();
    m_index = std::move(applied.index);
    m_indexRevision = job->revision;
    m_correctionIssues = std::move(applied.issues);
    m_anchors = std::move(applied.anchors);
    if (applied.anchorIndex)
        m_anchorIndex = std::move(applied.anchorIndex);
    m_issues = m_loadIssues + m_correctionIssues;
    Q_EMIT corpusUpdated();
    reapplyIfStale();
}

void CorpusSession::finish(const std::shared_ptr<Job> &job, PipelineResult result)
{
    // A result of an older generation, or of a load canceled since, is dropped.
    if (job != m_running || job->generation != m_generation)
        return;
    m_running.reset();
    m_loadingPaths.clear();
    if (result.canceled || !result.index) {
        Q_EMIT loadCanceled();
        reapplyIfStale();
        return;
    }
    m_index = std::move(result.index);
    m_raw = std::move(result.rawArticles);
    m_anchorIndex = std::move(result.anchorIndex);
    m_indexRevision = job->revision;
    m_issues = std::move(result.issues);
    m_correctionIssues = std::move(result.correctionIssues);
    m_anchors = std::move(result.anchors);
    // The pipeline adds the corrections' issues after the files'.
    m_loadIssues = m_issues.first(m_issues.size() - m_correctionIssues.size());
    m_paths = job->paths;
    Q_EMIT corpusChanged();
    reapplyIfStale(); // the corrections changed during the load
}

} // namespace Marsad::Session
