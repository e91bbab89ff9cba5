// The commands and the analysis store: a second run reads what the first kept
// and prints the same; --no-cache keeps nothing.
#include "syntheticcorpus.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Marsad::Tests;

TEST_CASE("analyze with a store prints the same cold and warm", "[cli][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString corpus = dir.filePath(u"corpus"_s);
    REQUIRE(QDir().mkpath(corpus));
    Marsad::Bench::writeSyntheticCorpus(corpus, 60, 11);
    const QString store = dir.filePath(u"store.sqlite"_s);

    const auto afresh = runMarsad({u"analyze"_s, u"--no-cache"_s, corpus, sampleCorpusDir()});
    REQUIRE(afresh.exitCode == 0);
    const auto cold = runMarsad({u"analyze"_s, u"--cache"_s, store, corpus, sampleCorpusDir()});
    REQUIRE(cold.exitCode == 0);
    CHECK(QFileInfo::exists(store));
    const auto warm = runMarsad({u"analyze"_s, u"--cache"_s, store, corpus, sampleCorpusDir()});
    REQUIRE(warm.exitCode == 0);
    CHECK(cold.out == afresh.out);
    CHECK(warm.out == cold.out);
    CHECK(warm.err == cold.err);

    // The data exports read the same store.
    const QString events = dir.filePath(u"events.csv"_s);
    const auto exported = runMarsad(
        {u"export-events"_s, u"--cache"_s, store, corpus, sampleCorpusDir(), u"-o"_s, events});
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo(events).size() > 0);
}

TEST_CASE("analyze without a store keeps nothing, a broken store is set aside with a warning",
          "[cli][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString store = dir.filePath(u"store.sqlite"_s);
    const auto none =
        runMarsad({u"analyze"_s, u"--cache"_s, store, u"--no-cache"_s, sampleCorpusDir()});
    CHECK(none.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(store));

    QFile garbage(store);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    const auto clean = runMarsad({u"analyze"_s, u"--no-cache"_s, sampleCorpusDir()});
    const auto repaired = runMarsad({u"analyze"_s, u"--cache"_s, store, sampleCorpusDir()});
    CHECK(repaired.exitCode == 0); // a warning, not a failure
    CHECK(repaired.out == clean.out);
    CHECK(QString::fromUtf8(repaired.err).contains(u"warning"_s));
    CHECK_FALSE(QDir(dir.path()).entryList({u"store.sqlite.broken-*"_s}).isEmpty());
}
