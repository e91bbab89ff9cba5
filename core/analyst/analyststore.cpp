#include "analyststore.h"

#include "storecolumns.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <atomic>
#include <functional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Marsad::Analyst {
namespace {

const QString SqliteDriver = u"QSQLITE"_s;
const QString PostgresDriver = u"QPSQL"_s;
const QString Application = u"marsad-analyst-store"_s;
const QString MetaTable = u"marsad_analyst_meta"_s;
const QString SettingsTable = u"marsad_project_settings"_s;
/// The NOTIFY channel of a PostgreSQL store; the payload is the writer's id.
const QString Channel = u"marsad_analyst"_s;
/// How long an SQLite write waits for another writer.
constexpr int BusyTimeoutMs = 5000;
constexpr int DefaultPollMs = 1000;
/// A PostgreSQL store is told of writes at once; this only finds a lost
/// connection of a client that does nothing.
constexpr int PostgresPollMs = 10000;

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"marsad-analyst-store-%1"_s.arg(counter.fetch_add(1) + 1);
}

/// Who writes: the user logged in, as the other clients of a store see it.
QString osUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return u"unknown"_s;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// SQLite checks only when it reads a page; a file that does not even start
/// like an SQLite database is named as such before it is opened.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // SQLite makes it
    if (!file.open(QIODevice::ReadOnly))
        return true; // SQLite will say why it cannot open it
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

template<typename Item>
const char *tableOf();
template<>
const char *tableOf<Correction>()
{
    return StoreColumns::CorrectionsTable;
}
template<>
const char *tableOf<Note>()
{
    return StoreColumns::NotesTable;
}
template<>
const char *tableOf<SavedView>()
{
    return StoreColumns::ViewsTable;
}

} // namespace

struct AnalystStore::Private
{
    AnalystStore *q = nullptr;
    StoreLocation location;
    QString connectionName = uniqueConnectionName();
    /// Sent with every NOTIFY, so that this store ignores its own.
    QString clientId = newUid();
    QString author = osUserName();
    QSqlDatabase db;
    bool postgres = false;
    QString lastError;
    QTimer pollTimer;        ///< SQLite: other connections' commits; PostgreSQL: a lost connection.
    qint64 dataVersion = -1; ///< SQLite: PRAGMA data_version when last looked.
    bool changePending = false;

    bool connect(QString *why);
    bool prepareSchema(QString *why);
    bool listen(QString *why);
    /// PostgreSQL: when the connection is gone (a server restart, a network
    /// cut), opens it again and listens again; true when it did. Whatever
    /// was missed meanwhile is announced by changed().
    bool reconnect();
    bool writeOnce(const std::function<bool(bool &wrote)> &body);
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    bool fail(const QString &why);
    /// Runs \a body in one transaction that also, when the body wrote (sets
    /// its argument), bumps the store's revision and tells the other clients;
    /// false (rolled back) when anything fails.
    bool write(const std::function<bool(bool &wrote)> &body);
    qint64 readDataVersion();
    void poll();
    void scheduleChanged();

    template<typename Item>
    bool insert(const Item &item);
    template<typename Item>
    bool update(const Item &before, const Item &now);
    template<typename Item>
    bool setDeleted(const QString &uid, bool deleted);
    template<typename Item>
    QList<Item> loadAll();
};

