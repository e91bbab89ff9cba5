#include "mainwindow.h"

#include "articlelistmodel.h"
#include "articleview.h"
#include "issuelistmodel.h"
#include "resources.h"
#include "rtltextdelegate.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_articleModel(new Models::ArticleListModel(this)),
      m_issueModel(new Models::IssueListModel(this)), m_articleList(new QTreeView),
      m_articleView(new ArticleView), m_statusLabel(new QLabel), m_progress(new QProgressBar),
      m_cancelButton(new QPushButton(tr("Cancel")))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Marsad"));
    setAcceptDrops(true);

    m_articleList->setObjectName(u"articleList"_s);
    m_articleList->setModel(m_articleModel);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setItemDelegate(new RtlTextDelegate(m_articleList));
    m_articleList->header()->setStretchLastSection(false);
    m_articleList->header()->setSectionResizeMode(Models::ArticleListModel::TitleColumn,
                                                  QHeaderView::Stretch);
    m_articleList->header()->setSectionResizeMode(Models::ArticleListModel::FileColumn,
                                                  QHeaderView::ResizeToContents);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_articleList);
    splitter->addWidget(m_articleView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoad);

    connect(&m_loadWatcher, &QFutureWatcher<Corpus::LoadedCorpus>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_loadWatcher, &QFutureWatcher<Corpus::LoadedCorpus>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_loadWatcher, &QFutureWatcher<Corpus::LoadedCorpus>::finished, this,
            &MainWindow::onLoadFinished);

    createActions();
    createDocks();
    resize(1400, 860);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    cancelLoad();
    m_loadWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = fileMenu->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Files…"), this, &MainWindow::chooseFiles);
    fileMenu->addAction(tr("Open the &Sample Corpus"), this, [this] { openPaths({}); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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

    // Placeholders until the timeline and places views land.
    auto addPlaceholder = [this](const QString &title, const QString &name,
                                 Qt::DockWidgetArea area) {
        auto *label = new QLabel(tr("%1 — not available yet").arg(title));
        label->setAlignment(Qt::AlignCenter);
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(label);
        addDockWidget(area, dock);
        return dock;
    };
    addPlaceholder(tr("Timeline"), u"timelineDock"_s, Qt::BottomDockWidgetArea);
    addPlaceholder(tr("Places"), u"placesDock"_s, Qt::RightDockWidgetArea);
}

void MainWindow::openPaths(const QStringList &paths)
{
    cancelLoad();
    m_loadWatcher.waitForFinished();
    m_currentPaths = paths.isEmpty() ? QStringList{Resources::sampleCorpusPath()} : paths;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_statusLabel->setText(tr("Loading…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_loadWatcher.setFuture(Corpus::loadCorpusAsync(m_currentPaths, m_cancel));
}

bool MainWindow::isLoading() const
{
    return m_loadWatcher.isRunning();
}

void MainWindow::cancelLoad()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MainWindow::onLoadFinished()
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    const Corpus::LoadedCorpus corpus = m_loadWatcher.result();
    m_articleModel->setArticles(corpus.articles);
    m_issueModel->setIssues(corpus.issues);
    m_issuesDock->setVisible(m_issueModel->errorCount() > 0);
    if (m_articleModel->rowCount() > 0)
        m_articleList->setCurrentIndex(m_articleModel->index(0, 0));
    else
        m_articleView->clearArticle();
    updateStatus();
    if (corpus.canceled)
        m_statusLabel->setText(m_statusLabel->text() + u' ' + tr("(loading canceled)"));
    Q_EMIT corpusLoaded();
}

void MainWindow::updateStatus()
{
    const int failed = m_issueModel->errorCount();
    QString text = tr("%n article(s)", nullptr, m_articleModel->rowCount());
    if (failed > 0)
        text += u" · "_s + tr("%n file(s) failed", nullptr, failed);
    m_statusLabel->setText(text);
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_articleList->currentIndex();
    if (!current.isValid()) {
        m_articleView->clearArticle();
        return;
    }
    const Corpus::Article &article = m_articleModel->articleAt(current);
    ArticleDisplay display;
    display.text = article.text;
    display.boilerplate = article.boilerplate;
    m_articleView->showArticle(display);
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
