// TimexExtractor skips the rules a window cannot match (it holds none of the
// words or digit shapes they need) and checks dateline cues by a word scan.
// These tests run the same extraction with every rule over every window (the
// plain reference path) over text made of date words, numbers, separators and
// glued fragments, and require the same result field by field.
#include "arabicfolder.h"
#include "benchsupport.h"
#include "timexextractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <cstdio>
#include <ctime>

using namespace Marsad::Time;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Timex &t)
{
    return u"%1|%2-%3|%4|%5|%6|%7|%8|off=%9 wd=%10 m=%11 d=%12 dir=%13 ord=%14 fz=%15 role=%16 "
           "q=%17 tm=%18 u=%19"_s.arg(timexKindName(t.kind))
               .arg(t.span.start)
               .arg(t.span.end)
               .arg(t.surface, t.value, precisionName(t.precision), t.start.toString(Qt::ISODate),
                    t.end.toString(Qt::ISODate))
               .arg(t.dayOffset)
               .arg(t.weekday)
               .arg(t.month)
               .arg(t.day)
               .arg(t.direction)
               .arg(t.ordinal)
               .arg(t.fuzzDays)
               .arg(dateRoleName(t.role))
               .arg(int(t.qualified))
               .arg(int(t.hasTime))
               .arg(int(t.unit));
}

QStringList describe(const QList<Timex> &list)
{
    QStringList out;
    for (const Timex &t : list)
        out.append(describe(t));
    return out;
}

