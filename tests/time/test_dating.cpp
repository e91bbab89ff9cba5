// Dating real articles (issue 18): the text's own forms, date roles, the
// chronology, the constraint solver and its evidence. Every sentence here is
// written for the test; none comes from the sample corpus.
#include "chronology.h"
#include "timeanalyzer.h"
#include "timexextractor.h"

#include <catch2/catch.hpp>

#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Marsad::Time;
using Marsad::Mention;
using Marsad::Corpus::Article;

namespace {

Article article(const QString &text, const QString &file = u"own.txt"_s)
{
    Article a;
    a.file = file;
    a.text = text;
    return a;
}

const Timex *find(const QList<Timex> &timexes, const QString &surface)
{
    for (const Timex &t : timexes)
        if (t.surface == surface)
            return &t;
    return nullptr;
}

bool hasConstraint(const PublishedDate &p, DateEvidence::Kind kind, bool conflicting = false)
{
    return std::any_of(p.constraints.cbegin(), p.constraints.cend(), [&](const DateEvidence &e) {
        return e.kind == kind && e.conflicting == conflicting;
    });
}

InferenceContext in2020()
{
    InferenceContext ctx;
    ctx.referenceYear = 2020;
    ctx.conflictStart = QDate(2020, 9, 27);
    return ctx;
}

} // namespace

TEST_CASE("Ordinal day words name a day", "[time][dating][forms]")
{
    const auto a = TimexExtractor::extract(u"وصل الوفد في الخامس من أكتوبر إلى العاصمة."_s);
    const Timex *fifth = find(a, u"الخامس من أكتوبر"_s);
    REQUIRE(fifth);
    CHECK(fifth->kind == TimexKind::Partial);
    CHECK(fifth->month == 10);
    CHECK(fifth->day == 5);

    const auto b = TimexExtractor::extract(
        u"وستعقد الجولة في الحادي والعشرين من أكتوبر الجاري 2020 بحسب المنظمين."_s);
    const Timex *twentyFirst = find(b, u"الحادي والعشرين من أكتوبر الجاري 2020"_s);
    REQUIRE(twentyFirst);
    CHECK(twentyFirst->value == u"2020-10-21"_s);

    const auto c = TimexExtractor::extract(u"انتهت المهلة في الثاني عشر من تشرين الأول."_s);
    const Timex *twelfth = find(c, u"الثاني عشر من تشرين الأول"_s);
    REQUIRE(twelfth);
    CHECK(twelfth->month == 10);
    CHECK(twelfth->day == 12);
}

TEST_CASE("English datelines, with or without a weekday", "[time][dating][forms]")
{
    const auto a = TimexExtractor::extract(u"Friday 16 October, 2020"_s);
    REQUIRE(a.size() == 1);
    CHECK(a.first().value == u"2020-10-16"_s);
    CHECK(a.first().weekday == 5);
    const auto b = TimexExtractor::extract(u"Updated: 16 Oct 2020 - 10:12 GMT"_s);
    REQUIRE(!b.isEmpty());
    CHECK(b.first().value == u"2020-10-16"_s);

    const auto r = TimeAnalyzer::analyze(
        article(u"Friday 16 October, 2020\nتواصلت المواجهات على الجبهة الجنوبية طوال الليل."_s));
    CHECK(r.published.value == u"2020-10-16"_s);
    CHECK(r.published.basis == PublishedDate::Basis::Dateline);
}

TEST_CASE("Days ago, bound to the date beside them", "[time][dating][forms]")
{
    const auto t =
        TimexExtractor::extract(u"قال قبل يومين إنه عاد، وقبل أيام قليلة سافر، ومنذ قبل أسبوع"_s);
    const Timex *two = find(t, u"قبل يومين"_s);
    REQUIRE(two);
    CHECK(two->kind == TimexKind::Relative);
    CHECK(two->dayOffset == -2);
    const Timex *few = find(t, u"قبل أيام"_s);
    REQUIRE(few);
    CHECK(few->fuzzDays > 0);
    CHECK(TimexExtractor::extract(u"قبل يومين من الاقتراع"_s).isEmpty());

    const auto r = TimeAnalyzer::analyze(article(
        u"انفجرت سيارة مفخخة قرب السوق المركزي في 18 أكتوبر 2020، أي قبل يومين، وما زال التحقيق جاريا."_s));
    CHECK(r.published.value == u"2020-10-20"_s);
    CHECK(hasConstraint(r.published, DateEvidence::Kind::DaysAgo));
}

