#include "timexextractor.h"

#include "arabicfolder.h"
#include "hijriconverter.h"
#include "temporallexicon.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

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
    while (end < s.size() && s.at(end).isLetter())
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
    const int day = toInt(m, u"d"_s);
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
    if (has(m, u"y"_s)) {
        const QDate date = makeDate(toInt(m, u"y"_s), month, day);
        if (!date.isValid())
            return false;
        t.kind = TimexKind::Explicit;
        t.setDates(date, date, Precision::Day);
        if (has(m, u"wd"_s))
            t.weekday = lex.weekday(m.captured(u"wd"_s));
        return true;
    }
    if (!QDate(2000, month, day).isValid()) // 2000 is a leap year
        return false;
    t.kind = TimexKind::Partial;
    t.precision = Precision::Day;
    t.month = month;
    t.day = day;
    t.direction = directionOf(m.captured(u"dir"_s));
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

    // 1. Arabic day + month (+ year): "27 أيلول/ سبتمبر الماضي", "الإثنين، 09 نوفمبر 2020 05:28 م".
    add(kWordStart + u"(?:(?<wd>"_s + WD + u")\\s*[،,]?\\s*)?"_s + kNumStart + u"(?<d>\\d{1,2})"_s +
            kNumEnd + u"\\s*(?:من\\s+)?(?<m>"_s + M + u')' + alt +
            u"(?:\\s*[،,]?\\s*(?<y>\\d{4})"_s + kNumEnd + u"(?:\\s*م(?!\\p{L}))?)?"_s + kTime +
            u"(?:\\s+(?<dir>"_s + kDirection + u"))?"_s + kWordEnd,
        [&lex](const QRegularExpressionMatch &m, const QString &s, Found &f) {
            return handleDayMonth(m, s, f, lex.month(m.captured(u"m"_s)));
        });

    // 2. English dates inside Arabic text: "October 9, 2020", "9 Oct 2020".
    const QString EM = lex.englishMonthPattern();
    auto english = [&lex](const QRegularExpressionMatch &m, const QString &s, Found &f) {
        return handleDayMonth(m, s, f, lex.englishMonth(m.captured(u"m"_s)));
    };
    add(kWordStart + u"(?<m>"_s + EM +
            u")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})"_s + kNumEnd + kTime +
            u"(?<dir>)"_s + kWordEnd,
        english);
    add(kNumStart + u"(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m>"_s + EM +
            u")\\.?,?\\s+(?<y>\\d{4})"_s + kNumEnd + kTime + u"(?<dir>)"_s + kWordEnd,
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

} // namespace

QList<Timex> TimexExtractor::extract(QStringView text)
{
    return extract(ArabicFolder::fold(text), text);
}

QList<Timex> TimexExtractor::extract(const FoldedText &folded, QStringView original)
{
    const QString &s = folded.text();
    QList<Found> found;
    int priority = 0;
    for (const Rule &rule : rules()) {
        auto it = rule.re.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            Found f;
            f.priority = priority;
            if (rule.handle(m, s, f) && f.end > f.start)
                found.append(f);
        }
        ++priority;
    }
    // Longest first, then the earlier rule; keep what does not overlap.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        const auto la = a.end - a.start, lb = b.end - b.start;
        return la != lb ? la > lb : a.priority < b.priority;
    });
    QList<Found> kept;
    for (const Found &f : found) {
        const bool clash = std::any_of(kept.cbegin(), kept.cend(), [&f](const Found &k) {
            return f.start < k.end && k.start < f.end;
        });
        if (!clash)
            kept.append(f);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Found &a, const Found &b) { return a.start < b.start; });

    QList<Timex> out;
    out.reserve(kept.size());
    for (Found &f : kept) {
        Timex t = std::move(f.timex);
        const auto span = folded.toOriginal(f.start, f.end);
        t.span = {span.start, span.end};
        t.surface = original.mid(span.start, span.end - span.start).toString();
        if (t.kind == TimexKind::Explicit && t.precision == Precision::Day &&
            hasDatelineCue(s, f.start))
            t.kind = TimexKind::Dateline;
        out.append(std::move(t));
    }
    return out;
}

std::optional<Timex> TimexExtractor::fromUrl(const QString &url)
{
    if (url.isEmpty())
        return std::nullopt;
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(
            u"[/_-](?<y>(?:19|20)\\d{2})[/_-](?<m>\\d{1,2})[/_-](?<d>\\d{1,2})(?:[/_.?#-]|$)"_s),
        QRegularExpression(u"[/_-](?<y>(?:19|20)\\d{2})(?<m>\\d{2})(?<d>\\d{2})(?:[/_.?#-]|$)"_s),
        QRegularExpression(u"/(?<y>(?:19|20)\\d{2})/(?<m>\\d{1,2})/"_s),
    };
    for (const auto &re : patterns) {
        auto it = re.globalMatch(url);
        while (it.hasNext()) {
            const auto m = it.next();
            Timex t;
            t.kind = TimexKind::Url;
            t.surface = m.captured();
            const int y = toInt(m, u"y"_s), mo = toInt(m, u"m"_s);
            if (has(m, u"d"_s)) {
                const QDate date = makeDate(y, mo, toInt(m, u"d"_s));
                if (!date.isValid())
                    continue;
                t.setDates(date, date, Precision::Day);
            } else {
                if (!QDate(y, mo, 1).isValid())
                    continue;
                t.setDates(QDate(y, mo, 1), monthEnd(y, mo), Precision::Month);
            }
            return t;
        }
    }
    return std::nullopt;
}

} // namespace Marsad::Time
