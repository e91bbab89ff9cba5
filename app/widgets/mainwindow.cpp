#include "mainwindow.h"

#include "articlelistmodel.h"
#include "articleview.h"
#include "corpusindex.h"
#include "entitymodel.h"
#include "entitystyle.h"
#include "filterchipbar.h"
#include "filterstate.h"
#include "issuelistmodel.h"
#include "mapview.h"
#include "placemodel.h"
#include "resources.h"
#include "roles.h"
#include "rtltextdelegate.h"
#include "sparklinedelegate.h"
#include "timelineexport.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {
namespace {

constexpr int MaxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_filter(new Index::FilterState(this)),
      m_articleModel(new Models::ArticleListModel(this)),
      m_articleSort(new QSortFilterProxyModel(this)), m_entityModel(new Models::EntityModel(this)),
      m_entitySearch(new Models::EntitySearchProxy(this)),
      m_issueModel(new Models::IssueListModel(this)),
      m_timelineModel(new Models::TimelineModel(this)), m_placeModel(new Models::PlaceModel(this)),
      m_articleList(new QTreeView), m_articleView(new ArticleView), m_statusLabel(new QLabel),
      m_progress(new QProgressBar), m_cancelButton(new QPushButton(tr("Cancel")))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Marsad"));
    setAcceptDrops(true);

    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    m_gazetteer = gazetteer.gazetteer;

