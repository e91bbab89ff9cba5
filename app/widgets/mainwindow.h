// The viewer's main window: article list, article pane, and docks for the
// timeline, the places and the problems found while loading.
//
// It owns the models and starts corpus loads off the GUI thread; the views
// only talk to the models.
#pragma once

#include "corpusjob.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
class QDockWidget;

namespace Marsad::Models {
class ArticleListModel;
class IssueListModel;
} // namespace Marsad::Models

namespace Marsad::Widgets {

class ArticleView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading \a paths (files or folders) in the background; an empty
    /// list opens the bundled sample corpus.
    void openPaths(const QStringList &paths);

    /// True while a corpus is being loaded.
    bool isLoading() const;

    Models::ArticleListModel *articleModel() const { return m_articleModel; }
    Models::IssueListModel *issueModel() const { return m_issueModel; }
    QTreeView *articleList() const { return m_articleList; }
    ArticleView *articleView() const { return m_articleView; }

Q_SIGNALS:
    /// Emitted when a load has finished (also when canceled).
    void corpusLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void showCurrentArticle();
    void onLoadFinished();
    void cancelLoad();
    void chooseFolder();
    void chooseFiles();
    void updateStatus();
    void restoreLayout();
    void saveLayout();

    Models::ArticleListModel *m_articleModel;
    Models::IssueListModel *m_issueModel;
    QTreeView *m_articleList;
    ArticleView *m_articleView;
    QDockWidget *m_issuesDock = nullptr;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QFutureWatcher<Corpus::LoadedCorpus> m_loadWatcher;
    Corpus::CancelToken m_cancel;
    QStringList m_currentPaths;
};

} // namespace Marsad::Widgets
