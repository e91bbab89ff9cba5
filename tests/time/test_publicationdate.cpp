// Publication dates (DESIGN.md §5): the samples through the general algorithm,
// variants that must move the answer, datelines of other outlets, overrides.
#include "articleparser.h"
#include "corpusjob.h"
#include "testsupport.h"
#include "timeanalyzer.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Marsad::Time;
using Marsad::Corpus::Article;

namespace {

QList<Article> samples()
{
    const auto corpus = Marsad::Corpus::loadCorpus({Marsad::Tests::sampleCorpusDir()});
    REQUIRE(corpus.articles.size() == 5);
    return corpus.articles;
}

qsizetype indexOf(const QList<Article> &articles, const QString &prefix)
{
    for (qsizetype i = 0; i < articles.size(); ++i)
        if (QFileInfo(articles.at(i).file).fileName().startsWith(prefix))
            return i;
    FAIL("no article " << prefix.toStdString());
    return -1;
}

Article article(const QString &text, const QString &file = u"own.txt"_s)
{
    Article a;
    a.file = file;
    a.text = text;
    return a;
}

Article dataArticle(const QString &name)
{
    const auto corpus = Marsad::Corpus::loadCorpus({Marsad::Tests::dataPath(u"time/"_s + name)});
    REQUIRE(corpus.articles.size() == 1);
    return corpus.articles.first();
}

// The same article with its text changed (offsets of the loader no longer apply).
Article edited(Article a, const QList<std::pair<QString, QString>> &replacements)
{
    for (const auto &[from, to] : replacements) {
        REQUIRE(a.text.contains(from));
        a.text.replace(from, to);
    }
    // The structure is derived from the text: derive it again.
    a.title.clear();
    a.dateline.clear();
    Marsad::Corpus::ArticleParser::parse(a);
    return a;
}

InferenceContext warBeganOn27September()
{
    InferenceContext ctx;
    ctx.conflictStart = QDate(2020, 9, 27);
    return ctx;
}

} // namespace

TEST_CASE("The samples get their true publication dates, with the cues as evidence",
          "[time][published][samples]")
{
    const QList<Article> articles = samples();
    const QList<ArticleTime> results = TimeAnalyzer::analyzeCorpus(articles);
    REQUIRE(results.size() == articles.size());
    auto published = [&](const QString &prefix) {
        return results.at(indexOf(articles, prefix)).published;
    };

    const PublishedDate p000 = published(u"000_"_s);
    CHECK(p000.value == u"2020-10-01"_s);
    CHECK(p000.precision == Precision::Day);
    CHECK(p000.basis == PublishedDate::Basis::Inferred);
    CHECK(p000.evidence.contains(u"أمس الأربعاء"_s));
    CHECK(p000.evidence.contains(u"لليوم الرابع على التوالي"_s));
    CHECK(p000.confidence > 0.5);

    const PublishedDate p001 = published(u"001_"_s);
    CHECK(p001.value == u"2020-10-02"_s);
    CHECK(p001.evidence.contains(u"1 أكتوبر 2020"_s));
    CHECK(p001.evidence.contains(u"أمس الخميس"_s));
    CHECK(p001.evidence.contains(u"لليوم السادس على التوالي"_s));
    CHECK(p001.conflicts.isEmpty());

    const PublishedDate p002 = published(u"002_"_s);
    CHECK(p002.value == u"2020-11-07"_s);
    CHECK(p002.evidence.contains(u"6-11-2020"_s));
    CHECK(p002.evidence.contains(u"السبت"_s));

    const PublishedDate p003 = published(u"003_"_s);
    CHECK(p003.value == u"2020-10-09"_s);
    CHECK(p003.basis == PublishedDate::Basis::Dateline);
    CHECK(p003.evidence.first() == u"2020-10-09T13:50:00+03:00"_s);
    CHECK(p003.confidence > 0.9);

    const PublishedDate p004 = published(u"004_"_s);
    CHECK(p004.value == u"2020-10-09"_s);
    CHECK(p004.evidence.contains(u"الجمعة"_s));
    CHECK(p004.evidence.contains(u"27 أيلول/ سبتمبر الماضي"_s));
    const QString file003 = QFileInfo(articles.at(indexOf(articles, u"003_"_s)).file).fileName();
    CHECK(p004.evidence.contains(u"linked: %1 (2020-10-09)"_s.arg(file003)));
    CHECK(std::any_of(p004.evidence.cbegin(), p004.evidence.cend(), [](const QString &e) {
        return e.contains(u"باكو ويريفان أكدتا مشاركتهما في مشاورات موسكو"_s);
    }));
    CHECK(std::any_of(p004.linkedFiles.cbegin(), p004.linkedFiles.cend(),
                      [&](const QString &f) { return f.endsWith(file003); }));

    for (const ArticleTime &r : results) {
        CHECK(r.published.confidence >= 0.0);
        CHECK(r.published.confidence <= 1.0);
    }
}