    m_articleSort->setSourceModel(m_articleModel);
    m_articleSort->setSortRole(Models::SortRole);
    m_articleList->setObjectName(u"articleList"_s);
    m_articleList->setModel(m_articleSort);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setSortingEnabled(true);
    m_articleList->sortByColumn(-1, Qt::AscendingOrder); // input order until asked
    m_articleList->setItemDelegate(new RtlTextDelegate(m_articleList));
    m_articleList->setItemDelegateForColumn(Models::ArticleListModel::DateColumn,
                                            new PublicationDateDelegate(m_articleList));
    QHeaderView *header = m_articleList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Models::ArticleListModel::TitleColumn, QHeaderView::Stretch);
    for (const int column :
         {int(Models::ArticleListModel::DateColumn), int(Models::ArticleListModel::SourceColumn),
          int(Models::ArticleListModel::MentionsColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentArticleChanged);

    m_articleView->setTooltipProvider(
        [this](const Mention &m) { return entityTooltip(m.entityId); });
    connect(m_articleView, &ArticleView::entityActivated, this, [this](const QString &id) {
        m_selectedEntity = id;
        m_filter->toggleEntity(id);
    });
    connect(m_articleView, &ArticleView::entityExcluded, m_filter,
            &Index::FilterState::excludeEntity);

    auto *articlePane = new QWidget;
    auto *articleLayout = new QVBoxLayout(articlePane);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->setSpacing(2);
    articleLayout->addWidget(createLegend());
    articleLayout->addWidget(m_articleView, 1);

    // The list above the text: titles get the full width, the text the height.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_articleList);
    splitter->addWidget(articlePane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({150, 450});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(260);
    // Reading, then analysing: two steps per file.
    m_progress->setFormat(tr("%v of %m steps (2 per file)"));
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoad);

    using Watcher = QFutureWatcher<Analysis::AnalyzedCorpus>;
    connect(&m_loadWatcher, &Watcher::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_loadWatcher, &Watcher::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_loadWatcher, &Watcher::finished, this, &MainWindow::onLoadFinished);
    connect(&m_indexWatcher, &QFutureWatcher<std::shared_ptr<const Index::CorpusIndex>>::finished,
            this, &MainWindow::onIndexReady);
    connect(m_filter, &Index::FilterState::changed, this, &MainWindow::onFilterChanged);

    createActions();
    createDocks();
    resize(1500, 920);
    restoreLayout();
    if (!gazetteer)
        m_statusLabel->setText(tr("The gazetteer could not be loaded: %1").arg(gazetteer.error));
}

MainWindow::~MainWindow()
{
    cancelLoad();
    m_loadWatcher.waitForFinished();
    m_indexWatcher.waitForFinished();
}

QWidget *MainWindow::createLegend()
{
    // The article pane's key: one swatch per highlight kind, in its own style.
    auto *legend = new QLabel;
    legend->setObjectName(u"legend"_s);
    QString html;
    const QList<std::pair<HighlightKind, bool>> kinds{{HighlightKind::Person, false},
                                                      {HighlightKind::Place, false},
                                                      {HighlightKind::Organization, false},
                                                      {HighlightKind::Date, false},
                                                      {HighlightKind::Place, true}};
    for (const auto &[kind, candidate] : kinds) {
        QColor background = EntityStyle::color(kind);
        background.setAlpha(candidate ? 40 : 80);
        const QString name = candidate ? tr("Candidate") : EntityStyle::label(kind);
        html += u"<span style='background-color:%1; text-decoration: underline; "
                "text-decoration-color:%2'>&nbsp;%3&nbsp;</span>&nbsp;&nbsp;"_s.arg(
                    background.name(QColor::HexArgb), EntityStyle::color(kind).name(), name);
    }
    html += u"<span style='color:gray'><i>"_s + tr("dimmed: not article text") + u"</i></span>"_s;
    legend->setText(html);
    legend->setContentsMargins(6, 2, 6, 2);
    return legend;
}

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);
    m_chips = new FilterChipBar(m_filter, [this](const QString &id) { return chipLabel(id); });
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search the articles (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    m_searchEdit->setMaximumWidth(360);
    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &Index::FilterState::setQuery);
    connect(m_filter, &Index::FilterState::changed, m_searchEdit, [this] {
        if (m_searchEdit->text() != m_filter->query())
            m_searchEdit->setText(m_filter->query());
    });
    layout->addWidget(m_chips, 1);
    layout->addWidget(m_searchEdit);
    return bar;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = fileMenu->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Files…"), this, &MainWindow::chooseFiles);
    fileMenu->addAction(tr("Open the &Sample Corpus"), this, [this] { openPaths({}); });
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    fileMenu->addSeparator();
    QAction *exportMap =
        fileMenu->addAction(tr("Export the &Map…"), this, &MainWindow::chooseMapExport);
    exportMap->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QAction *exportTimeline =
        fileMenu->addAction(tr("&Export Timeline…"), this, &MainWindow::chooseTimelineExport);
    exportTimeline->setShortcut(Qt::CTRL | Qt::Key_E);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Search the Articles"), this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clear =
        viewMenu->addAction(tr("&Clear the Filter"), m_filter, &Index::FilterState::clear);
    clear->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace);
    viewMenu->addSeparator();
    QAction *next = viewMenu->addAction(tr("&Next Article"), this, [this] { stepArticle(1); });
    next->setShortcut(Qt::ALT | Qt::Key_Down);
    QAction *previous =
        viewMenu->addAction(tr("&Previous Article"), this, [this] { stepArticle(-1); });
    previous->setShortcut(Qt::ALT | Qt::Key_Up);
    QAction *nextMention =
        viewMenu->addAction(tr("Next &Mention of the Entity"), this, [this] { stepMention(true); });
    nextMention->setShortcut(Qt::Key_F3);
    QAction *previousMention = viewMenu->addAction(tr("Previous Mention of the Entity"), this,
                                                   [this] { stepMention(false); });
    previousMention->setShortcut(Qt::SHIFT | Qt::Key_F3);
    m_viewMenu = viewMenu;

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Marsad"), this, [this] {
        QMessageBox::about(this, tr("About Marsad"),
                           tr("<p><b>Marsad</b> %1 (مرصد, “observatory”)</p>"
                              "<p>A timeline-and-map viewer for Arabic news corpora.</p>")
                               .arg(QStringLiteral(MARSAD_VERSION)));
    });
}

