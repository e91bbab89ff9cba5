// The analyst's store: the same cases on SQLite (a temporary file) and on a
// throwaway PostgreSQL server (skipped, with a warning, when PostgreSQL or
// Qt's QPSQL driver is not installed; set MARSAD_REQUIRE_POSTGRESQL=1 to make
// that a failure, as CI does).
#include "analyststore.h"
#include "support/postgresserver.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Marsad;
using namespace Marsad::Analyst;

namespace {

enum class Backend
{
    SQLite,
    PostgreSQL
};

const char *backendName(Backend backend)
{
    return backend == Backend::SQLite ? "SQLite" : "PostgreSQL";
}

/// A fresh, empty store location of one kind; skip set when it cannot be had.
struct TestStore
{
    Backend backend = Backend::SQLite;
    QTemporaryDir dir;
    StoreLocation location;
    QString skip;

    explicit TestStore(Backend kind) : backend(kind)
    {
        if (kind == Backend::SQLite) {
            location.path = dir.filePath(u"analyst.sqlite"_s);
            return;
        }
        QString failure;
        Tests::PostgresServer *server = Tests::PostgresServer::shared(&skip, &failure);
        if (!failure.isEmpty())
            FAIL(failure.toStdString());
        if (!server) {
            if (qEnvironmentVariableIsSet("MARSAD_REQUIRE_POSTGRESQL"))
                FAIL("PostgreSQL is required here, but " << skip.toStdString());
            return;
        }
        QString error;
        const QString url = server->createDatabase(&error);
        REQUIRE(error.isEmpty());
        REQUIRE(StoreLocation::parse(url, &location, &error));
    }

    std::unique_ptr<AnalystStore> open() const
    {
        QString error;
        auto store = AnalystStore::open(location, &error);
        INFO(error.toStdString());
        REQUIRE(store != nullptr);
        store->setPollInterval(100);
        return store;
    }

    /// A plain Qt SQL connection to the same database, for what the store
    /// itself would never do; closed by the caller with closeRaw().
    QSqlDatabase raw(const QString &name) const
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(backend == Backend::SQLite ? u"QSQLITE"_s : u"QPSQL"_s, name);
        if (backend == Backend::SQLite) {
            db.setDatabaseName(location.path);
        } else {
            db.setHostName(location.host);
            db.setDatabaseName(location.database);
            db.setUserName(location.user);
        }
        REQUIRE(db.open());
        return db;
    }
};