TEST_CASE("Changing a weekday moves the date", "[time][published][variants]")
{
    const QList<Article> articles = samples();
    const Article a001 = articles.at(indexOf(articles, u"001_"_s));
    CHECK(TimeAnalyzer::analyze(a001).published.value == u"2020-10-02"_s);
    // "Yesterday Friday" beside a statement of 1 October: published Saturday 3 October.
    const auto friday = TimeAnalyzer::analyze(edited(a001, {{u"أمس الخميس"_s, u"أمس الجمعة"_s}}));
    CHECK(friday.published.value == u"2020-10-03"_s);
    CHECK(friday.published.evidence.contains(u"أمس الجمعة"_s));

    const Article a000 = articles.at(indexOf(articles, u"000_"_s));
    CHECK(TimeAnalyzer::analyze(a000, {}, warBeganOn27September()).published.value ==
          u"2020-10-01"_s);
    // Weekday and day count moved together: one day later.
    const auto later = TimeAnalyzer::analyze(edited(a000, {{u"أمس الأربعاء"_s, u"أمس الخميس"_s},
                                                           {u"لليوم الرابع"_s, u"لليوم الخامس"_s}}),
                                             {}, warBeganOn27September());
    CHECK(later.published.value == u"2020-10-02"_s);
    // The weekday alone moved: the cues disagree, and the result says so.
    const auto disagree = TimeAnalyzer::analyze(
        edited(a000, {{u"أمس الأربعاء"_s, u"أمس الخميس"_s}}), {}, warBeganOn27September());
    CHECK(disagree.published.value != u"2020-10-01"_s);
    CHECK_FALSE(disagree.published.conflicts.isEmpty());
    CHECK(disagree.published.confidence < 0.6);
}

TEST_CASE("Moving the month moves the date", "[time][published][variants]")
{
    const QList<Article> articles = samples();
    const Article a002 = articles.at(indexOf(articles, u"002_"_s));
    CHECK(TimeAnalyzer::analyze(a002).published.value == u"2020-11-07"_s);
    // The night of Friday 13 November, reported on a Saturday.
    CHECK(TimeAnalyzer::analyze(edited(a002, {{u"(6-11-2020)"_s, u"(13-11-2020)"_s}}))
              .published.value == u"2020-11-14"_s);
    // The night of Sunday 6 December: no Saturday near it, so the morning
    // after (the night-of rule), and the bare weekday is left aside.
    const auto december =
        TimeAnalyzer::analyze(edited(a002, {{u"(6-11-2020)"_s, u"(6-12-2020)"_s}}));
    CHECK(december.published.value == u"2020-12-07"_s);
    CHECK(december.published.date.month() == 12);
}

TEST_CASE("Dropping the dateline leaves the other cues to decide", "[time][published][variants]")
{
    QList<Article> articles = samples();
    const qsizetype i003 = indexOf(articles, u"003_"_s);
    const Article undated = edited(articles.at(i003), {{u"2020-10-09T13:50:00+03:00\n"_s, {}}});
    const auto alone = TimeAnalyzer::analyze(undated);
    // Alone, "9 أكتوبر" has no year and "اليوم الجمعة" no week, but the events it
    // reports (the Moscow talks, the strike on Shusha's cathedral) are in the
    // chronology: a Friday soon after them.
    CHECK(alone.published.date.dayOfWeek() == 5);
    CHECK(alone.published.basis == PublishedDate::Basis::Inferred);
    // In the corpus, the year of the other articles places 9 October, a Friday.
    articles[i003] = undated;
    const auto results = TimeAnalyzer::analyzeCorpus(articles);
    const PublishedDate p = results.at(i003).published;
    CHECK(p.value == u"2020-10-09"_s);
    CHECK(p.basis == PublishedDate::Basis::Inferred);
    CHECK(p.evidence.contains(u"اليوم الجمعة"_s));
    CHECK(p.evidence.contains(u"9 أكتوبر/تشرين الأول"_s));

    // A later dateline on 003 takes 004 (linked to it) along to that Friday.
    QList<Article> moved = samples();
    moved[i003] = edited(moved.at(i003), {{u"2020-10-09T13:50"_s, u"2020-10-16T13:50"_s}});
    const auto movedResults = TimeAnalyzer::analyzeCorpus(moved);
    CHECK(movedResults.at(i003).published.value == u"2020-10-16"_s);
    CHECK(movedResults.at(indexOf(moved, u"004_"_s)).published.value == u"2020-10-16"_s);
}

