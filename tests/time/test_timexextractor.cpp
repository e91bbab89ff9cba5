// The temporal tagger: every form of DESIGN.md §5 and issue 6, and what is not a date.
#include "hijriconverter.h"
#include "testsupport.h"
#include "timexextractor.h"
#include "timexresolver.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Marsad::Time;

namespace {

QList<Timex> tag(const QString &text)
{
    return TimexExtractor::extract(text);
}

// The single expression of text (fails the test otherwise).
Timex only(const QString &text)
{
    const QList<Timex> all = tag(text);
    INFO("text: " << text.toStdString());
    REQUIRE(all.size() == 1);
    const Timex &t = all.first();
    // Spans are original offsets: the surface is the text there.
    REQUIRE(text.mid(t.span.start, t.span.length()) == t.surface);
    return t;
}

QStringList surfaces(const QString &text)
{
    QStringList out;
    for (const Timex &t : tag(text))
        out.append(t.surface);
    return out;
}

} // namespace

TEST_CASE("Day and month in both month systems, with and without a year", "[time][tagger]")
{
    struct Case
    {
        QString text, surface, value;
    };
    const auto c = GENERATE(values<Case>({
        {u"قتل جنديان في 27 سبتمبر 2020 قرب الجبهة"_s, u"27 سبتمبر 2020"_s, u"2020-09-27"_s},
        {u"وفي 1 أكتوبر 2020 صدر البيان"_s, u"1 أكتوبر 2020"_s, u"2020-10-01"_s},
        {u"وقع الحادث في 3 تشرين الثاني 2020 ليلا"_s, u"3 تشرين الثاني 2020"_s, u"2020-11-03"_s},
        {u"منذ 14 كانون الثاني 2021 لم يتغير شيء"_s, u"14 كانون الثاني 2021"_s, u"2021-01-14"_s},
        {u"منذ 14 كانون الأول 2020 لم يتغير شيء"_s, u"14 كانون الأول 2020"_s, u"2020-12-14"_s},
        {u"في 5 شباط 2021 وصلت القافلة"_s, u"5 شباط 2021"_s, u"2021-02-05"_s},
        {u"في 5 آذار 2021 وصلت القافلة"_s, u"5 آذار 2021"_s, u"2021-03-05"_s},
        {u"في 12 نيسان 2021 وصلت"_s, u"12 نيسان 2021"_s, u"2021-04-12"_s},
        {u"في 12 أيار 2021 وصلت"_s, u"12 أيار 2021"_s, u"2021-05-12"_s},
        {u"في 12 حزيران 2021 وصلت"_s, u"12 حزيران 2021"_s, u"2021-06-12"_s},
        {u"في 12 تموز 2021 وصلت"_s, u"12 تموز 2021"_s, u"2021-07-12"_s},
        {u"في 12 آب 2021 وصلت"_s, u"12 آب 2021"_s, u"2021-08-12"_s},
        {u"في 12 أيلول 2021 وصلت"_s, u"12 أيلول 2021"_s, u"2021-09-12"_s},
        {u"في 10 نونبر 2020 أعلنت الرباط"_s, u"10 نونبر 2020"_s, u"2020-11-10"_s},
        {u"يوم 2 دجنبر 2020 بالرباط"_s, u"2 دجنبر 2020"_s, u"2020-12-02"_s},
        {u"في 9 فيفري 2021 بالجزائر"_s, u"9 فيفري 2021"_s, u"2021-02-09"_s},
        {u"في 4 يوليوز 2020 بالرباط"_s, u"4 يوليوز 2020"_s, u"2020-07-04"_s},
        {u"في 20 أغشت 2020"_s, u"20 أغشت 2020"_s, u"2020-08-20"_s},
        {u"في 20 يونيه 2020"_s, u"20 يونيه 2020"_s, u"2020-06-20"_s},
        {u"في 20 يوليه 2020"_s, u"20 يوليه 2020"_s, u"2020-07-20"_s},
        {u"في 20 ابريل 2020"_s, u"20 ابريل 2020"_s, u"2020-04-20"_s},
        {u"في 20 إبريل 2020"_s, u"20 إبريل 2020"_s, u"2020-04-20"_s},
        {u"في 20 مايو 2020"_s, u"20 مايو 2020"_s, u"2020-05-20"_s},
        {u"في ٢٧ سبتمبر ٢٠٢٠ بدأت المعارك"_s, u"٢٧ سبتمبر ٢٠٢٠"_s, u"2020-09-27"_s},
        {u"في ۲۷ سپتامبر ۲۰۲۰ بدأت"_s, u"۲۷ سپتامبر ۲۰۲۰"_s, u"2020-09-27"_s},
        {u"انتهت الحرب في 10 نوفمبر 2020م بتوقيع الاتفاق"_s, u"10 نوفمبر 2020م"_s, u"2020-11-10"_s},
        {u"وفي 9 أكتوبر/تشرين الأول 2020 دعي الوزيران"_s, u"9 أكتوبر/تشرين الأول 2020"_s,
         u"2020-10-09"_s},
        {u"بدأت في 27 أيلول/ سبتمبر 2020 المعارك"_s, u"27 أيلول/ سبتمبر 2020"_s, u"2020-09-27"_s},
        {u"منذ 27 سبتمبر (أيلول) 2020 تدور"_s, u"27 سبتمبر (أيلول) 2020"_s, u"2020-09-27"_s},
        {u"صدر في 1 من أكتوبر 2020 بيان"_s, u"1 من أكتوبر 2020"_s, u"2020-10-01"_s},
    }));
    const Timex t = only(c.text);
    CHECK(t.surface == c.surface);
    CHECK(t.value == c.value);
    CHECK(t.precision == Precision::Day);
    CHECK(t.kind == TimexKind::Explicit);
    CHECK(t.start == QDate::fromString(c.value, Qt::ISODate));
    CHECK(t.end == t.start);
}