void MainWindow::createDocks()
{
    // Entity panel: grouped by type, most mentioned first, searchable.
    auto *panel = new QWidget;
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(2, 2, 2, 2);
    m_entitySearchEdit = new QLineEdit;
    m_entitySearchEdit->setObjectName(u"entitySearch"_s);
    m_entitySearchEdit->setPlaceholderText(tr("Find an entity (Arabic or English)"));
    m_entitySearchEdit->setClearButtonEnabled(true);
    m_entitySearch->setSourceModel(m_entityModel);
    connect(m_entitySearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_entitySearch->setSearchText(text);
        m_entityView->expandAll();
    });
    m_entityView = new QTreeView;
    m_entityView->setObjectName(u"entityView"_s);
    m_entityView->setModel(m_entitySearch);
    m_entityView->setItemDelegate(new RtlTextDelegate(m_entityView));
    m_entityView->setUniformRowHeights(true);
    m_entityView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entityView->header()->setSectionResizeMode(Models::EntityModel::NameColumn,
                                                 QHeaderView::Stretch);
    m_entityView->header()->setSectionResizeMode(Models::EntityModel::EnglishColumn,
                                                 QHeaderView::Interactive);
    m_entityView->header()->setStretchLastSection(false);
    m_entityView->header()->resizeSection(Models::EntityModel::EnglishColumn, 95);
    for (const int column :
         {int(Models::EntityModel::MentionsColumn), int(Models::EntityModel::ArticlesColumn)})
        m_entityView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_entityView->setIndentation(12);
    panel->setMinimumWidth(340);
    connect(m_entityView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(Models::EntityIdRole).toString();
        if (id.isEmpty())
            return;
        m_selectedEntity = id;
        m_filter->toggleEntity(id);
    });
    connect(m_entityView, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QString id = m_entityView->indexAt(pos).data(Models::EntityIdRole).toString();
        if (id.isEmpty())
            return;
        QMenu menu;
        menu.addAction(tr("Show only articles that mention it"), this,
                       [this, id] { m_filter->includeEntity(id); });
        menu.addAction(tr("Hide articles that mention it"), this,
                       [this, id] { m_filter->excludeEntity(id); });
        menu.exec(m_entityView->viewport()->mapToGlobal(pos));
    });
    panelLayout->addWidget(m_entitySearchEdit);
    panelLayout->addWidget(m_entityView, 1);
    auto *entityDock = new QDockWidget(tr("Entities"), this);
    entityDock->setObjectName(u"entityDock"_s);
    entityDock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, entityDock);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(entityDock->toggleViewAction());

    auto *issuesView = new QTreeView;
    issuesView->setObjectName(u"issuesView"_s);
    issuesView->setModel(m_issueModel);
    issuesView->setRootIsDecorated(false);
    issuesView->header()->setStretchLastSection(true);
    m_issuesDock = new QDockWidget(tr("Problems"), this);
    m_issuesDock->setObjectName(u"issuesDock"_s);
    m_issuesDock->setWidget(issuesView);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    m_issuesDock->hide();
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());

    m_timelineView = new TimelineView(m_timelineModel, m_filter);
    m_timelineView->setEntityName(
        [this](const QString &id) { return m_index ? m_index->describe(id).nameAr : id; });
    connect(m_timelineView, &TimelineView::itemActivated, this, [this](qsizetype item) {
        const Models::TimelineItem &t = m_timelineModel->items().at(item);
        showArticle(t.article, t.span);
    });
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(u"timelineDock"_s);
    timelineDock->setWidget(m_timelineView);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    resizeDocks({timelineDock}, {330}, Qt::Vertical);
    m_viewMenu->addAction(timelineDock->toggleViewAction());
    m_viewMenu->addAction(tr("&Fit the Timeline"), m_timelineView, &TimelineView::fitAll);

    createPlacesDock();
}