void closeRaw(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

#define SKIP_UNLESS_AVAILABLE(test)                                                                \
    do {                                                                                           \
        if (!(test).skip.isEmpty()) {                                                              \
            WARN("PostgreSQL case skipped: " << (test).skip.toStdString());                        \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/// Processes events until \a condition holds or 5 s pass (QTRY_VERIFY's way).
bool waitFor(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(5000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

Anchor spanAnchor()
{
    Anchor a;
    a.articleKey = QByteArray(64, 'a');
    a.file = u"corpus/002-jsonl.jsonl"_s;
    a.indexInFile = 3;
    a.span = {120, 127};
    a.surface = u"الخرطوم"_s;
    a.before = u"في مدينة "_s;
    a.after = u" أمس"_s;
    return a;
}

Correction fullCorrection(CorrectionKind kind)
{
    Correction c;
    c.uid = newUid();
    c.kind = kind;
    c.anchor = spanAnchor();
    c.entityId = u"sd-khartoum"_s;
    c.targetEntityId = u"sd-omdurman"_s;
    c.dateStart = QDate(2023, 4, 15);
    c.dateEnd = QDate(2023, 4, 17);
    c.note = u"التاريخ من الخبر نفسه — 'quoted' \"text\""_s;
    c.entity.id = u"x-aghdara"_s;
    c.entity.type = EntityType::Organization;
    c.entity.ar = u"الأغدرة"_s;
    c.entity.en = u"Aghdara"_s;
    c.entity.aliases = {u"اغدرة"_s, u"Agh'dara"_s};
    c.entity.lat = 15.588889123456789;
    c.entity.lon = -32.534166;
    c.entity.hasCoordinates = true;
    return c;
}

Note fullNote()
{
    Note n;
    n.uid = newUid();
    n.target = NoteTarget::Event;
    n.anchor = spanAnchor();
    n.text = u"مصدر واحد فقط"_s;
    n.tags = {u"verify"_s, u"مهم"_s};
    n.bookmark = true;
    return n;
}

SavedView fullView()
{
    SavedView v;
    v.uid = newUid();
    v.name = u"الخرطوم، أبريل"_s;
    v.includedEntities = {u"sd-khartoum"_s};
    v.excludedEntities = {u"sd-rsf"_s, u"sd-saf"_s};
    v.filterFrom = QDate(2023, 4, 1);
    v.filterTo = QDate(2023, 4, 30);
    v.query = u"قصف"_s;
    v.undatedOnly = true;
    v.timelineFrom = QDate(2023, 3, 1);
    v.timelineTo = QDate(2023, 6, 1);
    v.mapLat = 15.5;
    v.mapLon = 32.5;
    v.mapZoom = 6.25;
    return v;
}

/// Compares everything but what the store stamps (author, modified).
template<typename Item>
Item unstamped(Item item)
{
    item.author.clear();
    item.modified = {};
    return item;
}

void checkSame(const Correction &a, const Correction &b)
{
    CHECK(a.uid == b.uid);
    CHECK(a.kind == b.kind);
    CHECK(a.anchor == b.anchor);
    CHECK(a.entityId == b.entityId);
    CHECK(a.targetEntityId == b.targetEntityId);
    CHECK(a.dateStart == b.dateStart);
    CHECK(a.dateEnd == b.dateEnd);
    CHECK(a.note == b.note);
    CHECK(a.entity == b.entity);
    CHECK(a.deleted == b.deleted);
}

void checkSame(const Note &a, const Note &b)
{
    CHECK(a.uid == b.uid);
    CHECK(a.target == b.target);
    CHECK(a.anchor == b.anchor);
    CHECK(a.text == b.text);
    CHECK(a.tags == b.tags);
    CHECK(a.bookmark == b.bookmark);
    CHECK(a.deleted == b.deleted);
}

void checkSame(const SavedView &a, const SavedView &b)
{
    CHECK(a.uid == b.uid);
    CHECK(a.name == b.name);
    CHECK(a.includedEntities == b.includedEntities);
    CHECK(a.excludedEntities == b.excludedEntities);
    CHECK(a.filterFrom == b.filterFrom);
    CHECK(a.filterTo == b.filterTo);
    CHECK(a.query == b.query);
    CHECK(a.undatedOnly == b.undatedOnly);
    CHECK(a.timelineFrom == b.timelineFrom);
    CHECK(a.timelineTo == b.timelineTo);
    CHECK(a.mapLat == b.mapLat);
    CHECK(a.mapLon == b.mapLon);
    CHECK(a.mapZoom == b.mapZoom);
    CHECK(a.deleted == b.deleted);
}

template<typename Item>
const Item *findUid(const QList<Item> &items, const QString &uid)
{
    for (const Item &item : items)
        if (item.uid == uid)
            return &item;
    return nullptr;
}

} // namespace

TEST_CASE("StoreLocation reads sqlite:, plain paths and postgresql:// URLs", "[analyststore]")
{
    StoreLocation l;
    QString error;
    REQUIRE(StoreLocation::parse(u"sqlite:/tmp/a b/analyst.sqlite"_s, &l, &error));
    CHECK(l.kind == StoreLocation::Kind::SQLite);
    CHECK(l.path == u"/tmp/a b/analyst.sqlite"_s);
    CHECK(l.toString() == u"sqlite:/tmp/a b/analyst.sqlite"_s);

    REQUIRE(StoreLocation::parse(u"project/analyst.sqlite"_s, &l, &error));
    CHECK(l.kind == StoreLocation::Kind::SQLite);
    CHECK(l.path == u"project/analyst.sqlite"_s);

    REQUIRE(StoreLocation::parse(u"postgresql://ana:s%40cret@db.example.org:6543/marsad"_s, &l,
                                 &error));
    CHECK(l.kind == StoreLocation::Kind::PostgreSQL);
    CHECK(l.user == u"ana"_s);
    CHECK(l.password == u"s@cret"_s);
    CHECK(l.host == u"db.example.org"_s);
    CHECK(l.port == 6543);
    CHECK(l.database == u"marsad"_s);
    CHECK(l.toString() == u"postgresql://ana@db.example.org:6543/marsad"_s); // no password

    REQUIRE(StoreLocation::parse(u"postgres://marsad@/team?host=/run/postgresql"_s, &l, &error));
    CHECK(l.kind == StoreLocation::Kind::PostgreSQL);
    CHECK(l.host == u"/run/postgresql"_s);
    CHECK(l.port == 5432);
    CHECK(l.user == u"marsad"_s);
    CHECK(l.database == u"team"_s);
    CHECK(l.toString() == u"postgresql://marsad@/team?host=/run/postgresql"_s);
    StoreLocation again;
    REQUIRE(StoreLocation::parse(l.toString(), &again, &error));
    CHECK(again.host == l.host);
    CHECK(again.database == l.database);

    REQUIRE(StoreLocation::parse(u"postgresql://[::1]:5433/x"_s, &l, &error));
    CHECK(l.host == u"::1"_s);
    CHECK(l.port == 5433);
    CHECK(l.toString() == u"postgresql://[::1]:5433/x"_s);

    REQUIRE(StoreLocation::parse(u"postgresql:///x?host=/tmp/s&port=5499"_s, &l, &error));
    CHECK(l.toString() == u"postgresql:///x?host=/tmp/s&port=5499"_s);

    for (const QString &bad :
         {u""_s, u"sqlite:"_s, u"mysql://db/x"_s, u"postgresql://host"_s, u"postgresql://host/"_s,
          u"postgresql://host:port/x"_s, u"postgresql://host:99999/x"_s,
          u"postgresql://host/x?sslmode=require"_s}) {
        INFO(bad.toStdString());
        error.clear();
        CHECK_FALSE(StoreLocation::parse(bad, &l, &error));
        CHECK(error.contains(u"postgresql://"_s)); // says what is expected
    }
    StoreLocation::parse(u"mysql://db/x"_s, &l, &error);
    CHECK(error.contains(u"'mysql'"_s));
}

TEST_CASE("The analyst's store keeps every field of every item", "[analyststore]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backendName(backend));
    TestStore test(backend);
    SKIP_UNLESS_AVAILABLE(test);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QList<Correction> corrections;
    {
        auto store = test.open();
        CHECK(store->load().isEmpty());
        for (CorrectionKind kind : {CorrectionKind::RemoveMention, CorrectionKind::ChangeEntity,
                                    CorrectionKind::AddMention, CorrectionKind::SetDate,
                                    CorrectionKind::MergeEntities, CorrectionKind::NewEntity}) {
            corrections.append(fullCorrection(kind));
            REQUIRE(store->insert(corrections.last()));
        }
        Correction plain; // empty strings, invalid dates, no anchor
        plain.uid = newUid();
        corrections.append(plain);
        REQUIRE(store->insert(plain));
        REQUIRE(store->insert(fullNote()));
        REQUIRE(store->insert(fullView()));
    }
    // Read back by another store object (a new connection).
    auto store = test.open();
    const AnalystData data = store->load();
    REQUIRE(data.corrections.size() == corrections.size());
    for (const Correction &c : std::as_const(corrections)) {
        const Correction *read = findUid(data.corrections, c.uid);
        REQUIRE(read);
        checkSame(*read, c);
        CHECK_FALSE(read->author.isEmpty());
        CHECK(read->modified.timeSpec() == Qt::UTC);
        CHECK(read->modified >= before);
        CHECK(read->modified <= QDateTime::currentDateTimeUtc());
    }
    CHECK_FALSE(findUid(data.corrections, corrections.last().uid)->anchor.span.isValid());
    REQUIRE(data.notes.size() == 1);
    Note note = fullNote();
    note.uid = data.notes.first().uid;
    checkSame(data.notes.first(), note);
    CHECK_FALSE(data.notes.first().author.isEmpty());
    REQUIRE(data.views.size() == 1);
    SavedView view = fullView();
    view.uid = data.views.first().uid;
    checkSame(data.views.first(), view);
    // In the order they were made.
    for (qsizetype i = 0; i < corrections.size(); ++i)
        CHECK(data.corrections.at(i).uid == corrections.at(i).uid);
}

TEST_CASE("The analyst's store: an item inserted twice is one item", "[analyststore]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backendName(backend));
    TestStore test(backend);
    SKIP_UNLESS_AVAILABLE(test);
    auto store = test.open();
    Correction c = fullCorrection(CorrectionKind::SetDate);
    REQUIRE(store->insert(c));
    Correction retried = c;
    retried.note = u"a retry must not overwrite"_s;
    REQUIRE(store->insert(retried));
    const AnalystData data = store->load();
    REQUIRE(data.corrections.size() == 1);
    CHECK(data.corrections.first().note == c.note);

    Correction nameless;
    CHECK_FALSE(store->insert(nameless));
    CHECK_FALSE(store->lastError().isEmpty());
}

TEST_CASE("The analyst's store: two clients change one correction", "[analyststore]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backendName(backend));
    TestStore test(backend);
    SKIP_UNLESS_AVAILABLE(test);
    auto alice = test.open();
    auto bob = test.open();
    const Correction original = fullCorrection(CorrectionKind::SetDate);
    REQUIRE(alice->insert(original));

    SECTION("different fields: both are kept")
    {
        // Both start from the same state; neither has seen the other's write.
        Correction byAlice = original;
        byAlice.note = u"Alice's reason"_s;
        Correction byBob = original;
        byBob.dateStart = QDate(2023, 5, 1);
        byBob.dateEnd = QDate(2023, 5, 2);
        REQUIRE(alice->update(original, byAlice));
        REQUIRE(bob->update(original, byBob));
        const Correction merged = alice->load().corrections.value(0);
        CHECK(merged.note == u"Alice's reason"_s);
        CHECK(merged.dateStart == QDate(2023, 5, 1));
        CHECK(merged.dateEnd == QDate(2023, 5, 2));
        CHECK(merged.entityId == original.entityId);
    }
    SECTION("the same field: the last write wins")
    {
        Correction byAlice = original;
        byAlice.note = u"Alice"_s;
        Correction byBob = original;
        byBob.note = u"Bob"_s;
        REQUIRE(alice->update(original, byAlice));
        REQUIRE(bob->update(original, byBob));
        CHECK(alice->load().corrections.value(0).note == u"Bob"_s);
        CHECK(bob->load().corrections.value(0).note == u"Bob"_s);
    }
    SECTION("at the same time, from two threads")
    {
        // Each thread writes its own field 20 times with its own connection.
        const auto writer = [&test, &original](bool notes) {
            QString error;
            auto store = AnalystStore::open(test.location, &error);
            if (!store)
                return;
            Correction before = original;
            for (int i = 1; i <= 20; ++i) {
                Correction now = before;
                if (notes)
                    now.note = u"note %1"_s.arg(i);
                else
                    now.entityId = u"entity-%1"_s.arg(i);
                if (!store->update(before, now))
                    return;
                before = now;
            }
        };
        QThread *first = QThread::create(writer, true);
        QThread *second = QThread::create(writer, false);
        first->start();
        second->start();
        REQUIRE(first->wait(30000));
        REQUIRE(second->wait(30000));
        delete first;
        delete second;
        const Correction merged = alice->load().corrections.value(0);
        CHECK(merged.note == u"note 20"_s);
        CHECK(merged.entityId == u"entity-20"_s);
        CHECK(merged.dateStart == original.dateStart);
    }
    SECTION("nothing changed: nothing is written")
    {
        REQUIRE(alice->update(original, original));
        Correction other = original;
        other.uid = newUid();
        CHECK_FALSE(alice->update(original, other)); // never another uid
        Correction missing = original;
        missing.uid = newUid();
        Correction changed = missing;
        changed.note = u"x"_s;
        CHECK_FALSE(alice->update(missing, changed));
        CHECK(alice->lastError().contains(missing.uid));
    }
}

TEST_CASE("The analyst's store: tombstones and revival", "[analyststore]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backendName(backend));
    TestStore test(backend);
    SKIP_UNLESS_AVAILABLE(test);
    auto store = test.open();
    const Correction c = fullCorrection(CorrectionKind::RemoveMention);
    const Note n = fullNote();
    const SavedView v = fullView();
    REQUIRE(store->insert(c));
    REQUIRE(store->insert(n));
    REQUIRE(store->insert(v));
    REQUIRE(store->setCorrectionDeleted(c.uid, true));
    REQUIRE(store->setNoteDeleted(n.uid, true));
    REQUIRE(store->setViewDeleted(v.uid, true));
    CHECK(store->load().isEmpty());
    // Inserting it again does not revive it: the uid is taken.
    REQUIRE(store->insert(c));
    CHECK(store->load().corrections.isEmpty());
    REQUIRE(store->setCorrectionDeleted(c.uid, false));
    REQUIRE(store->setNoteDeleted(n.uid, false));
    REQUIRE(store->setViewDeleted(v.uid, false));
    const AnalystData data = store->load();
    REQUIRE(data.corrections.size() == 1);
    checkSame(data.corrections.first(), c);
    CHECK(data.notes.size() == 1);
    CHECK(data.views.size() == 1);
    CHECK_FALSE(store->setNoteDeleted(newUid(), true));
}

TEST_CASE("The analyst's store tells the other clients, not the writer", "[analyststore]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backendName(backend));
    TestStore test(backend);
    SKIP_UNLESS_AVAILABLE(test);
    auto writer = test.open();
    auto reader = test.open();
    QSignalSpy writerSpy(writer.get(), &AnalystStore::changed);
    QSignalSpy readerSpy(reader.get(), &AnalystStore::changed);

    const Correction c = fullCorrection(CorrectionKind::SetDate);
    REQUIRE(writer->insert(c));
    REQUIRE(waitFor([&] { return readerSpy.count() > 0; }));
    CHECK(reader->load().corrections.value(0).uid == c.uid);

    Correction now = c;
    now.note = u"changed"_s;
    readerSpy.clear();
    REQUIRE(writer->update(c, now));
    REQUIRE(waitFor([&] { return readerSpy.count() > 0; }));
    CHECK(reader->load().corrections.value(0).note == u"changed"_s);

    readerSpy.clear();
    REQUIRE(writer->setCorrectionDeleted(c.uid, true));
    REQUIRE(waitFor([&] { return readerSpy.count() > 0; }));
    CHECK(reader->load().corrections.isEmpty());

    // The reader writes back: the writer hears of it.
    REQUIRE(reader->setSetting(u"corpus"_s, u"/data/corpus"_s));
    REQUIRE(waitFor([&] { return writerSpy.count() > 0; }));

    // Never for one's own writes: a few polls (or notifications) later, nothing.
    readerSpy.clear();
    writerSpy.clear();
    REQUIRE(reader->insert(fullNote()));
    REQUIRE(waitFor([&] { return writerSpy.count() > 0; }));
    QElapsedTimer quiet;
    quiet.start();
    waitFor([&] { return quiet.elapsed() > 400; });
    CHECK(readerSpy.isEmpty());
}

TEST_CASE("The analyst's store keeps a project's settings", "[analyststore]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backendName(backend));
    TestStore test(backend);
    SKIP_UNLESS_AVAILABLE(test);
    {
        auto store = test.open();
        CHECK(store->setting(u"corpus"_s).isEmpty());
        REQUIRE(store->setSetting(u"corpus"_s, u"/data/السودان"_s));
        REQUIRE(store->setSetting(u"last-view"_s, u"{\"zoom\": 3}"_s));
        REQUIRE(store->setSetting(u"corpus"_s, u"/data/sudan"_s));
        REQUIRE(store->setSetting(u"empty"_s, QString()));
    }
    auto store = test.open();
    CHECK(store->setting(u"corpus"_s) == u"/data/sudan"_s);
    CHECK(store->setting(u"last-view"_s) == u"{\"zoom\": 3}"_s);
    CHECK(store->setting(u"empty"_s).isEmpty());
    CHECK(store->setting(u"missing"_s).isEmpty());
}

TEST_CASE("The analyst's store refuses a newer schema", "[analyststore]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backendName(backend));
    TestStore test(backend);
    SKIP_UNLESS_AVAILABLE(test);
    const Correction c = fullCorrection(CorrectionKind::SetDate);
    {
        auto store = test.open();
        REQUIRE(store->insert(c));
    }
    QSqlDatabase db = test.raw(u"newer-schema"_s);
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(
            u"UPDATE marsad_analyst_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
                AnalystStore::SchemaVersion + 1)));
    }
    QString error;
    CHECK(AnalystStore::open(test.location, &error) == nullptr);
    CHECK(error.contains(test.location.toString()));
    CHECK(error.contains(u"newer"_s));
    {
        // Nothing was rewritten.
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT value FROM marsad_analyst_meta WHERE key = 'schema_version'"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == AnalystStore::SchemaVersion + 1);
        QSqlQuery count(db);
        REQUIRE(count.exec(u"SELECT COUNT(*) FROM marsad_corrections"_s));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 1);
    }
    closeRaw(db);
}