TEST_CASE("A day and month without a year waits for the publication date", "[time][tagger]")
{
    const Timex t = only(u"وقال الكرملين إنه \"في 9 أكتوبر/تشرين الأول دعي وزيرا الخارجية\""_s);
    CHECK(t.surface == u"9 أكتوبر/تشرين الأول"_s);
    CHECK(t.kind == TimexKind::Partial);
    CHECK(t.value == u"XXXX-10-09"_s);
    CHECK_FALSE(t.isResolved());
    const Timex r = TimexResolver::resolve(t, QDate(2020, 10, 9));
    CHECK(r.value == u"2020-10-09"_s);

    const Timex past = only(u"منذ اندلاع القتال في 27 أيلول/ سبتمبر الماضي."_s);
    CHECK(past.surface == u"27 أيلول/ سبتمبر الماضي"_s);
    CHECK(past.direction == -1);
    // The most recent 27 September before the publication month.
    CHECK(TimexResolver::resolve(past, QDate(2020, 10, 9)).value == u"2020-09-27"_s);
    CHECK(TimexResolver::resolve(past, QDate(2021, 3, 1)).value == u"2020-09-27"_s);
    CHECK(TimexResolver::resolve(past, QDate(2020, 9, 29)).value == u"2019-09-27"_s);

    const Timex paren = only(u"الساري منذ 27 يوليو (تموز) الماضي،"_s);
    CHECK(paren.surface == u"27 يوليو (تموز) الماضي"_s);
    CHECK(TimexResolver::resolve(paren, QDate(2020, 11, 7)).value == u"2020-07-27"_s);

    const Timex next = only(u"ستعقد القمة في 3 مارس المقبل"_s);
    CHECK(next.direction == 1);
    CHECK(TimexResolver::resolve(next, QDate(2020, 11, 7)).value == u"2021-03-03"_s);
}

