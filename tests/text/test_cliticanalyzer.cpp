// Proclitic analyses: every plausible reading, never fewer than two letters.
#include "arabicfolder.h"
#include "cliticanalyzer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;
using Marsad::Text::CliticAnalyzer;

namespace {
QStringList stems(const QString &word)
{
    QStringList out;
    for (const auto &a : CliticAnalyzer::analyses(ArabicFolder::foldString(word)))
        out.append(a.stem);
    return out;
}
QString f(const QString &s)
{
    return ArabicFolder::foldString(s);
}
} // namespace

TEST_CASE("Clitic analyses of the cases that matter", "[text][clitics]")
{
    CHECK(stems(u"وجبرائيل"_s).contains(f(u"جبرائيل"_s)));
    CHECK(stems(u"بالصواريخ"_s).contains(f(u"صواريخ"_s)));
    CHECK(stems(u"بالصواريخ"_s).contains(f(u"الصواريخ"_s)));
    CHECK(stems(u"للقوات"_s).contains(f(u"القوات"_s))); // ل + ال restored
    CHECK(stems(u"للقوات"_s).contains(f(u"قوات"_s)));
    CHECK(stems(u"وللكرملين"_s).contains(f(u"الكرملين"_s)));
    CHECK(stems(u"فلأذربيجان"_s).contains(f(u"أذربيجان"_s)));
    CHECK(stems(u"والكرملين"_s).contains(f(u"الكرملين"_s)));
    CHECK(stems(u"وكالأذريين"_s).contains(f(u"أذريين"_s)));
    CHECK(stems(u"فبستيباناكرت"_s).contains(f(u"ستيباناكرت"_s)));
}

TEST_CASE("The word as written always comes first", "[text][clitics]")
{
    const auto a = CliticAnalyzer::analyses(f(u"وزير"_s));
    REQUIRE_FALSE(a.isEmpty());
    CHECK(a.first().stem == f(u"وزير"_s));
    CHECK(a.first().prefix.isEmpty());
    CHECK(a.first().stemOffset == 0);
}

TEST_CASE("Stem offsets point at the stem's own letters", "[text][clitics]")
{
    const QString word = f(u"وبالقوات"_s);
    for (const auto &a : CliticAnalyzer::analyses(word)) {
        CHECK(a.prefix == word.left(a.stemOffset));
        if (!a.hasArticle || !a.stem.startsWith(u"ال"_s) || a.prefix.endsWith(u"ال"_s))
            CHECK(word.mid(a.stemOffset) == a.stem);
    }
}

TEST_CASE("Never fewer than two letters, never a made-up suffix", "[text][clitics]")
{
    for (const QString &w : {u"ول"_s, u"بل"_s, u"وبه"_s, u"فال"_s, u"لله"_s}) {
        for (const auto &a : CliticAnalyzer::analyses(f(w)))
            CHECK(a.stem.size() >= 2);
    }
    // Prefixes only: a surname that starts like a place stays itself.
    CHECK(stems(u"شوشان"_s) == QStringList{f(u"شوشان"_s)});
    CHECK_FALSE(stems(u"شوشان"_s).contains(f(u"شوشة"_s)));
    CHECK(stems(u"وال"_s) == QStringList{f(u"وال"_s), f(u"ال"_s)});
}
