#include "projectactions.h"

#include "analystsession.h"
#include "analyststore.h"
#include "corpussession.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

using Analyst::AnalystStore;
using Analyst::StoreLocation;

namespace {

StoreLocation sqliteAt(const QString &path)
{
    StoreLocation location;
    location.kind = StoreLocation::Kind::SQLite;
    location.path = path;
    return location;
}

QString withSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(u".marsad"_s, Qt::CaseInsensitive))
        path += u".marsad"_s;
    return path;
}

/// Removes an SQLite file and its journal companions, so a new store starts empty.
bool removeDatabase(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return false;
    }
    return true;
}

} // namespace

ProjectActions::ProjectActions(Session::AnalystSession *analyst, Session::CorpusSession *corpus,
                               QMenu *fileMenu, QMainWindow *window, OpenCorpus openCorpus)
    : QObject(window), m_analyst(analyst), m_corpus(corpus), m_window(window),
      m_openCorpus(std::move(openCorpus)), m_baseTitle(window->windowTitle())
{
    QAction *create = fileMenu->addAction(tr("New &Project…"), this, &ProjectActions::chooseNew);
    create->setObjectName(u"newProjectAction"_s);
    QAction *open = fileMenu->addAction(tr("Open Pro&ject…"), this, &ProjectActions::chooseOpen);
    open->setObjectName(u"openProjectAction"_s);
    QAction *saveAs =
        fileMenu->addAction(tr("Save Project &As…"), this, &ProjectActions::chooseSaveAs);
    saveAs->setObjectName(u"saveProjectAsAction"_s);
    QAction *shared =
        fileMenu->addAction(tr("Shared &Store…"), this, &ProjectActions::chooseSharedStore);
    shared->setObjectName(u"sharedStoreAction"_s);
}

QString ProjectActions::sharedStoreSetting()
{
    return QSettings().value(u"analyst/sharedStore"_s).toString();
}

bool ProjectActions::useSharedStore(const QString &location, bool remember, QString *error)
{
    if (location.trimmed().isEmpty()) {
        if (remember)
            QSettings().remove(u"analyst/sharedStore"_s);
        openDefaultStore();
        return true;
    }
    StoreLocation where;
    if (!StoreLocation::parse(location.trimmed(), &where, error))
        return false;
    auto store = AnalystStore::open(where, error);
    if (!store)
        return false;
    if (remember)
        QSettings().setValue(u"analyst/sharedStore"_s, location.trimmed());
    if (!m_path.isEmpty()) { // a project's store is not the team's: the project is closed
        m_path.clear();
        m_issues.clear();
        updateTitle();
        Q_EMIT projectChanged();
    }
    m_analyst->setStore(std::move(store));
    m_window->statusBar()->showMessage(
        tr("Corrections and notes are kept in %1").arg(where.toString()), 8000);
    return true;
}

void ProjectActions::chooseSharedStore()
{
    bool ok = false;
    const QString location = QInputDialog::getText(
        m_window, tr("Shared Store"),
        tr("Where a team keeps its corrections, notes and views (postgresql://[USER@]HOST[:PORT]/"
           "DATABASE or sqlite:PATH); empty: on this computer only."),
        QLineEdit::Normal, sharedStoreSetting(), &ok);
    if (!ok)
        return;
    QString error;
    if (!useSharedStore(location, true, &error))
        QMessageBox::warning(m_window, tr("Shared Store"), error);
}

void ProjectActions::openDefaultStore()
{
    if (const QString shared = sharedStoreSetting(); !shared.isEmpty()) {
        QString error;
        if (useSharedStore(shared, false, &error))
            return;
        m_window->statusBar()->showMessage(
            tr("The shared store cannot be used, so this computer's is: %1").arg(error), 10000);
    }
    if (qEnvironmentVariableIsSet("MARSAD_NO_CACHE"))
        return; // tests: memory only
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    QString error;
    auto store = AnalystStore::open(sqliteAt(folder + u"/analyst.sqlite"_s), &error);
    if (!store) {
        // Notes still work, for this session only.
        m_window->statusBar()->showMessage(
            tr("Notes are kept for this session only: %1").arg(error), 8000);
        return;
    }
    m_analyst->setStore(std::move(store));
}

QStringList ProjectActions::relativePaths(const QStringList &paths, const QDir &folder)
{
    QStringList relative;
    for (const QString &path : paths)
        relative.append(path.startsWith(u':')
                            ? path
                            : folder.relativeFilePath(QFileInfo(path).absoluteFilePath()));
    return relative;
}

