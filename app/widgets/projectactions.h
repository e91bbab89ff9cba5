// Projects: a `.marsad` file is an SQLite analyst store (notes, corrections,
// saved views) whose settings name the corpus it is about, by paths relative
// to the project file's folder, so a project moved with its corpus still
// opens. File → New Project…, Open Project…, Save Project As….
//
// Without a project the analyst's data lives in a store in the user's data
// folder (memory only when MARSAD_NO_CACHE is set, as in tests).
#pragma once

#include "issue.h"

#include <QDir>
#include <QObject>
#include <QStringList>

#include <functional>

class QMainWindow;
class QMenu;

namespace Marsad::Session {
class AnalystSession;
class CorpusSession;
} // namespace Marsad::Session

namespace Marsad::Widgets {

class ProjectActions final : public QObject
{
    Q_OBJECT
public:
    using OpenCorpus = std::function<void(const QStringList &paths)>;

    /// Adds its actions to \a fileMenu; \a openCorpus loads a project's corpus.
    ProjectActions(Session::AnalystSession *analyst, Session::CorpusSession *corpus,
                   QMenu *fileMenu, QMainWindow *window, OpenCorpus openCorpus);

    /// Gives the analyst session the default store (see the file comment):
    /// the shared store of the settings when one is set and can be opened,
    /// else the file in the user's data folder.
    void openDefaultStore();

    /// A team's shared store ("postgresql://…", "sqlite:PATH") from now on,
    /// kept in the settings when \a remember; empty: the user's own file
    /// again. False with *error (the store in use stays) when it cannot be
    /// opened.
    bool useSharedStore(const QString &location, bool remember, QString *error);
    /// The shared store of the settings (empty: none).
    static QString sharedStoreSetting();

    /// A new project at \a path for the open corpus; it becomes the open
    /// project. Without a project open, the analyst's data so far goes with it.
    bool createProject(const QString &path, QString *error);
    /// Opens the project at \a path and loads its corpus; a corpus path that
    /// is gone is listed in issues(), the others open.
    bool openProject(const QString &path, QString *error);
    /// Copies the open project (or the data without one) to \a path, which
    /// becomes the open project.
    bool saveProjectAs(const QString &path, QString *error);

    /// Asks for the shared store's location (File → Shared Store…).
    void chooseSharedStore();

    /// The open project's file (empty without one).
    QString projectPath() const { return m_path; }
    /// The open project's corpus paths, absolute.
    QStringList corpusPaths() const { return m_corpusPaths; }
    /// Problems of the open project (its missing corpus files).
    const Issues &issues() const { return m_issues; }

    /// \a paths relative to \a folder (a resource path ":/…" as it is).
    static QStringList relativePaths(const QStringList &paths, const QDir &folder);
    /// \a stored resolved against \a folder.
    static QStringList resolvedPaths(const QStringList &stored, const QDir &folder);

    static constexpr const char *CorpusPathsKey = "corpus.paths";

Q_SIGNALS:
    /// Another project is open (or none); issues() may have changed.
    void projectChanged();

private:
    void chooseNew();
    void chooseOpen();
    void chooseSaveAs();
    /// Writes a new store at \a path with \a corpusPaths and, when \a copyData,
    /// the analyst's data; then makes it the open project.
    bool writeProject(const QString &path, const QStringList &corpusPaths, bool copyData,
                      QString *error);
    void updateTitle();

    Session::AnalystSession *m_analyst;
    Session::CorpusSession *m_corpus;
    QMainWindow *m_window;
    OpenCorpus m_openCorpus;
    QString m_path;
    QStringList m_corpusPaths;
    Issues m_issues;
    QString m_baseTitle;
};

} // namespace Marsad::Widgets
