#include "analysisstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Marsad::Store {
namespace {

const QString Driver = u"QSQLITE"_s;
const QString Application = u"marsad-analysis-store"_s;

// SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    Corrupt = 11,
    NotADatabase = 26,
};

/// Opening, setting aside and rebuilding are done by one connection at a time
/// in this process (the viewer may start a load while a canceled one ends).
QMutex &openMutex()
{
    static QMutex mutex;
    return mutex;
}

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"marsad-store-%1"_s.arg(counter.fetch_add(1) + 1);
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
           (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

/// What is wrong with the file before SQLite sees it: not an SQLite file, or
/// shorter than its header says (truncated). Empty when it looks sound.
QString fileDamage(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {}; // SQLite will say why it cannot open it
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return AnalysisStore::tr("it is not an SQLite database");
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    // The header's page count is valid when the change counter matches the
    // "version valid for" field. Pages not yet checkpointed live in the WAL,
    // so the comparison holds only when there is no WAL to replay.
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    const qint64 pages = bigEndian32(header, 28);
    const QFileInfo wal(path + u"-wal"_s);
    if (countValid && pages > 0 && (!wal.exists() || wal.size() == 0) &&
        qint64(pageSize) * pages > file.size())
        return AnalysisStore::tr("it is truncated (%1 of %2 bytes)")
            .arg(file.size())
            .arg(qint64(pageSize) * pages);
    return {};
}

} // namespace

QString AnalysisStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/analysis.sqlite"_s;
}

AnalysisStore::AnalysisStore(QString path) : m_path(std::move(path))
{}

std::unique_ptr<StoreConnection> AnalysisStore::connect(const QString &analyserKey) const
{
    std::unique_ptr<StoreConnection> connection(new StoreConnection(*this, analyserKey));
    connection->open();
    return connection;
}

StoreConnection::StoreConnection(const AnalysisStore &store, const QString &analyserKey)
    : m_path(store.path()), m_key(analyserKey), m_connectionName(uniqueConnectionName()),
      m_busyTimeoutMs(store.busyTimeout()), m_readOnly(store.isReadOnly())
{}

StoreConnection::~StoreConnection()
{
    closeDatabase();
}

Issues StoreConnection::takeIssues()
{
    return std::exchange(m_issues, {});
}

void StoreConnection::open()
{
    QMutexLocker lock(&openMutex());
    if (!QSqlDatabase::isDriverAvailable(Driver)) {
        bypass(tr("Qt's SQLite driver is not installed"));
        return;
    }
    const QString damage = fileDamage(m_path);
    if (!damage.isEmpty()) {
        setAside(damage);
        if (QFile::exists(m_path)) // could not be moved: bypassed already
            return;
    }
    QString error;
    if (!openDatabase(&error)) {
        bypass(error);
        return;
    }
    QString why;
    std::optional<Failure> failure = prepare(&why);
    if (failure == Failure::Broken) {
        setAside(why);
        if (QFile::exists(m_path)) // could not be moved: bypassed already
            return;
        if (!openDatabase(&error)) {
            bypass(error);
            return;
        }
        failure = prepare(&why);
    }
    if (failure) {
        bypass(why);
        return;
    }
    m_usable = true;
}

