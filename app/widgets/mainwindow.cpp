#include "mainwindow.h"

#include "analystsession.h"
#include "articleheader.h"
#include "articlelistmodel.h"
#include "articlepresenter.h"
#include "articleview.h"
#include "corpussession.h"
#include "correctionactions.h"
#include "dataexportaction.h"
#include "entitycards.h"
#include "entitymodel.h"
#include "filterchipbar.h"
#include "filterresult.h"
#include "filterstate.h"
#include "highlightlegend.h"
#include "issuelistmodel.h"
#include "languagemenu.h"
#include "loadstatus.h"
#include "mapview.h"
#include "notesactions.h"
#include "notesdock.h"
#include "placemodel.h"
#include "placespanel.h"
#include "projectactions.h"
#include "recentcorpora.h"
#include "resources.h"
#include "roles.h"
#include "rtltextdelegate.h"
#include "savedviews.h"
#include "timelineexport.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "viewkeys.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_gazetteer(Entities::Gazetteer::fromFile(Resources::gazetteerPath()).gazetteer),
      m_session(new Session::CorpusSession(m_gazetteer, this)),
      m_filter(new Index::FilterState(this)), m_corpus(new Index::FilterResult(m_filter, this)),
      m_articleModel(new Models::ArticleListModel(this)),
      m_articleSort(new QSortFilterProxyModel(this)), m_entityModel(new Models::EntityModel(this)),
      m_entitySearch(new Models::EntitySearchProxy(this)),
      m_issueModel(new Models::IssueListModel(this)),
      m_timelineModel(new Models::TimelineModel(this)), m_placeModel(new Models::PlaceModel(this)),
      m_cards(std::make_unique<EntityCards>(m_corpus, m_placeModel)), m_articleList(new QTreeView),
      m_articleView(new ArticleView), m_articleHeader(new ArticleHeader)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Marsad"));
    setAcceptDrops(true);
    m_analyst = new Session::AnalystSession(this);

    // Models follow the filtered corpus themselves, in this order; the
    // presenter comes after them, so the rows it reads are current.
    m_articleModel->setSource(m_corpus);
    m_entityModel->setSource(m_corpus);
    m_placeModel->setSource(m_corpus);
    connect(m_corpus, &Index::FilterResult::indexChanged, m_timelineModel,
            [this] { m_timelineModel->setIndex(m_corpus->index()); });
    connect(m_corpus, &Index::FilterResult::indexUpdated, m_timelineModel,
            [this] { m_timelineModel->setIndex(m_corpus->index()); });
    connect(m_corpus, &Index::FilterResult::rowsChanged, m_timelineModel,
            [this] { m_timelineModel->applyFilter(m_filter->filter()); });

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

    m_presenter = new ArticlePresenter(m_corpus, m_articleModel, m_articleSort, m_articleList,
                                       m_articleView, m_articleHeader, this);
    m_articleView->setTooltipProvider(
        [this](const Mention &m) { return m_cards->entityCard(m.entityId); });
    connect(m_articleView, &ArticleView::entityActivated, this, &MainWindow::activateEntity);
    connect(m_articleView, &ArticleView::entityExcluded, m_filter,
            &Index::FilterState::excludeEntity);

    // The list above the text: titles get the full width, the text the height.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_articleList);
    splitter->addWidget(createArticlePane());
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

    m_loadStatus = new LoadStatus(statusBar(), m_session, m_corpus, this);
    createActions();
    createEntityDock();
    createIssuesDock();
    createTimelineDock();
    createPlacesDock();
    createAnalystParts();
    connectCorpus();
    resize(1500, 920);
    restoreLayout();
    if (!m_gazetteer)
        statusBar()->showMessage(tr("The gazetteer could not be loaded."));
}

MainWindow::~MainWindow() = default; // a running load is canceled by the session, not awaited