void MainWindow::openPaths(const QStringList &paths)
{
    cancelLoad();
    m_loadWatcher.waitForFinished();
    m_indexWatcher.waitForFinished();
    const QStringList resolved =
        paths.isEmpty() ? QStringList{Resources::sampleCorpusPath()} : paths;
    if (!paths.isEmpty())
        addRecent(paths);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_statusLabel->setText(tr("Loading…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_loadWatcher.setFuture(Analysis::analyzeCorpusAsync(resolved, m_gazetteer, m_cancel));
}

bool MainWindow::isLoading() const
{
    return m_loadWatcher.isRunning() || m_indexWatcher.isRunning();
}

void MainWindow::cancelLoad()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MainWindow::onLoadFinished()
{
    Analysis::AnalyzedCorpus corpus = m_loadWatcher.result();
    m_issueModel->setIssues(corpus.issues);
    m_issuesDock->setVisible(m_issueModel->errorCount() > 0);
    m_loadCanceled = corpus.canceled;
    // Indexing folds and indexes every word: off the GUI thread as well.
    m_statusLabel->setText(tr("Indexing…"));
    m_progress->setRange(0, 0);
    m_cancelButton->setVisible(false);
    m_indexWatcher.setFuture(QtConcurrent::run(
        [articles = std::move(corpus.articles), gazetteer = m_gazetteer]() mutable {
            return std::make_shared<const Index::CorpusIndex>(std::move(articles), gazetteer);
        }));
}

void MainWindow::onIndexReady()
{
    m_progress->setVisible(false);
    m_index = m_indexWatcher.result();
    m_shownArticle = -1;
    m_articleModel->setIndex(m_index);
    m_timelineModel->setIndex(m_index);
    m_placeModel->setIndex(m_index);
    {
        // A new corpus starts unfiltered; one refresh, not one per change.
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    onFilterChanged();
    if (m_loadCanceled)
        m_statusLabel->setText(m_statusLabel->text() + u' ' + tr("(loading canceled)"));
    Q_EMIT corpusLoaded();
}

void MainWindow::onFilterChanged()
{
    if (!m_index)
        return;
    const QList<qsizetype> rows = m_index->matching(m_filter->filter());
    m_articleModel->setRows(rows);
    m_timelineModel->applyFilter(m_filter->filter());
    m_placeModel->setRows(rows);
    updateMapMarkers();
    m_entityModel->setStats(m_index->entityStats(rows));
    m_entityView->expandAll();

    // Keep the article on screen when it is still in the list; else the first.
    const int row = m_articleModel->rowOf(m_shownArticle);
    const QModelIndex source =
        m_articleModel->index(row >= 0 ? row : 0, Models::ArticleListModel::TitleColumn);
    if (m_articleModel->rowCount() > 0) {
        m_articleList->setCurrentIndex(m_articleSort->mapFromSource(source));
    } else {
        m_shownArticle = -1;
        m_articleView->clearArticle();
    }
    if (row >= 0)
        showArticle(m_shownArticle); // refresh: counts in tooltips may change
    updateStatus();
}

void MainWindow::onCurrentArticleChanged()
{
    const QModelIndex current = m_articleSort->mapToSource(m_articleList->currentIndex());
    if (!current.isValid())
        return;
    const qsizetype row = m_articleModel->corpusRow(current.row());
    if (row != m_shownArticle)
        showArticle(row);
}

void MainWindow::showArticle(qsizetype corpusRow, TextSpan focus)
{
    if (!m_index || corpusRow < 0 || corpusRow >= m_index->size())
        return;
    m_shownArticle = corpusRow;
    const Analysis::AnalyzedArticle &a = m_index->article(corpusRow);
    ArticleDisplay display;
    display.text = a.article.text;
    display.boilerplate = a.article.boilerplate;
    display.mentions = a.mentions;
    display.focus = focus;
    for (const Time::Timex &t : a.time.timexes) {
        if (t.span.isValid())
            display.dates.append(t.span);
    }
    m_articleView->showArticle(display);
    const int row = m_articleModel->rowOf(corpusRow);
    if (row >= 0) {
        const QModelIndex index = m_articleSort->mapFromSource(
            m_articleModel->index(row, Models::ArticleListModel::TitleColumn));
        if (m_articleList->currentIndex().row() != index.row()) {
            const QSignalBlocker blocker(m_articleList->selectionModel());
            m_articleList->setCurrentIndex(index);
        }
    }
}

void MainWindow::stepArticle(int delta)
{
    const int rows = m_articleSort->rowCount();
    if (rows == 0)
        return;
    const int current = m_articleList->currentIndex().row();
    const int next = std::clamp(current + delta, 0, rows - 1);
    m_articleList->setCurrentIndex(
        m_articleSort->index(next, Models::ArticleListModel::TitleColumn));
}

void MainWindow::stepMention(bool forward)
{
    QString id = m_selectedEntity;
    if (id.isEmpty() && !m_filter->includedEntities().isEmpty())
        id = m_filter->includedEntities().constLast();
    if (!id.isEmpty())
        m_articleView->selectNextMention(id, forward);
}

QString MainWindow::entityTooltip(const QString &entityId) const
{
    if (!m_index)
        return {};
    const Index::EntityStats d = m_index->describe(entityId);
    const QString type = EntityStyle::label(highlightKind(d.type));
    QString html =
        u"<p dir='rtl' style='font-size:large'><b>%1</b></p>"_s.arg(d.nameAr.toHtmlEscaped());
    if (!d.nameEn.isEmpty())
        html += u"<p>%1</p>"_s.arg(d.nameEn.toHtmlEscaped());
    html += u"<p>"_s + (d.candidate ? tr("%1 (candidate, not in the gazetteer)").arg(type) : type) +
            u"<br>"_s +
            tr("%n mention(s) in the corpus", nullptr, m_index->mentionCount(entityId)) +
            u"</p><p><i>"_s + tr("Click to filter by it; right-click to hide it.") + u"</i></p>"_s;
    return html;
}

QString MainWindow::chipLabel(const QString &entityId) const
{
    if (!m_index)
        return entityId;
    const Index::EntityStats d = m_index->describe(entityId);
    Index::Filter only;
    only.included = {entityId};
    const qsizetype articles = m_index->matching(only).size();
    return (d.nameAr.isEmpty() ? entityId : d.nameAr) + u" · "_s + QString::number(articles);
}

void MainWindow::updateStatus()
{
    const int failed = m_issueModel->errorCount();
    QString text = tr("%n article(s)", nullptr, m_articleModel->rowCount());
    if (m_index && m_articleModel->rowCount() != m_index->size())
        text = tr("%1 of %2 articles").arg(m_articleModel->rowCount()).arg(m_index->size());
    if (failed > 0)
        text += u" · "_s + tr("%n file(s) failed", nullptr, failed);
    m_statusLabel->setText(text);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Corpus Folder"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), {}, tr("Articles (*.txt *.html *.htm *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::createPlacesDock()
{
    m_placeList = new QTreeView;
    m_placeList->setObjectName(u"placeList"_s);
    m_placeList->setModel(m_placeModel);
    m_placeList->setRootIsDecorated(false);
    m_placeList->setUniformRowHeights(true);
    m_placeList->setAlternatingRowColors(true);
    m_placeList->setItemDelegate(new RtlTextDelegate(m_placeList));
    m_placeList->setItemDelegateForColumn(Models::PlaceModel::TrendColumn,
                                          new SparklineDelegate(m_placeList));
    QHeaderView *header = m_placeList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Models::PlaceModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(Models::PlaceModel::TrendColumn, 90);
    header->setSectionResizeMode(Models::PlaceModel::TrendColumn, QHeaderView::Fixed);
    // The Arabic UI shows Arabic names (English in the tooltip); room matters.
    if (layoutDirection() == Qt::RightToLeft)
        m_placeList->hideColumn(Models::PlaceModel::EnglishColumn);
    connect(m_placeList, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(Models::EntityIdRole).toString();
        if (!id.isEmpty()) {
            m_selectedEntity = id;
            m_filter->toggleEntity(id);
        }
    });
    connect(m_placeList, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant lonLat = index.data(Models::LonLatRole);
        if (lonLat.isValid())
            m_mapView->centreOn(lonLat.toPointF().x(), lonLat.toPointF().y());
    });

    m_mapView = new MapView;
    m_mapView->setObjectName(u"mapView"_s);
    m_mapView->loadBasemap();
    if (layoutDirection() == Qt::RightToLeft && m_gazetteer) {
        // Arabic country names from the gazetteer, matched on the basemap's
        // English names ("Azerbaijan" -> أذربيجان).
        QHash<QString, QString> byEnglish;
        for (const Entities::Entity &e : m_gazetteer->entities()) {
            if (e.type == EntityType::Place && e.kind == u"country"_s)
                byEnglish.insert(e.en.section(u" ("_s, 0, 0).toLower(), e.ar);
        }
        QHash<QString, QString> arabic;
        for (const Geo::CountryShape &c : m_mapView->renderer().countries()) {
            const QString ar = byEnglish.value(c.name.toLower());
            if (!ar.isEmpty())
                arabic.insert(c.id, ar);
        }
        m_mapView->setCountryNames(arabic);
    }
    m_mapView->setMinimumHeight(260);
    connect(m_mapView, &MapView::markerClicked, this, [this](const QString &id) {
        m_selectedEntity = id;
        m_filter->toggleEntity(id);
    });
    connect(m_mapView, &MapView::markerHovered, this, [this](const QString &id) {
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), placeCard(id), m_mapView);
    });

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"placesSplitter"_s);
    split->addWidget(m_placeList);
    split->addWidget(m_mapView);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({230, 320});
    auto *dock = new QDockWidget(tr("Places"), this);
    dock->setObjectName(u"placesDock"_s);
    dock->setWidget(split);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {480}, Qt::Horizontal);
    m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(tr("Show the &Conflict Zone on the Map"), m_mapView,
                          &MapView::showConflictZone);
}