bool StoreConnection::openDatabase(QString *error)
{
    const QFileInfo info(m_path);
    if (!m_readOnly && !QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(Driver, m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs);
    if (m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        closeDatabase();
        return false;
    }
    return true;
}

void StoreConnection::closeDatabase()
{
    m_stampQuery.reset();
    m_resultQuery.reset();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString StoreConnection::blobType() const
{
    // The one type name that differs: PostgreSQL (QPSQL) has no BLOB.
    return m_db.driverName() == u"QPSQL"_s ? u"BYTEA"_s : u"BLOB"_s;
}

std::optional<StoreConnection::Failure> StoreConnection::prepare(QString *why)
{
    const auto classify = [why](const QSqlError &error) {
        *why = error.text();
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == Corrupt || code == NotADatabase)
            return Failure::Broken;
        if (code == Busy || code == Locked)
            *why = tr("another program is writing to it");
        return Failure::Bypass;
    };
    if (m_db.driverName() == Driver) {
        QSqlQuery wal(m_db);
        if (!wal.exec(u"PRAGMA journal_mode=WAL"_s))
            return classify(wal.lastError());
        if (!wal.next() || wal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            *why = tr("it cannot be written");
            return Failure::Bypass;
        }
        QSqlQuery sync(m_db);
        // A cache: losing the last transactions on a power cut is harmless.
        if (!sync.exec(u"PRAGMA synchronous=NORMAL"_s))
            return classify(sync.lastError());
    }
    const QStringList tables = m_db.tables();
    if (m_db.lastError().isValid())
        return classify(m_db.lastError());
    if (tables.contains(u"marsad_meta"_s)) {
        QSqlQuery meta(m_db);
        if (!meta.exec(u"SELECT key, value FROM marsad_meta"_s))
            return classify(meta.lastError());
        QString application, version;
        while (meta.next()) {
            const QString key = meta.value(0).toString();
            if (key == u"application"_s)
                application = meta.value(1).toString();
            else if (key == u"schema_version"_s)
                version = meta.value(1).toString();
        }
        if (application != Application) {
            *why = tr("it belongs to another program");
            return Failure::Broken;
        }
        if (version != QString::number(AnalysisStore::SchemaVersion)) {
            *why = tr("it has schema version %1; this Marsad uses version %2")
                       .arg(version, QString::number(AnalysisStore::SchemaVersion));
            return Failure::Broken;
        }
    } else if (!tables.isEmpty()) {
        *why = tr("it belongs to another program");
        return Failure::Broken;
    } else {
        const QString blob = blobType();
        const QStringList schema = {
            u"CREATE TABLE marsad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE marsad_analysers (analyser TEXT PRIMARY KEY, "
            "used_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE marsad_file_stamps (path TEXT PRIMARY KEY, size BIGINT NOT NULL, "
            "mtime_ns BIGINT NOT NULL, ctime_ns BIGINT NOT NULL, inode BIGINT NOT NULL, "
            "content_hash TEXT NOT NULL)"_s,
            u"CREATE TABLE marsad_file_results (content_hash TEXT NOT NULL, format TEXT NOT NULL, "
            "analyser TEXT NOT NULL, payload "_s +
                blob + u" NOT NULL, PRIMARY KEY (content_hash, format, analyser))"_s,
            u"CREATE TABLE marsad_corpus_runs (corpus_hash TEXT NOT NULL, analyser TEXT NOT NULL, "
            "articles BIGINT NOT NULL, chunks INTEGER NOT NULL, used_at BIGINT NOT NULL, "
            "PRIMARY KEY (corpus_hash, analyser))"_s,
            u"CREATE TABLE marsad_corpus_results (corpus_hash TEXT NOT NULL, "
            "analyser TEXT NOT NULL, chunk INTEGER NOT NULL, payload "_s +
                blob + u" NOT NULL, PRIMARY KEY (corpus_hash, analyser, chunk))"_s,
            u"INSERT INTO marsad_meta (key, value) VALUES ('application', '"_s + Application +
                u"')"_s,
            u"INSERT INTO marsad_meta (key, value) VALUES ('schema_version', '"_s +
                QString::number(AnalysisStore::SchemaVersion) + u"')"_s,
        };
        if (!m_db.transaction())
            return classify(m_db.lastError());
        for (const QString &sql : schema) {
            QSqlQuery create(m_db);
            if (!create.exec(sql)) {
                const QSqlError error = create.lastError();
                m_db.rollback();
                return classify(error);
            }
        }
        if (!m_db.commit())
            return classify(m_db.lastError());
    }
    // A write at every open (this analyser was used now): a locked or
    // read-only store is found here, and bypassed for the whole run, rather
    // than at the first result.
    const qint64 now = QDateTime::currentMSecsSinceEpoch(); // every used_at is in ms
    QSqlQuery probe(m_db);
    probe.prepare(u"INSERT INTO marsad_analysers (analyser, used_at) VALUES (?, ?) "
                  "ON CONFLICT (analyser) DO UPDATE SET used_at = excluded.used_at"_s);
    probe.addBindValue(m_key);
    probe.addBindValue(now);
    if (!probe.exec())
        return classify(probe.lastError());
    // Results of analysers not used for a while (older builds, a gazetteer
    // tried once) are dropped, so the store does not grow with every build.
    QSqlQuery stale(m_db);
    stale.prepare(u"SELECT analyser FROM marsad_analysers WHERE used_at < ?"_s);
    stale.addBindValue(now - qint64(AnalysisStore::KeepUnusedAnalyserDays) * 86400 * 1000);
    if (!stale.exec())
        return classify(stale.lastError());
    QStringList old;
    while (stale.next())
        old.append(stale.value(0).toString());
    for (const QString &analyser : std::as_const(old)) {
        for (const QString &table : {u"marsad_file_results"_s, u"marsad_corpus_results"_s,
                                     u"marsad_corpus_runs"_s, u"marsad_analysers"_s}) {
            QSqlQuery drop(m_db);
            drop.prepare(u"DELETE FROM "_s + table + u" WHERE analyser = ?"_s);
            drop.addBindValue(analyser);
            if (!drop.exec())
                return classify(drop.lastError());
        }
    }
    return std::nullopt;
}

void StoreConnection::setAside(const QString &why)
{
    closeDatabase();
    m_usable = false;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString aside = m_path + u".broken-"_s + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + u".broken-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, aside)) {
        bypass(tr("%1, and it cannot be moved aside").arg(why));
        return;
    }
    // The WAL and shared-memory files belong to the damaged database.
    for (const QString &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + companion) &&
            !QFile::rename(m_path + companion, aside + companion))
            QFile::remove(m_path + companion);
    }
    m_issues.append(Issue::warning(
        m_path, tr("The analysis store could not be used (%1); it was set aside as %2 and is "
                   "rebuilt.")
                    .arg(why, QFileInfo(aside).fileName())));
}

