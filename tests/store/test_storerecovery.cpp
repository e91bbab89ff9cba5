// A bad store never crashes and never loses work: damaged or foreign files are
// set aside and rebuilt, locked or read-only ones bypassed, each with a warning.
#include "analyserkey.h"
#include "storetestsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace Marsad;
using namespace Marsad::Tests;
using namespace Qt::StringLiterals;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// Runs SQL on the store file through a connection of its own.
void execSql(const QString &path, const QStringList &statements)
{
    const QString name = u"test-sql"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The store was set aside and rebuilt: a warning, a broken file, the same
/// results, and the next run reads from the new store.
void requireRecovered(StoreFixture &f, const Session::PipelineResult &reference)
{
    const auto run = analyse({f.corpus}, f.store);
    const Issues warnings = storeIssues(run, f.storePath);
    REQUIRE(warnings.size() == 1);
    CHECK_FALSE(warnings.first().isError());
    CHECK(warnings.first().message.contains(u"set aside"_s));
    CHECK(f.brokenFiles().size() == 1);
    requireSame(withoutStoreIssues(run, f.storePath), reference);
    const auto warm = analyse({f.corpus}, f.store);
    CHECK(storeIssues(warm, f.storePath).isEmpty());
    CHECK(warm.filesFromStore == f.files().size());
    CHECK(warm.datesFromStore);
    requireSame(warm, reference);
}

} // namespace

TEST_CASE("Store recovery: garbage in place of the store", "[store][recovery]")
{
    StoreFixture f;
    const auto reference = analyse({f.corpus});
    SECTION("random bytes")
    {
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i)
            garbage.append(char((i * 7919) % 251));
        writeBytes(f.storePath, garbage);
    }
    SECTION("a few bytes")
    {
        writeBytes(f.storePath, "SQLite");
    }
    SECTION("an SQLite header followed by garbage")
    {
        QByteArray bytes("SQLite format 3\0", 16);
        bytes.append(QByteArray(8192, '\x7f'));
        writeBytes(f.storePath, bytes);
    }
    requireRecovered(f, reference);
}

TEST_CASE("Store recovery: a truncated store", "[store][recovery]")
{
    StoreFixture f;
    const auto reference = analyse({f.corpus});
    analyse({f.corpus}, f.store);
    QFile file(f.storePath);
    REQUIRE(file.size() > 8192);
    REQUIRE(file.resize(file.size() / 2));
    requireRecovered(f, reference);
}

TEST_CASE("Store recovery: a newer schema or another program's database", "[store][recovery]")
{
    StoreFixture f;
    const auto reference = analyse({f.corpus});
    SECTION("newer schema version")
    {
        analyse({f.corpus}, f.store);
        execSql(f.storePath,
                {u"UPDATE marsad_meta SET value = '99' WHERE key = 'schema_version'"_s});
    }
    SECTION("another program's database")
    {
        QDir().mkpath(QFileInfo(f.storePath).path());
        execSql(f.storePath, {u"CREATE TABLE accounts (id INTEGER, name TEXT)"_s,
                              u"INSERT INTO accounts VALUES (1, 'x')"_s});
    }
    requireRecovered(f, reference);
}