TEST_CASE("Numeric dates are day first; ISO dates and timestamps", "[time][tagger]")
{
    struct Case
    {
        QString text, surface, value;
    };
    const auto c = GENERATE(values<Case>({
        {u"قصف خلال الليل (6-11-2020) استهدف المدينة"_s, u"6-11-2020"_s, u"2020-11-06"_s},
        {u"بتاريخ 6/11/2020 وقع الاتفاق"_s, u"6/11/2020"_s, u"2020-11-06"_s},
        {u"بتاريخ 06.11.2020 وقع الاتفاق"_s, u"06.11.2020"_s, u"2020-11-06"_s},
        {u"بتاريخ ٠٦-١١-٢٠٢٠ وقع"_s, u"٠٦-١١-٢٠٢٠"_s, u"2020-11-06"_s},
        {u"التحديث 2020-10-09T13:50:00+03:00 من الدوحة"_s, u"2020-10-09T13:50:00+03:00"_s,
         u"2020-10-09"_s},
        {u"في 2020-11-10 أعلن الاتفاق"_s, u"2020-11-10"_s, u"2020-11-10"_s},
        {u"في 2020/11/12 أعلن"_s, u"2020/11/12"_s, u"2020-11-12"_s},
        {u"at 2020-10-09 13:50:00Z the statement"_s, u"2020-10-09 13:50:00Z"_s, u"2020-10-09"_s},
        {u"وجاء في البيان الصادر October 9, 2020 أن الطرفين"_s, u"October 9, 2020"_s,
         u"2020-10-09"_s},
        {u"Posted 9 Oct 2020 على الموقع"_s, u"9 Oct 2020"_s, u"2020-10-09"_s},
    }));
    const Timex t = only(c.text);
    CHECK(t.surface == c.surface);
    CHECK(t.value == c.value);
    CHECK(t.precision == Precision::Day);
}

TEST_CASE("Site datelines are told apart from dates in the story", "[time][tagger][dateline]")
{
    struct Case
    {
        QString text, value;
    };
    const auto c = GENERATE(values<Case>({
        {u"نشر في 08.11.2020 19:07"_s, u"2020-11-08"_s},
        {u"تم النشر: 2020/11/12"_s, u"2020-11-12"_s},
        {u"تاريخ النشر: 12-11-2020 10:15"_s, u"2020-11-12"_s},
        {u"آخر تحديث: 09 نوفمبر 2020 05:28 م"_s, u"2020-11-09"_s},
        {u"Published on October 9, 2020"_s, u"2020-10-09"_s},
    }));
    const Timex t = only(c.text);
    CHECK(t.kind == TimexKind::Dateline);
    CHECK(t.value == c.value);

    const Timex withWeekday = only(u"الإثنين، 09 نوفمبر 2020 05:28 م"_s);
    CHECK(withWeekday.surface == u"الإثنين، 09 نوفمبر 2020 05:28 م"_s);
    CHECK(withWeekday.value == u"2020-11-09"_s);
    CHECK(withWeekday.weekday == 1);
    CHECK(withWeekday.hasTime);

    const Timex story = only(u"بما يتماشى مع بيان الرؤساء بتاريخ 1 أكتوبر 2020"_s);
    CHECK(story.kind == TimexKind::Explicit);
}