bool AnalystStore::Private::connect(QString *why)
{
    const QString driver = postgres ? PostgresDriver : SqliteDriver;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *why = postgres ? AnalystStore::tr(
                              "Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it is in "
                              "the package libqt6sql6-psql")
                        : AnalystStore::tr("Qt's SQLite driver (QSQLITE) is not installed");
        return false;
    }
    if (!postgres) {
        const QString &path = location.path;
        if (!looksLikeSqlite(path)) {
            *why = AnalystStore::tr("%1 is not an SQLite database; it was left as it is").arg(path);
            return false;
        }
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            *why = AnalystStore::tr("cannot create the folder %1").arg(folder);
            return false;
        }
    }
    db = QSqlDatabase::addDatabase(driver, connectionName);
    if (postgres) {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(u"connect_timeout=10"_s);
    } else {
        db.setDatabaseName(location.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    }
    if (!db.open()) {
        *why = db.lastError().text();
        return false;
    }
    if (postgres) {
        if (!listen(why))
            return false;
    } else {
        // Before anything is changed in the file (its journal mode): is it ours?
        const QStringList tables = db.tables();
        if (db.lastError().isValid()) {
            *why = db.lastError().text();
            return false;
        }
        if (!tables.isEmpty() && !tables.contains(MetaTable)) {
            *why = AnalystStore::tr("it holds data of another program");
            return false;
        }
        QSqlQuery wal(db);
        if (!wal.exec(u"PRAGMA journal_mode=WAL"_s)) {
            *why = wal.lastError().text();
            return false;
        }
        if (!wal.next() || wal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            *why = AnalystStore::tr("it cannot be written");
            return false;
        }
    }
    return prepareSchema(why);
}

bool AnalystStore::Private::prepareSchema(QString *why)
{
    // One transaction: two clients creating the tables at once see either
    // none or all of them.
    QSqlQuery begin(db);
    if (!begin.exec(postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s)) {
        *why = begin.lastError().text();
        return false;
    }
    const auto failed = [this, why](const QString &reason) {
        *why = reason;
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    };
    if (postgres) {
        // CREATE TABLE IF NOT EXISTS is not safe against a concurrent one.
        QSqlQuery lock(db);
        if (!lock.exec(u"SELECT pg_advisory_xact_lock(hashtext('marsad_analyst_schema'))"_s))
            return failed(lock.lastError().text());
    }
    const QStringList tables = db.tables();
    if (db.lastError().isValid())
        return failed(db.lastError().text());
    if (tables.contains(MetaTable)) {
        QSqlQuery meta(db);
        if (!meta.exec(u"SELECT key, value FROM marsad_analyst_meta"_s))
            return failed(meta.lastError().text());
        QString application, version;
        while (meta.next()) {
            const QString key = meta.value(0).toString();
            if (key == u"application"_s)
                application = meta.value(1).toString();
            else if (key == u"schema_version"_s)
                version = meta.value(1).toString();
        }
        meta.finish();
        bool numeric = false;
        const int schema = version.toInt(&numeric);
        if (application != Application || !numeric || schema < 1)
            return failed(AnalystStore::tr("it holds data of another program"));
        // Never rewrite what a newer Marsad wrote: it may mean more than we know.
        if (schema > SchemaVersion)
            return failed(AnalystStore::tr(
                              "it was written by a newer Marsad (schema version %1; this one reads "
                              "up to version %2)")
                              .arg(schema)
                              .arg(SchemaVersion));
        // The schema this build writes (older ones would be upgraded here).
        QSqlQuery commit(db);
        if (!commit.exec(u"COMMIT"_s))
            return failed(commit.lastError().text());
        return true;
    }
    if (!postgres && !tables.isEmpty()) {
        // A PostgreSQL database may hold other things; an SQLite file given as
        // the analyst's store should not (the analysis cache, by mistake).
        return failed(AnalystStore::tr("it holds data of another program"));
    }
    QStringList statements = {
        u"CREATE TABLE IF NOT EXISTS marsad_analyst_meta (key TEXT NOT NULL PRIMARY KEY, "
        "value TEXT NOT NULL)"_s,
        StoreColumns::createTable(StoreColumns::CorrectionsTable,
                                  StoreColumns::columnsOf(Correction{})),
        StoreColumns::createTable(StoreColumns::NotesTable, StoreColumns::columnsOf(Note{})),
        StoreColumns::createTable(StoreColumns::ViewsTable, StoreColumns::columnsOf(SavedView{})),
        u"CREATE TABLE IF NOT EXISTS marsad_project_settings (key TEXT NOT NULL PRIMARY KEY, "
        "value TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', "
        "modified TEXT NOT NULL DEFAULT '')"_s,
    };
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery create(db);
        if (!create.exec(statement))
            return failed(create.lastError().text());
    }
    const QList<std::pair<QString, QString>> meta = {
        {u"application"_s, Application},
        {u"schema_version"_s, QString::number(SchemaVersion)},
        {u"revision"_s, u"0"_s},
    };
    for (const auto &[key, value] : meta) {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO marsad_analyst_meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO NOTHING"_s);
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!insert.exec())
            return failed(insert.lastError().text());
    }
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s))
        return failed(commit.lastError().text());
    return true;
}

