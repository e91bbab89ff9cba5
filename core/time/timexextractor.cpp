#include "timexextractor.h"

#include "arabicfolder.h"
#include "articlemetadata.h"
#include "hijriconverter.h"
#include "temporallexicon.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;
using Marsad::Text::FoldedText;

namespace Marsad::Time {

namespace {

// Boundaries over folded text.
const QString kWordStart = u"(?<![\\p{L}\\p{N}])"_s;
const QString kWordEnd = u"(?![\\p{L}\\p{N}])"_s;
const QString kNumStart = u"(?<![\\p{L}\\p{N}+.,/:-])"_s;
const QString kNumEnd = u"(?!\\p{N}|[.,/:-]\\p{N})"_s;
const QString kDirection = u"(?:الماضي|المقبل|القادم|المنصرم|الفايت|الحالي|الجاري)"_s;
const QString kTime = u"(?:\\s*[،,-]?\\s*(?:الساعه\\s+)?(?<t>\\d{1,2}:\\d{2}(?::\\d{2})?)"
                      "(?:\\s*(?:صباحا|مساء|ص|م|[ap]\\.?m\\.?)(?![\\p{L}]))?)?"_s;
// Words after which a four-digit number is still a year, not a count.
const QStringList kAfterYear = {u"حين"_s, u"حيث"_s, u"عندما"_s, u"الي"_s,  u"حتي"_s,  u"ثم"_s,
                                u"من"_s,  u"في"_s,  u"علي"_s,   u"عن"_s,   u"و"_s,    u"او"_s,
                                u"بعد"_s, u"قبل"_s, u"اثر"_s,   u"وحتي"_s, u"والي"_s, u"الا"_s,
                                u"اي"_s,  u"لكن"_s, u"بينما"_s};
const QStringList kYearNouns = {u"عام"_s, u"العام"_s, u"سنه"_s, u"السنه"_s, u"عامي"_s};

int directionOf(QStringView dir)
{
    if (dir.isEmpty() || dir == u"الحالي" || dir == u"الجاري")
        return 0;
    return (dir == u"المقبل" || dir == u"القادم") ? 1 : -1;
}

QDate makeDate(int y, int m, int d)
{
    if (y < 1000 || y > 2200)
        return {};
    return QDate(y, m, d);
}

QDate monthEnd(int y, int m)
{
    const QDate first(y, m, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

int toInt(const QRegularExpressionMatch &m, const QString &name)
{
    return m.captured(name).toInt();
}

bool has(const QRegularExpressionMatch &m, const QString &name)
{
    return m.capturedStart(name) >= 0 && m.capturedLength(name) > 0;
}

// What follows position pos: the next word, or empty when a punctuation mark,
// a line break or the end of text comes first.
QString nextWord(const QString &s, qsizetype pos)
{
    while (pos < s.size() && (s.at(pos) == u' ' || s.at(pos) == u'\t'))
        ++pos;
    qsizetype end = pos;
    while (end < s.size() && end - pos < 24 && s.at(end).isLetter())
        ++end;
    return s.mid(pos, end - pos);
}

struct Found
{
    qsizetype start = 0; // folded
    qsizetype end = 0;
    int priority = 0;
    Timex timex;
};

using Handler = std::function<bool(const QRegularExpressionMatch &, const QString &, Found &)>;

struct Rule
{
    QRegularExpression re;
    Handler handle;
};

void setSpan(Found &f, const QRegularExpressionMatch &m, const QString &group = QString())
{
    if (!group.isEmpty() && m.capturedStart(group) >= 0) {
        f.start = m.capturedStart(group);
        f.end = m.capturedEnd(group);
    } else {
        f.start = m.capturedStart();
        f.end = m.capturedEnd();
    }
}

// A day and month, maybe with year, weekday, clock time and الماضي/المقبل.
bool handleDayMonth(const QRegularExpressionMatch &m, const QString &, Found &f, int month)
{
    const auto &lex = TemporalLexicon::instance();
    const int day = has(m, u"od"_s) ? lex.ordinal(m.captured(u"od"_s)) : toInt(m, u"d"_s);
    if (month == 0 || day < 1 || day > 31)
        return false;
    if (has(m, u"m2"_s)) {
        const int other = lex.month(m.captured(u"m2"_s));
        if (other != month)
            return false; // "أكتوبر/نوفمبر": two months, not one name
    }
    setSpan(f, m);
    Timex &t = f.timex;
    t.hasTime = has(m, u"t"_s);
    if (has(m, u"wd"_s))
        t.weekday = lex.weekday(m.captured(u"wd"_s));
    if (has(m, u"q"_s)) { // اليوم الخميس 1 أكتوبر: the report's own day (or next to it)
        const QString q = m.captured(u"q"_s);
        t.qualified = true;
        t.dayOffset = q == u"امس" ? -1 : (q == u"غدا" ? 1 : 0);
        t.role = DateRole::Today;
    }
    if (has(m, u"y"_s)) {
        const QDate date = makeDate(toInt(m, u"y"_s), month, day);
        if (!date.isValid())
            return false;
        t.kind = TimexKind::Explicit;
        t.setDates(date, date, Precision::Day);
        t.direction = directionOf(has(m, u"dir"_s) ? m.captured(u"dir"_s) : m.captured(u"dir2"_s));
        return true;
    }
    if (!QDate(2000, month, day).isValid()) // 2000 is a leap year
        return false;
    t.kind = TimexKind::Partial;
    t.precision = Precision::Day;
    t.month = month;
    t.day = day;
    t.direction = directionOf(has(m, u"dir"_s) ? m.captured(u"dir"_s) : m.captured(u"dir2"_s));
    t.value = u"XXXX-%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
    return true;
}

QList<Rule> buildRules()
{
    const auto &lex = TemporalLexicon::instance();
    const QString M = lex.monthPattern();
    const QString alt = u"(?:\\s*[/(-]?\\s*(?<m2>"_s + M + u")(?:\\s*\\))?)?"_s;
    const QString WD = lex.weekdayPattern();
    const auto opts = QRegularExpression::UseUnicodePropertiesOption;
    QList<Rule> rules;
    auto add = [&](const QString &pattern, Handler h) {
        QRegularExpression re(pattern, opts);
        Q_ASSERT_X(re.isValid(), "TimexExtractor", qPrintable(re.errorString()));
        re.optimize();
        rules.append({re, std::move(h)});
    };

    // 1. Arabic day + month (+ year): "27 أيلول/ سبتمبر الماضي", "الإثنين، 09 نوفمبر 2020 05:28 م",
    //    ordinal day words ("الحادي والعشرين من أكتوبر الجاري 2020"), and a date bound to
    //    اليوم/أمس/غدا ("اليوم الخميس 1 أكتوبر 2020").
    add(kWordStart + u"(?:(?<q>اليوم|امس|غدا)\\s+)?(?:(?<wd>"_s + WD + u")\\s*[،,]?\\s*)?"_s +
            u"(?:"_s + kNumStart + u"(?<d>\\d{1,2})"_s + kNumEnd +
            u"\\s*(?:من\\s+)?(?:شهر\\s+)?|(?<od>"_s + lex.ordinalPattern() +
            u")\\s+من\\s+(?:شهر\\s+)?)(?<m>"_s + M + u')' + alt + u"(?:\\s+(?<dir>"_s + kDirection +
            u"))?(?:\\s*[،,]?\\s*(?<y>\\d{4})"_s + kNumEnd + u"(?:\\s*م(?!\\p{L}))?)?"_s + kTime +
            u"(?:\\s+(?<dir2>"_s + kDirection + u"))?"_s + kWordEnd,
        [&lex](const QRegularExpressionMatch &m, const QString &s, Found &f) {
            return handleDayMonth(m, s, f, lex.month(m.captured(u"m"_s)));
        });

    // 2. English dates inside Arabic text: "October 9, 2020", "9 Oct 2020".
    const QString EM = lex.englishMonthPattern();
    auto english = [&lex](const QRegularExpressionMatch &m, const QString &s, Found &f) {
        return handleDayMonth(m, s, f, lex.englishMonth(m.captured(u"m"_s)));
    };
    const QString EWD = u"(?:(?<wd>"_s + lex.englishWeekdayPattern() + u")\\.?,?\\s+)?"_s;
    add(kWordStart + EWD + u"(?<m>"_s + EM +
            u")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})"_s + kNumEnd + kTime +
            kWordEnd,
        english);
    add(kWordStart + EWD + kNumStart + u"(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>"_s +
            EM + u")\\.?,?\\s+(?<y>\\d{4})"_s + kNumEnd + kTime + kWordEnd,
        english);

    // 3. Numeric day-first dates: "(6-11-2020)", "08.11.2020 19:07", "6/11/2020".
    add(kNumStart + u"(?<d>\\d{1,2})(?<sep>[-/.])(?<mo>\\d{1,2})\\k<sep>(?<y>\\d{4})"_s + kNumEnd +
            kTime,
        [](const QRegularExpressionMatch &m, const QString &, Found &f) {
            const QDate date = makeDate(toInt(m, u"y"_s), toInt(m, u"mo"_s), toInt(m, u"d"_s));
            if (!date.isValid())
                return false;
            setSpan(f, m);
            f.timex.hasTime = has(m, u"t"_s);
            f.timex.setDates(date, date, Precision::Day);
            return true;
        });

    // 4. Year-first dates, ISO dates and timestamps: "2020/11/12", "2020-10-09T13:50:00+03:00".
    add(kNumStart + u"(?<y>\\d{4})(?<sep>[-/.])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"_s +
            u"(?:(?:t|\\s+)(?<t>\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(?:z|[+-]\\d{2}:?\\d{2})?)?"_s +
            kNumEnd,
        [](const QRegularExpressionMatch &m, const QString &, Found &f) {
            const QDate date = makeDate(toInt(m, u"y"_s), toInt(m, u"mo"_s), toInt(m, u"d"_s));
            if (!date.isValid())
                return false;
            setSpan(f, m);
            f.timex.hasTime = has(m, u"t"_s);
            f.timex.setDates(date, date, Precision::Day);
            return true;
        });

    // 5. Month + year: "ديسمبر 2019", "أبريل (نيسان) 2019", "شهر أكتوبر 2020".
    add(kWordStart + u"(?:شهر\\s+)?(?<m>"_s + M + u')' + alt + u"\\s*[،,]?\\s*(?<y>\\d{4})"_s +
            kNumEnd + u"(?:\\s*م(?!\\p{L}))?"_s,
        [&lex](const QRegularExpressionMatch &m, const QString &, Found &f) {
            const int month = lex.month(m.captured(u"m"_s));
            const int year = toInt(m, u"y"_s);
            if (month == 0 || year < 1000 || year > 2200)
                return false;
            setSpan(f, m);
            f.timex.setDates(QDate(year, month, 1), monthEnd(year, month), Precision::Month);
            return true;
        });

    // 6. A month alone, when a preposition or الماضي/المقبل says it is a date:
    //    "سبتمبر الماضي", "في أكتوبر", "مطلع تموز".
    add(kWordStart +
            u"(?:(?<cue>شهر|في|منذ|خلال|مطلع|اواخر|اوايل|منتصف|بدايه|نهايه|حتي|قبل|بعد)\\s+)?"_s +
            u"(?<core>(?<m>"_s + lex.safeMonthPattern() + u')' + alt + u"(?:\\s+(?<dir>"_s +
            kDirection + u"))?)"_s + kWordEnd,
        [&lex](const QRegularExpressionMatch &m, const QString &, Found &f) {
            if (!has(m, u"cue"_s) && !has(m, u"dir"_s))
                return false;
            const int month = lex.month(m.captured(u"m"_s));
            if (month == 0)
                return false;
            setSpan(f, m, m.captured(u"cue"_s) == u"شهر" ? QString() : u"core"_s);
            Timex &t = f.timex;
            t.kind = TimexKind::Partial;
            t.precision = Precision::Month;
            t.month = month;
            t.direction = directionOf(m.captured(u"dir"_s));
            t.value = u"XXXX-%1"_s.arg(month, 2, 10, QChar(u'0'));
            return true;
        });

    // 7. Years: "عام 2014", "2020م", "منذ 2014", a bare year before punctuation.
    //    A four-digit count ("1900 بجروح", "1250 شخصا") is not a year.
    add(kWordStart +
            u"(?:[وفبل])?(?:(?<cue>عامي|عام|العام|سنه|السنه|منذ|حتي|خلال|مطلع|اواخر|"
            "اوايل|منتصف|بدايه|نهايه|قبل|بعد|في)\\s+)?"_s +
            kNumStart + u"(?<y>\\d{4})"_s + kNumEnd + u"(?!\\s*(?:هجريه|هجري|ه)(?![\\p{L}]))"_s +
            u"(?<ad>\\s*(?:ميلاديه|ميلادي|م)(?![\\p{L}]))?"_s,
        [](const QRegularExpressionMatch &m, const QString &s, Found &f) {
            const int year = toInt(m, u"y"_s);
            const QString cue = m.captured(u"cue"_s);
            const bool yearNoun = kYearNouns.contains(cue);
            const bool ad = has(m, u"ad"_s);
            if (year < ((yearNoun || ad) ? 1000 : 1900) || year > 2100)
                return false;
            if (!yearNoun && !ad) {
                const QString next = nextWord(s, m.capturedEnd(u"y"_s));
                if (!next.isEmpty() && !kAfterYear.contains(next))
                    return false;
            }
            f.start = yearNoun ? m.capturedStart(u"cue"_s) : m.capturedStart(u"y"_s);
            f.end = m.capturedEnd();
            f.timex.setDates(QDate(year, 1, 1), QDate(year, 12, 31), Precision::Year);
            return true;
        });

    // 8. Decades: "التسعينيات", "ثمانينات القرن الماضي".
    add(kWordStart + u"(?:[وفبل])?(?<core>(?:(?:عقد|حقبه)\\s+)?(?<dec>"_s + lex.decadePattern() +
            u")(?:\\s+(?:من\\s+)?القرن\\s+(?<cent>الماضي|العشرين|الحالي|الواحد\\s+والعشرين))?)"_s +
            kWordEnd,
        [&lex](const QRegularExpressionMatch &m, const QString &, Found &f) {
            int first = lex.decade(m.captured(u"dec"_s));
            if (first == 0)
                return false;
            const QString century = m.captured(u"cent"_s);
            if (century == u"الحالي" || century.startsWith(u"الواحد"))
                first += 100;
            setSpan(f, m, u"core"_s);
            f.timex.setDates(QDate(first, 1, 1), QDate(first + 9, 12, 31), Precision::Decade);
            return true;
        });

    // 9. Hijri dates and years: "15 صفر 1442 هـ", "1442 هـ".
    add(kWordStart + u"(?:(?:عام|العام|سنه|السنه)\\s+)?"_s + kNumStart +
            u"(?:(?<d>\\d{1,2})\\s+(?<m>"_s + lex.hijriMonthPattern() +
            u")\\s+)?(?<y>\\d{3,4})\\s*(?:هجريه|هجري|ه)(?![\\p{L}])"_s,
        [&lex](const QRegularExpressionMatch &m, const QString &, Found &f) {
            const int year = toInt(m, u"y"_s);
            if (year < 1 || year > 1600)
                return false;
            setSpan(f, m);
            f.timex.kind = TimexKind::Hijri;
            if (has(m, u"m"_s)) {
                const QDate date = HijriConverter::toGregorian(
                    year, lex.hijriMonth(m.captured(u"m"_s)), toInt(m, u"d"_s));
                if (!date.isValid())
                    return false;
                f.timex.setDates(date, date, Precision::Day);
                return true;
            }
            const QDate first = HijriConverter::toGregorian(year, 1, 1);
            const QDate next = HijriConverter::toGregorian(year + 1, 1, 1);
            if (!first.isValid() || !next.isValid())
                return false;
            f.timex.setDates(first, next.addDays(-1), Precision::Range);
            return true;
        });

    // 10. Weekdays, bare or qualified: "أمس الأربعاء", "ليل الخميس", "الجمعة المقبل".
    add(kWordStart +
            u"(?:[وف])?(?<core>(?:(?<q>اليوم|امس|غدا|ليل|ليله|مساء|صباح|فجر|ظهر|ظهيره|عصر|"
            "يوم|نهار|منتصف\\s+ليل|منتصف\\s+ليله)\\s+)?(?<wd>"_s +
            WD + u")(?:\\s+(?<dir>الماضي|المقبل|القادم|المنصرم|الفايت))?)"_s + kWordEnd,
        [&lex](const QRegularExpressionMatch &m, const QString &, Found &f) {
            setSpan(f, m, u"core"_s);
            Timex &t = f.timex;
            t.kind = TimexKind::Weekday;
            t.precision = Precision::Day;
            t.weekday = lex.weekday(m.captured(u"wd"_s));
            const QString q = m.captured(u"q"_s);
            t.qualified = q == u"اليوم" || q == u"امس" || q == u"غدا";
            t.dayOffset = q == u"امس" ? -1 : (q == u"غدا" ? 1 : 0);
            t.direction = directionOf(m.captured(u"dir"_s));
            return t.weekday != 0;
        });

    // 11. Deictic expressions: أمس، اليوم، غدا، الليلة، أمس الأول، الأسبوع الماضي…
    add(kWordStart +
            u"(?:[وف])?(?<core>(?<rel>امس\\s+الاول|اول\\s+امس|امس|البارحه|اليوم|غدا|الليله|"
            "(?:الاسبوع|الشهر|العام)\\s+(?:الماضي|المقبل|القادم|الحالي|الجاري|المنصرم)|"
            "السنه\\s+(?:الماضيه|المقبله|القادمه|الحاليه|الجاريه)|"
            "هذا\\s+(?:الاسبوع|الشهر|العام)|هذه\\s+السنه))"_s +
            kWordEnd,
        [](const QRegularExpressionMatch &m, const QString &, Found &f) {
            setSpan(f, m, u"core"_s);
            const QString rel = m.captured(u"rel"_s).simplified();
            Timex &t = f.timex;
            t.kind = TimexKind::Relative;
            const QStringList words = rel.split(u' ');
            const QString head = words.first();
            const QString tail = words.size() > 1 ? words.last() : QString();
            if (words.size() == 1 || head == u"امس" || head == u"اول") {
                t.unit = Timex::Unit::Day;
                t.precision = Precision::Day;
                if (rel == u"امس" || rel == u"البارحه")
                    t.dayOffset = -1;
                else if (rel == u"غدا")
                    t.dayOffset = 1;
                else if (words.size() > 1)
                    t.dayOffset = -2;
                return true;
            }
            const QString unit = head == u"هذا" || head == u"هذه" ? tail : head;
            const QString dir = head == u"هذا" || head == u"هذه" ? QString() : tail;
            t.unit = unit == u"الاسبوع" ? Timex::Unit::Week
                     : unit == u"الشهر" ? Timex::Unit::Month
                                        : Timex::Unit::Year;
            t.precision = t.unit == Timex::Unit::Week
                              ? Precision::Range
                              : (t.unit == Timex::Unit::Month ? Precision::Month : Precision::Year);
            t.dayOffset = dir.startsWith(u"الماضي") || dir == u"المنصرم"
                              ? -1
                              : (dir.startsWith(u"المقبل") || dir.startsWith(u"القادم") ? 1 : 0);
            return true;
        });

    // 11b. Days ago: "قبل يوم", "قبل يومين", "قبل ثلاثة أيام", "قبل أيام", "قبل أسبوع"
    //      (not "قبل يومين من الاقتراع", which counts from something else).
    add(kWordStart +
            u"(?:[وف])?(?<core>قبل\\s+(?:(?<one>يوم)|(?<two>يومين)|(?<week>اسبوع)|"
            "(?:(?<n>\\d{1,2}|ثلاثه|اربعه|خمسه|سته|سبعه)\\s+ايام)|(?:بضعه\\s+)?(?<few>ايام)))"_s +
            kWordEnd + u"(?!\\s*من(?![\\p{L}]))"_s,
        [](const QRegularExpressionMatch &m, const QString &, Found &f) {
            static const QStringList words{u"ثلاثه"_s, u"اربعه"_s, u"خمسه"_s, u"سته"_s, u"سبعه"_s};
            setSpan(f, m, u"core"_s);
            Timex &t = f.timex;
            t.kind = TimexKind::Relative;
            t.unit = Timex::Unit::Day;
            t.precision = Precision::Day;
            if (has(m, u"one"_s)) {
                t.dayOffset = -1;
            } else if (has(m, u"two"_s)) {
                t.dayOffset = -2;
            } else if (has(m, u"week"_s)) {
                t.dayOffset = -7;
            } else if (has(m, u"n"_s)) {
                const QString n = m.captured(u"n"_s);
                const int k = words.indexOf(n);
                t.dayOffset = -(k >= 0 ? k + 3 : n.toInt());
                if (t.dayOffset == 0 || t.dayOffset < -31)
                    return false;
            } else { // a few days: two to seven
                t.dayOffset = -2;
                t.fuzzDays = 5;
                t.precision = Precision::Range;
            }
            return true;
        });

    // 12. Ordinal day counts: "لليوم الرابع على التوالي", "في اليوم السادس", "اليوم الـ12".
    add(kWordStart + u"(?<core>(?:لل|ال|بال|ل)يوم\\s+(?:(?<ord>"_s + lex.ordinalPattern() +
            u")|ال\\s*(?<num>\\d{1,2})"_s + kNumEnd +
            u")(?:\\s+(?:علي\\s+التوالي|من\\s+(?:المعارك|القتال|الحرب|الاشتباكات|المواجهات|"
            "الهجوم|العمليه|العمليات)))?)"_s +
            kWordEnd,
        [&lex](const QRegularExpressionMatch &m, const QString &, Found &f) {
            const int n = has(m, u"ord"_s) ? lex.ordinal(m.captured(u"ord"_s)) : toInt(m, u"num"_s);
            if (n < 1 || n > 366)
                return false;
            setSpan(f, m, u"core"_s);
            f.timex.kind = TimexKind::OrdinalCount;
            f.timex.precision = Precision::Day;
            f.timex.ordinal = n;
            return true;
        });
    return rules;
}

const QList<Rule> &rules()
{
    static const QList<Rule> all = buildRules();
    return all;
}

// "نشر في", "تم النشر:", "آخر تحديث", "published" right before a date.
bool hasDatelineCue(const QString &s, qsizetype start)
{
    static const QRegularExpression cue(
        u"(?<![\\p{L}])(?:نشر|تم\\s+النشر|تاريخ\\s+النشر|النشر|اخر\\s+تحديث|تحديث|تم\\s+التحديث|"
        "published|updated|posted|last\\s+updated)(?:\\s+في|\\s+بتاريخ|\\s+on)?\\s*[:：-]?\\s*$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype from = std::max<qsizetype>(0, start - 30);
    QString before = s.mid(from, start - from);
    const qsizetype nl = before.lastIndexOf(u'\n');
    if (nl >= 0)
        before = before.mid(nl + 1);
    return cue.match(before).hasMatch();
}

struct Window
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Stretches of s worth running the patterns over: around every anchor (a
// digit run or a trigger word), widened to whitespace so that the patterns'
// look-arounds see the same thing as over the whole text; overlapping
// stretches merge. Linear in s.
QList<Window> hotWindows(const QString &s)
{
    // Every name and number inside a date is an anchor itself, so a window
    // only needs to reach from one to the next and a little beyond.
    constexpr qsizetype kBefore = 24; // a weekday, اليوم or a preposition before the anchor
    constexpr qsizetype kAfter = 48; // "الرابع على التوالي", "الساعة 10:30 صباحا" after it
    constexpr qsizetype kSnap = 24;
    const auto &lex = TemporalLexicon::instance();
    const qsizetype n = s.size();
    QList<Window> out;
    auto add = [&](qsizetype a, qsizetype b) {
        qsizetype from = std::max<qsizetype>(0, a - kBefore);
        for (qsizetype k = 0; k < kSnap && from > 0 && !s.at(from - 1).isSpace(); ++k)
            --from;
        qsizetype to = std::min(n, b + kAfter);
        for (qsizetype k = 0; k < kSnap && to < n && !s.at(to).isSpace(); ++k)
            ++to;
        if (!out.isEmpty() && from <= out.last().end)
            out.last().end = std::max(out.last().end, to);
        else
            out.append({from, to});
    };
    for (qsizetype i = 0; i < n;) {
        const QChar c = s.at(i);
        qsizetype j = i + 1;
        if (c.isDigit()) {
            while (j < n && s.at(j).isDigit())
                ++j;
            add(i, j);
        } else if (c.isLetter()) {
            while (j < n && s.at(j).isLetter())
                ++j;
            if (lex.isTrigger(QStringView(s).sliced(i, j - i)))
                add(i, j);
        }
        i = j;
    }
    return out;
}

bool containsWord(QStringView clause, const QStringList &words)
{
    for (const QString &w : words) {
        for (qsizetype at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
            const bool startOk = at == 0 || !clause.at(at - 1).isLetter() ||
                                 (at == 1 && QStringView(u"وف").contains(clause.at(0)));
            const qsizetype end = at + w.size();
            if (startOk && (end == clause.size() || !clause.at(end).isLetter()))
                return true;
        }
    }
    return false;
}

// The role of a date from the words of its clause before it (folded text):
// منذ / a relative clause / سابقا mark a past event, المقرر / سوف / المقبل an
// announced one. Bounded window: linear over the text.
const QStringList &futureWords()
{
    static const QStringList words{u"المقرر"_s, u"سوف"_s,    u"المرتقب"_s, u"المنتظر"_s, u"يعتزم"_s,
                                   u"تعتزم"_s,  u"يتوقع"_s,  u"المتوقع"_s, u"سيعقد"_s,   u"ستعقد"_s,
                                   u"سيلتقي"_s, u"ستلتقي"_s, u"سيزور"_s,   u"ستزور"_s,   u"سيجري"_s,
                                   u"ستجري"_s,  u"سيتم"_s,   u"موعد"_s,    u"ستبدا"_s,   u"سيبدا"_s,
                                   u"ستنطلق"_s, u"سينطلق"_s, u"ستنتهي"_s,  u"سينتهي"_s};
    return words;
}

// The clause before start (at most 60 characters back, cut at a sentence end).
QStringView clauseBefore(const QString &s, qsizetype start)
{
    const qsizetype from = std::max<qsizetype>(0, start - 60);
    QStringView before = QStringView(s).sliced(from, start - from);
    for (qsizetype k = before.size() - 1; k >= 0; --k) {
        const QChar c = before.at(k);
        if (c == u'.' || c == u'\n' || c == u'؟' || c == u'!' || c == u'؛' || c == u'?') {
            before = before.sliced(k + 1);
            break;
        }
    }
    return before.trimmed();
}

void classifyRole(const QString &s, qsizetype start, Timex &t)
{
    if (t.role == DateRole::Today || t.kind == TimexKind::Dateline ||
        t.kind == TimexKind::OrdinalCount || t.kind == TimexKind::Relative)
        return;
    static const QStringList since{u"منذ"_s, u"ومنذ"_s};
    static const QStringList relative{u"الذي"_s,   u"التي"_s,   u"الذين"_s, u"اللذين"_s,
                                      u"اللتين"_s, u"اللذان"_s, u"سابقا"_s, u"السابق"_s};
    const QStringView before = clauseBefore(s, start);
    if (t.direction > 0 || containsWord(before, futureWords())) {
        t.role = DateRole::Future;
        return;
    }
    // "منذ" right before the date (a preposition like في may stand between).
    const QStringView near = before.size() > 12 ? before.sliced(before.size() - 12) : before;
    if (containsWord(near, since)) {
        t.role = DateRole::PastEvent;
        return;
    }
    if (t.direction < 0 || containsWord(before, relative))
        t.role = DateRole::PastEvent;
}

} // namespace

QList<Timex> TimexExtractor::extract(QStringView text)
{
    return extract(ArabicFolder::fold(text), text);
}

QList<Timex> TimexExtractor::extractUnfiltered(QStringView text)
{
    return extract(ArabicFolder::fold(text), text);
}

QList<Timex> TimexExtractor::extract(const FoldedText &folded, QStringView original)
{
    const QString &s = folded.text();
    QList<Found> found;
    // Patterns run only over windows around cheap anchors (digits, month,
    // weekday and deictic words), so prose without dates costs one scan.
    for (const Window &w : hotWindows(s)) {
        const QString sub = QString::fromRawData(s.constData() + w.start, w.end - w.start);
        int priority = 0;
        for (const Rule &rule : rules()) {
            auto it = rule.re.globalMatch(sub);
            while (it.hasNext()) {
                const auto m = it.next();
                Found f;
                f.priority = priority;
                if (rule.handle(m, sub, f) && f.end > f.start) {
                    f.start += w.start;
                    f.end += w.start;
                    found.append(std::move(f));
                }
            }
            ++priority;
        }
    }
    // Longest first, then the earlier rule; keep what does not overlap (an
    // ordered map of kept spans makes each check logarithmic).
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        const auto la = a.end - a.start, lb = b.end - b.start;
        return la != lb ? la > lb : a.priority < b.priority;
    });
    std::map<qsizetype, qsizetype> taken; // start → end
    QList<qsizetype> kept;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Found &f = found.at(i);
        auto next = taken.lower_bound(f.start);
        if (next != taken.end() && next->first < f.end)
            continue;
        if (next != taken.begin() && std::prev(next)->second > f.start)
            continue;
        taken.emplace(f.start, f.end);
        kept.append(i);
    }
    std::sort(kept.begin(), kept.end(),
              [&found](qsizetype a, qsizetype b) { return found.at(a).start < found.at(b).start; });

    QList<Timex> out;
    out.reserve(kept.size());
    for (qsizetype i : kept) {
        Found &f = found[i];
        Timex t = std::move(f.timex);
        const auto span = folded.toOriginal(f.start, f.end);
        t.span = {span.start, span.end};
        t.surface = original.mid(span.start, span.end - span.start).toString();
        if (t.kind == TimexKind::Explicit && t.precision == Precision::Day &&
            hasDatelineCue(s, f.start))
            t.kind = TimexKind::Dateline;
        classifyRole(s, f.start, t);
        out.append(std::move(t));
    }
    return out;
}

bool TimexExtractor::announcedBefore(const QString &folded, qsizetype start)
{
    return containsWord(clauseBefore(folded, start), futureWords());
}

std::optional<Timex> TimexExtractor::fromUrl(const QString &url)
{
    const auto found = Corpus::ArticleMetadata::dateInAddress(url);
    if (!found)
        return std::nullopt;
    Timex t;
    t.kind = TimexKind::Url;
    t.surface = found->surface;
    t.setDates(found->start, found->end, found->dayPrecision ? Precision::Day : Precision::Month);
    return t;
}

} // namespace Marsad::Time
