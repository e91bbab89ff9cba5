// export-events, export-places and export-mentions from the real binary:
// output, filters, --help and exit codes (DESIGN.md §6).
#include "exchangetest.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

QList<QStringList> csvRecords(const QByteArray &bytes)
{
    QList<QStringList> records;
    REQUIRE(Tests::parseCsv(QString::fromUtf8(bytes), &records));
    REQUIRE_FALSE(records.isEmpty());
    return records;
}

} // namespace

TEST_CASE("export-events writes a CSV file, with a byte order mark on request", "[exchange][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"events.csv"_s);
    auto r = Tests::runMarsad({u"export-events"_s, Tests::sampleCorpusDir(), u"-o"_s, out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("written"));
    const QByteArray plain = Tests::readFile(out);
    CHECK(plain.startsWith("event_id,event_date,"));
    const auto records = csvRecords(plain);
    CHECK(records.size() > 5);

    r = Tests::runMarsad({u"export-events"_s, Tests::sampleCorpusDir(), u"-o"_s, out, u"--bom"_s});
    REQUIRE(r.exitCode == 0);
    const QByteArray marked = Tests::readFile(out);
    CHECK(marked.startsWith("\xEF\xBB\xBF"
                            "event_id,"));
    CHECK(marked.mid(3) == plain);
}

TEST_CASE("export-places and export-mentions write to standard output with -o -", "[exchange][cli]")
{
    auto r = Tests::runMarsad({u"export-places"_s, Tests::sampleCorpusDir(), u"-o"_s, u"-"_s});
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    QStringList ids;
    for (const QJsonValue &f : doc.object().value(u"features"_s).toArray())
        ids.append(f.toObject().value(u"id"_s).toString());
    for (const QString &id : {u"shusha"_s, u"stepanakert"_s, u"jabrayil"_s})
        CHECK(ids.contains(id));

    r = Tests::runMarsad({u"export-mentions"_s, Tests::sampleCorpusDir(), u"-o"_s, u"-"_s});
    REQUIRE(r.exitCode == 0);
    const auto records = csvRecords(r.out);
    CHECK(records.first().first() == u"article_file"_s);
    CHECK(records.size() > 50);
}

TEST_CASE("The command line's --entity filters the exported rows", "[exchange][cli]")
{
    const auto all =
        Tests::runMarsad({u"export-events"_s, Tests::sampleCorpusDir(), u"-o"_s, u"-"_s});
    const auto shusha = Tests::runMarsad({u"export-events"_s, Tests::sampleCorpusDir(), u"-o"_s,
                                          u"-"_s, u"--entity"_s, u"shusha"_s});
    REQUIRE(all.exitCode == 0);
    REQUIRE(shusha.exitCode == 0);
    const auto allRecords = csvRecords(all.out);
    const auto records = csvRecords(shusha.out);
    CHECK(records.size() > 1);
    CHECK(records.size() < allRecords.size());
    const qsizetype entities = records.first().indexOf(u"entities"_s);
    for (qsizetype i = 1; i < records.size(); ++i)
        CHECK(records.at(i).at(entities).split(u';').contains(u"shusha"_s));
}

TEST_CASE("Data exports: usage errors exit 2, write failures exit 1 and leave no file",
          "[exchange][cli]")
{
    const QString corpus = Tests::sampleCorpusDir();
    QTemporaryDir dir;
    const QString out = dir.filePath(u"x.csv"_s);
    SECTION("a path that does not exist")
    {
        const auto r =
            Tests::runMarsad({u"export-events"_s, u"/nonexistent/corpus"_s, u"-o"_s, out});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("/nonexistent/corpus"));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("bad usage")
    {
        CHECK(Tests::runMarsad({u"export-mentions"_s, corpus}).exitCode == 2);       // no -o
        CHECK(Tests::runMarsad({u"export-mentions"_s, u"-o"_s, out}).exitCode == 2); // no PATH
        CHECK(Tests::runMarsad({u"export-events"_s, corpus, u"-o"_s, out, u"--from"_s, u"1 Oct"_s})
                  .exitCode == 2);
        CHECK(Tests::runMarsad(
                  {u"export-events"_s, corpus, u"-o"_s, out, u"--entity"_s, u"no-such-id"_s})
                  .exitCode == 2);
        CHECK(Tests::runMarsad({u"export-events"_s, corpus, u"-o"_s, out, u"--lang"_s, u"xx"_s})
                  .exitCode == 2);
        // GeoJSON has no byte order mark (RFC 7946 §11: none may be added).
        const auto r = Tests::runMarsad({u"export-places"_s, corpus, u"-o"_s, out, u"--bom"_s});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("Try 'marsad export-places --help'"));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("a folder that does not exist")
    {
        const auto r =
            Tests::runMarsad({u"export-events"_s, corpus, u"-o"_s, u"/nonexistent/dir/x.csv"_s});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("cannot write /nonexistent/dir/x.csv"));
        CHECK_FALSE(r.out.contains("written"));
    }
    SECTION("a device as the output file")
    {
        const auto r = Tests::runMarsad({u"export-mentions"_s, corpus, u"-o"_s, u"/dev/full"_s});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("not a regular file"));
        CHECK_FALSE(QFileInfo(u"/dev/full"_s).isFile());
    }
    SECTION("standard output on a full disk")
    {
        QProcess process;
        process.setStandardOutputFile(u"/dev/full"_s);
        process.start(QStringLiteral(MARSAD_BINARY),
                      {u"export-mentions"_s, corpus, u"-o"_s, u"-"_s});
        REQUIRE(process.waitForFinished(120000));
        CHECK(process.exitCode() == 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        CHECK(err.contains(u"cannot write the output"_s));
    }
}

TEST_CASE("Each data export has its own --help, and marsad --help names them", "[exchange][cli]")
{
    for (const QString &command : {u"export-events"_s, u"export-places"_s, u"export-mentions"_s}) {
        INFO(command.toStdString());
        const auto r = Tests::runMarsad({command, u"--help"_s});
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith((u"Usage: marsad "_s + command + u" PATH..."_s).toUtf8()));
        CHECK(r.out.contains("--entity"));
        CHECK(r.out.contains("--bom") == (command != u"export-places"_s));
    }
    const auto r = Tests::runMarsad({u"--help"_s});
    for (const char *command : {"export-events", "export-places", "export-mentions"})
        CHECK(r.out.contains(command));
    CHECK(r.out.contains("--bom"));
}