bool AnalystStore::Private::fail(const QString &why)
{
    lastError = why;
    return false;
}

bool AnalystStore::Private::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return fail(query.lastError().text());
}

bool AnalystStore::Private::exec(const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    return fail(query.lastError().text());
}

bool AnalystStore::Private::write(const std::function<bool(bool &wrote)> &body)
{
    // Writing twice is harmless: an insert of a known uid does nothing, an
    // update writes the same values (when the first commit did arrive).
    if (writeOnce(body))
        return true;
    return reconnect() && writeOnce(body);
}

bool AnalystStore::Private::writeOnce(const std::function<bool(bool &wrote)> &body)
{
    if (!db.isOpen())
        return fail(AnalystStore::tr("the connection to the store is closed"));
    // SQLite: take the write lock first, so that the busy timeout applies
    // (a read that turns into a write fails at once when another wrote).
    if (!exec(postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return false;
    bool wrote = true;
    bool ok = body(wrote);
    if (ok && wrote) {
        ok = exec(u"UPDATE marsad_analyst_meta SET value = "
                  "CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'revision'"_s);
    }
    if (ok && wrote && postgres) {
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.addBindValue(Channel);
        notify.addBindValue(clientId);
        ok = exec(notify);
    }
    if (ok && exec(u"COMMIT"_s))
        return true;
    const QString why = lastError;
    if (db.isOpen())
        QSqlQuery(db).exec(u"ROLLBACK"_s);
    return fail(why);
}

qint64 AnalystStore::Private::readDataVersion()
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void AnalystStore::Private::poll()
{
    if (postgres) {
        reconnect(); // nothing when the connection is fine
        return;
    }
    // data_version changes when another connection committed, never for
    // this one's own commits.
    const qint64 version = readDataVersion();
    if (version < 0)
        return; // busy: looked at again next time
    if (dataVersion >= 0 && version != dataVersion)
        scheduleChanged();
    dataVersion = version;
}

bool AnalystStore::Private::listen(QString *why)
{
    QSqlQuery quiet(db);
    // Not the server's NOTICEs ("relation … already exists") on stderr.
    quiet.exec(u"SET client_min_messages TO WARNING"_s);
    if (!db.driver()->subscribeToNotification(Channel)) {
        *why = db.driver()->lastError().text();
        return false;
    }
    return true;
}

bool AnalystStore::Private::reconnect()
{
    if (!postgres)
        return false;
    if (db.isOpen()) {
        QSqlQuery ping(db);
        if (ping.exec(u"SELECT 1"_s))
            return false; // the connection is fine: the failure was the statement's
    }
    db.close();
    QString why;
    if (!db.open() || !listen(&why))
        return fail(why.isEmpty() ? db.lastError().text() : why);
    scheduleChanged();
    return true;
}

void AnalystStore::Private::scheduleChanged()
{
    // A burst of writes (one per item of an import) is one changed().
    if (std::exchange(changePending, true))
        return;
    QTimer::singleShot(0, q, [this] {
        changePending = false;
        Q_EMIT q->changed();
    });
}

template<typename Item>
bool AnalystStore::Private::insert(const Item &item)
{
    if (item.uid.isEmpty())
        return fail(AnalystStore::tr("the item has no uid"));
    const StoreColumns::Row row = StoreColumns::columnsOf(item);
    QString names = u"uid"_s, marks = u"?"_s;
    for (const StoreColumns::Column &c : row) {
        names += u", "_s + QLatin1String(c.name);
        marks += u", ?"_s;
    }
    // seq: two clients inserting at once may get the same; their order is
    // then the uid's, as good as any.
    const QString table = QLatin1String(tableOf<Item>());
    const QString sql = u"INSERT INTO "_s + table + u" ("_s + names +
                        u", author, modified, created, revision, seq) VALUES ("_s + marks +
                        u", ?, ?, ?, 1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM "_s + table +
                        u")) ON CONFLICT (uid) DO NOTHING"_s;
    return write([&](bool &wrote) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(item.uid);
        for (const StoreColumns::Column &c : row)
            query.addBindValue(c.value);
        const QString now = nowUtc();
        query.addBindValue(author);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!exec(query))
            return false;
        wrote = query.numRowsAffected() > 0; // 0: the uid was there already
        return true;
    });
}