// Words and shapes of dates (as printed, so folding is exercised too), cue
// words, and everyday words; joined by spaces, punctuation, line breaks or
// nothing at all.
QString generatedText(quint32 seed, int tokens)
{
    static const QStringList words = {
        u"يناير"_s,
        u"فبراير"_s,
        u"مارس"_s,
        u"آذار"_s,
        u"أبريل"_s,
        u"نيسان"_s,
        u"مايو"_s,
        u"ماي"_s,
        u"أيار"_s,
        u"يونيو"_s,
        u"حزيران"_s,
        u"يوليو"_s,
        u"تموز"_s,
        u"أغسطس"_s,
        u"آب"_s,
        u"أوت"_s,
        u"سبتمبر"_s,
        u"أيلول"_s,
        u"أكتوبر"_s,
        u"تشرين الأول"_s,
        u"نوفمبر"_s,
        u"تشرين الثاني"_s,
        u"ديسمبر"_s,
        u"كانون الأول"_s,
        u"كانون الثاني"_s,
        u"جانفي"_s,
        u"فيفري"_s,
        u"جويلية"_s,
        u"شتنبر"_s,
        u"دجنبر"_s,
        u"January"_s,
        u"oct"_s,
        u"Sept"_s,
        u"march"_s,
        u"May"_s,
        u"december"_s,
        u"Monday"_s,
        u"fri"_s,
        u"of"_s,
        u"th"_s,
        u"st"_s,
        u"am"_s,
        u"p.m."_s,
        u"T"_s,
        u"Z"_s,
        u"الاثنين"_s,
        u"الإثنين"_s,
        u"الثلاثاء"_s,
        u"الأربعاء"_s,
        u"الخميس"_s,
        u"الجمعة"_s,
        u"السبت"_s,
        u"الأحد"_s,
        u"والخميس"_s,
        u"فالجمعة"_s,
        u"الحادي والعشرين"_s,
        u"الأول"_s,
        u"الثاني عشر"_s,
        u"الرابع"_s,
        u"الثلاثين"_s,
        u"العاشر"_s,
        u"محرم"_s,
        u"صفر"_s,
        u"ربيع الأول"_s,
        u"رمضان"_s,
        u"ذو الحجة"_s,
        u"شوال"_s,
        u"هـ"_s,
        u"ه"_s,
        u"هجري"_s,
        u"هجرية"_s,
        u"ميلادي"_s,
        u"م"_s,
        u"ص"_s,
        u"صباحا"_s,
        u"مساء"_s,
        u"الساعة"_s,
        u"التسعينيات"_s,
        u"ثمانينات"_s,
        u"والسبعينيات"_s,
        u"عقد"_s,
        u"حقبة"_s,
        u"القرن"_s,
        u"العشرين"_s,
        u"الواحد والعشرين"_s,
        u"الماضي"_s,
        u"المقبل"_s,
        u"القادم"_s,
        u"الحالي"_s,
        u"الجاري"_s,
        u"المنصرم"_s,
        u"الماضية"_s,
        u"المقبلة"_s,
        u"أمس"_s,
        u"امس الأول"_s,
        u"أول"_s,
        u"البارحة"_s,
        u"اليوم"_s,
        u"غدا"_s,
        u"الليلة"_s,
        u"الأسبوع"_s,
        u"الشهر"_s,
        u"العام"_s,
        u"عام"_s,
        u"عامي"_s,
        u"سنة"_s,
        u"السنة"_s,
        u"هذا"_s,
        u"هذه"_s,
        u"قبل"_s,
        u"بعد"_s,
        u"يوم"_s,
        u"يومين"_s,
        u"أيام"_s,
        u"أسبوع"_s,
        u"بضعة"_s,
        u"ثلاثة"_s,
        u"سبعة"_s,
        u"لليوم"_s,
        u"باليوم"_s,
        u"ليوم"_s,
        u"على التوالي"_s,
        u"من"_s,
        u"المعارك"_s,
        u"شهر"_s,
        u"في"_s,
        u"منذ"_s,
        u"ومنذ"_s,
        u"خلال"_s,
        u"مطلع"_s,
        u"أواخر"_s,
        u"منتصف"_s,
        u"نهاية"_s,
        u"حتى"_s,
        u"إلى"_s,
        u"و"_s,
        u"ليل"_s,
        u"صباح"_s,
        u"فجر"_s,
        u"منتصف ليلة"_s,
        u"نشر"_s,
        u"نشر في"_s,
        u"تم النشر"_s,
        u"تاريخ النشر"_s,
        u"آخر تحديث"_s,
        u"تحديث"_s,
        u"تم التحديث"_s,
        u"published"_s,
        u"Updated"_s,
        u"posted on"_s,
        u"last updated"_s,
        u"بتاريخ"_s,
        u"المقرر"_s,
        u"سوف"_s,
        u"سيعقد"_s,
        u"الذي"_s,
        u"التي"_s,
        u"سابقا"_s,
        u"موعد"_s,
        u"شخصا"_s,
        u"بجروح"_s,
        u"الحكومة"_s,
        u"قال"_s,
        u"الرئيس"_s,
        u"مدينة"_s,
        u"الاجتماع"_s,
        u"حيث"_s,
        u"عندما"_s,
        u"لكن"_s,
        u"١٥"_s,
        u"٢٠٢٠"_s,
        u"ＡＢ"_s,
        u"سبتمبرات"_s,
        u"أكتوبرنوفمبر"_s,
        u"مارسالساعة"_s,
        u"يومياً"_s,
        u"الأيام"_s,
        u"نشر في 08.11.2020 19:07"_s,
        u"تم النشر: 2020-10-09"_s,
        u"آخر تحديث 9 نوفمبر 2020"_s,
        u"Published on October 9, 2020"_s,
        u"تحديث - 6/11/2020"_s,
        u"نشر بتاريخ 1 مايو 2019"_s,
    };
    static const QStringList joins = {
        u" "_s,  u" "_s,      u" "_s,      u" "_s,      u"  "_s,     u""_s,    u"\n"_s,
        u"، "_s, u", "_s,     u"/"_s,      u"-"_s,      u"."_s,      u" - "_s, u"("_s,
        u")"_s,  u": "_s,     u":"_s,      u"\t"_s,     u"؟ "_s,     u". "_s,  u" / "_s,
        u"+"_s,  u"\u00a0"_s, u"\u0085"_s, u"\u2028"_s, u"\u3000"_s, u"!"_s};
    QRandomGenerator rng(seed);
    QString out;
    for (int i = 0; i < tokens; ++i) {
        const int pick = rng.bounded(10);
        if (pick < 3) { // a number of 1 to 5 digits, sometimes a plausible year or day
            const int len = 1 + rng.bounded(5);
            if (len == 4 && rng.bounded(2))
                out += QString::number(1890 + rng.bounded(220));
            else if (len == 3 && rng.bounded(2))
                out += QString::number(1400 + rng.bounded(50));
            else
                for (int k = 0; k < len; ++k)
                    out += QChar(u'0' + rng.bounded(10));
        } else if (pick == 3) { // a clock time
            out += u"%1:%2"_s.arg(rng.bounded(24)).arg(rng.bounded(60), 2, 10, QChar(u'0'));
        } else {
            out += words.at(rng.bounded(int(words.size())));
        }
        out += joins.at(rng.bounded(int(joins.size())));
    }
    return out;
}

QStringList sampleTexts()
{
    QStringList out;
    const QStringList dirs = {QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/corpus"_s,
                              QStringLiteral(MARSAD_TEST_DATA_DIR) + u"/time"_s};
    for (const QString &dirName : dirs) {
        const QDir dir(dirName);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                out.append(QString::fromUtf8(file.readAll()));
        }
    }
    return out;
}

} // namespace