void StoreConnection::bypass(const QString &why)
{
    closeDatabase();
    m_usable = false;
    m_issues.append(Issue::warning(
        m_path, tr("The analysis store is not used for this run (%1); everything is analysed "
                   "afresh.")
                    .arg(why)));
}

bool StoreConnection::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    failed(query.lastError());
    return false;
}

void StoreConnection::failed(const QSqlError &error)
{
    if (!m_usable)
        return;
    // Acted upon in settle(), once the caller's queries are gone.
    m_usable = false;
    const int code = error.nativeErrorCode().toInt() & 0xff;
    m_failure = code == Corrupt || code == NotADatabase ? Failure::Broken : Failure::Bypass;
    m_failureReason =
        code == Busy || code == Locked ? tr("another program is writing to it") : error.text();
}

void StoreConnection::settle()
{
    if (!m_failure)
        return;
    const Failure failure = *std::exchange(m_failure, std::nullopt);
    if (failure == Failure::Broken) {
        QMutexLocker lock(&openMutex());
        setAside(m_failureReason); // the next open rebuilds it
    } else {
        bypass(m_failureReason);
    }
}

std::optional<QByteArray> StoreConnection::stampedHash(const QString &path, const FileStamp &stamp)
{
    if (!m_usable || !stamp.isValid())
        return std::nullopt;
    if (!m_stampQuery) {
        m_stampQuery = std::make_unique<QSqlQuery>(m_db);
        m_stampQuery->setForwardOnly(true);
        m_stampQuery->prepare(u"SELECT size, mtime_ns, ctime_ns, inode, content_hash "
                              "FROM marsad_file_stamps WHERE path = ?"_s);
    }
    QSqlQuery &q = *m_stampQuery;
    q.addBindValue(path);
    std::optional<QByteArray> hash;
    if (exec(q) && q.next()) {
        const FileStamp stored{q.value(0).toLongLong(), q.value(1).toLongLong(),
                               q.value(2).toLongLong(), q.value(3).toLongLong()};
        if (stored == stamp)
            hash = QByteArray::fromHex(q.value(4).toString().toLatin1());
    }
    if (m_usable)
        q.finish();
    settle();
    return hash;
}