TEST_CASE("A date bound to اليوم is the report's own day", "[time][dating][forms][roles]")
{
    const QString text =
        u"أعلنت وزارة الصحة اليوم الخميس 1 أكتوبر 2020 أن عدد الجرحى في المدينة ارتفع إلى مئة وعشرين."_s;
    const auto timexes = TimexExtractor::extract(text);
    REQUIRE(!timexes.isEmpty());
    CHECK(timexes.first().role == DateRole::Today);
    const auto r = TimeAnalyzer::analyze(article(text));
    CHECK(r.published.value == u"2020-10-01"_s);
    CHECK(r.published.basis == PublishedDate::Basis::Inferred);
    CHECK(hasConstraint(r.published, DateEvidence::Kind::ReportDate));
    CHECK(r.published.confidence >= 0.5);
}

TEST_CASE("The night of a date without a year: published the next day", "[time][dating][forms]")
{
    const auto r = TimeAnalyzer::analyze(
        article(u"تعرضت البلدة لقصف مدفعي عنيف ليلة الأربعاء 21 أكتوبر بحسب شهود عيان."_s), {},
        in2020());
    CHECK(r.published.date == QDate(2020, 10, 22));
    CHECK(hasConstraint(r.published, DateEvidence::Kind::NightOf));
}

TEST_CASE("A full date outranks the weekday that contradicts it, and the clash is reported",
          "[time][dating][conflict]")
{
    // 1 October 2020 was a Thursday.
    const auto r = TimeAnalyzer::analyze(article(
        u"أفادت الوكالة اليوم الجمعة 1 أكتوبر 2020 بأن الطرق المؤدية إلى الإقليم أغلقت بالكامل."_s));
    CHECK(r.published.value == u"2020-10-01"_s);
    CHECK(hasConstraint(r.published, DateEvidence::Kind::WeekdayConflict, true));
    CHECK(!r.published.conflicts.isEmpty());
}

TEST_CASE("Date roles: past events, announced dates, quoted history", "[time][dating][roles]")
{
    const auto since =
        TimexExtractor::extract(u"المعارك المستمرة منذ 27 سبتمبر 2020 أودت بالمئات"_s);
    REQUIRE(!since.isEmpty());
    CHECK(since.first().role == DateRole::PastEvent);

    const auto clause =
        TimexExtractor::extract(u"الهجوم الذي شنته القوات في 4 أكتوبر 2020 كان الأعنف"_s);
    REQUIRE(!clause.isEmpty());
    CHECK(clause.first().role == DateRole::PastEvent);

    const auto ahead =
        TimexExtractor::extract(u"ومن المقرر أن تستأنف المفاوضات في 30 أكتوبر 2020 في جنيف"_s);
    REQUIRE(!ahead.isEmpty());
    CHECK(ahead.first().role == DateRole::Future);

    const auto plain = TimexExtractor::extract(u"قصفت المدفعية المواقع في 4 أكتوبر 2020"_s);
    REQUIRE(!plain.isEmpty());
    CHECK(plain.first().role == DateRole::Reported);

    // A past event is a lower bound, never the publication day itself.
    const auto past = TimeAnalyzer::analyze(
        article(u"المعارك المستمرة منذ 27 سبتمبر 2020 أودت بحياة المئات من الجانبين."_s));
    REQUIRE(!past.published.isNull());
    CHECK(past.published.start > QDate(2020, 9, 27));
    CHECK(hasConstraint(past.published, DateEvidence::Kind::PastEvent));

    // An announced date bounds from above.
    const auto announced = TimeAnalyzer::analyze(article(
        u"قال الوسطاء الخميس إنه من المقرر أن تستأنف المفاوضات في 30 أكتوبر 2020 في جنيف."_s));
    REQUIRE(!announced.published.isNull());
    CHECK(announced.published.end <= QDate(2020, 10, 30));
    CHECK(announced.published.date.dayOfWeek() == 4);

    // A quoted historical date says nothing about the day.
    const auto history = TimeAnalyzer::analyze(article(
        u"أعلن الجيش اليوم الخميس 1 أكتوبر 2020 تقدمه، في أول تقدم منذ هدنة 12 مايو 1994."_s));
    CHECK(history.published.value == u"2020-10-01"_s);
    const Timex *truce = find(history.timexes, u"12 مايو 1994"_s);
    REQUIRE(truce);
    CHECK(truce->role == DateRole::Historical);
    CHECK(hasConstraint(history.published, DateEvidence::Kind::HistoricalDate) == false);
}