TEST_CASE("Month and year, years, decades", "[time][tagger]")
{
    struct Case
    {
        QString text, surface, value;
        Precision precision;
    };
    const auto c = GENERATE(values<Case>({
        {u"خلال قمة باريس في ديسمبر 2019."_s, u"ديسمبر 2019"_s, u"2019-12"_s, Precision::Month},
        {u"الذي انتخب في أبريل (نيسان) 2019، إلى"_s, u"أبريل (نيسان) 2019"_s, u"2019-04"_s,
         Precision::Month},
        {u"في شهر تشرين الأول 2020 اشتدت المعارك"_s, u"شهر تشرين الأول 2020"_s, u"2020-10"_s,
         Precision::Month},
        {u"الحرب التي بدأت عام 2014 وأودت"_s, u"عام 2014"_s, u"2014"_s, Precision::Year},
        {u"وفي العام 1994 وقعت الهدنة"_s, u"العام 1994"_s, u"1994"_s, Precision::Year},
        {u"تأسس الحزب سنة 1918 في باكو"_s, u"سنة 1918"_s, u"1918"_s, Precision::Year},
        {u"استقلت أرمينيا في 2020م عن"_s, u"2020م"_s, u"2020"_s, Precision::Year},
        {u"ما جرى منذ 2016، وحتى الآن"_s, u"2016"_s, u"2016"_s, Precision::Year},
        {u"وقعت المعارك في 1992 و1993"_s, u"1992"_s, u"1992"_s, Precision::Year},
        {u"خارجة عن سيطرتها منذ التسعينيات حين دارت حرب"_s, u"التسعينيات"_s, u"199X"_s,
         Precision::Decade},
        {u"في الثمانينات اندلع الخلاف"_s, u"الثمانينات"_s, u"198X"_s, Precision::Decade},
        {u"منذ تسعينيات القرن الماضي"_s, u"تسعينيات القرن الماضي"_s, u"199X"_s, Precision::Decade},
        {u"في عشرينيات القرن الحالي"_s, u"عشرينيات القرن الحالي"_s, u"202X"_s, Precision::Decade},
        {u"في أكتوبر/تشرين الأول 2020 تصاعد القتال"_s, u"أكتوبر/تشرين الأول 2020"_s, u"2020-10"_s,
         Precision::Month},
        {u"منذ غشت 2020 بالمغرب"_s, u"غشت 2020"_s, u"2020-08"_s, Precision::Month},
        {u"منذ ٢٠١٦، وحتى الآن"_s, u"٢٠١٦"_s, u"2016"_s, Precision::Year},
    }));
    const QList<Timex> all = tag(c.text);
    INFO(c.text.toStdString());
    REQUIRE_FALSE(all.isEmpty());
    const Timex &t = all.first();
    CHECK(t.surface == c.surface);
    CHECK(t.value == c.value);
    CHECK(t.precision == c.precision);
    CHECK(t.isResolved());
}

TEST_CASE("Decades span ten years", "[time][tagger]")
{
    const Timex t = only(u"منذ التسعينيات"_s);
    CHECK(t.start == QDate(1990, 1, 1));
    CHECK(t.end == QDate(1999, 12, 31));
}

TEST_CASE("Counts, phone numbers and amounts are not dates", "[time][tagger][negative]")
{
    const auto text = GENERATE(values<QString>({
        u"تمكنت من تدمير نحو 200 دبابة وعربة مدرعة"_s,
        u"مقتل 790 عسكريا وإصابة 1900 بجروح"_s,
        u"حرب خلفت 30 ألف قتيل"_s,
        u"ونزوح نحو 1.5 مليون خلال ست سنوات"_s,
        u"للاستفسار اتصلوا على +994 12 345 67 89"_s,
        u"أو على الرقم 0501234567 مباشرة"_s,
        u"الهاتف: 00994123456789"_s,
        u"أودت بحياة 1250 شخصاً"_s,
        u"ليرتفع العدد الإجمالي إلى 2020 قتيلا"_s,
        u"صواريخ من طراز أس-300 روسي الصنع"_s,
        u"بلغت الخسائر 2019 جنديا و2020 مدنيا"_s,
        u"على مدى 30 عاما"_s,
        u"قبل ثلاثة عقود"_s,
        u"مارس الضغط على الحكومة"_s,
        u"اتصل بأبيه آب الأسرة"_s,
        u"الجمعية العامة للأمم المتحدة"_s,
        u"سجلت الساعة 19:07 هزة"_s,
    }));
    INFO(text.toStdString());
    CHECK(tag(text).isEmpty());
}

