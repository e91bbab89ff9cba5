// The viewer's main window: the filter bar, the article list, the article
// pane, the entity panel, and docks for the timeline, the places and the
// problems found while loading.
//
// It lays out and connects, nothing more: the CorpusSession runs loads, the
// models follow the one FilterState through FilterResult, and the
// ArticlePresenter keeps the list and the pane in step. Views talk to models
// and to the filter, never to each other.
#pragma once

#include "gazetteer.h"
#include "mention.h"

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QDockWidget;

namespace Marsad::Index {
class FilterResult;
class FilterState;
} // namespace Marsad::Index

namespace Marsad::Session {
class AnalystSession;
class CorpusSession;
} // namespace Marsad::Session

namespace Marsad::Models {
class ArticleListModel;
class EntityModel;
class EntitySearchProxy;
class IssueListModel;
class TimelineModel;
class PlaceModel;
} // namespace Marsad::Models

namespace Marsad::Widgets {

class ArticleHeader;
class ArticlePresenter;
class ArticleView;
class CorrectionActions;
class EntityCards;
class FilterChipBar;
class LoadStatus;
class MapView;
class NotesActions;
class NotesDock;
class ProjectActions;
class RecentCorpora;
class SavedViews;
class TimelineView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading \a paths (files or folders) in the background; an empty
    /// list opens the bundled sample corpus. The open corpus stays until the
    /// new one is ready, and stays if the load is canceled.
    void openPaths(const QStringList &paths);
    bool isLoading() const;

    Session::CorpusSession *session() const { return m_session; }
    /// The analyst's corrections, notes and views (issue 15).
    Session::AnalystSession *analyst() const { return m_analyst; }
    CorrectionActions *corrections() const { return m_corrections; }
    Index::FilterState *filter() const { return m_filter; }
    Index::FilterResult *filterResult() const { return m_corpus; }
    Models::ArticleListModel *articleModel() const { return m_articleModel; }
    Models::IssueListModel *issueModel() const { return m_issueModel; }
    Models::EntityModel *entityModel() const { return m_entityModel; }
    QTreeView *articleList() const { return m_articleList; }
    QTreeView *entityView() const { return m_entityView; }
    QTreeView *issuesView() const { return m_issuesView; }
    QLineEdit *entitySearch() const { return m_entitySearchEdit; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    ArticleView *articleView() const { return m_articleView; }
    ArticleHeader *articleHeader() const { return m_articleHeader; }
    ArticlePresenter *presenter() const { return m_presenter; }
    LoadStatus *loadStatus() const { return m_loadStatus; }
    TimelineView *timelineView() const { return m_timelineView; }
    Models::TimelineModel *timelineModel() const { return m_timelineModel; }
    Models::PlaceModel *placeModel() const { return m_placeModel; }
    QTreeView *placeList() const { return m_placeList; }
    MapView *mapView() const { return m_mapView; }
    FilterChipBar *chipBar() const { return m_chips; }
    NotesActions *notesActions() const { return m_notes; }
    NotesDock *notesDock() const { return m_notesDock; }
    SavedViews *savedViews() const { return m_savedViews; }
    ProjectActions *project() const { return m_project; }

    /// Shows the article at corpus row \a row (selecting it in the list when
    /// it is visible), scrolled to and selecting \a focus when valid.
    void showArticle(qsizetype corpusRow, TextSpan focus = {});

    /// Writes the timeline as it is on screen (PNG, SVG or PDF by suffix).
    bool exportTimeline(const QString &path, int width, qreal scale, QString *error);

Q_SIGNALS:
    /// A load has ended: a new corpus is open, or it was canceled.
    void corpusLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createEntityDock();
    void createIssuesDock();
    void createTimelineDock();
    void createPlacesDock();
    void createAnalystParts();
    void showIssues();
    QWidget *createFilterBar();
    QWidget *createArticlePane();
    void connectCorpus();
    void activateEntity(const QString &id);
    void showEntityMenu(QTreeView *view, const QPoint &pos);
    void openIssue(const QModelIndex &index);
    void chooseFolder();
    void chooseFiles();
    void chooseTimelineExport();
    void chooseMapExport();
    void restoreLayout();
    void saveLayout();

    std::shared_ptr<const Entities::Gazetteer> m_gazetteer;
    Session::CorpusSession *m_session;
    Session::AnalystSession *m_analyst = nullptr;
    CorrectionActions *m_corrections = nullptr;
    Index::FilterState *m_filter;
    Index::FilterResult *m_corpus;
    Models::ArticleListModel *m_articleModel;
    QSortFilterProxyModel *m_articleSort;
    Models::EntityModel *m_entityModel;
    Models::EntitySearchProxy *m_entitySearch;
    Models::IssueListModel *m_issueModel;
    Models::TimelineModel *m_timelineModel;
    Models::PlaceModel *m_placeModel;
    std::unique_ptr<EntityCards> m_cards;
    TimelineView *m_timelineView = nullptr;
    QTreeView *m_placeList = nullptr;
    MapView *m_mapView = nullptr;
    QTreeView *m_articleList;
    ArticleView *m_articleView;
    ArticleHeader *m_articleHeader;
    ArticlePresenter *m_presenter = nullptr;
    LoadStatus *m_loadStatus = nullptr;
    RecentCorpora *m_recent = nullptr;
    QTreeView *m_entityView = nullptr;
    QTreeView *m_issuesView = nullptr;
    QLineEdit *m_entitySearchEdit = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    FilterChipBar *m_chips = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QString m_selectedEntity; ///< Last entity clicked, for mention stepping.
    NotesActions *m_notes = nullptr;
    NotesDock *m_notesDock = nullptr;
    SavedViews *m_savedViews = nullptr;
    ProjectActions *m_project = nullptr;
};

} // namespace Marsad::Widgets
