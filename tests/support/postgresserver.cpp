#include "postgresserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Marsad::Tests {
namespace {

const QString User = u"marsad"_s;

/// The folder holding initdb, pg_ctl and createdb; empty when none is found.
QString findBinDir()
{
    if (qEnvironmentVariableIsSet("MARSAD_PG_BINDIR")) {
        const QString configured = qEnvironmentVariable("MARSAD_PG_BINDIR");
        return QFileInfo(configured + u"/initdb"_s).isExecutable() ? configured : QString();
    }
    // Debian keeps them out of PATH, one folder per major version: the newest.
    QString best;
    QVersionNumber bestVersion;
    const QDir debian(u"/usr/lib/postgresql"_s);
    for (const QString &version : debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = debian.filePath(version + u"/bin"_s);
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFileInfo(bin + u"/initdb"_s).isExecutable() && number > bestVersion) {
            best = bin;
            bestVersion = number;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

std::unique_ptr<PostgresServer> &instance()
{
    static std::unique_ptr<PostgresServer> server;
    return server;
}

} // namespace

PostgresServer *PostgresServer::shared(QString *skipReason, QString *failure)
{
    static bool tried = false;
    static QString skip, failed;
    if (!tried) {
        tried = true;
        std::unique_ptr<PostgresServer> server(new PostgresServer);
        server->m_binDir = findBinDir();
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            skip = u"Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)"_s;
        } else if (server->m_binDir.isEmpty()) {
            skip = u"no PostgreSQL server binaries (initdb) found (Debian: postgresql)"_s;
        } else if (!server->start(&failed)) {
            failed = u"the PostgreSQL test server did not start: "_s + failed;
        } else {
            instance() = std::move(server);
            // Stopped while the application still exists (QProcess needs it).
            qAddPostRoutine([] { instance().reset(); });
        }
    }
    if (skipReason)
        *skipReason = skip;
    if (failure)
        *failure = failed;
    return instance().get();
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path()); // readable by the server's user
    const QString binary = m_binDir + u'/' + program;
    if (m_runAs.isEmpty())
        process.start(binary, arguments);
    else
        process.start(u"runuser"_s, QStringList{u"-u"_s, m_runAs, u"--"_s, binary} + arguments);
    const bool finished = process.waitForFinished(60000);
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished)
        *output = program + u" did not finish: "_s + *output;
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::start(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_dir.isValid()) {
        *error = u"no temporary folder: "_s + m_dir.errorString();
        return false;
    }
    if (geteuid() == 0) {
        // initdb and postgres refuse root; the folder becomes the user's.
        const passwd *entry = getpwnam("postgres");
        if (!entry) {
            *error = u"running as root, and there is no 'postgres' user to run the server"_s;
            return false;
        }
        if (chown(QFile::encodeName(m_dir.path()).constData(), entry->pw_uid, entry->pw_gid) != 0) {
            *error = u"cannot give the temporary folder to the 'postgres' user"_s;
            return false;
        }
        m_runAs = u"postgres"_s;
    }
    const QString data = m_dir.filePath(u"data"_s);
    QString output;
    if (!run(u"initdb"_s,
             {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, User, u"-E"_s, u"UTF8"_s, u"--no-sync"_s,
              u"--no-locale"_s},
             &output)) {
        *error = u"initdb failed: "_s + output;
        return false;
    }
    // A Unix socket in the folder, no TCP; -F: no fsync (a throwaway).
    const QString options = u"-k %1 -c listen_addresses='' -F"_s.arg(m_dir.path());
    if (!run(u"pg_ctl"_s,
             {u"-D"_s, data, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-w"_s, u"-t"_s, u"30"_s,
              u"-o"_s, options, u"start"_s},
             &output)) {
        *error = u"pg_ctl start failed: "_s + output;
        QFile log(m_dir.filePath(u"server.log"_s));
        if (log.open(QIODevice::ReadOnly))
            *error += u"\n"_s + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    m_startMs = timer.elapsed();
    return true;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString output;
    run(u"pg_ctl"_s,
        {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, &output);
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::createDatabase(QString *error)
{
    const QString name =
        u"marsad_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_databases);
    QString output;
    if (!run(u"createdb"_s, {u"-h"_s, m_dir.path(), u"-U"_s, User, name}, &output)) {
        *error = u"createdb failed: "_s + output;
        return {};
    }
    return u"postgresql://%1@/%2?host=%3"_s.arg(User, name, m_dir.path());
}

} // namespace Marsad::Tests