void MainWindow::updateMapMarkers()
{
    const bool arabic = layoutDirection() == Qt::RightToLeft;
    const QStringList included = m_filter->includedEntities();
    QList<Render::MapMarker> markers;
    for (const Models::PlaceRow &p : m_placeModel->places()) {
        // Countries and regions are drawn by their borders, not as points
        // (a point for Nagorno-Karabakh would sit on Stepanakert).
        if (!p.hasCoordinates || p.kind == u"country"_s || p.kind == u"region"_s)
            continue;
        Render::MapMarker m;
        m.id = p.stats.id;
        m.lon = p.lon;
        m.lat = p.lat;
        m.label = arabic || p.stats.nameEn.isEmpty() ? p.stats.nameAr : p.stats.nameEn;
        m.weight = p.stats.mentions;
        m.highlighted = included.contains(p.stats.id);
        m.dimmed = p.stats.mentions == 0;
        markers.append(m);
    }
    m_mapView->setMarkers(markers);
}

QString MainWindow::placeCard(const QString &placeId) const
{
    const int row = m_placeModel->rowOf(placeId);
    if (row < 0)
        return entityTooltip(placeId);
    const Index::EntityStats &s = m_placeModel->places().at(row).stats;
    QString html = u"<p dir='rtl' style='font-size:large'><b>%1</b></p><p>%2</p>"_s.arg(
        s.nameAr.toHtmlEscaped(), s.nameEn.toHtmlEscaped());
    html += u"<p>"_s + tr("%n mention(s)", nullptr, s.mentions) + u" · "_s +
            tr("%n article(s)", nullptr, s.articles);
    if (s.first.isValid())
        html += u"<br>"_s + s.first.toString(Qt::ISODate) + u" – "_s + s.last.toString(Qt::ISODate);
    html += u"</p><p><i>"_s + tr("Click to filter by it.") + u"</i></p>"_s;
    return html;
}

