// Segmenter::words() takes a shortcut past ICU for plain chunks; its output
// must equal ICU's over the whole text (Segmenter::wordsIcu), field for field.
#include "segmenter.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <array>
#include <random>
#include <string_view>

using namespace Qt::StringLiterals;
using Marsad::Text::Segmenter;
using Marsad::Text::Token;

namespace {

// The text as code units, so a failure shows exactly what was segmented.
QString codeUnits(QStringView text)
{
    QStringList units;
    for (const QChar c : text)
        units.append(u"%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')));
    return units.join(u' ');
}

QString describe(const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &t : tokens)
        out.append(u"[%1,%2)%3"_s.arg(t.start).arg(t.end).arg(int(t.kind)));
    return out.join(u' ');
}

bool sameTokens(const QList<Token> &a, const QList<Token> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].kind != b[i].kind)
            return false;
    }
    return true;
}

// Checks both modes; returns false (after reporting) on the first difference.
bool checkSame(QStringView text)
{
    for (const bool withPunctuation : {false, true}) {
        const QList<Token> fast = Segmenter::words(text, withPunctuation);
        const QList<Token> icu = Segmenter::wordsIcu(text, withPunctuation);
        if (!sameTokens(fast, icu)) {
            INFO("text: " << codeUnits(text));
            INFO("withPunctuation: " << withPunctuation);
            INFO("words():    " << describe(fast));
            INFO("wordsIcu(): " << describe(icu));
            CHECK(sameTokens(fast, icu));
            return false;
        }
    }
    return true;
}

// Random texts built from short runs of one kind of character, so that plain
// chunks, nearly plain ones and every joining rule of UAX #29 come up often.
class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed) : m_random(seed) {}

    /// \a text with random chunks and spaces put in at random places.
    QString splice(const QString &text)
    {
        QString out = text;
        const int edits = pick(1, 4);
        for (int i = 0; i < edits; ++i) {
            QString piece;
            if (pick(0, 1) == 0)
                appendSpace(piece);
            appendChunk(piece);
            if (pick(0, 1) == 0)
                appendSpace(piece);
            out.insert(pick(0, int(out.size())), piece);
        }
        return out;
    }

    QString text()
    {
        QString out;
        const int pieces = pick(0, 24);
        for (int i = 0; i < pieces; ++i) {
            if (pick(0, 2) == 0)
                appendSpace(out);
            else
                appendChunk(out);
        }
        return out;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    template<std::size_t N>
    char32_t oneOf(const std::array<char32_t, N> &chars)
    {
        return chars[std::size_t(pick(0, int(N) - 1))];
    }

    static void append(QString &out, char32_t c)
    {
        if (c > 0xFFFF) {
            const char32_t units[] = {c};
            out.append(QString::fromUcs4(units, 1));
        } else {
            out.append(QChar(char16_t(c)));
        }
    }

    void appendSpace(QString &out)
    {
        static constexpr std::array<char32_t, 16> spaces{
            u' ',   u' ',   u' ',   u'\t', u'\n', u'\r',  0x00A0, 0x2003,
            0x3000, 0x2028, 0x2029, u'\v', u'\f', 0x0085, 0x202F, 0x1680,
        };
        const int n = pick(1, 3);
        for (int i = 0; i < n; ++i) {
            if (pick(0, 9) == 0)
                out.append(u"\r\n"_s);
            else
                append(out, pick(0, 2) == 0 ? oneOf(spaces) : char32_t(u' '));
        }
    }

    void appendChunk(QString &out)
    {
        const int runs = pick(1, 4);
        for (int r = 0; r < runs; ++r) {
            const int kind = pick(0, 15);
            const int length = pick(1, 5);
            for (int i = 0; i < length; ++i)
                append(out, charOfKind(kind));
        }
    }

    char32_t charOfKind(int kind)
    {
        static constexpr std::array<char32_t, 27> marks{
            u'.',   u',',   u':',   u';',   u'\'',  u'"',   u'-',   u'/',   u'!',
            u'?',   u'(',   u')',   u'[',   u']',   u'%',   0x060C, 0x061B, 0x061F,
            0x00AB, 0x00BB, 0x066A, 0x066B, 0x066C, 0x2019, u'_',   u'@',   0x2026,
        };
        static constexpr std::array<char32_t, 13> invisible{
            0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x061C, 0x064B,
            0x064E, 0x0650, 0x0651, 0x0652, 0x0670, 0x0640,
        };
        static constexpr std::array<char32_t, 16> other{
            0x1F600, 0x1F468, 0x1F1F8, 0x1F1E6, 0x2764, 0xFE0F, 0x05D0, 0x05F3,
            0x30A2,  0x4E2D,  0x0E01,  0x0E32,  0xD800, 0xDC00, 0x06A9, 0x063B,
        };
        switch (kind) {
        case 0:
        case 1:
        case 2:
            return char32_t(pick(0x0621, 0x064A)); // Arabic letters and a few others
        case 3:
            return char32_t(pick(0x0621, 0x063A));
        case 4:
            return char32_t(pick(0, 1) ? pick(u'a', u'z') : pick(u'A', u'Z'));
        case 5:
            return char32_t(pick(u'0', u'9'));
        case 6:
            return char32_t(pick(0x0660, 0x0669));
        case 7:
            return char32_t(pick(0x06F0, 0x06F9));
        case 8:
        case 9:
        case 10:
            return oneOf(marks);
        case 11:
        case 12:
            return oneOf(invisible);
        case 13:
            return oneOf(other);
        case 14:
            return char32_t(pick(0x0600, 0x06FF)); // The whole Arabic block
        default:
            return char32_t(pick(0x20, 0x7E)); // Printable ASCII
        }
    }

    std::mt19937 m_random;
};

} // namespace

