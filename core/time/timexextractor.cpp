#include "timexextractor.h"

#include "arabicfolder.h"
#include "articlemetadata.h"
#include "hijriconverter.h"
#include "temporallexicon.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>
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

// A match with its rule's group names at hand: QRegularExpressionMatch looks
// a name up in the pattern's table (and copies the capture) on every call.
class Match
{
public:
    Match(const QRegularExpressionMatch &m, const QStringList &names) : m_match(m), m_names(names)
    {}
    QStringView captured(QStringView name) const { return m_match.capturedView(index(name)); }
    qsizetype capturedStart(QStringView name) const { return m_match.capturedStart(index(name)); }
    qsizetype capturedEnd(QStringView name) const { return m_match.capturedEnd(index(name)); }
    qsizetype capturedLength(QStringView name) const { return m_match.capturedLength(index(name)); }
    qsizetype capturedStart() const { return m_match.capturedStart(); }
    qsizetype capturedEnd() const { return m_match.capturedEnd(); }

private:
    int index(QStringView name) const
    {
        for (int i = 1; i < m_names.size(); ++i)
            if (m_names.at(i) == name)
                return i;
        return -1;
    }
    const QRegularExpressionMatch &m_match;
    const QStringList &m_names;
};

int toInt(const Match &m, QStringView name)
{
    return m.captured(name).toInt();
}

bool has(const Match &m, QStringView name)
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

using Handler = std::function<bool(const Match &, const QString &, Found &)>;

// What a window holds, found by one cheap scan of it: each rule needs some of
// these before it can match at all (a necessary condition read off its
// pattern), so the rules a window cannot match are not run over it.
enum Anchor : quint32
{
    ArabicMonth = 1u << 0,  ///< A letter run that starts with a month name.
    EnglishMonth = 1u << 1, ///< The same with an English month name.
    Weekday = 1u << 2,      ///< A weekday name, maybe after one clitic letter.
    Decade = 1u << 3,       ///< A decade word, maybe after one clitic letter.
    Deictic = 1u << 4,   ///< امس، اليوم، الاسبوع… maybe after one clitic letter.
    Qabl = 1u << 5,      ///< قبل, maybe after one clitic letter.
    DayNoun = 1u << 6,   ///< اليوم، لليوم، باليوم، ليوم.
    HijriMark = 1u << 7, ///< A letter run that starts with ه.
    ThreeOrFourDigits = 1u << 8, ///< A run of three or four digits.
    DigitSeparator = 1u << 9,    ///< A digit, one of - / . and a digit.
    PlausibleYear = 1u << 10,    ///< Four digits from 1000 to 2200 (or not all ASCII).
    Ordinal = 1u << 11,    ///< An ordinal word (الرابع، الحادي…) or ال alone.
    FourDigits = 1u << 12, ///< A run of exactly four digits (any value).
    AllAnchors = ~0u
};
constexpr int kAnchorBits = 13;

// Which anchors a rule needs, and where in a window its matches can start:
// every match (kept or not) holds a run with anchor `from`, and at most
// `runsBefore` letter or digit runs of it come before that run (counted from
// the pattern: each literal, name or number before the anchor is one run at
// most). The search starts there, not at the window's start.
struct Needs
{
    quint32 all = 0;
    quint32 from = 0;
    int runsBefore = 0;
};

struct Rule
{
    QRegularExpression re;
    QStringList groups; ///< re's group names by number
    Needs needs;
    Handler handle;
};

