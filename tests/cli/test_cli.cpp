// The command-line contract of DESIGN.md §6, run through the real binary.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