void MainWindow::connectCorpus()
{
    connect(m_session, &Session::CorpusSession::corpusChanged, this, [this] {
        showIssues();
        m_selectedEntity.clear();
        m_corpus->setIndex(m_session->index());
        Q_EMIT corpusLoaded();
    });
    // The analyst's corrections, laid over the open corpus anew: same rows,
    // the filter and the article on screen stay.
    m_session->setAnalystSession(m_analyst);
    connect(m_session, &Session::CorpusSession::corpusUpdated, this, [this] {
        showIssues();
        m_corpus->updateIndex(m_session->index());
    });
    connect(m_session, &Session::CorpusSession::loadCanceled, this, [this] {
        if (!m_session->isLoading())
            Q_EMIT corpusLoaded();
    });
}

QWidget *MainWindow::createArticlePane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_articleHeader);
    layout->addWidget(new HighlightLegend);
    layout->addWidget(m_articleView, 1);
    return pane;
}

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);
    m_chips =
        new FilterChipBar(m_filter, [this](const QString &id) { return m_cards->chipLabel(id); });
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
    QList<QAction *> shortcuts;
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = fileMenu->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Files…"), this, &MainWindow::chooseFiles);
    fileMenu->addAction(tr("Open the &Sample Corpus"), this, [this] { openPaths({}); });
    m_recent = new RecentCorpora(
        fileMenu->addMenu(tr("Open &Recent")),
        [this](const QStringList &paths) { openPaths(paths); }, this);
    fileMenu->addSeparator();
    m_project = new ProjectActions(m_analyst, m_session, fileMenu, this,
                                   [this](const QStringList &paths) { openPaths(paths); });
    fileMenu->addSeparator();
    QAction *exportMap =
        fileMenu->addAction(tr("Export the &Map…"), this, &MainWindow::chooseMapExport);
    exportMap->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QAction *exportTimeline =
        fileMenu->addAction(tr("&Export Timeline…"), this, &MainWindow::chooseTimelineExport);
    exportTimeline->setShortcut(Qt::CTRL | Qt::Key_E);
    exportTimeline->setObjectName(u"exportTimelineAction"_s);
    new DataExportActions(m_corpus, fileMenu->addMenu(tr("Export &Data")), this);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_corrections = new CorrectionActions(m_analyst, m_gazetteer.get(), m_corpus, m_presenter,
                                          m_articleView, this);
    QAction *cite = editMenu->addAction(tr("Copy &Citation"), this, [this] {
        if (m_presenter->copyCitation())
            statusBar()->showMessage(tr("Citation copied"), 4000);
    });
    cite->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    cite->setObjectName(u"copyCitationAction"_s);
    m_corrections->addEditActions(editMenu);
    editMenu->addSeparator();
    m_notes = new NotesActions(m_analyst, m_corpus, m_presenter, m_articleView, editMenu, this);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Search the Articles"), this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clear =
        viewMenu->addAction(tr("&Clear the Filter"), m_filter, &Index::FilterState::clear);
    clear->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace);
    QAction *undated = viewMenu->addAction(tr("Only &Undated Articles"));
    undated->setCheckable(true);
    connect(undated, &QAction::toggled, m_filter, &Index::FilterState::setUndatedOnly);
    connect(m_filter, &Index::FilterState::changed, undated,
            [this, undated] { undated->setChecked(m_filter->undatedOnly()); });
    viewMenu->addSeparator();
    QAction *next =
        viewMenu->addAction(tr("&Next Article"), this, [this] { m_presenter->stepArticle(1); });
    next->setShortcut(Qt::ALT | Qt::Key_Down);
    QAction *previous = viewMenu->addAction(tr("&Previous Article"), this,
                                            [this] { m_presenter->stepArticle(-1); });
    previous->setShortcut(Qt::ALT | Qt::Key_Up);
    auto mentionEntity = [this] {
        if (!m_selectedEntity.isEmpty() || m_filter->includedEntities().isEmpty())
            return m_selectedEntity;
        return m_filter->includedEntities().constLast();
    };
    QAction *nextMention = viewMenu->addAction(tr("Next &Mention of the Entity"), this, [=, this] {
        m_presenter->stepMention(mentionEntity(), true);
    });
    nextMention->setShortcut(Qt::Key_F3);
    QAction *previousMention =
        viewMenu->addAction(tr("Previous Mention of the Entity"), this,
                            [=, this] { m_presenter->stepMention(mentionEntity(), false); });
    previousMention->setShortcut(Qt::SHIFT | Qt::Key_F3);
    m_viewMenu = viewMenu;

    auto *languages = new I18n::LanguageMenu(this);
    menuBar()->addMenu(languages);
    connect(languages, &I18n::LanguageMenu::choiceChanged, this, [this] {
        statusBar()->showMessage(tr("The language changes when Marsad is restarted."), 8000);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Marsad"), this, [this] {
        QMessageBox::about(this, tr("About Marsad"),
                           tr("<p><b>Marsad</b> %1 (مرصد, “observatory”)</p>"
                              "<p>A timeline-and-map viewer for Arabic news corpora.</p>")
                               .arg(QStringLiteral(MARSAD_VERSION)));
    });

    // The window's shortcuts work from any focus, text fields included.
    new ShortcutPriority(
        {openFolder, exportMap, exportTimeline, quit, cite, find, clear, next, previous}, this);
}