TEST_CASE("The analyst's store leaves a file that is not its own alone", "[analyststore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.sqlite"_s);
    const QByteArray garbage(4096, 'x');
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    StoreLocation location;
    QString error;
    REQUIRE(StoreLocation::parse(path, &location, &error));
    CHECK(AnalystStore::open(location, &error) == nullptr);
    CHECK(error.contains(path));
    CHECK(error.contains(u"not an SQLite database"_s));
    CHECK(Tests::readFile(path) == garbage);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"garbage.sqlite"_s});

    // Another program's SQLite database (the analysis cache, given by mistake).
    const QString foreign = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE other (x INTEGER)"_s);
        closeRaw(db);
    }
    const QByteArray before = Tests::readFile(foreign);
    REQUIRE(StoreLocation::parse(u"sqlite:"_s + foreign, &location, &error));
    CHECK(AnalystStore::open(location, &error) == nullptr);
    CHECK(error.contains(foreign));
    CHECK(error.contains(u"another program"_s));
    CHECK(Tests::readFile(foreign) == before);

    // A new file in a folder that does not exist yet: both are made.
    REQUIRE(StoreLocation::parse(dir.filePath(u"project/sub/analyst.sqlite"_s), &location, &error));
    CHECK(AnalystStore::open(location, &error) != nullptr);
    CHECK(QFile::exists(dir.filePath(u"project/sub/analyst.sqlite"_s)));
}

