// A throwaway PostgreSQL server for the tests: initdb into a temporary
// folder, a server on a Unix socket in that folder only (no TCP), stopped and
// removed when the test run ends. Debian's binaries (postgresql-NN) are found
// in /usr/lib/postgresql/*/bin, else on PATH; MARSAD_PG_BINDIR overrides.
//
// PostgreSQL refuses to run as root: as root, the server runs as the
// "postgres" system user (runuser), owner of the folder.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Marsad::Tests {

class PostgresServer final
{
public:
    /// The server of this test run, started on first use and stopped when
    /// the application ends. Null when PostgreSQL or Qt's QPSQL driver is not
    /// installed (*skipReason says which: the tests skip) or when the server
    /// did not start (*failure says why: the tests fail).
    static PostgresServer *shared(QString *skipReason, QString *failure);

    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// Creates an empty database; its `--store` URL
    /// ("postgresql://marsad@/NAME?host=SOCKETDIR"), empty with *error on failure.
    QString createDatabase(QString *error);

    QString socketDir() const { return m_dir.path(); }
    /// How long initdb and the start took (ms).
    qint64 startMs() const { return m_startMs; }

private:
    PostgresServer() = default;
    bool start(QString *error);
    void stop();
    /// Runs \a program of the server's bin folder, as the server's user.
    bool run(const QString &program, const QStringList &arguments, QString *output);

    QString m_binDir;
    QString m_runAs; ///< Empty: as ourselves.
    QTemporaryDir m_dir;
    bool m_running = false;
    int m_databases = 0;
    qint64 m_startMs = 0;
};

} // namespace Marsad::Tests
