// Events: sentences with a resolved date, their entities and exact evidence.
#include "corpusjob.h"
#include "testsupport.h"
#include "timeanalyzer.h"
#include "timexextractor.h"
#include "timexresolver.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Marsad::Time;
using Marsad::EntityType;
using Marsad::Mention;
using Marsad::Corpus::Article;

namespace {

struct Samples
{
    QList<Article> articles;
    QList<ArticleTime> results;

    qsizetype index(const QString &prefix) const
    {
        for (qsizetype i = 0; i < articles.size(); ++i)
            if (QFileInfo(articles.at(i).file).fileName().startsWith(prefix))
                return i;
        return -1;
    }
    const ArticleTime &of(const QString &prefix) const { return results.at(index(prefix)); }
};

// Every occurrence of surface in text as a mention of id.
QList<Mention> mentionsOf(const QString &text, const QString &surface, const QString &id)
{
    QList<Mention> out;
    for (qsizetype at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        Mention m;
        m.entityId = id;
        m.type = EntityType::Place;
        m.span = {at, at + surface.size()};
        m.surface = surface;
        out.append(m);
    }
    return out;
}

Samples analyzeSamples(const CorpusTimeOptions &options = {})
{
    Samples s;
    s.articles = Marsad::Corpus::loadCorpus({Marsad::Tests::sampleCorpusDir()}).articles;
    s.results = TimeAnalyzer::analyzeCorpus(s.articles, options);
    return s;
}

const Event *findEvent(const QList<Event> &events, QDate date, const QString &needle)
{
    for (const Event &e : events)
        if (e.start == date && e.evidence.contains(needle))
            return &e;
    return nullptr;
}

} // namespace

TEST_CASE("Events of the samples", "[time][events]")
{
    const Samples s = analyzeSamples();

    // 003: Moscow's invitation of 9 October.
    const Event *moscow =
        findEvent(s.of(u"003_"_s).events, QDate(2020, 10, 9), u"9 أكتوبر/تشرين الأول"_s);
    REQUIRE(moscow);
    CHECK(moscow->evidence.contains(u"موسكو"_s));
    CHECK(moscow->value == u"2020-10-09"_s);
    CHECK(moscow->precision == Precision::Day);
    const Article &a003 = s.articles.at(s.index(u"003_"_s));
    CHECK(a003.text.mid(moscow->span.start, moscow->span.length()) == moscow->evidence);

    // 001: the co-chairs' statement of 1 October.
    const Event *cochairs =
        findEvent(s.of(u"001_"_s).events, QDate(2020, 10, 1), u"بيان الرؤساء المشاركين"_s);
    REQUIRE(cochairs);
    CHECK(cochairs->timex.surface == u"1 أكتوبر 2020"_s);

    // The war's start, 27 September, in 002 and 004.
    CHECK(findEvent(s.of(u"002_"_s).events, QDate(2020, 9, 27), u"اندلاع المعارك"_s));
    CHECK(findEvent(s.of(u"004_"_s).events, QDate(2020, 9, 27), u"اندلاع القتال"_s));

    // 000: the fourth day of fighting, counted from the corpus's start date.
    CHECK(findEvent(s.of(u"000_"_s).events, QDate(2020, 9, 30), u"لليوم الرابع"_s));

    // The dateline of 003 is not an event.
    for (const Event &e : s.of(u"003_"_s).events)
        CHECK_FALSE(e.evidence.contains(u"2020-10-09T13:50"_s));
}