TEST_CASE("Weekdays, bare and qualified", "[time][tagger][weekday]")
{
    struct Case
    {
        QString text, surface;
        int weekday;
        int offset;
        bool qualified;
        QString resolved; // against Saturday 2020-11-07
    };
    const auto c = GENERATE(values<Case>({
        {u"في اتصال هاتفي، السبت، على ضرورة"_s, u"السبت"_s, 6, 0, false, u"2020-11-07"_s},
        {u"دعا بوتين اليوم الجمعة الوزيرين"_s, u"اليوم الجمعة"_s, 5, 0, true, u"2020-11-06"_s},
        {u"خلال مكالمة مساء أمس الأربعاء، إلى"_s, u"أمس الأربعاء"_s, 3, -1, true, u"2020-11-04"_s},
        {u"مع باشينيان ليل الخميس والرئيس"_s, u"ليل الخميس"_s, 4, 0, false, u"2020-11-05"_s},
        {u"ويعقد الاجتماع يوم الاثنين في موسكو"_s, u"يوم الاثنين"_s, 1, 0, false, u"2020-11-02"_s},
        {u"أعلنت الوزارة الإثنين أن"_s, u"الإثنين"_s, 1, 0, false, u"2020-11-02"_s},
        {u"وصباح الجمعة، نشرت الوزارة"_s, u"صباح الجمعة"_s, 5, 0, false, u"2020-11-06"_s},
        {u"وقع الهجوم فجر الثلاثاء قرب"_s, u"فجر الثلاثاء"_s, 2, 0, false, u"2020-11-03"_s},
        {u"يتوقع أن يصل غدا الأحد إلى"_s, u"غدا الأحد"_s, 7, 1, true, u"2020-11-08"_s},
        {u"وقال ليلة السبت إن"_s, u"ليلة السبت"_s, 6, 0, false, u"2020-11-07"_s},
        {u"وصل الوفد مساء الأحد إلى باكو"_s, u"مساء الأحد"_s, 7, 0, false, u"2020-11-01"_s},
        {u"وانفجرت العبوة ظهر الاثنين قرب"_s, u"ظهر الاثنين"_s, 1, 0, false, u"2020-11-02"_s},
        {u"وقالت الوزارة، يوم السبت، إن"_s, u"يوم السبت"_s, 6, 0, false, u"2020-11-07"_s},
        {u"جرى اللقاء الأحد الماضي في"_s, u"الأحد الماضي"_s, 7, 0, false, u"2020-11-01"_s},
    }));
    const Timex t = only(c.text);
    CHECK(t.kind == TimexKind::Weekday);
    CHECK(t.surface == c.surface);
    CHECK(t.weekday == c.weekday);
    CHECK(t.dayOffset == c.offset);
    CHECK(t.qualified == c.qualified);
    CHECK(TimexResolver::resolveAll({t}, c.text, QDate(2020, 11, 7)).first().value == c.resolved);
}

TEST_CASE("An announced weekday lies ahead", "[time][tagger][weekday]")
{
    const QString text = u"ومن المقرر أن يلتقي الوزير نظيره الروسي الاثنين في موسكو"_s;
    const auto resolved = TimexResolver::resolveAll(tag(text), text, QDate(2020, 10, 9));
    REQUIRE(resolved.size() == 1);
    CHECK(resolved.first().value == u"2020-10-12"_s);
}

TEST_CASE("A weekday joined to another follows it", "[time][tagger][weekday]")
{
    const QString text =
        u"تتجهان للتوصل إلى هدنة ليل الجمعة أو السبت، وجرت محادثات الخميس والجمعة"_s;
    const auto resolved = TimexResolver::resolveAll(tag(text), text, QDate(2020, 10, 9));
    QStringList values;
    for (const Timex &t : resolved)
        values.append(t.value);
    CHECK(values ==
          QStringList{u"2020-10-09"_s, u"2020-10-10"_s, u"2020-10-08"_s, u"2020-10-09"_s});
}