TEST_CASE("Words equal ICU's on edge cases", "[text][segmentation][equivalence]")
{
    const QStringList texts{
        QString(),
        u" "_s,
        u"   \t \r\n "_s,
        u"\u064Eكتب"_s,
        u"كتب\u064E"_s,
        u"\u200Cكتب \u200C"_s,
        u" \u200Cكتب"_s,
        u"كتب \u200C كتب"_s,
        u"a12 12a 1a2 ab12cd مرحبا123 ١٢٣abc abcمرحبا"_s,
        u"x. .x 12. a:b a.b 1.2 1,2 ab، ١،٢ a'b l'eau 3.5%"_s,
        u"«الجمعة» (قره باغ)، الجمعة. هل؟ 2020/10/01 ١٠٫٥"_s,
        u"\u00A0كتب\u00A0 كتب\u2003كتب"_s,
        u"👨\u200D👩\u200D👧 🇸🇦 كتب"_s,
        QString(QChar(0xD800)) + u" كتب "_s + QChar(0xDC00),
        u"\r\n\r\nكتب\r\n"_s,
    };
    for (const QString &text : texts)
        checkSame(text);
}

TEST_CASE("Words equal ICU's on the sample articles", "[text][segmentation][equivalence]")
{
    const QStringList files = Marsad::Tests::sampleCorpusFiles();
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(Marsad::Tests::readFile(file));
        REQUIRE_FALSE(text.isEmpty());
        checkSame(text);
        // Each line on its own too: other ends, other neighbours.
        for (const QString &line : text.split(u'\n'))
            checkSame(line);
    }
}

TEST_CASE("Words equal ICU's on random texts", "[text][segmentation][equivalence]")
{
    constexpr int Texts = 40000;
    TextGenerator generator(20261126);
    int failures = 0;
    for (int i = 0; i < Texts && failures < 5; ++i) {
        if (!checkSame(generator.text()))
            ++failures;
    }
    CHECK(failures == 0);
}

TEST_CASE("Words equal ICU's on sample lines with random insertions",
          "[text][segmentation][equivalence]")
{
    QStringList lines;
    for (const QString &file : Marsad::Tests::sampleCorpusFiles())
        lines += QString::fromUtf8(Marsad::Tests::readFile(file)).split(u'\n');
    REQUIRE(lines.size() > 100);
    TextGenerator generator(7);
    int failures = 0;
    for (int round = 0; round < 100 && failures < 5; ++round) {
        for (const QString &line : lines) {
            if (!checkSame(generator.splice(line)) && ++failures >= 5)
                break;
        }
    }
    CHECK(failures == 0);
}