template<typename Item>
bool AnalystStore::Private::update(const Item &before, const Item &now)
{
    if (before.uid != now.uid || now.uid.isEmpty())
        return fail(AnalystStore::tr("an item can only be updated with the same uid"));
    const StoreColumns::Row old = StoreColumns::columnsOf(before);
    const StoreColumns::Row row = StoreColumns::columnsOf(now);
    // The fields that differ; each written whole (all its columns).
    QSet<QByteArray> changedFields;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (old.at(i).value != row.at(i).value)
            changedFields.insert(row.at(i).field);
    }
    if (changedFields.isEmpty())
        return true;
    QString assignments;
    QVariantList values;
    for (const StoreColumns::Column &c : row) {
        if (!changedFields.contains(c.field))
            continue;
        assignments += QLatin1String(c.name) + u" = ?, "_s;
        values.append(c.value);
    }
    const QString sql = u"UPDATE "_s + QLatin1String(tableOf<Item>()) + u" SET "_s + assignments +
                        u"author = ?, modified = ?, revision = revision + 1 WHERE uid = ?"_s;
    return write([&](bool &) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(author);
        query.addBindValue(nowUtc());
        query.addBindValue(now.uid);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() < 1)
            return fail(AnalystStore::tr("there is no item %1 to update").arg(now.uid));
        return true;
    });
}

template<typename Item>
bool AnalystStore::Private::setDeleted(const QString &uid, bool deleted)
{
    return write([&](bool &) {
        QSqlQuery query(db);
        query.prepare(u"UPDATE "_s + QLatin1String(tableOf<Item>()) +
                      u" SET deleted = ?, author = ?, modified = ?, revision = revision + 1 "
                      "WHERE uid = ?"_s);
        query.addBindValue(qint64(deleted));
        query.addBindValue(author);
        query.addBindValue(nowUtc());
        query.addBindValue(uid);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() < 1)
            return fail(AnalystStore::tr("there is no item %1").arg(uid));
        return true;
    });
}

template<typename Item>
QList<Item> AnalystStore::Private::loadAll()
{
    QString names = u"uid"_s;
    for (const StoreColumns::Column &c : StoreColumns::columnsOf(Item{}))
        names += u", "_s + QLatin1String(c.name);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<Item> items;
    if (!query.exec(u"SELECT "_s + names + u", author, modified FROM "_s +
                    QLatin1String(tableOf<Item>()) + u" WHERE deleted = 0 ORDER BY seq, uid"_s)) {
        fail(query.lastError().text());
        return items;
    }
    int unreadable = 0;
    while (query.next()) {
        Item item;
        if (StoreColumns::read(query, &item))
            items.append(item);
        else
            ++unreadable;
    }
    if (unreadable > 0)
        fail(AnalystStore::tr("%n item(s) written by another version of Marsad were left out",
                              nullptr, unreadable));
    return items;
}

