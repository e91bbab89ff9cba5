// RFC 4180 output: quoting, line ends, UTF-8 and the byte order mark.
#include "csvwriter.h"
#include "exchangetest.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Exchange::CsvWriter;

TEST_CASE("CSV fields are quoted exactly when RFC 4180 needs it", "[exchange][csv]")
{
    CHECK(CsvWriter::escape(u"aaa"_s) == u"aaa"_s);
    CHECK(CsvWriter::escape(QString()) == QString());
    CHECK(CsvWriter::escape(u"b,bb"_s) == u"\"b,bb\""_s);
    // RFC 4180 §2.7: a double quote inside is doubled.
    CHECK(CsvWriter::escape(u"b\"bb"_s) == u"\"b\"\"bb\""_s);
    CHECK(CsvWriter::escape(u"\""_s) == u"\"\"\"\""_s);
    CHECK(CsvWriter::escape(u"line1\nline2"_s) == u"\"line1\nline2\""_s);
    CHECK(CsvWriter::escape(u"cr\ronly"_s) == u"\"cr\ronly\""_s);
    CHECK(CsvWriter::escape(u"crlf\r\nend"_s) == u"\"crlf\r\nend\""_s);
    // Spaces are part of a field (RFC 4180 §2.4) and need no quotes.
    CHECK(CsvWriter::escape(u" padded "_s) == u" padded "_s);
    // The Arabic comma and semicolon are not separators.
    CHECK(CsvWriter::escape(u"شوشة، ستيباناكرت؛ جبرائيل"_s) == u"شوشة، ستيباناكرت؛ جبرائيل"_s);
    CHECK(CsvWriter::escape(u"قال: \"لن ننسحب\"، وأضاف"_s) ==
          u"\"قال: \"\"لن ننسحب\"\"، وأضاف\""_s);
}

TEST_CASE("CSV records end in CRLF and are UTF-8", "[exchange][csv]")
{
    // RFC 4180 §2.6-2.7's example.
    CHECK(CsvWriter::record({u"aaa"_s, u"b\"bb"_s, u"ccc"_s}) == "aaa,\"b\"\"bb\",ccc\r\n");
    CHECK(CsvWriter::record({u"aaa"_s, u"b\r\nbb"_s, u"ccc"_s}) == "aaa,\"b\r\nbb\",ccc\r\n");
    CHECK(CsvWriter::record({QString(), QString()}) == ",\r\n");
    CHECK(CsvWriter::record({u"شوشة"_s}) == QByteArray("\xd8\xb4\xd9\x88\xd8\xb4\xd8\xa9\r\n"));
}

TEST_CASE("A byte order mark starts the file only when asked for", "[exchange][csv]")
{
    QBuffer plain, marked;
    plain.open(QIODevice::WriteOnly);
    marked.open(QIODevice::WriteOnly);
    CsvWriter(plain).writeRow({u"a"_s});
    CsvWriter(marked, true).writeRow({u"a"_s});
    CHECK(plain.data() == "a\r\n");
    CHECK(marked.data() == "\xEF\xBB\xBF"
                           "a\r\n");
}

TEST_CASE("Written CSV reads back field for field, newlines and quotes included", "[exchange][csv]")
{
    const QList<QStringList> rows{
        {u"id"_s, u"evidence"_s, u"note"_s},
        {u"1"_s, u"قصفت القوات الأذربيجانية مدينة شوشة،\nوقال المتحدث: \"سنرد\""_s, QString()},
        {u"2"_s, u"a,b"_s, u"\r\n"_s},
        {u"3"_s, u"\"\""_s, u"  "_s},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    for (const QStringList &row : rows)
        csv.writeRow(row);
    REQUIRE(csv.ok());
    QList<QStringList> parsed;
    REQUIRE(Tests::parseCsv(QString::fromUtf8(buffer.data()), &parsed));
    CHECK(parsed == rows);

    const auto python = Tests::runPython(u"pass"_s, {});
    if (!python.available) {
        WARN("python3 is not installed: the Python side of this test is skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rows.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    const auto run = Tests::runPython(
        u"import csv,sys\n"
        "rows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8'),strict=True))\n"
        "assert rows[1][1].endswith('\"سنرد\"'), rows[1][1]\n"
        "assert '\\n' in rows[1][1] and rows[2][1]=='a,b' and rows[2][2]=='\\r\\n', rows\n"
        "assert rows[3]==['3','\"\"','  '], rows[3]\n"
        "assert [len(r) for r in rows]==[3,3,3,3]\n"_s,
        {path});
    INFO(run.err);
    CHECK(run.exitCode == 0);
}

TEST_CASE("A failed write is reported, never ignored", "[exchange][csv]")
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter csv(readOnly);
    csv.writeRow({u"a"_s});
    CHECK_FALSE(csv.ok());
    CHECK_FALSE(csv.errorString().isEmpty());
}
