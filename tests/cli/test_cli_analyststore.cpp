// --store, the analyst's store whose corrections the commands apply: accepted
// (an SQLite store is made when missing), and refused with exit 2 when the
// location is not one or the store cannot be opened.
#include "analyststore.h"
#include "anchor.h"
#include "support/postgresserver.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Marsad::Tests;

TEST_CASE("The option --store opens the analyst's store in the analysing commands",
          "[cli][analyststore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString store = dir.filePath(u"team/analyst.sqlite"_s);
    const QString sample = sampleCorpusDir() + u"/001_58c241df490e0bb8.txt"_s;
    REQUIRE(QFileInfo::exists(sample));

    const auto plain = runMarsad({u"analyze"_s, sample});
    REQUIRE(plain.exitCode == 0);
    const auto withStore = runMarsad({u"analyze"_s, u"--store"_s, u"sqlite:"_s + store, sample});
    INFO(withStore.err.toStdString());
    CHECK(withStore.exitCode == 0);
    CHECK(QFileInfo::exists(store));
    CHECK(withStore.out == plain.out); // an empty store changes nothing

    const QString image = dir.filePath(u"timeline.svg"_s);
    CHECK(runMarsad({u"export-timeline"_s, u"--store"_s, store, sample, u"-o"_s, image}).exitCode ==
          0);
    const QString events = dir.filePath(u"events.csv"_s);
    CHECK(runMarsad({u"export-events"_s, u"--store"_s, store, sample, u"-o"_s, events}).exitCode ==
          0);
}

TEST_CASE("The option --store refuses what is not an analyst's store", "[cli][analyststore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString sample = sampleCorpusDir() + u"/001_58c241df490e0bb8.txt"_s;
    const QString garbage = dir.filePath(u"garbage.sqlite"_s);
    {
        QFile file(garbage);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    for (const QString &command : {u"analyze"_s, u"export-timeline"_s, u"export-events"_s,
                                   u"export-places"_s, u"export-mentions"_s}) {
        INFO(command.toStdString());
        const QString output = dir.filePath(command + u".out"_s);
        QStringList extra;
        if (command != u"analyze"_s)
            extra = {u"-o"_s, command == u"export-timeline"_s ? output + u".svg"_s : output};
        const auto badUrl =
            runMarsad(QStringList{command, u"--store"_s, u"mysql://db/x"_s, sample} + extra);
        CHECK(badUrl.exitCode == 2);
        CHECK(QString::fromUtf8(badUrl.err).contains(u"mysql"_s));
        const auto badFile = runMarsad(QStringList{command, u"--store"_s, garbage, sample} + extra);
        CHECK(badFile.exitCode == 2);
        CHECK(QString::fromUtf8(badFile.err).contains(garbage));
        CHECK(badFile.out.isEmpty());
    }
    CHECK(readFile(garbage) == QByteArray(4096, 'x'));
}

TEST_CASE("The option --store reads a PostgreSQL store", "[cli][analyststore]")
{
    QString skip, failure;
    PostgresServer *server = PostgresServer::shared(&skip, &failure);
    REQUIRE(failure.isEmpty());
    if (!server) {
        WARN("PostgreSQL case skipped: " << skip.toStdString());
        return;
    }
    QString error;
    const QString url = server->createDatabase(&error);
    REQUIRE(error.isEmpty());
    const QString sample = sampleCorpusDir() + u"/001_58c241df490e0bb8.txt"_s;
    const auto plain = runMarsad({u"analyze"_s, sample});
    const auto withStore = runMarsad({u"analyze"_s, u"--store"_s, url, sample});
    INFO(withStore.err.toStdString());
    CHECK(withStore.exitCode == 0);
    CHECK(withStore.out == plain.out);
    // A database that does not exist: named, exit 2.
    const QString missing = url;
    const auto bad =
        runMarsad({u"analyze"_s, u"--store"_s,
                   QString(missing).replace(u"/marsad_test"_s, u"/nothere"_s), sample});
    CHECK(bad.exitCode == 2);
    CHECK(QString::fromUtf8(bad.err).contains(u"nothere"_s));
}

TEST_CASE("The analyst's corrections in a --store reach the exports",
          "[cli][analyststore][corrections]")
{
    using namespace Marsad;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString sample = sampleCorpusDir() + u"/001_58c241df490e0bb8.txt"_s;
    const QString storePath = dir.filePath(u"analyst.sqlite"_s);
    const auto &corpus = analyzedSampleCorpus();
    const auto it = std::find_if(corpus.cbegin(), corpus.cend(), [](const auto &a) {
        return a.article.file.endsWith(u"001_58c241df490e0bb8.txt"_s);
    });
    REQUIRE(it != corpus.cend());
    const Corpus::Article &article = it->article;
    REQUIRE(article.text.contains(u"بوتين"_s));
    {
        Analyst::StoreLocation location;
        QString error;
        REQUIRE(Analyst::StoreLocation::parse(storePath, &location, &error));
        auto store = Analyst::AnalystStore::open(location, &error);
        REQUIRE(store);
        Analyst::Correction date;
        date.uid = Analyst::newUid();
        date.kind = Analyst::CorrectionKind::SetDate;
        date.anchor = Analyst::anchorFor(article);
        date.dateStart = date.dateEnd = QDate(2020, 10, 3);
        date.note = u"The outlet's archive page"_s;
        REQUIRE(store->insert(date));
        // A name the gazetteer does not know, promoted by the analyst: found
        // in the text and exported with its coordinates.
        Analyst::Correction entity;
        entity.uid = Analyst::newUid();
        entity.kind = Analyst::CorrectionKind::NewEntity;
        entity.entity.id = u"x-counterpart"_s;
        entity.entity.type = EntityType::Person;
        entity.entity.ar = u"نظيره الأرميني"_s; // "his Armenian counterpart"
        entity.entity.en = u"Armenian counterpart"_s;
        REQUIRE(store->insert(entity));
    }

    const QString events = dir.filePath(u"events.csv"_s);
    const auto plain = runMarsad({u"analyze"_s, sample});
    REQUIRE(plain.exitCode == 0);
    const auto corrected = runMarsad({u"analyze"_s, u"--store"_s, storePath, sample});
    INFO(corrected.err.toStdString());
    REQUIRE(corrected.exitCode == 0);
    CHECK(corrected.out.contains("\"2020-10-03\""));
    CHECK(corrected.out.contains("\"override\""));
    const QString mentions = dir.filePath(u"mentions.csv"_s);
    REQUIRE(runMarsad({u"export-mentions"_s, u"--store"_s, storePath, sample, u"-o"_s, mentions})
                .exitCode == 0);
    const QString table = QString::fromUtf8(readFile(mentions));
    CHECK(table.contains(u"x-counterpart"_s));
    // Without the store, the analysis is as it was.
    CHECK_FALSE(plain.out.contains("\"override\""));
}