QByteArray StoreConnection::fileResult(const QByteArray &contentHash, const QString &format)
{
    if (!m_usable)
        return {};
    if (!m_resultQuery) {
        m_resultQuery = std::make_unique<QSqlQuery>(m_db);
        m_resultQuery->setForwardOnly(true);
        m_resultQuery->prepare(u"SELECT payload FROM marsad_file_results "
                               "WHERE content_hash = ? AND format = ? AND analyser = ?"_s);
    }
    QSqlQuery &q = *m_resultQuery;
    q.addBindValue(QString::fromLatin1(contentHash.toHex()));
    q.addBindValue(format);
    q.addBindValue(m_key);
    QByteArray blob;
    if (exec(q) && q.next())
        blob = q.value(0).toByteArray();
    if (m_usable)
        q.finish();
    settle();
    return blob;
}

bool StoreConnection::putFiles(const QList<FileWrite> &writes)
{
    const bool ok = writeFiles(writes);
    settle();
    return ok;
}

bool StoreConnection::writeFiles(const QList<FileWrite> &writes)
{
    if (!m_usable || writes.isEmpty())
        return m_usable;
    if (!m_db.transaction()) {
        failed(m_db.lastError());
        return false;
    }
    QSqlQuery stamp(m_db), result(m_db);
    stamp.prepare(u"INSERT INTO marsad_file_stamps "
                  "(path, size, mtime_ns, ctime_ns, inode, content_hash) VALUES (?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (path) DO UPDATE SET size = excluded.size, "
                  "mtime_ns = excluded.mtime_ns, ctime_ns = excluded.ctime_ns, "
                  "inode = excluded.inode, content_hash = excluded.content_hash"_s);
    result.prepare(u"INSERT INTO marsad_file_results (content_hash, format, analyser, payload) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (content_hash, format, analyser) "
                   "DO UPDATE SET payload = excluded.payload"_s);
    bool ok = true;
    for (const FileWrite &w : writes) {
        const QString hash = QString::fromLatin1(w.contentHash.toHex());
        if (w.stamp.isValid()) {
            stamp.addBindValue(w.path);
            stamp.addBindValue(w.stamp.size);
            stamp.addBindValue(w.stamp.mtimeNs);
            stamp.addBindValue(w.stamp.ctimeNs);
            stamp.addBindValue(w.stamp.inode);
            stamp.addBindValue(hash);
            if (!(ok = exec(stamp)))
                break;
        }
        if (!w.blob.isEmpty()) {
            result.addBindValue(hash);
            result.addBindValue(w.format);
            result.addBindValue(m_key);
            result.addBindValue(w.blob);
            if (!(ok = exec(result)))
                break;
        }
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        failed(m_db.lastError());
        return false;
    }
    return true;
}

bool StoreConnection::pruneCorpora(const QString &keep)
{
    // Each change to a corpus's set of files gives a new corpus hash: only the
    // most recently used are kept (their size grows with the corpus).
    QSqlQuery runs(m_db);
    runs.setForwardOnly(true);
    if (!runs.exec(
            u"SELECT corpus_hash, analyser FROM marsad_corpus_runs ORDER BY used_at DESC"_s)) {
        failed(runs.lastError());
        return false;
    }
    QList<std::pair<QString, QString>> old;
    for (int n = 1; runs.next();) { // the one just written is kept
        const QString corpus = runs.value(0).toString(), analyser = runs.value(1).toString();
        if (corpus == keep && analyser == m_key)
            continue;
        if (++n > AnalysisStore::KeepCorpora)
            old.append({corpus, analyser});
    }
    for (const auto &[corpus, analyser] : std::as_const(old)) {
        for (const QString &table : {u"marsad_corpus_results"_s, u"marsad_corpus_runs"_s}) {
            QSqlQuery drop(m_db);
            drop.prepare(u"DELETE FROM "_s + table + u" WHERE corpus_hash = ? AND analyser = ?"_s);
            drop.addBindValue(corpus);
            drop.addBindValue(analyser);
            if (!exec(drop))
                return false;
        }
    }
    return true;
}