TEST_CASE("Deictic days, weeks, months and years", "[time][tagger][relative]")
{
    struct Case
    {
        QString text, surface, resolved; // against Friday 2020-10-09
        Precision precision;
    };
    const auto c = GENERATE(values<Case>({
        {u"قال الوزير أمس إن"_s, u"أمس"_s, u"2020-10-08"_s, Precision::Day},
        {u"بحث الرئيس، اليوم، مع نظيره"_s, u"اليوم"_s, u"2020-10-09"_s, Precision::Day},
        {u"هدنة إما الليلة أو"_s, u"الليلة"_s, u"2020-10-09"_s, Precision::Day},
        {u"يصل الوفد غداً إلى"_s, u"غداً"_s, u"2020-10-10"_s, Precision::Day},
        {u"وكان قد قال أمس الأول إن"_s, u"أمس الأول"_s, u"2020-10-07"_s, Precision::Day},
        {u"تحدث الأسبوع الماضي عن"_s, u"الأسبوع الماضي"_s, u"2020-09-28/2020-10-04"_s,
         Precision::Range},
        {u"يلتقيان الأسبوع المقبل في"_s, u"الأسبوع المقبل"_s, u"2020-10-12/2020-10-18"_s,
         Precision::Range},
        {u"في قصف الشهر الماضي."_s, u"الشهر الماضي"_s, u"2020-09"_s, Precision::Month},
        {u"تعقد الانتخابات الشهر المقبل"_s, u"الشهر المقبل"_s, u"2020-11"_s, Precision::Month},
        {u"وقعت الاشتباكات العام الماضي"_s, u"العام الماضي"_s, u"2019"_s, Precision::Year},
        {u"خلال السنة المقبلة"_s, u"السنة المقبلة"_s, u"2021"_s, Precision::Year},
    }));
    const Timex t = only(c.text);
    CHECK(t.kind == TimexKind::Relative);
    CHECK(t.surface == c.surface);
    CHECK(t.value.isEmpty());
    const Timex r = TimexResolver::resolve(t, QDate(2020, 10, 9));
    CHECK(r.value == c.resolved);
    CHECK(r.precision == c.precision);
}

TEST_CASE("Ordinal day counts", "[time][tagger][ordinal]")
{
    struct Case
    {
        QString text, surface;
        int n;
    };
    const auto c = GENERATE(values<Case>({
        {u"وتواصلت لليوم الرابع على التوالي، المعارك"_s, u"لليوم الرابع على التوالي"_s, 4},
        {u"استمرت الاشتباكات لليوم السادس على التوالي"_s, u"لليوم السادس على التوالي"_s, 6},
        {u"في اليوم السادس من المعارك قصفت"_s, u"اليوم السادس من المعارك"_s, 6},
        {u"تتواصل المعارك لليوم الحادي عشر"_s, u"لليوم الحادي عشر"_s, 11},
        {u"المعارك في يومها، اليوم الثالث عشر على التوالي"_s, u"اليوم الثالث عشر على التوالي"_s,
         13},
        {u"لليوم الخامس والعشرين على التوالي تتواصل المعارك"_s,
         u"لليوم الخامس والعشرين على التوالي"_s, 25},
        {u"القتال لليوم العشرين"_s, u"لليوم العشرين"_s, 20},
        {u"القتال لليوم الثلاثين"_s, u"لليوم الثلاثين"_s, 30},
        {u"المعارك لليوم الـ 12 على التوالي"_s, u"لليوم الـ 12 على التوالي"_s, 12},
    }));
    const Timex t = only(c.text);
    CHECK(t.kind == TimexKind::OrdinalCount);
    CHECK(t.surface == c.surface);
    CHECK(t.ordinal == c.n);
    // Day 1 is the start: the fourth day of fighting begun on 27 September is 30 September.
    CHECK(TimexResolver::resolve(t, QDate(2020, 10, 30), QDate(2020, 9, 27)).start ==
          QDate(2020, 9, 27).addDays(c.n - 1));
    CHECK_FALSE(TimexResolver::resolve(t, QDate(2020, 10, 30)).isResolved());
}