TEST_CASE("The analyst's store names an unreachable PostgreSQL server", "[analyststore]")
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        WARN("PostgreSQL case skipped: Qt's QPSQL driver is not installed");
        return;
    }
    QTemporaryDir dir; // an empty socket folder: nobody listens
    StoreLocation location;
    QString error;
    REQUIRE(StoreLocation::parse(u"postgresql://marsad@/nowhere?host="_s + dir.path(), &location,
                                 &error));
    CHECK(AnalystStore::open(location, &error) == nullptr);
    CHECK(error.contains(location.toString()));
}

TEST_CASE("The analyst's store reconnects to a PostgreSQL server that dropped it", "[analyststore]")
{
    TestStore test(Backend::PostgreSQL);
    SKIP_UNLESS_AVAILABLE(test);
    auto writer = test.open();
    auto reader = test.open();
    QSignalSpy readerSpy(reader.get(), &AnalystStore::changed);
    const Correction c = fullCorrection(CorrectionKind::SetDate);
    REQUIRE(writer->insert(c));
    REQUIRE(waitFor([&] { return readerSpy.count() > 0; }));

    // The server ends every session (a restart, an administrator, a network cut).
    QSqlDatabase db = test.raw(u"terminate"_s);
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s));
    }
    closeRaw(db);
    QThread::msleep(100);

    readerSpy.clear();
    Correction now = c;
    now.note = u"after the cut"_s;
    CHECK(writer->update(c, now));
    INFO(writer->lastError().toStdString());
    // The reader finds out by itself, and hears of writes again.
    REQUIRE(waitFor([&] { return readerSpy.count() > 0; }));
    CHECK(reader->load().corrections.value(0).note == u"after the cut"_s);
    readerSpy.clear();
    REQUIRE(writer->setCorrectionDeleted(c.uid, true));
    REQUIRE(waitFor([&] { return readerSpy.count() > 0; }));
    CHECK(reader->load().corrections.isEmpty());
}