void MainWindow::activateEntity(const QString &id)
{
    if (id.isEmpty())
        return;
    m_selectedEntity = id;
    m_filter->toggleEntity(id);
}

void MainWindow::showEntityMenu(QTreeView *view, const QPoint &pos)
{
    QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        index = view->currentIndex();
    const QString id = index.data(Models::EntityIdRole).toString();
    if (id.isEmpty())
        return;
    QMenu menu;
    menu.addAction(tr("Show only articles that mention it"), this,
                   [this, id] { m_filter->includeEntity(id); });
    menu.addAction(tr("Hide articles that mention it"), this,
                   [this, id] { m_filter->excludeEntity(id); });
    m_corrections->addEntityActions(&menu, id);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void MainWindow::createEntityDock()
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
    // The tree is rebuilt on every filter change: keep its groups open.
    connect(m_entitySearch, &QAbstractItemModel::modelReset, m_entityView, &QTreeView::expandAll);
    panel->setMinimumWidth(340);
    auto activate = [this](const QModelIndex &index) {
        activateEntity(index.data(Models::EntityIdRole).toString());
    };
    connect(m_entityView, &QTreeView::clicked, this, activate);
    new ItemKeys(m_entityView, activate);
    connect(m_entityView, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showEntityMenu(m_entityView, pos); });
    panelLayout->addWidget(m_entitySearchEdit);
    panelLayout->addWidget(m_entityView, 1);
    auto *entityDock = new QDockWidget(tr("Entities"), this);
    entityDock->setObjectName(u"entityDock"_s);
    entityDock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, entityDock);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(entityDock->toggleViewAction());
}

void MainWindow::createIssuesDock()
{
    m_issuesView = new QTreeView;
    m_issuesView->setObjectName(u"issuesView"_s);
    m_issuesView->setModel(m_issueModel);
    m_issuesView->setRootIsDecorated(false);
    m_issuesView->header()->setStretchLastSection(true);
    // Activating a problem opens its article at the problem's place.
    connect(m_issuesView, &QTreeView::activated, this, &MainWindow::openIssue);
    m_issuesDock = new QDockWidget(tr("Problems"), this);
    m_issuesDock->setObjectName(u"issuesDock"_s);
    m_issuesDock->setWidget(m_issuesView);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    m_issuesDock->hide();
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());
}

void MainWindow::showIssues()
{
    // The project's missing corpus files are not the loader's: they are
    // listed with its problems, and shown even when only warnings.
    m_issueModel->setIssues(m_session->issues() + m_project->issues());
    m_issuesDock->setVisible(m_issueModel->errorCount() > 0 || !m_project->issues().isEmpty());
}