TEST_CASE("A month alone needs a preposition or الماضي/المقبل", "[time][tagger]")
{
    const Timex past = only(u"منذ أيلول الماضي"_s);
    CHECK(past.surface == u"أيلول الماضي"_s);
    CHECK(past.precision == Precision::Month);
    CHECK(TimexResolver::resolve(past, QDate(2020, 10, 9)).value == u"2020-09"_s);
    const Timex in = only(u"تصاعدت المعارك في أكتوبر بشدة"_s);
    CHECK(in.surface == u"أكتوبر"_s);
    CHECK(TimexResolver::resolve(in, QDate(2020, 11, 20)).value == u"2020-10"_s);
    CHECK(surfaces(u"مارس الجيش ضغطا"_s).isEmpty());
    const Timex levantine = only(u"في تشرين الأول/أكتوبر الماضي اندلعت"_s);
    CHECK(levantine.surface == u"تشرين الأول/أكتوبر الماضي"_s);
    CHECK(TimexResolver::resolve(levantine, QDate(2021, 2, 1)).value == u"2020-10"_s);
    // Two different months side by side are not one combined name.
    CHECK(surfaces(u"بين 3 أكتوبر/نوفمبر"_s).isEmpty());
}

TEST_CASE("Hijri dates go through ICU's Islamic calendar", "[time][tagger][hijri]")
{
    CHECK(HijriConverter::toGregorian(1442, 2, 10) == QDate(2020, 9, 27));
    const Timex t = only(u"وذلك يوم 10 صفر 1442 هـ الموافق"_s);
    CHECK(t.kind == TimexKind::Hijri);
    CHECK(t.surface == u"10 صفر 1442 هـ"_s);
    CHECK(t.value == u"2020-09-27"_s);
    const Timex r = only(u"في 15 ربيع الأول 1442هـ"_s);
    CHECK(r.value == u"2020-11-01"_s);
    const Timex year = only(u"خلال عام 1442 هـ"_s);
    CHECK(year.surface == u"عام 1442 هـ"_s);
    CHECK(year.precision == Precision::Range);
    CHECK(year.start == QDate(2020, 8, 20));
    CHECK(year.end == QDate(2021, 8, 8));
}

TEST_CASE("A date in the article's address", "[time][tagger][url]")
{
    struct Case
    {
        QString url, value;
    };
    const auto c = GENERATE(values<Case>({
        {u"https://www.aljazeera.net/news/2020/10/9/بوتين-يدعو"_s, u"2020-10-09"_s},
        {u"https://example.com/world/2020/10/30/karabakh.html"_s, u"2020-10-30"_s},
        {u"https://arabic.sputniknews.com/20201116/1047308815.html"_s, u"2020-11-16"_s},
        {u"https://example.org/news-2020-10-09-moscow"_s, u"2020-10-09"_s},
        {u"https://example.org/archive/2020/11/"_s, u"2020-11"_s},
    }));
    const auto t = TimexExtractor::fromUrl(c.url);
    REQUIRE(t.has_value());
    CHECK(t->kind == TimexKind::Url);
    CHECK(t->value == c.value);
    CHECK_FALSE(TimexExtractor::fromUrl(u"https://example.org/article/1047308815"_s).has_value());
}

TEST_CASE("Offsets point into the original text through tashkeel and tatweel", "[time][tagger]")
{
    const QString text = u"وأعلنت الوزارةُ يومَ الجُمُعَة، 9 أكتـوبر 2020، أنّ"_s;
    const QList<Timex> all = tag(text);
    REQUIRE(all.size() == 1);
    CHECK(all.first().surface == u"الجُمُعَة، 9 أكتـوبر 2020"_s);
    CHECK(all.first().value == u"2020-10-09"_s);
    CHECK(all.first().weekday == 5);
}