TEST_CASE("The shipped chronology has the war's events", "[time][dating][chronology]")
{
    const Chronology &c = Chronology::shipped();
    REQUIRE(c.events().size() >= 60);
    CHECK(c.start() == QDate(2020, 9, 27));
    const auto shusha =
        std::find_if(c.events().cbegin(), c.events().cend(),
                     [](const ChronologyEvent &e) { return e.id == u"shusha-taken"_s; });
    REQUIRE(shusha != c.events().cend());
    CHECK(shusha->date == QDate(2020, 11, 8));
    CHECK(shusha->entityIds.contains(u"shusha"_s));
}

TEST_CASE("An aim is not an event", "[time][dating][chronology]")
{
    const QString aim = u"وتسعى القوات منذ أسابيع للسيطرة على شوشة الاستراتيجية."_s;
    CHECK(Chronology::shipped().match(Marsad::Text::ArabicFolder::fold(aim), aim).isEmpty());
    const QString done = u"وأعلنت باكو السيطرة على شوشة الاستراتيجية."_s;
    CHECK(Chronology::shipped().match(Marsad::Text::ArabicFolder::fold(done), done).size() == 1);
}

TEST_CASE("A weekday-only article is pinned by a chronology event", "[time][dating][chronology]")
{
    // Shusha fell on Sunday 8 November 2020: "today, Thursday" is the 12th.
    const auto r = TimeAnalyzer::analyze(article(
        u"خرج آلاف الأشخاص إلى شوارع باكو اليوم الخميس للاحتفال بعد أيام من تحرير شوشة على يد الجيش."_s));
    CHECK(r.published.date == QDate(2020, 11, 12));
    CHECK(hasConstraint(r.published, DateEvidence::Kind::Chronology));
    CHECK(hasConstraint(r.published, DateEvidence::Kind::Weekday));
    for (const DateEvidence &e : r.published.constraints) {
        if (e.span.isValid())
            CHECK(r.published.evidence.contains(e.surface));
    }
}

TEST_CASE("A weekday alone gets an honest range over the corpus's period", "[time][dating]")
{
    InferenceContext ctx;
    ctx.periodStart = QDate(2020, 10, 1);
    ctx.periodEnd = QDate(2020, 10, 31);
    const auto r = TimeAnalyzer::analyze(
        article(u"قال المتحدث اليوم الثلاثاء إن الوضع هادئ نسبيا على خطوط التماس."_s), {}, ctx);
    REQUIRE(!r.published.isNull());
    CHECK(r.published.isRange());
    CHECK(r.published.date.dayOfWeek() == 2);
    CHECK(r.published.confidence < 0.5);
}

