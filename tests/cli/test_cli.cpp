// The command-line contract of DESIGN.md §6, run through the real binary.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Marsad::Tests;

namespace {

QList<QJsonObject> parseJsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        INFO(line.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        objects.append(doc.object());
    }
    return objects;
}

} // namespace

TEST_CASE("analyze prints one valid JSON line per sample article", "[cli][sample]")
{
    const auto result = runMarsad({u"analyze"_s, sampleCorpusDir(), u"--format"_s, u"jsonl"_s});
    CHECK(result.exitCode == 0);
    const auto objects = parseJsonLines(result.out);
    REQUIRE(objects.size() == 5);
    const QStringList files = sampleCorpusFiles();
    for (int i = 0; i < 5; ++i) {
        const QJsonObject &o = objects.at(i);
        CHECK(o.value(u"file"_s).toString() == files.at(i));
        CHECK_FALSE(o.value(u"title"_s).toString().isEmpty());
        for (const auto &key : {u"mentions"_s, u"timexes"_s, u"events"_s, u"errors"_s})
            CHECK(o.value(key).isArray());
        CHECK(o.value(u"published"_s).isObject());
        CHECK(o.value(u"published"_s).toObject().contains(u"value"_s));
    }
    CHECK(objects.at(0).value(u"title"_s).toString().startsWith(u"دعا الرئيس الروسي"_s));
}