TEST_CASE("Skipping rules a window cannot match changes nothing", "[timex][equivalence]")
{
    QStringList texts = sampleTexts();
    REQUIRE(texts.size() >= 5);
    for (quint32 seed = 1; seed <= 300; ++seed)
        texts.append(generatedText(seed, 200));
    qsizetype total = 0;
    for (const QString &text : texts) {
        const QStringList fast = describe(TimexExtractor::extract(text));
        const QStringList reference = describe(TimexExtractor::extractUnfiltered(text));
        total += reference.size();
        if (fast != reference) {
            INFO(text.toStdString());
            CHECK(fast.join(u'\n').toStdString() == reference.join(u'\n').toStdString());
        }
    }
    CHECK(total > 3000); // the generated text is full of dates
}

TEST_CASE("Skipping rules: shapes at the edges of what the anchors see", "[timex][equivalence]")
{
    const QString longWord(60, u'ب'); // longer than a window's snap to whitespace
    const QStringList texts = {
        u"27سبتمبر2020 والخميس1 أكتوبر"_s,
        u"أكتوبرنوفمبر 2020، مارسالساعة 10:30"_s,
        longWord + u"2020"_s + longWord + u" الجمعة"_s + longWord,
        longWord + u"الخميس 5 مايو 2019"_s,
        u"Published on Oct. 9th, 2020 at 10:30 p.m. ، Fri, 9 of October 2020"_s,
        u"نشر\u00a0في\u00a0:\u00a008.11.2020 19:07 تم التحديث: 2020-10-09T13:50:00+03:00"_s,
        u"1442هـ و 15 ربيع الأول 1442 هجرية و1442 ميلادي و12-11-0999 و5-5-2020"_s,
        u"لليوم الحادي والعشرين على التوالي، اليوم ال 12 من المعارك، باليوم الـ3"_s,
        u"منتصف ليل الخميس الماضي، وأول أمس، هذه السنة، قبل بضعة أيام من الاقتراع"_s,
        u"ثمانينات القرن الماضي، والتسعينيات، عقد السبعينيات من القرن العشرين"_s,
        u"𝟐𝟎𝟐𝟎 الخميس 𝐀 1 أكتوبر 2020 𠀀الجمعة 😀2 أكتوبر 2020𠀀"_s,
        // A lone surrogate: QRegularExpression matches nothing in its window.
        u"اليوم الخميس 1 أكتوبر 2020 "_s + QChar(0xD835) + u" أمس"_s + QString(80, u' ') +
            u"غدا الجمعة 2 أكتوبر 2020"_s,
        // A pair cut by the 30 characters read before a date for a dateline cue.
        u"نشر في 😀😀😀😀😀😀😀😀😀😀😀😀  نشر في 08.11.2020"_s,
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        CHECK(describe(TimexExtractor::extract(text)).join(u'\n').toStdString() ==
              describe(TimexExtractor::extractUnfiltered(text)).join(u'\n').toStdString());
    }
}

// Writes every extraction to $MARSAD_TIMEX_DUMP (to compare two builds by hand).
TEST_CASE("Timex dump", "[.][timex-dump]")
{
    const QString path = qEnvironmentVariable("MARSAD_TIMEX_DUMP");
    REQUIRE(!path.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QTextStream out(&file);
    QStringList texts = sampleTexts();
    for (quint32 seed = 1; seed <= 3000; ++seed)
        texts.append(generatedText(seed, 300));
    for (const QString &text : texts) {
        out << u"== "_s << text.size() << u'\n';
        for (const QString &line : describe(TimexExtractor::extract(text)))
            out << line << u'\n';
    }
}

namespace {

double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

// Extraction (with folding, as bench_time times it) by wall and CPU time.
TEST_CASE("Timex extraction speed", "[.][timex-perf]")
{
    const QStringList texts = Marsad::Bench::reshuffledSampleTexts(20);
    qint64 bytes = 0;
    for (const QString &text : texts)
        bytes += text.toUtf8().size();
    const double mb = double(bytes) / 1048576.0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadSeconds();
        qsizetype n = 0;
        for (const QString &text : texts)
            n += TimexExtractor::extract(text).size();
        const double cpu = threadSeconds() - cpu0;
        std::printf("timex extraction: %.1f MB/s wall, %.1f MB/s cpu (%lld timexes)\n",
                    mb / (double(timer.nsecsElapsed()) / 1e9), mb / cpu, static_cast<long long>(n));
    }
    // The two halves: folding, and extraction over folded text.
    QList<Marsad::Text::FoldedText> folded;
    double cpu0 = threadSeconds();
    for (const QString &text : texts)
        folded.append(Marsad::Text::ArabicFolder::fold(text));
    const double foldCpu = threadSeconds() - cpu0;
    cpu0 = threadSeconds();
    for (qsizetype i = 0; i < texts.size(); ++i)
        TimexExtractor::extract(folded.at(i), texts.at(i));
    std::printf("fold alone: %.1f MB/s cpu; extraction of folded text: %.1f MB/s cpu\n",
                mb / foldCpu, mb / (threadSeconds() - cpu0));
}