void setSpan(Found &f, const Match &m, QStringView group = {})
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
bool handleDayMonth(const Match &m, const QString &, Found &f, int month)
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
        const QStringView q = m.captured(u"q");
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
    auto add = [&](const QString &pattern, Needs needs, Handler h) {
        QRegularExpression re(pattern, opts);
        Q_ASSERT_X(re.isValid(), "TimexExtractor", qPrintable(re.errorString()));
        re.optimize();
        rules.append({re, re.namedCaptureGroups(), needs, std::move(h)});
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
        {ArabicMonth, ArabicMonth, 6}, // q wd (d | od od من) شهر
        [&lex](const Match &m, const QString &s, Found &f) {
            return handleDayMonth(m, s, f, lex.month(m.captured(u"m"_s)));
        });

    // 2. English dates inside Arabic text: "October 9, 2020", "9 Oct 2020".
    const QString EM = lex.englishMonthPattern();
    auto english = [&lex](const Match &m, const QString &s, Found &f) {
        return handleDayMonth(m, s, f, lex.englishMonth(m.captured(u"m"_s)));
    };
    const QString EWD = u"(?:(?<wd>"_s + lex.englishWeekdayPattern() + u")\\.?,?\\s+)?"_s;
    add(kWordStart + EWD + u"(?<m>"_s + EM +
            u")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})"_s + kNumEnd + kTime +
            kWordEnd,
        {EnglishMonth | PlausibleYear, EnglishMonth, 1}, english); // wd
    add(kWordStart + EWD + kNumStart + u"(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>"_s +
            EM + u")\\.?,?\\s+(?<y>\\d{4})"_s + kNumEnd + kTime + kWordEnd,
        {EnglishMonth | PlausibleYear, EnglishMonth, 4}, english); // wd d th of

    // 3. Numeric day-first dates: "(6-11-2020)", "08.11.2020 19:07", "6/11/2020".
    add(kNumStart + u"(?<d>\\d{1,2})(?<sep>[-/.])(?<mo>\\d{1,2})\\k<sep>(?<y>\\d{4})"_s + kNumEnd +
            kTime,
        {PlausibleYear | DigitSeparator, FourDigits, 2}, // d mo
        [](const Match &m, const QString &, Found &f) {
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
        {PlausibleYear | DigitSeparator, FourDigits, 0},
        [](const Match &m, const QString &, Found &f) {
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
        {ArabicMonth | PlausibleYear, ArabicMonth, 1}, // شهر
        [&lex](const Match &m, const QString &, Found &f) {
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
        {ArabicMonth, ArabicMonth, 1}, // cue
        [&lex](const Match &m, const QString &, Found &f) {
            if (!has(m, u"cue"_s) && !has(m, u"dir"_s))
                return false;
            const int month = lex.month(m.captured(u"m"_s));
            if (month == 0)
                return false;
            setSpan(f, m, m.captured(u"cue") == u"شهر" ? QStringView() : QStringView(u"core"));
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
        {PlausibleYear, FourDigits, 1}, // cue (a clitic is glued to it)
        [](const Match &m, const QString &s, Found &f) {
            const int year = toInt(m, u"y"_s);
            const QStringView cue = m.captured(u"cue");
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
        {Decade, Decade, 1}, // عقد
        [&lex](const Match &m, const QString &, Found &f) {
            int first = lex.decade(m.captured(u"dec"_s));
            if (first == 0)
                return false;
            const QStringView century = m.captured(u"cent");
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
        {ThreeOrFourDigits | HijriMark, ThreeOrFourDigits, 4}, // عام d month month
        [&lex](const Match &m, const QString &, Found &f) {
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
        {Weekday, Weekday, 2}, // منتصف ليل
        [&lex](const Match &m, const QString &, Found &f) {
            setSpan(f, m, u"core"_s);
            Timex &t = f.timex;
            t.kind = TimexKind::Weekday;
            t.precision = Precision::Day;
            t.weekday = lex.weekday(m.captured(u"wd"_s));
            const QStringView q = m.captured(u"q");
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
        {Deictic, Deictic, 1}, // اول امس، هذا الاسبوع
        [](const Match &m, const QString &, Found &f) {
            setSpan(f, m, u"core"_s);
            const QString rel = m.captured(u"rel").toString().simplified();
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
        {Qabl, Qabl, 0}, [](const Match &m, const QString &, Found &f) {
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
                const QStringView n = m.captured(u"n");
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
        {DayNoun | Ordinal, DayNoun, 0}, [&lex](const Match &m, const QString &, Found &f) {
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

// The classes of a UTF-16 unit as QChar gives them, from one table: the scans
// below ask for every character of the text.
class CharTable
{
public:
    CharTable()
    {
        for (char32_t u = 0; u < 0x10000; ++u) {
            const QChar c(char16_t(u & 0xFFFF));
            m_class[u] = quint8((c.isLetter() ? kLetter : 0) | (c.isDigit() ? kDigit : 0) |
                                (c.isSpace() ? kSpace : 0));
        }
    }
    bool isLetter(QChar c) const { return m_class[c.unicode()] & kLetter; }
    bool isDigit(QChar c) const { return m_class[c.unicode()] & kDigit; }
    bool isSpace(QChar c) const { return m_class[c.unicode()] & kSpace; }

private:
    static constexpr quint8 kLetter = 1, kDigit = 2, kSpace = 4;
    std::array<quint8, 0x10000> m_class{};
};

const CharTable &chars()
{
    static const CharTable table;
    return table;
}

// The words that give a window its name anchors (see Anchor), in a trie
// walked along each letter run.
class AnchorWords
{
public:
    AnchorWords()
    {
        m_nodes.emplace_back(); // the root
        const auto &lex = TemporalLexicon::instance();
        // The rules' own words, as their patterns spell them (folded).
        addAll(lex.monthNames(), ArabicMonth, false);
        addAll(lex.englishMonthNames(), EnglishMonth, false);
        addAll(lex.weekdayNames(), Weekday, true);
        addAll(lex.decadeNames(), Decade, true);
        addAll({u"امس"_s, u"البارحه"_s, u"اليوم"_s, u"غدا"_s, u"الليله"_s, u"الاسبوع"_s, u"الشهر"_s,
                u"العام"_s, u"السنه"_s},
               Deictic, true);
        addAll({u"قبل"_s}, Qabl, true);
        addAll({u"اليوم"_s, u"لليوم"_s, u"باليوم"_s, u"ليوم"_s}, DayNoun, false);
        addAll({u"ه"_s}, HijriMark, false);
        addAll(lex.ordinalNames(), Ordinal, false);
    }

    /// The anchor bits of a run of letters: the words it starts with, or
    /// starts with after one leading letter (a clitic) for the words that
    /// allow one. A superset of what the patterns can match there is fine.
    quint32 of(QStringView run) const
    {
        quint32 bits = run == u"ال" ? quint32(Ordinal) : 0u; // "اليوم ال 12"
        bits |= walk(run, false);
        if (run.size() > 1)
            bits |= walk(run.sliced(1), true);
        return bits;
    }

private:
    struct Node
    {
        quint32 bits = 0;            ///< Words ending here.
        quint32 bitsAfterClitic = 0; ///< Those of them a clitic may lead.
        std::vector<std::pair<char16_t, int>> next;
    };
    static constexpr char16_t kRootTable = 0x0700; // Latin and Arabic first letters

    void addAll(const QStringList &names, quint32 bit, bool afterClitic)
    {
        for (const QString &name : names) {
            // A multi-word name starts with its first word.
            const qsizetype space = name.indexOf(u' ');
            const QStringView first = QStringView(name).left(space < 0 ? name.size() : space);
            int node = 0;
            for (const QChar c : first) {
                int child = childOf(node, c.unicode());
                if (child < 0) {
                    child = int(m_nodes.size());
                    m_nodes.emplace_back();
                    m_nodes[size_t(node)].next.emplace_back(c.unicode(), child);
                    if (node == 0 && c.unicode() < kRootTable)
                        m_root[c.unicode()] = child;
                }
                node = child;
            }
            if (node == 0)
                continue; // empty
            m_nodes[size_t(node)].bits |= bit;
            if (afterClitic)
                m_nodes[size_t(node)].bitsAfterClitic |= bit;
        }
    }
    int childOf(int node, char16_t c) const
    {
        if (node == 0 && c < kRootTable)
            return m_root[c];
        for (const auto &[letter, child] : m_nodes[size_t(node)].next)
            if (letter == c)
                return child;
        return -1;
    }
    quint32 walk(QStringView run, bool afterClitic) const
    {
        quint32 bits = 0;
        int node = 0;
        for (const QChar c : run) {
            node = childOf(node, c.unicode());
            if (node < 0)
                break;
            const Node &n = m_nodes[size_t(node)];
            bits |= afterClitic ? n.bitsAfterClitic : n.bits;
        }
        return bits;
    }

    std::vector<Node> m_nodes;
    std::array<int, kRootTable> m_root = [] {
        std::array<int, kRootTable> none{};
        none.fill(-1);
        return none;
    }();
};

const AnchorWords &anchorWords()
{
    static const AnchorWords words;
    return words;
}

bool isDateSeparator(QChar c)
{
    return c == u'-' || c == u'/' || c == u'.';
}

// What one scan of a window finds: its anchors, where its letter and digit
// runs start, and the first run holding each anchor.
struct WindowScan
{
    quint32 anchors = 0;
    QVarLengthArray<qsizetype, 64> runs;
    std::array<qsizetype, kAnchorBits> first{};

    void note(quint32 bits)
    {
        const quint32 fresh = bits & ~anchors;
        anchors |= bits;
        for (int bit = 0; bit < kAnchorBits; ++bit)
            if (fresh & (1u << bit))
                first[size_t(bit)] = runs.size() - 1;
    }

    /// Where in the window rule's matches can start: one character before the
    /// first run that can begin one (the look-behinds read it).
    qsizetype searchFrom(QStringView w, const Needs &needs) const
    {
        if (anchors == AllAnchors)
            return 0;
        const int bit = std::countr_zero(needs.from);
        // One run more than the pattern allows, to spare a miscount.
        qsizetype k = std::max<qsizetype>(0, first[size_t(bit)] - needs.runsBefore - 1);
        const CharTable &ct = chars();
        // A letter run glued to a digit run (or back) is one word to the patterns.
        while (k > 0 && runs[k] > 0 &&
               (ct.isLetter(w.at(runs[k] - 1)) || ct.isDigit(w.at(runs[k] - 1))))
            --k;
        return runs[k] > 0 ? runs[k] - 1 : 0;
    }
};

// The anchors in a window, by one scan over its digit and letter runs (cut at
// the window's edges, as the patterns see them).
WindowScan scanWindow(QStringView w)
{
    const CharTable &ct = chars();
    const AnchorWords &words = anchorWords();
    WindowScan scan;
    const qsizetype n = w.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = w.at(i);
        qsizetype j = i + 1;
        if (ct.isDigit(c)) {
            while (j < n && ct.isDigit(w.at(j)))
                ++j;
            scan.runs.append(i);
            quint32 bits = 0;
            const qsizetype len = j - i;
            if (len == 4) {
                bits |= FourDigits;
                int year = 0;
                bool ascii = true;
                for (qsizetype k = i; k < j; ++k) {
                    const char16_t u = w.at(k).unicode();
                    ascii = ascii && u >= u'0' && u <= u'9';
                    year = year * 10 + (u - u'0');
                }
                if (!ascii || (year >= 1000 && year <= 2200))
                    bits |= PlausibleYear;
            }
            if (len == 3 || len == 4)
                bits |= ThreeOrFourDigits;
            if (j + 1 < n && isDateSeparator(w.at(j)) && ct.isDigit(w.at(j + 1)))
                bits |= DigitSeparator;
            scan.note(bits);
        } else if (ct.isLetter(c)) {
            while (j < n && ct.isLetter(w.at(j)))
                ++j;
            scan.runs.append(i);
            scan.note(words.of(w.sliced(i, j - i)));
        } else if (c.isSurrogate()) {
            // The patterns see code points beyond the table: run them all, everywhere.
            scan.anchors = AllAnchors;
            return scan;
        }
        i = j;
    }
    return scan;
}

// False for a lone surrogate (or a pair cut by the edge of v). QRegularExpression
// finds no match at all in such a text, so neither may the scans that stand
// in for it.
bool isValidUtf16(QStringView v)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i).isHighSurrogate() && i + 1 < v.size() && v.at(i + 1).isLowSurrogate())
            ++i;
        else if (v.at(i).isSurrogate())
            return false;
    }
    return true;
}

// \s of the patterns (PCRE2 with Unicode properties): a separator (Z*) or
// one of tab, line feed, vertical tab, form feed, carriage return.
bool isPatternSpace(QChar c)
{
    if (c.unicode() >= 9 && c.unicode() <= 13)
        return true;
    switch (c.category()) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// \p{L} of the patterns at before[k], a surrogate pair read as one code point.
bool isPatternLetterAt(QStringView before, qsizetype k)
{
    const QChar c = before.at(k);
    if (c.isLowSurrogate() && k > 0 && before.at(k - 1).isHighSurrogate())
        return QChar::isLetter(QChar::surrogateToUcs4(before.at(k - 1), c));
    return c.isLetter();
}

// True when before[0, end) ends with one of the dateline cue words, not glued
// to a letter before it.
bool endsWithCueWord(QStringView before, qsizetype end)
{
    static const QStringList single{u"نشر"_s,       u"النشر"_s,   u"تحديث"_s,
                                    u"published"_s, u"updated"_s, u"posted"_s};
    auto wordEndsAt = [&](QStringView word, qsizetype at) {
        const qsizetype from = at - word.size();
        return from >= 0 && before.sliced(from, word.size()) == word &&
               (from == 0 || !isPatternLetterAt(before, from - 1));
    };
    for (const QString &w : single)
        if (wordEndsAt(w, end))
            return true;
    // تم التحديث (the others of two words end with a cue word of their own).
    const QStringView tahdith = u"التحديث";
    if (end < tahdith.size() || before.sliced(end - tahdith.size(), tahdith.size()) != tahdith)
        return false;
    qsizetype k = end - tahdith.size();
    const qsizetype gapEnd = k;
    while (k > 0 && isPatternSpace(before.at(k - 1)))
        --k;
    return k < gapEnd && wordEndsAt(u"تم", k);
}

// "نشر في", "تم النشر:", "آخر تحديث", "published" right before a date: the
// line's last 30 characters before start, read backwards (the reference
// pattern is in hasDatelineCuePattern).
bool hasDatelineCue(const QString &s, qsizetype start)
{
    const qsizetype from = std::max<qsizetype>(0, start - 30);
    QStringView before = QStringView(s).sliced(from, start - from);
    const qsizetype nl = before.lastIndexOf(u'\n');
    if (nl >= 0)
        before = before.sliced(nl + 1);
    if (!isValidUtf16(before))
        return false; // as the pattern: no match in invalid UTF-16
    // (cue)(\s+في|\s+بتاريخ|\s+on)?\s*[:：-]?\s*$
    qsizetype e = before.size();
    auto skipSpaces = [&](qsizetype &k) {
        while (k > 0 && isPatternSpace(before.at(k - 1)))
            --k;
    };
    skipSpaces(e);
    if (e > 0 &&
        (before.at(e - 1) == u':' || before.at(e - 1) == u'：' || before.at(e - 1) == u'-')) {
        --e;
        skipSpaces(e);
    }
    if (endsWithCueWord(before, e))
        return true;
    for (QStringView tail : {QStringView(u"في"), QStringView(u"بتاريخ"), QStringView(u"on")}) {
        if (e < tail.size() || before.sliced(e - tail.size(), tail.size()) != tail)
            continue;
        qsizetype k = e - tail.size();
        const qsizetype gapEnd = k;
        skipSpaces(k);
        if (k < gapEnd && endsWithCueWord(before, k))
            return true;
    }
    return false;
}

// The pattern hasDatelineCue reads by hand (extractUnfiltered uses it).
bool hasDatelineCuePattern(const QString &s, qsizetype start)
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
    const CharTable &ct = chars();
    const qsizetype n = s.size();
    const QChar *d = s.constData();
    QList<Window> out;
    auto add = [&](qsizetype a, qsizetype b) {
        qsizetype from = std::max<qsizetype>(0, a - kBefore);
        for (qsizetype k = 0; k < kSnap && from > 0 && !ct.isSpace(d[from - 1]); ++k)
            --from;
        qsizetype to = std::min(n, b + kAfter);
        for (qsizetype k = 0; k < kSnap && to < n && !ct.isSpace(d[to]); ++k)
            ++to;
        if (!out.isEmpty() && from <= out.last().end)
            out.last().end = std::max(out.last().end, to);
        else
            out.append({from, to});
    };
    for (qsizetype i = 0; i < n;) {
        const QChar c = d[i];
        qsizetype j = i + 1;
        if (ct.isDigit(c)) {
            while (j < n && ct.isDigit(d[j]))
                ++j;
            add(i, j);
        } else if (ct.isLetter(c)) {
            while (j < n && ct.isLetter(d[j]))
                ++j;
            if (lex.isTrigger(QStringView(d + i, j - i)))
                add(i, j);
        }
        i = j;
    }
    return out;
}

// True when one of words stands in clause as a whole word (or, at the
// clause's start, after و or ف), by one scan of the clause's letter runs.
bool containsWord(QStringView clause, const QStringList &words)
{
    const CharTable &ct = chars();
    auto listed = [&words](QStringView run) {
        for (const QString &w : words)
            if (w.size() == run.size() && w == run)
                return true;
        return false;
    };
    const qsizetype n = clause.size();
    for (qsizetype i = 0; i < n;) {
        if (!ct.isLetter(clause.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && ct.isLetter(clause.at(j)))
            ++j;
        const QStringView run = clause.sliced(i, j - i);
        if (listed(run) || (i == 0 && run.size() > 1 &&
                            (run.front() == u'و' || run.front() == u'ف') && listed(run.sliced(1))))
            return true;
        i = j;
    }
    return false;
}

// containsWord by searching each word (extractUnfiltered's reference).
bool containsWordBySearch(QStringView clause, const QStringList &words)
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

void classifyRole(const QString &s, qsizetype start, Timex &t, bool bySearch)
{
    if (t.role == DateRole::Today || t.kind == TimexKind::Dateline ||
        t.kind == TimexKind::OrdinalCount || t.kind == TimexKind::Relative)
        return;
    static const QStringList since{u"منذ"_s, u"ومنذ"_s};
    static const QStringList relative{u"الذي"_s,   u"التي"_s,   u"الذين"_s, u"اللذين"_s,
                                      u"اللتين"_s, u"اللذان"_s, u"سابقا"_s, u"السابق"_s};
    const auto contains = bySearch ? containsWordBySearch : containsWord;
    const QStringView before = clauseBefore(s, start);
    if (t.direction > 0 || contains(before, futureWords())) {
        t.role = DateRole::Future;
        return;
    }
    // "منذ" right before the date (a preposition like في may stand between).
    const QStringView near = before.size() > 12 ? before.sliced(before.size() - 12) : before;
    if (contains(near, since)) {
        t.role = DateRole::PastEvent;
        return;
    }
    if (t.direction < 0 || contains(before, relative))
        t.role = DateRole::PastEvent;
}

// Every rule over every window, window by window (the reference).
QList<Found> matchEveryWindow(const QString &s)
{
    QList<Found> found;
    const QList<Rule> &all = rules();
    for (const Window &w : hotWindows(s)) {
        const QString sub = QString::fromRawData(s.constData() + w.start, w.end - w.start);
        for (int priority = 0; priority < all.size(); ++priority) {
            auto it = all.at(priority).re.globalMatch(sub);
            while (it.hasNext()) {
                const auto m = it.next();
                Found f;
                f.priority = priority;
                if (all.at(priority).handle(Match(m, all.at(priority).groups), sub, f) &&
                    f.end > f.start) {
                    f.start += w.start;
                    f.end += w.start;
                    found.append(std::move(f));
                }
            }
        }
    }
    return found;
}

// The same matches, each rule run once over the windows (from where its
// matches can start) that hold its anchors, joined by U+0001: no pattern
// consumes it, and to every look-around it reads as the end of the text, as
// a window's edge does.
QList<Found> matchAnchoredWindows(const QString &s)
{
    struct Piece
    {
        qsizetype at = 0;   ///< Offset in the joined text.
        qsizetype from = 0; ///< Offset in s.
    };
    struct Joined
    {
        QString text;
        QList<Piece> pieces;
    };
    const QList<Rule> &all = rules();
    QList<Joined> joined(all.size());
    for (const Window &w : hotWindows(s)) {
        const QStringView view = QStringView(s).sliced(w.start, w.end - w.start);
        const WindowScan scan = scanWindow(view);
        if (scan.anchors == 0)
            continue; // no rule can match here
        // Nor in a window of invalid UTF-16 (QRegularExpression matches
        // nothing there); joined to others, it would spoil their matches too.
        if (scan.anchors == AllAnchors && !isValidUtf16(view))
            continue;
        for (qsizetype r = 0; r < all.size(); ++r) {
            const Needs &needs = all.at(r).needs;
            if ((needs.all & scan.anchors) != needs.all)
                continue;
            const qsizetype from = scan.searchFrom(view, needs);
            Joined &j = joined[r];
            if (!j.text.isEmpty())
                j.text.append(QChar(u'\x01'));
            j.pieces.append({j.text.size(), w.start + from});
            j.text.append(view.sliced(from));
        }
    }
    QList<Found> found;
    for (qsizetype r = 0; r < all.size(); ++r) {
        const Joined &j = joined.at(r);
        if (j.text.isEmpty())
            continue;
        qsizetype piece = 0;
        auto it = all.at(r).re.globalMatch(j.text);
        while (it.hasNext()) {
            const auto m = it.next();
            Found f;
            f.priority = int(r);
            if (!all.at(r).handle(Match(m, all.at(r).groups), j.text, f) || f.end <= f.start)
                continue;
            while (piece + 1 < j.pieces.size() && j.pieces.at(piece + 1).at <= f.start)
                ++piece;
            const qsizetype shift = j.pieces.at(piece).from - j.pieces.at(piece).at;
            f.start += shift;
            f.end += shift;
            found.append(std::move(f));
        }
    }
    return found;
}

// The tagger. filtered: the fast path above and the hand-written scans;
// otherwise every rule over every window and the reference pattern and
// search (the same result, slower).
QList<Timex> extractFolded(const FoldedText &folded, QStringView original, bool filtered)
{
    const QString &s = folded.text();
    // Patterns run only over windows around cheap anchors (digits, month,
    // weekday and deictic words), so prose without dates costs one scan.
    QList<Found> found = filtered ? matchAnchoredWindows(s) : matchEveryWindow(s);
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
            (filtered ? hasDatelineCue(s, f.start) : hasDatelineCuePattern(s, f.start)))
            t.kind = TimexKind::Dateline;
        classifyRole(s, f.start, t, !filtered);
        out.append(std::move(t));
    }
    return out;
}

} // namespace

QList<Timex> TimexExtractor::extract(QStringView text)
{
    return extract(ArabicFolder::fold(text), text);
}

QList<Timex> TimexExtractor::extractUnfiltered(QStringView text)
{
    return extractFolded(ArabicFolder::fold(text), text, false);
}

QList<Timex> TimexExtractor::extract(const FoldedText &folded, QStringView original)
{
    return extractFolded(folded, original, true);
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