void MainWindow::openIssue(const QModelIndex &index)
{
    const auto &corpus = m_corpus->index();
    if (!corpus || !index.isValid())
        return;
    const QString file = index.data(Models::FilePathRole).toString();
    const TextSpan span{index.data(Models::SpanStartRole).toLongLong(),
                        index.data(Models::SpanEndRole).toLongLong()};
    for (qsizetype row = 0; row < corpus->size(); ++row) {
        if (corpus->article(row).article.file == file) {
            // The article may be filtered out: show it all the same.
            m_presenter->showArticle(row, span.isValid() ? span : TextSpan{});
            return;
        }
    }
    // A file that could not be read, the analysis store, a project's missing
    // corpus file: no article comes from it.
    statusBar()->showMessage(
        tr("No article of this corpus comes from %1, so there is no text to show.")
            .arg(QFileInfo(file).fileName()),
        5000);
}

void MainWindow::createTimelineDock()
{
    m_timelineView = new TimelineView(m_timelineModel, m_filter);
    m_timelineView->setEntityName([this](const QString &id) {
        return m_corpus->index() ? m_corpus->index()->describe(id).nameAr : id;
    });
    connect(m_timelineView, &TimelineView::itemActivated, this, [this](qsizetype item) {
        const Models::TimelineItem &t = m_timelineModel->items().at(item);
        m_presenter->showArticle(t.article, t.span);
    });
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(u"timelineDock"_s);
    timelineDock->setWidget(m_timelineView);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    resizeDocks({timelineDock}, {330}, Qt::Vertical);
    m_viewMenu->addAction(timelineDock->toggleViewAction());
    m_viewMenu->addAction(tr("&Fit the Timeline"), m_timelineView, &TimelineView::fitAll);
}

void MainWindow::createAnalystParts()
{
    m_notesDock = new NotesDock(m_analyst, m_corpus, m_notes, this);
    connect(m_notesDock, &NotesDock::articleRequested, this, &MainWindow::showArticle);
    addDockWidget(Qt::LeftDockWidgetArea, m_notesDock);
    if (auto *entities = findChild<QDockWidget *>(u"entityDock"_s)) {
        tabifyDockWidget(entities, m_notesDock);
        entities->raise();
    }
    m_viewMenu->addAction(m_notesDock->toggleViewAction());
    connect(m_timelineView, &TimelineView::itemMenuAboutToShow, m_notes,
            [this](QMenu *menu, qsizetype item) {
                m_notes->extendTimelineMenu(menu, m_timelineModel, item);
            });
    m_viewMenu->addSeparator();
    m_savedViews = new SavedViews(m_analyst, m_corpus, m_timelineView, m_mapView, m_viewMenu, this);
    connect(this, &MainWindow::corpusLoaded, m_savedViews, &SavedViews::restoreLastState);
    connect(m_project, &ProjectActions::projectChanged, this, &MainWindow::showIssues);
    m_project->openDefaultStore();
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (!paths.isEmpty())
        m_recent->add(paths);
    m_session->open(paths.isEmpty() ? QStringList{Resources::sampleCorpusPath()} : paths);
}

bool MainWindow::isLoading() const
{
    return m_session->isLoading();
}

void MainWindow::showArticle(qsizetype corpusRow, TextSpan focus)
{
    m_presenter->showArticle(corpusRow, focus);
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
    auto *panel = new PlacesPanel(m_placeModel, m_filter, m_gazetteer,
                                  [this](const QString &id) { return m_cards->placeCard(id); });
    m_placeList = panel->list();
    m_mapView = panel->map();
    m_corrections->setMapView(m_mapView);
    connect(panel, &PlacesPanel::placeActivated, this, &MainWindow::activateEntity);
    connect(panel, &PlacesPanel::menuRequested, this,
            [this](const QPoint &pos) { showEntityMenu(m_placeList, pos); });
    auto *dock = new QDockWidget(tr("Places"), this);
    dock->setObjectName(u"placesDock"_s);
    dock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {480}, Qt::Horizontal);
    m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(tr("Show the &Conflict Zone on the Map"), m_mapView,
                          &MapView::showConflictZone);
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
    const auto &index = m_corpus->index();
    const Render::TimelineScene scene = m_timelineView->exportScene(
        Render::TimelineRenderer::exportTitle(m_timelineView->scene().language),
        index ? Render::TimelineExporter::describeFilter(m_filter->filter(), *index,
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
    m_savedViews->saveLastState();
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