void MainWindow::chooseMapExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Map"), u"map.png"_s,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!m_mapView->exportImage(path))
        QMessageBox::warning(this, tr("Export the Map"), m_mapView->errorString());
    else
        statusBar()->showMessage(tr("Map written to %1").arg(path), 5000);
}

bool MainWindow::exportTimeline(const QString &path, int width, qreal scale, QString *error)
{
    const Render::TimelineScene scene = m_timelineView->exportScene(
        tr("Marsad — timeline"),
        m_index ? Render::TimelineExporter::describeFilter(m_filter->filter(), *m_index,
                                                           m_timelineView->scene().language)
                : QString());
    Render::ExportOptions options;
    options.width = width;
    options.scale = scale;
    return Render::TimelineExporter::write(scene, path, options, error);
}

void MainWindow::chooseTimelineExport()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Timeline"), u"timeline.png"_s,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    bool ok = false;
    const int width = QInputDialog::getInt(
        this, tr("Export the Timeline"), tr("Width in pixels (PNG is written at 2× for print):"),
        std::max(1600, m_timelineView->width()), 400, 20000, 100, &ok);
    if (!ok)
        return;
    qreal scale = 1.0;
    if (Render::TimelineExporter::formatOf(path) == u"png"_s) {
        const QStringList scales{u"1×"_s, u"2×"_s, u"3×"_s, u"4×"_s};
        const QString choice = QInputDialog::getItem(
            this, tr("Export the Timeline"), tr("Scale (pixels per point, 2× or more for print):"),
            scales, 1, false, &ok);
        if (!ok)
            return;
        scale = scales.indexOf(choice) + 1;
    }
    QString error;
    if (!exportTimeline(path, width, scale, &error))
        QMessageBox::warning(this, tr("Export the Timeline"), error);
    else
        statusBar()->showMessage(tr("Timeline written to %1").arg(path), 5000);
}

void MainWindow::addRecent(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentCorpora"_s).toStringList();
    const QString entry = paths.join(u'\n');
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(u"recentCorpora"_s, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentCorpora"_s).toStringList();
    for (const QString &entry : recent) {
        const QStringList paths = entry.split(u'\n');
        m_recentMenu->addAction(paths.join(u", "_s), this, [this, paths] { openPaths(paths); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty())
        openPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
}

} // namespace Marsad::Widgets