TEST_CASE("The night of 6 November in 002 is linked to Shusha", "[time][events][entities]")
{
    const QList<Article> articles =
        Marsad::Corpus::loadCorpus({Marsad::Tests::sampleCorpusDir()}).articles;
    CorpusTimeOptions options;
    options.mentions.resize(articles.size());
    qsizetype i002 = -1;
    for (qsizetype i = 0; i < articles.size(); ++i)
        if (QFileInfo(articles.at(i).file).fileName().startsWith(u"002_"_s))
            i002 = i;
    REQUIRE(i002 >= 0);
    const QString &text = articles.at(i002).text;
    options.mentions[i002] = mentionsOf(text, u"شوشة"_s, u"shusha"_s) +
                             mentionsOf(text, u"ستيباناكرت"_s, u"stepanakert"_s);
    const auto results = TimeAnalyzer::analyzeCorpus(articles, options);
    const Event *night = findEvent(results.at(i002).events, QDate(2020, 11, 6), u"(6-11-2020)"_s);
    REQUIRE(night);
    CHECK(night->evidence.contains(u"شوشة"_s));
    CHECK(night->entityIds == QStringList{u"shusha"_s});
    // Only the mentions inside the sentence count.
    for (const Event &e : results.at(i002).events)
        if (!e.evidence.contains(u"ستيباناكرت"_s))
            CHECK_FALSE(e.entityIds.contains(u"stepanakert"_s));
}

TEST_CASE("Boilerplate lines carry no events", "[time][events]")
{
    Article a;
    a.file = u"own.txt"_s;
    a.text =
        u"اقرأ أيضا: ما جرى في 27 سبتمبر 2020 على الجبهة\nوفي 10 نوفمبر 2020 وقع الطرفان اتفاقا لوقف الحرب."_s;
    Marsad::Corpus::Boilerplate readMore;
    readMore.start = 0;
    readMore.end = a.text.indexOf(u'\n');
    readMore.kind = u"read-more"_s;
    a.boilerplate.append(readMore);
    const auto r = TimeAnalyzer::analyze(a);
    REQUIRE(r.events.size() == 1);
    CHECK(r.events.first().value == u"2020-11-10"_s);
    CHECK(r.events.first().evidence == u"وفي 10 نوفمبر 2020 وقع الطرفان اتفاقا لوقف الحرب."_s);
    CHECK(r.events.first().entityIds.isEmpty());
}

TEST_CASE("A sentence's most precise date dates the event", "[time][events]")
{
    Article a;
    a.text = u"وفي ديسمبر 2019، وتحديدا في 9 ديسمبر 2019، عقدت قمة باريس بحضور الزعماء."_s;
    const auto r = TimeAnalyzer::analyze(a);
    REQUIRE(r.events.size() == 1);
    CHECK(r.events.first().value == u"2019-12-09"_s);
    CHECK(r.events.first().precision == Precision::Day);
}

TEST_CASE("The war's start is read from the articles that state it", "[time][events]")
{
    const QString text = u"ومنذ اندلاع المعارك في 27 سبتمبر (أيلول) الماضي، قتل المئات، كما أن "
                         "الهدنة سارية منذ 27 يوليو (تموز) الماضي في دونباس."_s;
    const auto resolved =
        TimexResolver::resolveAll(TimexExtractor::extract(text), text, QDate(2020, 11, 7));
    CHECK(TimeAnalyzer::statedConflictStarts(text, resolved) == QList<QDate>{QDate(2020, 9, 27)});
    const QString after = u"بعد ستة أسابيع من المعارك التي اندلعت في 27 سبتمبر."_s;
    CHECK(TimeAnalyzer::statedConflictStarts(
              after, TimexResolver::resolveAll(TimexExtractor::extract(after), after,
                                               QDate(2020, 11, 9))) ==
          QList<QDate>{QDate(2020, 9, 27)});
}

TEST_CASE("Concurrent analyses agree with a sequential one", "[time][threads]")
{
    const QList<Article> articles =
        Marsad::Corpus::loadCorpus({Marsad::Tests::sampleCorpusDir()}).articles;
    const auto reference = TimeAnalyzer::analyzeCorpus(articles);
    QList<QList<ArticleTime>> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] { results[t] = TimeAnalyzer::analyzeCorpus(articles); });
    for (auto &thread : threads)
        thread.join();
    for (const auto &run : results) {
        REQUIRE(run.size() == reference.size());
        for (qsizetype i = 0; i < run.size(); ++i) {
            CHECK(run.at(i).published.value == reference.at(i).published.value);
            CHECK(run.at(i).published.evidence == reference.at(i).published.evidence);
            CHECK(run.at(i).timexes.size() == reference.at(i).timexes.size());
            CHECK(run.at(i).events.size() == reference.at(i).events.size());
        }
    }
}
