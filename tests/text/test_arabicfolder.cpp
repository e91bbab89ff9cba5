// Folding for matching, and the offset map back to the original text.
#include "arabicfolder.h"
#include "corpusjob.h"
#include "segmenter.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;
using Marsad::Text::FoldedText;
using Marsad::Text::Segmenter;

namespace {

// Every folded word maps back to an original substring that folds to it.
void requireTokensRoundTrip(const QString &original)
{
    const FoldedText folded = ArabicFolder::fold(original);
    for (const auto &token : Segmenter::words(folded.text(), true)) {
        const auto span = folded.toOriginal(token.start, token.end);
        REQUIRE(span.start >= 0);
        REQUIRE(span.end <= original.size());
        REQUIRE(span.start < span.end);
        const QString piece = original.mid(span.start, span.end - span.start);
        const QString tokenText = folded.text().mid(token.start, token.length());
        INFO("original: " << original.toStdString() << "\npiece: " << piece.toStdString()
                          << "\ntoken: " << tokenText.toStdString());
        REQUIRE(ArabicFolder::foldString(piece) == tokenText);
    }
}

} // namespace

TEST_CASE("Folding follows DESIGN.md §3", "[text][folding]")
{
    struct Case
    {
        QString in, out;
    };
    const auto c = GENERATE(values<Case>({
        {u"أذربيجان"_s, u"اذربيجان"_s},
        {u"إيران"_s, u"ايران"_s},
        {u"آغدام"_s, u"اغدام"_s},
        {u"ٱلله"_s, u"الله"_s},
        {u"شوشة"_s, u"شوشه"_s},
        {u"مصطفى"_s, u"مصطفي"_s},
        {u"مؤتمر"_s, u"موتمر"_s},
        {u"رئيس"_s, u"رييس"_s},
        {u"الرَّئِيسُ"_s, u"الرييس"_s},         // tashkeel
        {u"قـــره بـاغ"_s, u"قره باغ"_s},   // tatweel
        {u"٢٠٢٠-١٠-٠٩"_s, u"2020-10-09"_s}, // Eastern-Arabic digits
        {u"۲۷ سپتامبر"_s, u"27 سپتامبر"_s}, // Persian digits
        {u"ﻻ"_s, u"لا"_s},                  // lam-alef ligature (NFKC)
        {u"ﺷﻮﺷﺔ"_s, u"شوشه"_s},             // presentation forms
        {u"“معارك” «شرسة» ‘هنا’"_s, u"\"معارك\" \"شرسه\" 'هنا'"_s},
        {u"OSCE"_s, u"osce"_s},
        {u"ک ی"_s, u"ك ي"_s},             // Persian letter forms
        {u"a\u200Fb\u200Cc"_s, u"abc"_s}, // RLM, ZWNJ
        {u"، ؛ ؟"_s, u"، ؛ ؟"_s},         // Arabic punctuation kept
    }));
    CHECK(ArabicFolder::foldString(c.in) == c.out);
    CHECK(ArabicFolder::fold(c.in).text() == c.out);
}

TEST_CASE("The offset map spans removals and expansions", "[text][folding]")
{
    // A ligature expands: both folded letters come from one original character.
    const FoldedText lig = ArabicFolder::fold(u"ﻻ بد"_s);
    REQUIRE(lig.text() == u"لا بد"_s);
    CHECK(lig.toOriginal(0, 2).start == 0);
    CHECK(lig.toOriginal(0, 2).end == 1);
    CHECK(lig.toOriginal(3, 5).start == 2);
    CHECK(lig.toOriginal(3, 5).end == 4);

    // Tashkeel is removed but stays with its letter in the original span.
    const QString voweled = u"شُوشَةُ مدينة"_s;
    const FoldedText v = ArabicFolder::fold(voweled);
    REQUIRE(v.text() == u"شوشه مدينه"_s);
    const auto span = v.toOriginal(0, 4);
    CHECK(voweled.mid(span.start, span.end - span.start) == u"شُوشَةُ"_s);
    CHECK(v.originalStart(v.size()) == voweled.size());
}

TEST_CASE("Offsets round-trip on every sample article", "[text][folding][sample]")
{
    const auto corpus = Marsad::Corpus::loadCorpus({Marsad::Tests::sampleCorpusDir()});
    REQUIRE(corpus.articles.size() == 5);
    for (const auto &article : corpus.articles)
        requireTokensRoundTrip(article.text);
}

TEST_CASE("Offsets round-trip on generated mixed strings", "[text][folding]")
{
    // Arabic letters (with hamza forms, ة, ى), tashkeel, tatweel, lam-alef
    // ligatures and presentation forms, Latin, digits of three systems,
    // punctuation and spaces, an astral character.
    const QStringList alphabet{
        u"ا"_s, u"أ"_s, u"إ"_s, u"آ"_s, u"ب"_s, u"ة"_s,      u"ى"_s,      u"ؤ"_s, u"ئ"_s,
        u"ش"_s, u"ق"_s, u"َ"_s,  u"ّ"_s,  u"ً"_s,  u"ـ"_s,      u"ﻻ"_s,      u"ﻷ"_s, u"ﺷ"_s,
        u"ﻮ"_s, u"A"_s, u"z"_s, u"Q"_s, u"7"_s, u"٣"_s,      u"۹"_s,      u" "_s, u" "_s,
        u"."_s, u"،"_s, u"«"_s, u"»"_s, u"-"_s, u"\u200F"_s, u"\u00A0"_s, u"😀"_s, u"\n"_s};
    QRandomGenerator rng(20201109);
    for (int round = 0; round < 500; ++round) {
        QString s;
        const int length = int(rng.bounded(1, 40));
        for (int i = 0; i < length; ++i)
            s += alphabet.at(rng.bounded(int(alphabet.size())));
        requireTokensRoundTrip(s);
    }
}

TEST_CASE("Folding survives hostile input", "[text][folding]")
{
    SECTION("only diacritics")
    {
        const QString marks = QString(u"ًٌٍَُِّْ"_s).repeated(1000);
        const FoldedText f = ArabicFolder::fold(marks);
        CHECK(f.text().isEmpty());
        CHECK(f.originalStart(0) == marks.size());
        CHECK(Segmenter::words(f.text()).isEmpty());
    }
    SECTION("empty")
    {
        const FoldedText f = ArabicFolder::fold(QString());
        CHECK(f.size() == 0);
        CHECK(f.toOriginal(0, 0).start == 0);
    }
    SECTION("lone surrogates and U+FFFD pass through")
    {
        const QString s = u"ش"_s + QChar(0xD800) + u"\uFFFD"_s;
        CHECK(ArabicFolder::foldString(s).size() == 3);
    }
}