TEST_CASE("An undated article is dated through a passage shared with a dated one",
          "[time][published][link]")
{
    QList<Article> articles = samples();
    const qsizetype i004 = indexOf(articles, u"004_"_s);
    // Alone: Friday, after September; the chronology places it, not surely.
    const auto alone = TimeAnalyzer::analyze(articles.at(i004));
    CHECK(alone.published.date.dayOfWeek() == 5);
    CHECK(alone.published.confidence < 0.5);
    CHECK_FALSE(alone.published.notes.isEmpty());
    // Its weekdays shifted by one: the link still holds, the weekday moves it.
    articles[i004] = edited(articles.at(i004), {{u"الخميس"_s, u"الأربعاء"_s}});
    articles[i004].text.replace(u"الجمعة"_s, u"الخميس"_s);
    const auto results = TimeAnalyzer::analyzeCorpus(articles);
    CHECK(results.at(i004).published.value == u"2020-10-08"_s);
    CHECK_FALSE(results.at(i004).published.linkedFiles.isEmpty());
}

TEST_CASE("The user's correction wins and is marked", "[time][published][override]")
{
    const QList<Article> articles = samples();
    InferenceContext ctx;
    ctx.userOverride = QDate(2020, 10, 3);
    const auto r = TimeAnalyzer::analyze(articles.at(indexOf(articles, u"003_"_s)), {}, ctx);
    CHECK(r.published.value == u"2020-10-03"_s);
    CHECK(r.published.basis == PublishedDate::Basis::Override);
    CHECK(r.published.confidence == 1.0);
    CHECK(r.published.evidence.first() == u"user override"_s);
    CHECK_FALSE(r.published.conflicts.isEmpty()); // the dateline disagrees

    CorpusTimeOptions options;
    options.overrides = QList<QDate>(articles.size());
    options.overrides[indexOf(articles, u"000_"_s)] = QDate(2020, 9, 30);
    const auto results = TimeAnalyzer::analyzeCorpus(articles, options);
    const auto &r000 = results.at(indexOf(articles, u"000_"_s));
    CHECK(r000.published.value == u"2020-09-30"_s);
    CHECK(r000.published.basis == PublishedDate::Basis::Override);
    // Relative expressions follow the corrected date.
    const auto yesterday =
        std::find_if(r000.timexes.cbegin(), r000.timexes.cend(),
                     [](const Timex &t) { return t.surface == u"أمس الأربعاء"_s; });
    REQUIRE(yesterday != r000.timexes.cend());
    CHECK(yesterday->value == u"2020-09-23"_s);
}

TEST_CASE("Nothing to go on gives null; a lone date or weekday gives a range", "[time][published]")
{
    const auto none = TimeAnalyzer::analyze(article(u"دعا الطرفان إلى وقف القتال فورا."_s));
    CHECK(none.published.isNull());
    CHECK(none.published.basis == PublishedDate::Basis::None);
    CHECK(none.published.evidence.isEmpty());

    const auto weekdayOnly =
        TimeAnalyzer::analyze(article(u"قال الوزير أمس الأربعاء إن المعارك مستمرة."_s));
    // A cue, but no week: an honest range over the conflict's period, never null.
    CHECK(weekdayOnly.published.isRange());
    CHECK(weekdayOnly.published.date.dayOfWeek() == 4);
    CHECK(weekdayOnly.published.confidence < 0.5);

    const auto lone =
        TimeAnalyzer::analyze(article(u"صدر البيان بتاريخ 5 نوفمبر 2020 في موسكو."_s));
    CHECK(lone.published.precision == Precision::Range);
    CHECK(lone.published.value == u"2020-11-05/2020-11-07"_s);
    CHECK(lone.published.start == QDate(2020, 11, 5));
    CHECK(lone.published.end == QDate(2020, 11, 7));
    CHECK(lone.published.confidence < 0.5);
}

