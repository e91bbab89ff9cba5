// The status bar's account of the corpus: how many articles pass the filter,
// how many have no date, how many files failed; while a load runs, its stage,
// an honest fraction of the whole job, and Cancel.
#pragma once

#include "corpussession.h"
#include "filterresult.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace Marsad::Widgets {

class LoadStatus final : public QObject
{
    Q_OBJECT
public:
    LoadStatus(QStatusBar *bar, Session::CorpusSession *session, Index::FilterResult *corpus,
               QObject *parent = nullptr);

    QString text() const;
    QProgressBar *progressBar() const { return m_progress; }
    /// The stage and its counts, beside the bar.
    QLabel *stageLabel() const { return m_stage; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void showLoading(bool loading);
    void updateCounts();

    Session::CorpusSession *m_session;
    Index::FilterResult *m_corpus;
    QLabel *m_label;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QString m_note; ///< "(loading canceled)" and the like, after the counts.
};

} // namespace Marsad::Widgets
