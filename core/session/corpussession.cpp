#include "corpussession.h"

#include "analysisthreadpool.h"

#include <QPointer>
#include <QThreadPool>

namespace Marsad::Session {

/// What a running load shares with its worker: the flag to stop it and the
/// generation it belongs to.
struct CorpusSession::Job
{
    std::atomic_bool cancel{false};
    quint64 generation = 0;
    QStringList paths;
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
}

void CorpusSession::open(const QStringList &paths)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    job->paths = paths;
    m_running = job;
    m_loadingPaths = paths;
    Q_EMIT loadStarted();

    QPointer<CorpusSession> self(this);
    auto gazetteer = m_gazetteer;
    auto store = m_store;
    analysisThreadPool()->start([self, job, gazetteer, store] {
        PipelineOptions options;
        options.cancel = &job->cancel;
        options.store = store;
        options.background = true;
        // Progress goes to the session's thread, at most one report in flight.
        auto pending = std::make_shared<std::atomic_bool>(false);
        options.progress = [self, job, pending](const PipelineProgress &p) {
            QObject *context = self.data();
            if (!context || job->cancel.load() || pending->exchange(true))
                return;
            QMetaObject::invokeMethod(
                context,
                [self, job, pending, p] {
                    pending->store(false);
                    if (self && self->m_running == job)
                        Q_EMIT self->progressChanged(p);
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

void CorpusSession::cancel()
{
    if (!m_running)
        return;
    m_running->cancel.store(true);
    m_running.reset();
    m_loadingPaths.clear();
    Q_EMIT loadCanceled();
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
        return;
    }
    m_index = std::move(result.index);
    m_issues = std::move(result.issues);
    m_paths = job->paths;
    Q_EMIT corpusChanged();
}

} // namespace Marsad::Session