TEST_CASE("Datelines of other outlets", "[time][published][dateline]")
{
    struct Case
    {
        QString file, value;
    };
    const auto c = GENERATE(values<Case>({
        {u"dateline_maghreb.txt"_s, u"2020-11-08"_s},
        {u"dateline_youm7.txt"_s, u"2020-11-09"_s},
        {u"published_footer.txt"_s, u"2020-11-11"_s},
    }));
    const auto r = TimeAnalyzer::analyze(dataArticle(c.file));
    INFO(c.file.toStdString());
    CHECK(r.published.value == c.value);
    CHECK(r.published.basis == PublishedDate::Basis::Dateline);
    CHECK(r.published.conflicts.isEmpty());
    CHECK(r.published.confidence > 0.9);
}

TEST_CASE("Relative expressions resolve against the dateline", "[time][published][resolve]")
{
    const auto r = TimeAnalyzer::analyze(dataArticle(u"dateline_maghreb.txt"_s));
    QHash<QString, QString> values;
    for (const Timex &t : r.timexes)
        values.insert(t.surface, t.value);
    CHECK(values.value(u"اليوم الأحد"_s) == u"2020-11-08"_s);
    CHECK(values.value(u"أمس السبت"_s) == u"2020-11-07"_s);
    CHECK(values.value(u"27 شتنبر الماضي"_s) == u"2020-09-27"_s);
    CHECK(values.size() == 4); // the phone number and the distance are not dates
}

TEST_CASE("Hijri and Gregorian dates with a weekday word", "[time][published][hijri]")
{
    const auto r = TimeAnalyzer::analyze(dataArticle(u"undated_hijri.txt"_s));
    CHECK(r.published.value == u"2020-09-28"_s);
    CHECK(r.published.evidence.contains(u"أمس الأحد"_s));
    CHECK(r.published.evidence.contains(u"10 صفر 1442 هـ"_s));
}

TEST_CASE("Disagreeing cues are weighed and reported", "[time][published][conflict]")
{
    const auto r = TimeAnalyzer::analyze(dataArticle(u"conflicting_cues.txt"_s));
    CHECK(r.published.value == u"2020-11-07"_s);
    CHECK(r.published.conflicts.contains(u"أمس الخميس"_s));
    CHECK(std::any_of(r.published.notes.cbegin(), r.published.notes.cend(),
                      [](const QString &n) { return n.startsWith(u"disagrees: «أمس الخميس»"_s); }));
    CHECK(r.published.confidence < 0.9);
}

TEST_CASE("Metadata and addresses carry dates too", "[time][published][metadata]")
{
    Article withDateline = article(u"قال الوزير أمس إن المعارك مستمرة."_s);
    withDateline.dateline = u"2020-10-09T13:50:00+03:00"_s;
    const auto a = TimeAnalyzer::analyze(withDateline);
    CHECK(a.published.value == u"2020-10-09"_s);
    CHECK(a.published.basis == PublishedDate::Basis::Metadata);
    CHECK(a.timexes.first().value == u"2020-10-08"_s);

    Article withUrl = article(u"قال الوزير اليوم الجمعة إن المعارك مستمرة."_s);
    withUrl.url = u"https://www.example.com/news/2020/10/30/karabakh"_s;
    const auto b = TimeAnalyzer::analyze(withUrl);
    CHECK(b.published.value == u"2020-10-30"_s);
    CHECK(b.published.basis == PublishedDate::Basis::Url);
    CHECK(b.published.evidence.first() == u"/2020/10/30/"_s);
    CHECK(b.published.evidence.contains(u"اليوم الجمعة"_s));
}

TEST_CASE("Empty and odd input", "[time][published]")
{
    const auto empty = TimeAnalyzer::analyze(article(QString()));
    CHECK(empty.published.isNull());
    CHECK(empty.timexes.isEmpty());
    CHECK(empty.events.isEmpty());
    const auto nul = TimeAnalyzer::analyze(article(u"\u0000\u0000 1 أكتوبر 2020 \u0000"_s));
    CHECK(nul.timexes.size() == 1);
    CHECK(TimeAnalyzer::analyzeCorpus({}).isEmpty());
    CHECK(TimeAnalyzer::analyzeCorpus({article(QString()), article(QString())}).size() == 2);
}

TEST_CASE("A historical date alone does not pull an article out of the corpus's period",
          "[time][published]")
{
    const Article a = article(u"في 10 نوفمبر 1994 وقع الطرفان هدنة صمدت طويلا."_s);
    CHECK(TimeAnalyzer::analyze(a).published.date.year() == 1994); // nothing else to go on
    InferenceContext ctx;
    ctx.referenceYear = 2020;
    const auto r = TimeAnalyzer::analyze(a, {}, ctx);
    CHECK(r.published.isNull());
}
