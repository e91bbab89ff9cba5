// Decoding untrusted bytes: every encoding an Arabic corpus arrives in.
#include "testsupport.h"
#include "textdecoder.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Marsad::Text::TextDecoder;
using namespace Marsad::Tests;

namespace {
const QString expectedSample = u"مرحبا بكم في شوشة\nسطر ثان: ستيباناكرت\n"_s;
}

TEST_CASE("UTF-8 without BOM decodes exactly", "[decoding]")
{
    const auto decoded = TextDecoder::decode(readFile(dataPath(u"decoding/utf8.txt"_s)));
    CHECK(decoded.ok());
    CHECK(decoded.encoding == u"UTF-8"_s);
    CHECK(decoded.text == expectedSample);
    CHECK(decoded.issues.isEmpty());
}

TEST_CASE("UTF-8 with BOM drops the BOM and nothing else", "[decoding]")
{
    const auto decoded = TextDecoder::decode(readFile(dataPath(u"decoding/utf8-bom.txt"_s)));
    CHECK(decoded.ok());
    CHECK(decoded.encoding == u"UTF-8"_s);
    CHECK(decoded.text == expectedSample);
}

TEST_CASE("UTF-16 with BOM, little and big endian", "[decoding]")
{
    const auto le = TextDecoder::decode(readFile(dataPath(u"decoding/utf16le-bom.txt"_s)));
    CHECK(le.ok());
    CHECK(le.encoding == u"UTF-16LE"_s);
    CHECK(le.text == expectedSample);
    const auto be = TextDecoder::decode(readFile(dataPath(u"decoding/utf16be-bom.txt"_s)));
    CHECK(be.encoding == u"UTF-16BE"_s);
    CHECK(be.text == expectedSample);
}

TEST_CASE("UTF-16 without a BOM is recognised", "[decoding]")
{
    QByteArray bytes;
    for (const QChar c : expectedSample) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    const auto decoded = TextDecoder::decode(bytes);
    CHECK(decoded.encoding == u"UTF-16LE"_s);
    CHECK(decoded.text == expectedSample);
}

TEST_CASE("windows-1256 (made with iconv) is detected and decoded", "[decoding]")
{
    const auto decoded = TextDecoder::decode(readFile(dataPath(u"decoding/windows-1256.txt"_s)));
    CHECK(decoded.ok());
    CHECK(decoded.encoding.compare(u"windows-1256"_s, Qt::CaseInsensitive) == 0);
    CHECK(decoded.text.startsWith(u"أعلنت وزارة الدفاع الأذربيجانية"_s));
    CHECK(decoded.text.contains(u"جبرائيل"_s));
    CHECK(decoded.text.contains(u"شوشة"_s));
}

TEST_CASE("An empty file is readable, empty, and says so", "[decoding]")
{
    const auto decoded = TextDecoder::decode(QByteArray(), u"empty.txt"_s);
    CHECK(decoded.ok());
    CHECK(decoded.text.isEmpty());
    REQUIRE(decoded.issues.size() == 1);
    CHECK(decoded.issues.first().severity == Marsad::Issue::Severity::Warning);
}

TEST_CASE("Binary files are refused with a reason", "[decoding]")
{
    const auto png = TextDecoder::decode(readFile(dataPath(u"decoding/image.png"_s)));
    CHECK_FALSE(png.ok());
    CHECK(png.issues.first().message.contains(u"PNG"_s));
    const auto random = TextDecoder::decode(readFile(dataPath(u"decoding/random.bin"_s)));
    CHECK_FALSE(random.ok());
    CHECK(random.issues.first().message.contains(u"binary"_s));
}

TEST_CASE("Invalid UTF-8 bytes are replaced in place and reported", "[decoding]")
{
    const auto decoded = TextDecoder::decode(readFile(dataPath(u"decoding/invalid-utf8.txt"_s)));
    CHECK(decoded.ok());
    CHECK(decoded.encoding == u"UTF-8"_s);
    CHECK(decoded.text.startsWith(u"شوشة \uFFFD\uFFFD مدينة"_s));
    REQUIRE(decoded.issues.size() == 1);
    CHECK(decoded.issues.first().message.contains(u"invalid UTF-8"_s));
}

TEST_CASE("CRLF is kept and a stray NUL becomes U+FFFD with a warning", "[decoding]")
{
    const auto crlf = TextDecoder::decode(readFile(dataPath(u"decoding/crlf.txt"_s)));
    CHECK(crlf.text == u"سطر أول\r\nسطر ثان\r\n"_s);
    const auto nul = TextDecoder::decode(readFile(dataPath(u"decoding/nul.txt"_s)));
    CHECK(nul.ok());
    CHECK(nul.text == u"قبل\uFFFDبعد\n"_s);
    REQUIRE(nul.issues.size() == 1);
    CHECK(nul.issues.first().start == 3);
}

TEST_CASE("Lone surrogates in UTF-16 become U+FFFD, never a crash", "[decoding]")
{
    // "ش", a lone high surrogate, "ة", a lone low surrogate, then a valid pair.
    const QByteArray bytes("\xFF\xFE"
                           "\x34\x06"
                           "\x3D\xD8"
                           "\x29\x06"
                           "\x00\xDC"
                           "\x3D\xD8\x00\xDE",
                           14);
    const auto decoded = TextDecoder::decode(bytes);
    CHECK(decoded.ok());
    REQUIRE(decoded.text.size() == 6);
    CHECK(decoded.text.at(0) == QChar(0x0634));
    CHECK(decoded.text.at(1) == QChar::ReplacementCharacter);
    CHECK(decoded.text.at(3) == QChar::ReplacementCharacter);
    CHECK(decoded.text.mid(4) == QString::fromUcs4(U"\U0001F600"));
    CHECK_FALSE(decoded.issues.isEmpty());
}