TEST_CASE("Any wording of the first day of fighting gives the war's start", "[time][dating]")
{
    for (const QString &text : {u"وقد بدأت الحرب في 27 سبتمبر 2020 على طول خط التماس."_s,
                                u"تجدد القتال يوم 27 سبتمبر 2020 بعد سنوات من الهدوء النسبي."_s,
                                u"القتال الدائر منذ 27 سبتمبر 2020 أودى بالمئات."_s,
                                u"في 27 سبتمبر 2020 اندلعت مواجهات عنيفة بين الجانبين."_s}) {
        const auto timexes = TimexExtractor::extract(text);
        CHECK(TimeAnalyzer::statedConflictStarts(text, timexes) ==
              QList<QDate>{QDate(2020, 9, 27)});
    }
    const QString truce = u"بدأت الهدنة في 10 أكتوبر 2020 لكن القتال لم يتوقف."_s;
    CHECK(TimeAnalyzer::statedConflictStarts(truce, TimexExtractor::extract(truce)).isEmpty());
}

TEST_CASE("A stock phrase never outweighs a weekday", "[time][dating][links]")
{
    const QString stock =
        u"وقالت الوزارة في بيان نشرته على موقعها الرسمي إن الوضع على خطوط التماس لا يزال متوترا"_s;
    QList<Article> corpus;
    for (int k = 0; k < 3; ++k) {
        Article dated =
            article(u"2020-10-09\n"_s + stock + u" وأضافت أن الخسائر كبيرة رقم %1."_s.arg(k),
                    u"dated%1.txt"_s.arg(k));
        corpus.append(dated);
    }
    corpus.append(article(u"نقلت وكالات الأنباء أمس الأحد أخبار المعارك.\n"_s + stock + u"."_s,
                          u"undated.txt"_s));
    const auto results = TimeAnalyzer::analyzeCorpus(corpus);
    const PublishedDate &p = results.last().published;
    REQUIRE(!p.isNull());
    CHECK(p.date.dayOfWeek() == 1); // the day after a Sunday
    CHECK(p.date != QDate(2020, 10, 9));
}

TEST_CASE("An article sharing a template with many dated ones leans on the rarest links",
          "[time][dating][links]")
{
    // Twenty-five dated articles share a common sentence with the undated one
    // (a template, a reprinted story); one shares a passage of rare words.
    // Links are bounded, and the rare passage is among those kept.
    const QString common =
        u"وقال المتحدث إن الوضع في المنطقة لا يزال متوترا وإن الاتصالات مستمرة"_s;
    const QString rare = u"عثرت فرق الإنقاذ على حطام طائرة مسيرة قرب السد القديم شمال البلدة"_s;
    QList<Article> corpus;
    for (int k = 0; k < 25; ++k)
        corpus.append(article(u"2020-10-14\n"_s + common + u". تفاصيل إضافية رقم %1."_s.arg(k),
                              u"template%1.txt"_s.arg(k)));
    for (int k = 0; k < 34; ++k)
        corpus.append(article(u"2020-10-15\nخبر محلي قصير عن الطقس رقم %1."_s.arg(k),
                              u"other%1.txt"_s.arg(k)));
    corpus.append(article(u"2020-10-20\nوفي خبر آخر "_s + rare + u"."_s, u"rare.txt"_s));
    corpus.append(article(common + u".\n"_s + rare + u"."_s, u"undated.txt"_s));
    const auto results = TimeAnalyzer::analyzeCorpus(corpus);
    const PublishedDate &p = results.last().published;
    REQUIRE(!p.isNull());
    CHECK(p.linkedFiles.contains(u"rare.txt"_s));
    CHECK(p.linkedFiles.size() <= 12);
    CHECK(p.linkedFiles.size() > 1);
}