std::unique_ptr<AnalystStore> AnalystStore::open(const StoreLocation &location, QString *error)
{
    std::unique_ptr<AnalystStore> store(new AnalystStore);
    Private &d = *store->d;
    d.location = location;
    d.postgres = location.kind == StoreLocation::Kind::PostgreSQL;
    QString why;
    if (!d.connect(&why)) {
        if (error)
            *error = AnalystStore::tr("The analyst's store %1 cannot be used: %2")
                         .arg(location.toString(), why);
        return nullptr;
    }
    if (d.postgres) {
        QObject::connect(d.db.driver(), &QSqlDriver::notification, store.get(),
                         [&d](const QString &name, QSqlDriver::NotificationSource source,
                              const QVariant &payload) {
                             if (name == Channel && source != QSqlDriver::SelfSource &&
                                 payload.toString() != d.clientId)
                                 d.scheduleChanged();
                         });
    } else {
        d.dataVersion = d.readDataVersion();
    }
    d.pollTimer.setInterval(d.postgres ? PostgresPollMs : DefaultPollMs);
    QObject::connect(&d.pollTimer, &QTimer::timeout, store.get(), [&d] { d.poll(); });
    d.pollTimer.start();
    return store;
}

AnalystStore::AnalystStore() : d(std::make_unique<Private>())
{
    d->q = this;
}

AnalystStore::~AnalystStore()
{
    d->pollTimer.stop();
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

const StoreLocation &AnalystStore::location() const
{
    return d->location;
}

void AnalystStore::setPollInterval(int ms)
{
    d->pollTimer.setInterval(ms);
}

AnalystData AnalystStore::load()
{
    d->lastError.clear();
    AnalystData data = loadOnce();
    if (!d->lastError.isEmpty() && d->reconnect()) {
        d->lastError.clear();
        data = loadOnce();
    }
    return data;
}

AnalystData AnalystStore::loadOnce()
{
    AnalystData data;
    if (!d->db.isOpen()) {
        d->fail(tr("the connection to the store is closed"));
        return data;
    }
    // One snapshot: the three tables as one moment saw them.
    const bool snapshot =
        d->exec(d->postgres ? u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s : u"BEGIN"_s);
    data.corrections = d->loadAll<Correction>();
    data.notes = d->loadAll<Note>();
    data.views = d->loadAll<SavedView>();
    if (snapshot)
        d->exec(u"COMMIT"_s);
    return data;
}

bool AnalystStore::insert(const Correction &item)
{
    return d->insert(item);
}

bool AnalystStore::insert(const Note &item)
{
    return d->insert(item);
}

bool AnalystStore::insert(const SavedView &item)
{
    return d->insert(item);
}

bool AnalystStore::update(const Correction &before, const Correction &now)
{
    return d->update(before, now);
}

bool AnalystStore::update(const Note &before, const Note &now)
{
    return d->update(before, now);
}

bool AnalystStore::update(const SavedView &before, const SavedView &now)
{
    return d->update(before, now);
}

bool AnalystStore::setCorrectionDeleted(const QString &uid, bool deleted)
{
    return d->setDeleted<Correction>(uid, deleted);
}

bool AnalystStore::setNoteDeleted(const QString &uid, bool deleted)
{
    return d->setDeleted<Note>(uid, deleted);
}

bool AnalystStore::setViewDeleted(const QString &uid, bool deleted)
{
    return d->setDeleted<SavedView>(uid, deleted);
}

QString AnalystStore::setting(const QString &key) const
{
    d->lastError.clear();
    QString value = settingOnce(key);
    if (!d->lastError.isEmpty() && d->reconnect()) {
        d->lastError.clear();
        value = settingOnce(key);
    }
    return value;
}

QString AnalystStore::settingOnce(const QString &key) const
{
    if (!d->db.isOpen()) {
        d->fail(tr("the connection to the store is closed"));
        return {};
    }
    QSqlQuery query(d->db);
    query.prepare(u"SELECT value FROM marsad_project_settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (!d->exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

bool AnalystStore::setSetting(const QString &key, const QString &value)
{
    return d->write([&](bool &) {
        QSqlQuery query(d->db);
        query.prepare(u"INSERT INTO marsad_project_settings (key, value, author, modified) "
                      "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                      "value = excluded.value, author = excluded.author, "
                      "modified = excluded.modified"_s);
        query.addBindValue(key);
        query.addBindValue(value.isNull() ? u""_s : value);
        query.addBindValue(d->author);
        query.addBindValue(nowUtc());
        return d->exec(query);
    });
}

QString AnalystStore::lastError() const
{
    return d->lastError;
}

} // namespace Marsad::Analyst