TEST_CASE("Store recovery: a store locked by another writer is bypassed", "[store][recovery]")
{
    StoreFixture f;
    const auto reference = analyse({f.corpus});
    analyse({f.corpus}, f.store);
    f.store->setBusyTimeout(50);
    const QString name = u"test-locker"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(f.storePath);
        REQUIRE(db.open());
        QSqlQuery lock(db);
        REQUIRE(lock.exec(u"BEGIN EXCLUSIVE"_s));

        const auto run = analyse({f.corpus}, f.store);
        const Issues warnings = storeIssues(run, f.storePath);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().message.contains(u"not used"_s));
        CHECK(run.filesFromStore == 0);
        CHECK(f.brokenFiles().isEmpty()); // a locked store is not damaged
        requireSame(withoutStoreIssues(run, f.storePath), reference);

        REQUIRE(lock.exec(u"ROLLBACK"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const auto warm = analyse({f.corpus}, f.store);
    CHECK(storeIssues(warm, f.storePath).isEmpty());
    CHECK(warm.filesFromStore == f.files().size());
    requireSame(warm, reference);
}

TEST_CASE("Store recovery: a read-only store is bypassed", "[store][recovery]")
{
    StoreFixture f;
    const auto reference = analyse({f.corpus});
    analyse({f.corpus}, f.store);
    SECTION("opened read-only (what a read-only file or folder does, even as root)")
    {
        f.store->setReadOnly(true);
    }
    SECTION("a read-only file")
    {
        if (::geteuid() == 0) {
            WARN("skipped: root ignores file permissions (the read-only open above covers it)");
            return;
        }
        REQUIRE(QFile::setPermissions(f.storePath, QFile::ReadOwner | QFile::ReadUser));
    }
    SECTION("a read-only folder without a store yet")
    {
        if (::geteuid() == 0) {
            WARN("skipped: root ignores folder permissions");
            return;
        }
        const QString folder = f.temp.filePath(u"locked"_s);
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        f.storePath = folder + u"/analysis.sqlite"_s;
        f.store = std::make_shared<Store::AnalysisStore>(f.storePath);
    }
    const auto run = analyse({f.corpus}, f.store);
    const Issues warnings = storeIssues(run, f.storePath);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().message.contains(u"not used"_s));
    CHECK(f.brokenFiles().isEmpty());
    requireSame(withoutStoreIssues(run, f.storePath), reference);
}

TEST_CASE("Store recovery: a damaged result blob is recomputed and replaced", "[store][recovery]")
{
    StoreFixture f;
    const auto reference = analyse({f.corpus});
    analyse({f.corpus}, f.store);
    execSql(f.storePath, {u"UPDATE marsad_file_results SET payload = X'00112233'"_s,
                          u"UPDATE marsad_corpus_results SET payload = X'4d525344'"_s});
    const auto run = analyse({f.corpus}, f.store);
    CHECK(run.filesFromStore == 0);
    CHECK_FALSE(run.datesFromStore);
    requireSame(run, reference);
    const auto warm = analyse({f.corpus}, f.store);
    CHECK(warm.filesFromStore == f.files().size());
    CHECK(warm.datesFromStore);
    requireSame(warm, reference);
}

TEST_CASE("Store: the default file is in the application's data folder", "[store]")
{
    CHECK(Store::AnalysisStore::defaultPath().endsWith(u"/analysis.sqlite"_s));
    CHECK(Store::AnalysisStore::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
}

TEST_CASE("Store: old results do not pile up", "[store][prune]")
{
    StoreFixture f;
    const QStringList files = f.files();
    // Ten different sets of files: only the most recently used corpora are kept.
    QList<QStringList> sets;
    for (const QString &file : files)
        sets.append({file});
    for (qsizetype i = 0; i + 1 < files.size(); ++i)
        sets.append({files.at(i), files.at(i + 1)});
    for (const QStringList &set : std::as_const(sets))
        analyse(set, f.store);
    const auto count = [&f](const QString &sql) {
        const QString name = u"test-count"_s;
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(f.storePath);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            n = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    };
    CHECK(count(u"SELECT COUNT(*) FROM marsad_corpus_runs"_s) == Store::AnalysisStore::KeepCorpora);
    CHECK(count(u"SELECT COUNT(DISTINCT corpus_hash) FROM marsad_corpus_results"_s) ==
          Store::AnalysisStore::KeepCorpora);
    // The last one is still read.
    CHECK(analyse(sets.last(), f.store).datesFromStore);

    // An analyser unused for long loses its results when the store is opened.
    execSql(f.storePath,
            {u"INSERT INTO marsad_analysers (analyser, used_at) VALUES ('old-build', 1000000)"_s,
             u"INSERT INTO marsad_file_results (content_hash, format, analyser, payload) "
             "VALUES ('ab', 'txt', 'old-build', X'00')"_s});
    CHECK(count(u"SELECT COUNT(*) FROM marsad_file_results WHERE analyser = 'old-build'"_s) == 1);
    analyse({f.corpus}, f.store);
    CHECK(count(u"SELECT COUNT(*) FROM marsad_file_results WHERE analyser = 'old-build'"_s) == 0);
    CHECK(count(u"SELECT COUNT(*) FROM marsad_file_results"_s) == files.size());
}