TEST_CASE("The corpus teaches its own events", "[time][dating][corpus-events]")
{
    // A conflict the shipped chronology knows nothing of.
    QList<Article> corpus;
    corpus.append(article(
        u"2031-03-14\nانهار سد الوادي الكبير في 12 مارس 2031 وغمرت المياه قرى السهل الشمالي."_s,
        u"a.txt"_s));
    corpus.append(
        article(u"2031-03-20\nتقرير عن الطقس في المنطقة وأحوال الطرق الجبلية."_s, u"b.txt"_s));
    corpus.append(
        article(u"2031-03-21\nأسعار القمح ترتفع في الأسواق المحلية هذا الأسبوع."_s, u"c.txt"_s));
    corpus.append(article(
        u"قال السكان اليوم السبت إن انهيار سد الوادي الكبير ترك قرى السهل الشمالي بلا مياه صالحة للشرب."_s,
        u"d.txt"_s));
    const auto results = TimeAnalyzer::analyzeCorpus(corpus);
    const PublishedDate &p = results.last().published;
    REQUIRE(!p.isNull());
    // Saturday after 12 March 2031 (a Wednesday).
    CHECK(p.date == QDate(2031, 3, 15));
    CHECK(hasConstraint(p, DateEvidence::Kind::CorpusEvent));
}

TEST_CASE("A corpus event needs the same entities where both sides know them",
          "[time][dating][corpus-events]")
{
    QList<Article> corpus;
    corpus.append(article(
        u"2031-03-14\nانهار سد الوادي الكبير في 12 مارس 2031 وغمرت المياه قرى السهل الشمالي قرب كارون."_s,
        u"a.txt"_s));
    corpus.append(
        article(u"2031-03-20\nتقرير عن الطقس في المنطقة وأحوال الطرق الجبلية."_s, u"b.txt"_s));
    corpus.append(
        article(u"2031-03-21\nأسعار القمح ترتفع في الأسواق المحلية هذا الأسبوع."_s, u"c.txt"_s));
    const QString other =
        u"قال السكان اليوم السبت إن انهيار سد الوادي الكبير ترك قرى السهل الشمالي بلا مياه صالحة للشرب في كارون."_s;
    corpus.append(article(other, u"d.txt"_s));
    auto mention = [](const QString &id, const QString &text, const QString &surface) {
        Mention m;
        m.entityId = id;
        m.surface = surface;
        const qsizetype at = text.indexOf(surface);
        m.span = {at, at + surface.size()};
        return m;
    };
    CorpusTimeOptions options;
    options.mentions = {{mention(u"karun"_s, corpus.at(0).text, u"كارون"_s)},
                        {},
                        {},
                        {mention(u"another-karun"_s, other, u"كارون"_s)}};
    const auto results = TimeAnalyzer::analyzeCorpus(corpus, options);
    CHECK_FALSE(hasConstraint(results.last().published, DateEvidence::Kind::CorpusEvent));
    options.mentions[3] = {mention(u"karun"_s, other, u"كارون"_s)};
    const auto same = TimeAnalyzer::analyzeCorpus(corpus, options);
    CHECK(hasConstraint(same.last().published, DateEvidence::Kind::CorpusEvent));
}

TEST_CASE("Corpus passes honour cancel, a given pool and progress", "[time][dating][corpus]")
{
    QList<Article> corpus;
    for (int k = 0; k < 20; ++k)
        corpus.append(article(u"2020-10-%1\nتواصلت المعارك اليوم الجمعة."_s.arg(10 + k % 9),
                              u"f%1.txt"_s.arg(k)));
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    qsizetype last = 0, calls = 0;
    CorpusTimeOptions options;
    options.pool = &pool;
    options.progress = [&](qsizetype done, qsizetype total) {
        CHECK(done <= total);
        last = done;
        ++calls;
    };
    const auto results = TimeAnalyzer::analyzeCorpus(corpus, options);
    CHECK(results.size() == corpus.size());
    CHECK(calls > 0);
    CHECK(last > 0);

    std::atomic_bool cancel = true;
    CorpusTimeOptions canceled;
    canceled.cancel = &cancel;
    const auto none = TimeAnalyzer::analyzeCorpus(corpus, canceled);
    CHECK(none.size() == corpus.size()); // discarded by the caller; nothing was analysed
    CHECK(none.first().published.isNull());
}

