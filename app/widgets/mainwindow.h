// The viewer's main window: the filter bar, the article list, the article
// pane, the entity panel, and docks for the timeline, the places and the
// problems found while loading.
//
// It owns the models and the one shared FilterState, and starts corpus loads
// (reading and analysis) off the GUI thread. Views talk to models and to the
// filter, never to each other.
#pragma once

#include "analysisjob.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QDockWidget;

namespace Marsad::Index {
class CorpusIndex;
class FilterState;
} // namespace Marsad::Index

namespace Marsad::Models {
class ArticleListModel;
class EntityModel;
class EntitySearchProxy;
class IssueListModel;
class TimelineModel;
class PlaceModel;
} // namespace Marsad::Models

namespace Marsad::Widgets {

class ArticleView;
class FilterChipBar;
class TimelineView;
class MapView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading \a paths (files or folders) in the background; an empty
    /// list opens the bundled sample corpus.
    void openPaths(const QStringList &paths);
    bool isLoading() const;

    Index::FilterState *filter() const { return m_filter; }
    Models::ArticleListModel *articleModel() const { return m_articleModel; }
    Models::IssueListModel *issueModel() const { return m_issueModel; }
    Models::EntityModel *entityModel() const { return m_entityModel; }
    QTreeView *articleList() const { return m_articleList; }
    QTreeView *entityView() const { return m_entityView; }
    QLineEdit *entitySearch() const { return m_entitySearchEdit; }
    ArticleView *articleView() const { return m_articleView; }
    TimelineView *timelineView() const { return m_timelineView; }
    Models::TimelineModel *timelineModel() const { return m_timelineModel; }
    Models::PlaceModel *placeModel() const { return m_placeModel; }
    QTreeView *placeList() const { return m_placeList; }
    MapView *mapView() const { return m_mapView; }
    FilterChipBar *chipBar() const { return m_chips; }

    /// Shows the article at corpus row \a row (selecting it in the list when
    /// it is visible), scrolled to and selecting \a focus when valid.
    void showArticle(qsizetype corpusRow, TextSpan focus = {});

    /// Writes the timeline as it is on screen (PNG, SVG or PDF by suffix).
    bool exportTimeline(const QString &path, int width, qreal scale, QString *error);

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
    QWidget *createFilterBar();
    QWidget *createLegend();
    void onLoadFinished();
    void onIndexReady();
    void onFilterChanged();
    void onCurrentArticleChanged();
    void cancelLoad();
    void chooseFolder();
    void chooseFiles();
    void chooseTimelineExport();
    void chooseMapExport();
    void createPlacesDock();
    void updateMapMarkers();
    QString placeCard(const QString &placeId) const;
    void updateStatus();
    void restoreLayout();
    void saveLayout();
    void addRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void stepArticle(int delta);
    void stepMention(bool forward);
    QString entityTooltip(const QString &entityId) const;
    QString chipLabel(const QString &entityId) const;

    std::shared_ptr<const Entities::Gazetteer> m_gazetteer;
    std::shared_ptr<const Index::CorpusIndex> m_index;
    Index::FilterState *m_filter;
    Models::ArticleListModel *m_articleModel;
    QSortFilterProxyModel *m_articleSort;
    Models::EntityModel *m_entityModel;
    Models::EntitySearchProxy *m_entitySearch;
    Models::IssueListModel *m_issueModel;
    Models::TimelineModel *m_timelineModel;
    TimelineView *m_timelineView = nullptr;
    Models::PlaceModel *m_placeModel;
    QTreeView *m_placeList = nullptr;
    MapView *m_mapView = nullptr;
    QTreeView *m_articleList;
    ArticleView *m_articleView;
    QTreeView *m_entityView = nullptr;
    QLineEdit *m_entitySearchEdit = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    FilterChipBar *m_chips = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QFutureWatcher<Analysis::AnalyzedCorpus> m_loadWatcher;
    QFutureWatcher<std::shared_ptr<const Index::CorpusIndex>> m_indexWatcher;
    bool m_loadCanceled = false;
    Corpus::CancelToken m_cancel;
    qsizetype m_shownArticle = -1; ///< Corpus row in the article pane.
    QString m_selectedEntity;      ///< Last entity clicked, for mention stepping.
};

} // namespace Marsad::Widgets