std::optional<QList<QByteArray>> StoreConnection::corpusResult(const QByteArray &corpusHash,
                                                               qsizetype articles)
{
    std::optional<QList<QByteArray>> chunks = readCorpus(corpusHash, articles);
    settle();
    return chunks;
}

std::optional<QList<QByteArray>> StoreConnection::readCorpus(const QByteArray &corpusHash,
                                                             qsizetype articles)
{
    if (!m_usable)
        return std::nullopt;
    const QString hash = QString::fromLatin1(corpusHash.toHex());
    QSqlQuery run(m_db);
    run.prepare(u"SELECT articles, chunks FROM marsad_corpus_runs "
                "WHERE corpus_hash = ? AND analyser = ?"_s);
    run.addBindValue(hash);
    run.addBindValue(m_key);
    if (!exec(run) || !run.next() || run.value(0).toLongLong() != articles)
        return std::nullopt;
    const int chunks = run.value(1).toInt();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT chunk, payload FROM marsad_corpus_results "
              "WHERE corpus_hash = ? AND analyser = ? ORDER BY chunk"_s);
    q.addBindValue(hash);
    q.addBindValue(m_key);
    if (!exec(q))
        return std::nullopt;
    QList<QByteArray> out;
    out.reserve(chunks);
    while (q.next()) {
        if (q.value(0).toInt() != out.size())
            return std::nullopt;
        out.append(q.value(1).toByteArray());
    }
    if (out.size() != chunks)
        return std::nullopt;
    QSqlQuery touch(m_db);
    touch.prepare(u"UPDATE marsad_corpus_runs SET used_at = ? "
                  "WHERE corpus_hash = ? AND analyser = ?"_s);
    touch.addBindValue(QDateTime::currentMSecsSinceEpoch());
    touch.addBindValue(hash);
    touch.addBindValue(m_key);
    if (!exec(touch))
        return std::nullopt;
    return out;
}

bool StoreConnection::putCorpusResult(const QByteArray &corpusHash, qsizetype articles,
                                      const QList<QByteArray> &chunks)
{
    const bool ok = writeCorpus(corpusHash, articles, chunks);
    settle();
    return ok;
}

bool StoreConnection::writeCorpus(const QByteArray &corpusHash, qsizetype articles,
                                  const QList<QByteArray> &chunks)
{
    if (!m_usable)
        return false;
    const QString hash = QString::fromLatin1(corpusHash.toHex());
    if (!m_db.transaction()) {
        failed(m_db.lastError());
        return false;
    }
    bool ok = true;
    QSqlQuery clear(m_db);
    clear.prepare(u"DELETE FROM marsad_corpus_results WHERE corpus_hash = ? AND analyser = ?"_s);
    clear.addBindValue(hash);
    clear.addBindValue(m_key);
    ok = exec(clear);
    QSqlQuery chunk(m_db);
    chunk.prepare(u"INSERT INTO marsad_corpus_results (corpus_hash, analyser, chunk, payload) "
                  "VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; ok && i < chunks.size(); ++i) {
        chunk.addBindValue(hash);
        chunk.addBindValue(m_key);
        chunk.addBindValue(int(i));
        chunk.addBindValue(chunks.at(i));
        ok = exec(chunk);
    }
    if (ok) {
        QSqlQuery run(m_db);
        run.prepare(u"INSERT INTO marsad_corpus_runs "
                    "(corpus_hash, analyser, articles, chunks, used_at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (corpus_hash, analyser) DO UPDATE SET "
                    "articles = excluded.articles, chunks = excluded.chunks, "
                    "used_at = excluded.used_at"_s);
        run.addBindValue(hash);
        run.addBindValue(m_key);
        run.addBindValue(qint64(articles));
        run.addBindValue(int(chunks.size()));
        run.addBindValue(QDateTime::currentMSecsSinceEpoch());
        ok = exec(run);
    }
    if (ok)
        ok = pruneCorpora(hash);
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        failed(m_db.lastError());
        return false;
    }
    return true;
}

} // namespace Marsad::Store
