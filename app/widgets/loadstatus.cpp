#include "loadstatus.h"

#include "localeformat.h"
#include <QLabel>

#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {
namespace {

constexpr int ProgressSteps = 1000;

// Sets the stage text and widens its label to hold it: a stage name with its
// counts (longer in Arabic) would otherwise be cut. The text is not the bar's
// own: the style draws that in two halves clipped at the chunk, and right to
// left the middle of the text was lost. The label only grows during a load,
// so the status bar does not jitter.
void setStageText(QLabel *label, const QString &text)
{
    constexpr int Padding = 8;
    label->setText(text);
    const int needed = label->fontMetrics().horizontalAdvance(text) + Padding;
    if (needed > label->minimumWidth())
        label->setMinimumWidth(needed);
}

} // namespace

LoadStatus::LoadStatus(QStatusBar *bar, Session::CorpusSession *session,
                       Index::FilterResult *corpus, QObject *parent)
    : QObject(parent), m_session(session), m_corpus(corpus), m_label(new QLabel),
      m_stage(new QLabel), m_progress(new QProgressBar), m_cancel(new QPushButton(tr("Cancel")))
{
    m_label->setObjectName(u"statusLabel"_s);
    m_progress->setObjectName(u"loadProgress"_s);
    m_cancel->setObjectName(u"cancelLoad"_s);
    m_stage->setObjectName(u"loadStage"_s);
    m_progress->setMinimumWidth(160);
    m_progress->setTextVisible(false);
    m_stage->setVisible(false);
    m_progress->setRange(0, ProgressSteps);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    bar->addWidget(m_label, 1);
    bar->addPermanentWidget(m_stage);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_session, &Session::CorpusSession::cancel);

    connect(m_session, &Session::CorpusSession::loadStarted, this, [this] {
        m_note.clear();
        m_progress->setValue(0);
        setStageText(m_stage, tr("Starting…"));
        showLoading(true);
    });
    connect(m_session, &Session::CorpusSession::progressChanged, this,
            [this](const Session::PipelineProgress &p) {
                m_progress->setValue(int(p.fraction * ProgressSteps));
                // The stage and its own count, then the share of the whole job.
                setStageText(m_stage, tr("%1: %2 of %3 (%4)")
                                          .arg(Session::Pipeline::stageName(p.stage),
                                               I18n::LocaleFormat::number(p.done),
                                               I18n::LocaleFormat::number(p.total),
                                               I18n::LocaleFormat::percent(p.fraction)));
            });
    connect(m_session, &Session::CorpusSession::corpusChanged, this, [this] {
        showLoading(false);
        updateCounts();
    });
    connect(m_session, &Session::CorpusSession::loadCanceled, this, [this] {
        if (m_session->isLoading())
            return; // replaced by a newer load, which goes on
        showLoading(false);
        m_note = m_corpus->index() ? tr("(loading canceled: the corpus that was open stays open)")
                                   : tr("(loading canceled)");
        updateCounts();
    });
    connect(m_corpus, &Index::FilterResult::rowsChanged, this, &LoadStatus::updateCounts);
    updateCounts();
}

QString LoadStatus::text() const
{
    return m_label->text();
}

void LoadStatus::showLoading(bool loading)
{
    m_stage->setVisible(loading);
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
}

void LoadStatus::updateCounts()
{
    const auto &index = m_corpus->index();
    if (!index) {
        m_label->setText(m_session->isLoading() ? tr("Loading…") : m_note);
        return;
    }
    const qsizetype shown = m_corpus->rows().size();
    QString text = shown == index->size() ? tr("%n article(s)", nullptr, int(shown))
                                          : tr("%1 of %n article(s)", nullptr, int(index->size()))
                                                .arg(I18n::LocaleFormat::number(shown));
    if (m_corpus->undatedCount() > 0)
        text += u" · "_s + tr("%n undated", nullptr, int(m_corpus->undatedCount()));
    int failed = 0;
    for (const Issue &issue : m_session->issues())
        failed += issue.severity == Issue::Severity::Error ? 1 : 0;
    if (failed > 0)
        text += u" · "_s + tr("%n file(s) failed", nullptr, failed);
    if (!m_note.isEmpty())
        text += u' ' + m_note;
    m_label->setText(text);
}

} // namespace Marsad::Widgets