TEST_CASE("analyze --format json prints one array", "[cli]")
{
    const auto result = runMarsad({u"analyze"_s, sampleCorpusDir(), u"--format=json"_s});
    CHECK(result.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(result.out);
    REQUIRE(doc.isArray());
    CHECK(doc.array().size() == 5);
}

TEST_CASE("analyze decodes every encoding and reports the empty file", "[cli][decoding]")
{
    const auto result =
        runMarsad({u"analyze"_s, dataPath(u"decoding/utf8.txt"_s),
                   dataPath(u"decoding/utf8-bom.txt"_s), dataPath(u"decoding/utf16le-bom.txt"_s),
                   dataPath(u"decoding/windows-1256.txt"_s), dataPath(u"decoding/empty.txt"_s)});
    CHECK(result.exitCode == 0);
    const auto objects = parseJsonLines(result.out);
    REQUIRE(objects.size() == 5);
    for (int i = 0; i < 3; ++i)
        CHECK(objects.at(i).value(u"title"_s).toString() == u"مرحبا بكم في شوشة"_s);
    CHECK(objects.at(3).value(u"encoding"_s).toString().toLower() == u"windows-1256"_s);
    CHECK(objects.at(3).value(u"title"_s).toString().startsWith(u"أعلنت وزارة الدفاع"_s));
    const QJsonArray emptyErrors = objects.at(4).value(u"errors"_s).toArray();
    REQUIRE(emptyErrors.size() == 1);
    CHECK(emptyErrors.at(0).toObject().value(u"severity"_s).toString() == u"warning"_s);
}

TEST_CASE("A binary file is an error: exit 1, the other files still printed", "[cli]")
{
    const auto result = runMarsad({u"analyze"_s, dataPath(u"decoding/utf8.txt"_s),
                                   dataPath(u"decoding/image.png"_s), dataPath(u"mixed"_s)});
    CHECK(result.exitCode == 1);
    const auto objects = parseJsonLines(result.out);
    REQUIRE(objects.size() == 3); // utf8.txt, a-first.txt, c-nested.txt
    CHECK(objects.at(0).value(u"file"_s).toString().endsWith(u"utf8.txt"_s));
    CHECK(objects.at(1).value(u"file"_s).toString().endsWith(u"a-first.txt"_s));
    CHECK(objects.at(2).value(u"file"_s).toString().endsWith(u"c-nested.txt"_s));
    const QString err = QString::fromUtf8(result.err);
    CHECK(err.contains(u"image.png: error: not a text file (looks like a PNG image)"_s));
    CHECK(err.contains(u"b-broken.txt: error: not a text file"_s));
}

TEST_CASE("A missing path is bad usage: exit 2 with a clear message", "[cli]")
{
    const auto result = runMarsad({u"analyze"_s, u"/no/such/corpus"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(QString::fromUtf8(result.err).contains(u"no such file or folder: /no/such/corpus"_s));
}

TEST_CASE("Bad usage exits 2", "[cli]")
{
    CHECK(runMarsad({u"analyze"_s}).exitCode == 2);
    CHECK(runMarsad({u"analyze"_s, sampleCorpusDir(), u"--format"_s, u"xml"_s}).exitCode == 2);
    CHECK(runMarsad({u"analyze"_s, sampleCorpusDir(), u"--bogus"_s}).exitCode == 2);
    CHECK(runMarsad({u"--no-such-option"_s}).exitCode == 2);
}

TEST_CASE("--help and --version", "[cli]")
{
    const auto help = runMarsad({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("marsad analyze PATH..."));
    CHECK(help.out.contains("export-timeline"));
    const auto version = runMarsad({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("marsad "));
}

TEST_CASE("export-timeline writes PNG, SVG and PDF headless", "[cli][timeline]")
{
    QTemporaryDir dir;
    for (const QString &name : {u"t.png"_s, u"t.svg"_s, u"t.pdf"_s}) {
        const QString out = dir.filePath(name);
        const auto result = runMarsad(
            {u"export-timeline"_s, sampleCorpusDir(), u"-o"_s, out, u"--width"_s, u"1000"_s});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(QFileInfo(out).size() > 1000);
    }
    const QImage png(dir.filePath(u"t.png"_s));
    CHECK(png.width() == 2000); // 2x by default
}

TEST_CASE("export-timeline filters by entity and by dates", "[cli][timeline]")
{
    QTemporaryDir dir;
    const QString all = dir.filePath(u"all.png"_s), shusha = dir.filePath(u"shusha.png"_s),
                  november = dir.filePath(u"nov.svg"_s);
    REQUIRE(runMarsad({u"export-timeline"_s, sampleCorpusDir(), u"-o"_s, all}).exitCode == 0);
    REQUIRE(runMarsad({u"export-timeline"_s, sampleCorpusDir(), u"-o"_s, shusha, u"--entity"_s,
                       u"shusha"_s})
                .exitCode == 0);
    CHECK(QImage(all) != QImage(shusha));
    REQUIRE(runMarsad({u"export-timeline"_s, sampleCorpusDir(), u"-o"_s, november, u"--from"_s,
                       u"2020-11-01"_s, u"--to"_s, u"2020-11-30"_s, u"--lang"_s, u"en"_s})
                .exitCode == 0);
    const QString svg = QString::fromUtf8(readFile(november));
    CHECK(svg.contains(u"1 November 2020"_s));
    CHECK_FALSE(svg.contains(u"October"_s)); // nothing before the range is drawn
}

TEST_CASE("export-timeline bad usage exits 2", "[cli][timeline]")
{
    const QString corpus = sampleCorpusDir();
    CHECK(runMarsad({u"export-timeline"_s, corpus}).exitCode == 2); // no -o
    CHECK(runMarsad({u"export-timeline"_s, corpus, u"-o"_s, u"/tmp/x.bmp"_s}).exitCode == 2);
    CHECK(runMarsad({u"export-timeline"_s, corpus, u"-o"_s, u"/tmp/x.png"_s, u"--from"_s,
                     u"2020-13-01"_s})
              .exitCode == 2);
    CHECK(runMarsad({u"export-timeline"_s, corpus, u"-o"_s, u"/tmp/x.png"_s, u"--entity"_s,
                     u"no-such-entity"_s})
              .exitCode == 2);
    CHECK(
        runMarsad({u"export-timeline"_s, u"/no/such/path"_s, u"-o"_s, u"/tmp/x.png"_s}).exitCode ==
        2);
    CHECK(
        runMarsad({u"export-timeline"_s, corpus, u"-o"_s, u"/tmp/x.png"_s, u"--width"_s, u"wide"_s})
            .exitCode == 2);
}