TEST_CASE("A town spoken of as not yet taken bounds the date from above",
          "[time][dating][chronology]")
{
    // Own sentences: forces "at the outskirts of" / "besieging" a town that the
    // chronology says fell on a known day.
    const QString near = u"قال متحدث عسكري إن الوحدات باتت على مشارف مدينة شوشة الجبلية."_s;
    const auto matches = Chronology::shipped().match(Marsad::Text::ArabicFolder::fold(near), near);
    REQUIRE(matches.size() == 1);
    CHECK(matches.first().pending);
    CHECK(Chronology::shipped().events().at(matches.first().event).id == u"shusha-taken"_s);

    // A Tuesday in the corpus's period (November 2020, with its margins):
    // Shusha fell on Sunday the 8th, so only Tuesdays before it remain.
    InferenceContext ctx;
    ctx.periodStart = QDate(2020, 11, 1);
    ctx.periodEnd = QDate(2020, 11, 30);
    const auto open = TimeAnalyzer::analyze(
        article(u"أفاد مراسلنا اليوم الثلاثاء بأن القوات تواصل عملياتها وسط قصف متبادل."_s), {},
        ctx);
    CHECK(open.published.end > QDate(2020, 11, 8));
    const auto r = TimeAnalyzer::analyze(
        article(u"أفاد مراسلنا اليوم الثلاثاء بأن القوات تواصل محاصرة شوشة وسط قصف متبادل."_s), {},
        ctx);
    INFO(r.published.value.toStdString() << " " << r.published.notes.join(u" | "_s).toStdString());
    REQUIRE_FALSE(r.published.isNull());
    CHECK(r.published.date.dayOfWeek() == 2);
    CHECK(r.published.end < QDate(2020, 11, 8));
    CHECK(r.published.evidence.contains(u"محاصرة شوشة"_s));

    // Told after the fact, the same words are history, not a bound.
    const QString after =
        u"بعد أيام من الوصول إلى مشارف شوشة أعلن الرئيس تحرير شوشة اليوم الثلاثاء."_s;
    const auto told = Chronology::shipped().match(Marsad::Text::ArabicFolder::fold(after), after);
    CHECK(std::none_of(told.cbegin(), told.cend(),
                       [](const ChronologyMatch &m) { return m.pending; }));
    const auto r2 = TimeAnalyzer::analyze(article(after), {}, ctx);
    CHECK(r2.published.date == QDate(2020, 11, 10));
}

TEST_CASE("A widely reprinted article explains its date by its strongest links only",
          "[time][dating][links]")
{
    // Forty dated articles share a passage with this one (an agency story
    // reprinted everywhere): the date is decided by all of them, but the
    // explanation names the strongest few and counts the rest, so neither the
    // analyst's view nor memory grows with the number of reprints.
    InferenceContext ctx;
    ctx.referenceYear = 2020;
    const QString passage = u"أعلنت الوزارة في بيان مقتضب أن المفاوضات ستستأنف قريبا"_s;
    const QString text = u"قالت مصادر متطابقة إن "_s + passage + u" في العاصمة."_s;
    for (int i = 0; i < 40; ++i) {
        ArticleLink link;
        link.file = u"reprint-%1.txt"_s.arg(i);
        link.date = i < 30 ? QDate(2020, 10, 14) : QDate(2020, 10, 2);
        link.confidence = 0.9;
        link.passages = {passage};
        link.spans = {
            Marsad::TextSpan{text.indexOf(passage), text.indexOf(passage) + passage.size()}};
        link.words = 9;
        link.rarity = 30.0 + i % 7;
        ctx.links.append(link);
    }
    const auto r = TimeAnalyzer::analyze(article(text), {}, ctx);
    CHECK(r.published.date == QDate(2020, 10, 14));
    const auto links =
        std::count_if(r.published.constraints.cbegin(), r.published.constraints.cend(),
                      [](const DateEvidence &e) { return e.kind == DateEvidence::Kind::Link; });
    CHECK(links > 0);
    CHECK(links <= 16);
    CHECK(r.published.notes.size() < 25);
    CHECK(std::any_of(r.published.notes.cbegin(), r.published.notes.cend(),
                      [](const QString &n) { return n.contains(u"more linked"_s); }));
}