QStringList ProjectActions::resolvedPaths(const QStringList &stored, const QDir &folder)
{
    QStringList resolved;
    for (const QString &path : stored)
        resolved.append(path.startsWith(u':') ? path
                                              : QDir::cleanPath(folder.absoluteFilePath(path)));
    return resolved;
}

bool ProjectActions::writeProject(const QString &path, const QStringList &corpusPaths,
                                  bool copyData, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path) {
        *error = tr("This project is already open.");
        return false;
    }
    if (!removeDatabase(absolute)) {
        *error = tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(absolute));
        return false;
    }
    auto store = AnalystStore::open(sqliteAt(absolute), error);
    if (!store)
        return false;
    const QDir folder = QFileInfo(absolute).absoluteDir();
    const QByteArray paths =
        QJsonDocument(QJsonArray::fromStringList(relativePaths(corpusPaths, folder)))
            .toJson(QJsonDocument::Compact);
    bool ok = store->setSetting(QString::fromLatin1(CorpusPathsKey), QString::fromUtf8(paths)) &&
              store->setSetting(u"app.name"_s, u"Marsad"_s) &&
              store->setSetting(u"app.version"_s, QStringLiteral(MARSAD_VERSION));
    if (ok && copyData) {
        const Analyst::AnalystData &data = m_analyst->data();
        for (const auto &item : data.corrections)
            ok = ok && store->insert(item);
        for (const auto &item : data.notes)
            ok = ok && store->insert(item);
        for (const auto &item : data.views)
            ok = ok && store->insert(item);
    }
    if (!ok) {
        *error = store->lastError();
        return false;
    }
    m_path = absolute;
    m_corpusPaths = resolvedPaths(relativePaths(corpusPaths, folder), folder);
    m_issues.clear();
    m_analyst->setStore(std::move(store));
    updateTitle();
    Q_EMIT projectChanged();
    return true;
}

bool ProjectActions::createProject(const QString &path, QString *error)
{
    return writeProject(path, m_corpus->paths(), m_path.isEmpty(), error);
}

bool ProjectActions::saveProjectAs(const QString &path, QString *error)
{
    return writeProject(path, m_path.isEmpty() ? m_corpus->paths() : m_corpusPaths, true, error);
}

bool ProjectActions::openProject(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("%1 is not a project file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    auto store = AnalystStore::open(sqliteAt(info.absoluteFilePath()), error);
    if (!store)
        return false;
    const QJsonArray stored =
        QJsonDocument::fromJson(store->setting(QString::fromLatin1(CorpusPathsKey)).toUtf8())
            .array();
    QStringList relative;
    for (const QJsonValue &value : stored)
        relative.append(value.toString());
    const QStringList paths = resolvedPaths(relative, info.absoluteDir());
    m_path = info.absoluteFilePath();
    m_corpusPaths = paths;
    m_issues.clear();
    QStringList present;
    for (const QString &corpusPath : paths) {
        if (QFileInfo::exists(corpusPath))
            present.append(corpusPath);
        else
            m_issues.append(
                Issue::warning(corpusPath, tr("The project's corpus file is missing: %1")
                                               .arg(QDir::toNativeSeparators(corpusPath))));
    }
    m_analyst->setStore(std::move(store));
    updateTitle();
    Q_EMIT projectChanged();
    if (!present.isEmpty())
        m_openCorpus(present);
    return true;
}

void ProjectActions::updateTitle()
{
    m_window->setWindowFilePath(m_path);
    m_window->setWindowTitle(
        m_path.isEmpty() ? m_baseTitle
                         : tr("%1 — %2").arg(QFileInfo(m_path).completeBaseName(), m_baseTitle));
}

void ProjectActions::chooseNew()
{
    if (m_corpus->paths().isEmpty()) {
        QMessageBox::information(m_window, tr("New Project"),
                                 tr("Open a corpus first: a project is about a corpus."));
        return;
    }
    const QString path = withSuffix(QFileDialog::getSaveFileName(m_window, tr("New Project"), {},
                                                                 tr("Marsad projects (*.marsad)")));
    QString error;
    if (!path.isEmpty() && !createProject(path, &error))
        QMessageBox::warning(m_window, tr("New Project"), error);
}

void ProjectActions::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a Project"), {},
                                                      tr("Marsad projects (*.marsad)"));
    QString error;
    if (!path.isEmpty() && !openProject(path, &error))
        QMessageBox::warning(m_window, tr("Open a Project"), error);
}

void ProjectActions::chooseSaveAs()
{
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        m_window, tr("Save the Project As"), m_path, tr("Marsad projects (*.marsad)")));
    QString error;
    if (!path.isEmpty() && !saveProjectAs(path, &error))
        QMessageBox::warning(m_window, tr("Save the Project As"), error);
}

} // namespace Marsad::Widgets
