#include "publicationdateinferer.h"

#include "arabicfolder.h"
#include "articlemetadata.h"
#include "chronology.h"
#include "lineindex.h"
#include "timexextractor.h"
#include "timexresolver.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {

namespace {

// Linked articles named in a date's explanation, each way (agreeing, against).
constexpr qsizetype kLinksExplained = 8;

using Kind = DateEvidence::Kind;

constexpr double kMetadataConfidence = 0.98;
constexpr double kDatelineConfidence = 0.97;
constexpr double kUrlConfidence = 0.9;
constexpr double kInferredCap = 0.9;
constexpr double kHardPenalty = 8.0; // a broken hard constraint costs this many times its weight
constexpr double kNearTie = 0.3;
constexpr double kTemperature = 0.5;
constexpr int kDatelineLines = 15;
constexpr int kAnchorBefore = 3; // candidate days around an anchor
constexpr int kAnchorAfter = 21;
constexpr int kMaxPeriodDays = 400;
constexpr int kPeriodMargin = 14; // an undated article may stand a little outside the dated ones
constexpr double kPeriodCap = 0.3;
constexpr int kHistoricalYears = 2; // this much older than the report: a quoted historical date

/// One constraint on the publication day p.
struct Cue
{
    Kind kind;
    QString key;
    QStringList surfaces;
    QList<TextSpan> spans;
    QString label;
    double baseWeight = 1.0;
    bool hard = false;
    int count = 0;
    std::function<double(QDate)> fit; ///< In [-1, 1]: -1 breaks it, 0 says nothing.
    QString tag;                      ///< An extra evidence line when it agrees (a linked article).
    QDate anchor;                     ///< A day the solution lies near (an event's), if any.

    double weight() const { return baseWeight * std::min(2.0, 1.0 + 0.25 * (count - 1)); }
    double score(QDate p) const
    {
        const double f = fit(p);
        return f * weight() * (hard && f < 0 ? kHardPenalty : 1.0);
    }
};

class CueSet
{
public:
    void add(Kind kind, const QString &key, const QString &surface, TextSpan span,
             const QString &label, double weight, bool hard, std::function<double(QDate)> fit,
             const QString &tag = QString())
    {
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            m_index.insert(key, m_cues.size());
            m_cues.append(
                {kind, key, {surface}, {span}, label, weight, hard, 1, std::move(fit), tag, {}});
            return;
        }
        Cue &cue = m_cues[*it];
        ++cue.count;
        if (!cue.surfaces.contains(surface)) {
            cue.surfaces.append(surface);
            cue.spans.append(span);
        }
    }
    void setAnchor(const QString &key, QDate day)
    {
        if (auto it = m_index.constFind(key); it != m_index.cend())
            m_cues[*it].anchor = day;
    }
    /// Another surface for a cue, without making it weigh more.
    void addSurface(const QString &key, const QString &surface, TextSpan span)
    {
        auto it = m_index.constFind(key);
        if (it != m_index.cend() && !m_cues[*it].surfaces.contains(surface)) {
            m_cues[*it].surfaces.append(surface);
            m_cues[*it].spans.append(span);
        }
    }
    double score(QDate day) const
    {
        double s = 0;
        for (const Cue &c : m_cues)
            s += c.score(day);
        return s;
    }
    const QList<Cue> &cues() const { return m_cues; }
    bool isEmpty() const { return m_cues.isEmpty(); }

private:
    QList<Cue> m_cues;
    QHash<QString, qsizetype> m_index;
};

// How well "published gap days after a date it reports" fits: news is fresh.
double recency(qint64 gap)
{
    if (gap < 0)
        return -1.0;
    if (gap <= 2)
        return 0.8;
    if (gap <= 7)
        return 0.3;
    if (gap <= 31)
        return 0.05;
    return 0.0;
}

// The same for a chronology event reported as news.
double eventRecency(qint64 gap)
{
    if (gap < 0)
        return -1.0;
    if (gap <= 1)
        return 1.0;
    if (gap <= 3)
        return 0.7;
    if (gap <= 7)
        return 0.4;
    if (gap <= 14)
        return 0.15;
    return 0.0;
}

// Months from a to b going forward, 0..11.
int monthsForward(int from, int to)
{
    return (to - from + 12) % 12;
}

QString weekdayName(int weekday)
{
    // Built once: a QLocale per cue showed in profiles of the corpus passes.
    static const QStringList names = [] {
        const QLocale english(QLocale::English);
        QStringList out;
        for (int d = 1; d <= 7; ++d)
            out.append(english.dayName(d, QLocale::LongFormat));
        return out;
    }();
    return weekday >= 1 && weekday <= 7 ? names.at(weekday - 1) : QString();
}

// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it for the years news
// are dated in, without its formatting machinery (one call per cue).
QString iso(QDate d)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    QString out(10, u'-');
    const auto put = [&out](qsizetype at, int value, int digits) {
        for (int k = digits - 1; k >= 0; --k, value /= 10)
            out[at + k] = QChar(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    put(5, d.month(), 2);
    put(8, d.day(), 2);
    return out;
}

QString foldedBefore(QStringView text, TextSpan span, qsizetype chars)
{
    const qsizetype from = std::max<qsizetype>(0, span.start - chars);
    QString before = ArabicFolder::foldString(text.mid(from, span.start - from));
    const qsizetype nl = before.lastIndexOf(u'\n');
    return nl >= 0 ? before.mid(nl + 1) : before;
}

bool mentionsFighting(QStringView text, TextSpan span, const Chronology &chronology)
{
    static const QStringList fallback{u"المعارك"_s,    u"القتال"_s,    u"الحرب"_s,
                                      u"الاشتباكات"_s, u"المواجهات"_s, u"الهجوم"_s};
    const QStringList &words =
        chronology.fightingWords().isEmpty() ? fallback : chronology.fightingWords();
    const qsizetype from = std::max<qsizetype>(0, span.start - 100);
    const qsizetype to = std::min<qsizetype>(text.size(), span.end + 100);
    const QString window = ArabicFolder::foldString(text.mid(from, to - from));
    return std::any_of(words.cbegin(), words.cend(),
                       [&window](const QString &w) { return window.contains(w); });
}

bool isNight(QStringView text, TextSpan span)
{
    return foldedBefore(text, span, 30).contains(u"ليل"_s);
}

const Chronology &chronologyOf(const InferenceContext &ctx)
{
    return ctx.chronology ? *ctx.chronology : Chronology::shipped();
}

// The latest year among the full dates of the text: what "historical" is measured from.
int reportYear(const QList<Timex> &timexes, const InferenceContext &ctx)
{
    int year = ctx.referenceYear;
    for (const Timex &t : timexes)
        if ((t.kind == TimexKind::Explicit || t.kind == TimexKind::Dateline) && t.start.isValid())
            year = std::max(year, t.start.year());
    return year;
}

// The cue that "قبل يومين" adds when a date or weekday stands beside it.
void addDaysAgo(CueSet &set, const Timex &ago, const QList<Timex> &timexes, qsizetype index)
{
    const int from = -ago.dayOffset;
    const int to = from + ago.fuzzDays;
    for (qsizetype k : {index - 1, index + 1}) {
        if (k < 0 || k >= timexes.size())
            continue;
        const Timex &other = timexes.at(k);
        const qsizetype gap =
            k < index ? ago.span.start - other.span.end : other.span.start - ago.span.end;
        if (gap < 0 || gap > 12)
            continue;
        const QString surface = ago.surface + u" | "_s + other.surface;
        if (other.kind == TimexKind::Explicit && other.precision == Precision::Day) {
            const QDate d = other.start;
            set.add(Kind::DaysAgo, u"ago:"_s + other.value + QString::number(from), surface,
                    ago.span, u"%1 was %2 day(s) before publication"_s.arg(iso(d)).arg(from), 1.5,
                    true, [d, from, to](QDate p) {
                        const qint64 g = d.daysTo(p);
                        return g >= from && g <= to ? 1.0 : -1.0;
                    });
            return;
        }
        if (other.kind == TimexKind::Weekday && other.weekday != 0 && !other.qualified) {
            const int wd = other.weekday;
            set.add(Kind::DaysAgo, u"agowd:%1:%2"_s.arg(wd).arg(from), surface, ago.span,
                    u"a %1 was %2 day(s) before publication"_s.arg(weekdayName(wd)).arg(from), 1.5,
                    true, [wd, from, to](QDate p) {
                        for (int g = from; g <= to; ++g)
                            if (p.addDays(-g).dayOfWeek() == wd)
                                return 1.0;
                        return -1.0;
                    });
            return;
        }
    }
}

CueSet buildCues(const Corpus::Article &article, const QList<Timex> &timexes,
                 const InferenceContext &ctx)
{
    CueSet set;
    const QString &text = article.text;
    const Chronology &chronology = chronologyOf(ctx);
    const int year = reportYear(timexes, ctx);
    for (qsizetype i = 0; i < timexes.size(); ++i) {
        const Timex &t = timexes.at(i);
        switch (t.kind) {
        case TimexKind::Weekday: {
            const int wd = t.weekday;
            const QString day = weekdayName(wd);
            if (t.qualified) {
                const int offset = t.dayOffset;
                const QString what = offset == 0  ? u"published on a %1"_s.arg(day)
                                     : offset < 0 ? u"published the day after a %1"_s.arg(day)
                                                  : u"published the day before a %1"_s.arg(day);
                set.add(Kind::Weekday, u"wdq:%1:%2"_s.arg(wd).arg(offset), t.surface, t.span, what,
                        2.0, true, [wd, offset](QDate p) {
                            return p.addDays(offset).dayOfWeek() == wd ? 1.0 : -1.0;
                        });
            } else if (t.direction == 0 && t.role != DateRole::Future) {
                set.add(Kind::BareWeekday, u"wd:%1"_s.arg(wd), t.surface, t.span,
                        u"a %1, likely the day of publication"_s.arg(day), 1.0, false,
                        [wd](QDate p) { return p.dayOfWeek() == wd ? 1.0 : 0.0; });
            } else if (t.direction < 0) {
                set.add(Kind::PastWeekday, u"wdp:%1"_s.arg(wd), t.surface, t.span,
                        u"last %1, not the day of publication"_s.arg(day), 0.5, false,
                        [wd](QDate p) { return p.dayOfWeek() == wd ? -1.0 : 0.0; });
            }
            break;
        }
        case TimexKind::Explicit:
        case TimexKind::Hijri:
            if (t.precision == Precision::Day) {
                const QDate d = t.start;
                if (t.weekday != 0 && d.dayOfWeek() != t.weekday) {
                    // The full date outranks the weekday beside it; the clash is reported.
                    set.add(Kind::WeekdayConflict, u"wdc:"_s + t.value, t.surface, t.span,
                            u"%1 is a %2, not a %3 as written: the date is kept"_s.arg(
                                iso(d), weekdayName(d.dayOfWeek()), weekdayName(t.weekday)),
                            0.0, false, [](QDate) { return -1.0; });
                }
                if (year - d.year() >= kHistoricalYears && t.role != DateRole::Today) {
                    set.add(Kind::HistoricalDate, u"hist:"_s + t.value, t.surface, t.span,
                            u"%1 is long past: says nothing of the day"_s.arg(iso(d)), 0.0, false,
                            [](QDate) { return 0.0; });
                    break;
                }
                if (t.role == DateRole::Today) {
                    const int offset = t.dayOffset;
                    set.add(
                        Kind::ReportDate, u"today:"_s + t.value, t.surface, t.span,
                        offset == 0
                            ? u"%1 is the report's own day"_s.arg(iso(d))
                            : u"%1 is %2 day(s) from the report's day"_s.arg(iso(d)).arg(offset),
                        3.0, true,
                        [d, offset](QDate p) { return p.addDays(offset) == d ? 1.0 : -1.0; });
                    break;
                }
                if (isNight(text, t.span)) {
                    set.add(Kind::NightOf, u"night:"_s + t.value, t.surface, t.span,
                            u"the night of %1: published that day or the next"_s.arg(t.value), 1.5,
                            true, [d](QDate p) {
                                const qint64 gap = d.daysTo(p);
                                return gap == 1 ? 1.0 : gap == 0 ? 0.7 : -1.0;
                            });
                    break;
                }
                if (t.role == DateRole::Future) {
                    set.add(Kind::FutureEvent, u"future:"_s + t.value, t.surface, t.span,
                            u"%1 is announced ahead: published before it"_s.arg(iso(d)), 1.0, true,
                            [d](QDate p) { return p <= d ? 0.0 : -1.0; });
                } else if (t.role == DateRole::PastEvent) {
                    set.add(Kind::PastEvent, u"past:"_s + t.value, t.surface, t.span,
                            u"%1 is a past event: published on or after it"_s.arg(iso(d)), 1.0,
                            true, [d](QDate p) { return p <= d ? -1.0 : 0.0; });
                } else {
                    set.add(Kind::RecentDate, u"date:"_s + t.value, t.surface, t.span,
                            u"a date it reports, %1: published on or soon after it"_s.arg(iso(d)),
                            1.0, true, [d](QDate p) { return recency(d.daysTo(p)); });
                }
            } else if (t.start.isValid() && t.precision != Precision::Decade &&
                       year - t.start.year() < kHistoricalYears) {
                const QDate first = t.start;
                set.add(Kind::PastEvent, u"after:"_s + t.value, t.surface, t.span,
                        u"%1 is past or current: published after its start"_s.arg(t.value), 0.5,
                        false, [first](QDate p) { return p < first ? -1.0 : 0.0; });
            }
            break;
        case TimexKind::Partial: {
            const int m = t.month, d = t.day;
            if (d > 0 && isNight(text, t.span)) {
                set.add(Kind::NightOf, u"pnight:%1:%2"_s.arg(m).arg(d), t.surface, t.span,
                        u"the night of day %1 of month %2: published the next day"_s.arg(d).arg(m),
                        1.5, true, [m, d](QDate p) {
                            const QDate nearest = TimexResolver::placeInYear(m, d, p, 0);
                            const qint64 gap = nearest.isValid() ? nearest.daysTo(p) : -9;
                            return gap == 1 ? 1.0 : gap == 0 ? 0.5 : -1.0;
                        });
            } else if (t.direction != 0) {
                const int dir = t.direction;
                const QString what =
                    dir < 0 ? u"month %1 is past (الماضي): published in a later month"_s.arg(m)
                            : u"month %1 is ahead (المقبل): published in an earlier month"_s.arg(m);
                set.add(Kind::MonthDirection, u"dir:%1:%2"_s.arg(m).arg(dir), t.surface, t.span,
                        what, 0.5, false, [m, dir](QDate p) {
                            const int ahead =
                                dir < 0 ? monthsForward(m, p.month()) : monthsForward(p.month(), m);
                            return ahead == 0 ? -1.0 : (ahead <= 3 ? 1.0 : 0.3);
                        });
            } else if (d > 0) {
                const bool past = t.role == DateRole::PastEvent;
                const bool future = t.role == DateRole::Future;
                const Kind kind =
                    past     ? Kind::PastEvent
                    : future ? Kind::FutureEvent
                             : (t.role == DateRole::Today ? Kind::ReportDate : Kind::RecentDate);
                const int offset = t.dayOffset;
                const bool today = t.role == DateRole::Today;
                set.add(
                    kind, u"pdate:%1:%2:%3"_s.arg(m).arg(d).arg(int(t.role)), t.surface, t.span,
                    today    ? u"day %1 of month %2 is the report's own day"_s.arg(d).arg(m)
                    : past   ? u"day %1 of month %2 is a past event: a lower bound"_s.arg(d).arg(m)
                    : future ? u"day %1 of month %2 is announced: an upper bound"_s.arg(d).arg(m)
                             : u"day %1 of month %2: published on or soon after it"_s.arg(d).arg(m),
                    today ? 3.0 : 0.8, today, [m, d, past, future, today, offset](QDate p) {
                        const QDate nearest = TimexResolver::placeInYear(m, d, p, 0);
                        if (!nearest.isValid())
                            return 0.0;
                        if (today)
                            return p.addDays(offset) == nearest ? 1.0 : -1.0;
                        const qint64 gap = nearest.daysTo(p);
                        if (past)
                            return gap < 0 ? -1.0 : 0.0;
                        if (future)
                            return gap > 0 ? -1.0 : 0.0;
                        return recency(gap) < 0 ? -0.5 : recency(gap);
                    });
            }
            break;
        }
        case TimexKind::Relative:
            if (t.unit == Timex::Unit::Day && t.dayOffset <= -1 && !t.surface.isEmpty() &&
                (t.dayOffset < -1 || t.fuzzDays > 0 || t.surface.contains(u"قبل"_s)))
                addDaysAgo(set, t, timexes, i);
            break;
        case TimexKind::OrdinalCount:
            if (ctx.conflictStart.isValid() && mentionsFighting(text, t.span, chronology)) {
                const QDate nth = ctx.conflictStart.addDays(t.ordinal - 1);
                set.add(
                    Kind::OrdinalDay, u"ord:%1"_s.arg(t.ordinal), t.surface, t.span,
                    u"day %1 of the fighting that began %2 is %3: published that day or the next"_s
                        .arg(t.ordinal)
                        .arg(iso(ctx.conflictStart), iso(nth)),
                    1.5, true, [nth](QDate p) {
                        const qint64 gap = nth.daysTo(p);
                        return (gap == 0 || gap == 1) ? 1.0 : -1.0;
                    });
            }
            break;
        default:
            break;
        }
    }

    // Events of the chronology (shipped, and taught by the corpus) that the text reports.
    const QList<ChronologyMatch> matches = ctx.chronologyMatches
                                               ? *ctx.chronologyMatches
                                               : chronology.match(ArabicFolder::fold(text), text);
    for (const ChronologyMatch &match : matches) {
        if (match.event < 0 || match.event >= chronology.events().size())
            continue;
        const ChronologyEvent &e = chronology.events().at(match.event);
        const QDate d = e.date;
        const Kind kind = e.fromCorpus ? Kind::CorpusEvent : Kind::Chronology;
        const QString source = e.fromCorpus ? u"an event dated by %1"_s.arg(e.label)
                                            : u"%1 (%2)"_s.arg(e.label, iso(d));
        if (match.pending) {
            // Soft, like an announcement: a siege can be recalled without the
            // capture being named.
            set.add(kind, u"chrono-pending:"_s + e.id, match.surface, match.span,
                    u"not yet happened: %1: published before it or that day"_s.arg(source), 0.5,
                    false, [d](QDate p) { return p <= d ? 0.0 : -1.0; });
        } else if (match.announced) {
            set.add(kind, u"chrono-ahead:"_s + e.id, match.surface, match.span,
                    u"announced: %1: published before it"_s.arg(source), 0.5, false,
                    [d](QDate p) { return p <= d ? 0.0 : -1.0; });
        } else if (year - d.year() >= kHistoricalYears) {
            set.add(kind, u"chrono:"_s + e.id, match.surface, match.span,
                    u"recalls %1: long past"_s.arg(source), 0.0, false, [](QDate) { return 0.0; });
        } else {
            // A lower bound and a pull towards the event's day; soft, because
            // a trigger can misfire ("للسيطرة على" is an aim, not a capture)
            // where a weekday or a day count written in the text cannot.
            set.add(kind, u"chrono:"_s + e.id, match.surface, match.span,
                    u"reports %1: published on or after it, most likely soon"_s.arg(source),
                    e.fromCorpus ? 0.7 : 1.0, false,
                    [d](QDate p) { return eventRecency(d.daysTo(p)); });
            set.setAnchor(u"chrono:"_s + e.id, d);
        }
    }

    if (ctx.referenceYear > 0) {
        const int ref = ctx.referenceYear;
        set.add(Kind::Period, u"period"_s, u"%1"_s.arg(ref), {},
                u"the corpus's dated articles are from around %1"_s.arg(ref), 1.0, false,
                [ref](QDate p) { return std::abs(p.year() - ref) <= 1 ? 0.0 : -1.0; });
    }
    for (const ArticleLink &link : ctx.links) {
        if (link.passages.isEmpty())
            continue;
        const QDate l = link.date;
        // Rare words make a link; a stock phrase of common words barely counts
        // and, being soft, never outweighs a hard weekday.
        const double rarity = link.rarity > 0 ? link.rarity / 40.0 : link.words / 15.0;
        const double strength = std::clamp(rarity, 0.2, 1.0) * std::max(0.5, link.confidence);
        const QString name = QFileInfo(link.file).fileName();
        const QString key = u"link:"_s + link.file;
        set.add(
            Kind::Link, key, link.passages.first(),
            link.spans.isEmpty() ? TextSpan{} : link.spans.first(),
            u"shares a passage with %1, published %2"_s.arg(name, iso(l)), 2.0 * strength, false,
            [l](QDate p) {
                const qint64 gap = std::abs(l.daysTo(p));
                return gap == 0 ? 1.0 : gap == 1 ? 0.5 : gap <= 3 ? 0.15 : -0.3;
            },
            u"linked: %1 (%2)"_s.arg(name, iso(l)));
        for (qsizetype k = 1; k < link.passages.size(); ++k)
            set.addSurface(key, link.passages.at(k),
                           k < link.spans.size() ? link.spans.at(k) : TextSpan{});
    }
    return set;
}

// Days around which the solution lies.
QList<QDate> anchorsOf(const QList<Timex> &timexes, const InferenceContext &ctx, const CueSet &cues)
{
    QList<QDate> anchors;
    const int year = reportYear(timexes, ctx);
    const int placeYear = ctx.referenceYear > 0 ? ctx.referenceYear : year;
    for (const Timex &t : timexes) {
        if ((t.kind == TimexKind::Explicit || t.kind == TimexKind::Hijri) &&
            t.precision == Precision::Day && year - t.start.year() < kHistoricalYears)
            anchors.append(t.start);
        else if (t.kind == TimexKind::Partial && t.day > 0 && placeYear > 0)
            anchors.append(QDate(placeYear, t.month, t.day));
        else if (t.kind == TimexKind::OrdinalCount && ctx.conflictStart.isValid())
            anchors.append(ctx.conflictStart.addDays(t.ordinal - 1));
    }
    for (const ArticleLink &link : ctx.links)
        anchors.append(link.date);
    for (const Cue &c : cues.cues())
        if (c.anchor.isValid())
            anchors.append(c.anchor);
    anchors.removeIf([](QDate d) { return !d.isValid(); });
    return anchors;
}

// Fills evidence, constraints, conflicts and notes with how each cue judges day.
// A bound that keeps day but ruled out other candidates also decided it.
void explain(const CueSet &set, QDate day, PublishedDate &out, const QList<QDate> &candidates = {})
{
    auto ruledOutOthers = [&candidates](const Cue &c) {
        return c.baseWeight > 0 && std::any_of(candidates.cbegin(), candidates.cend(),
                                               [&c](QDate other) { return c.fit(other) < 0; });
    };
    // Links are explained by the strongest few each way; a story reprinted by
    // hundreds of outlets would otherwise carry hundreds of notes and copies of
    // its passage. All of them were weighed all the same.
    QSet<const Cue *> linksShown;
    qsizetype linksAgreeing = 0, linksAgainst = 0;
    {
        QList<std::pair<double, const Cue *>> agreeing, disagreeing;
        for (const Cue &c : set.cues()) {
            if (c.kind != Kind::Link)
                continue;
            const double strength = c.fit(day) * c.weight();
            (strength >= 0 ? agreeing : disagreeing).append({std::abs(strength), &c});
        }
        for (auto *side : {&agreeing, &disagreeing}) {
            std::stable_sort(side->begin(), side->end(),
                             [](const auto &a, const auto &b) { return a.first > b.first; });
            for (qsizetype k = 0; k < std::min(side->size(), kLinksExplained); ++k)
                linksShown.insert(side->at(k).second);
        }
        linksAgreeing = std::max<qsizetype>(0, agreeing.size() - kLinksExplained);
        linksAgainst = std::max<qsizetype>(0, disagreeing.size() - kLinksExplained);
    }
    QList<std::pair<double, const Cue *>> deciding;
    QList<const Cue *> against;
    for (const Cue &c : set.cues()) {
        if (c.kind == Kind::Link && !linksShown.contains(&c))
            continue;
        const double fit = c.fit(day);
        const QString said = c.surfaces.join(u" | "_s);
        if (c.kind == Kind::WeekdayConflict) {
            against.append(&c);
            out.notes.append(u"conflict: «%1» — %2"_s.arg(said, c.label));
        } else if (fit > 0 || (c.hard && fit == 0 && c.baseWeight > 0) ||
                   (fit == 0 && ruledOutOthers(c))) {
            // Agreeing cues, and hard bounds the day keeps: both decided it.
            deciding.append({fit > 0 ? fit * c.weight() : 0.01 * c.weight(), &c});
            out.notes.append(u"agrees: «%1» — %2"_s.arg(said, c.label));
        } else if (fit < 0) {
            against.append(&c);
            out.notes.append(u"disagrees: «%1» — %2"_s.arg(said, c.label));
        } else {
            out.notes.append(u"neutral: «%1» — %2"_s.arg(said, c.label));
        }
    }
    std::stable_sort(deciding.begin(), deciding.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    auto record = [&out](const Cue &c, bool conflicting) {
        for (qsizetype k = 0; k < c.surfaces.size(); ++k)
            out.constraints.append({c.kind, c.surfaces.at(k),
                                    k < c.spans.size() ? c.spans.at(k) : TextSpan{}, c.label,
                                    conflicting});
    };
    for (const auto &[score, cue] : deciding) {
        for (const QString &s : cue->surfaces)
            if (!out.evidence.contains(s))
                out.evidence.append(s);
        if (!cue->tag.isEmpty())
            out.evidence.append(cue->tag);
        record(*cue, false);
    }
    for (const Cue *cue : against) {
        out.conflicts.append(cue->surfaces);
        record(*cue, true);
    }
    if (linksAgreeing + linksAgainst > 0) {
        out.notes.append(
            u"and %1 more linked article(s) that agree, %2 that disagree"_s.arg(linksAgreeing)
                .arg(linksAgainst));
    }
}

void setDay(PublishedDate &out, QDate day)
{
    out.date = out.start = out.end = day;
    out.precision = Precision::Day;
    out.value = formatValue(day, day, Precision::Day);
}

// Puts a decided source first in the evidence.
void lead(PublishedDate &out, Kind kind, const QString &surface, TextSpan span, const QString &note)
{
    out.evidence.removeAll(surface);
    out.evidence.prepend(surface);
    out.constraints.prepend({kind, surface, span, note, false});
    out.notes.prepend(note);
}

std::optional<Timex> firstDay(const QString &value)
{
    for (const Timex &t : TimexExtractor::extract(value))
        if (t.precision == Precision::Day && t.start.isValid())
            return t;
    return std::nullopt;
}

} // namespace

bool PublicationDateInferer::isDateline(const Timex &t, QStringView text, const LineIndex &lines)
{
    if (t.precision != Precision::Day || !t.start.isValid())
        return false;
    if (t.kind == TimexKind::Dateline)
        return true;
    if (t.kind != TimexKind::Explicit || !t.span.isValid() || t.span.end > text.size())
        return false;
    const qsizetype line = lines.lineOf(t.span.start);
    if (line >= kDatelineLines)
        return false;
    const qsizetype start = lines.lineStart(line);
    const qsizetype end = std::max(lines.lineEnd(line), t.span.end);
    const QStringView trimmed = text.sliced(start, end - start).trimmed();
    return !trimmed.isEmpty() && double(t.span.length()) / double(trimmed.size()) >= 0.6;
}

bool PublicationDateInferer::isDateline(const Timex &t, QStringView text)
{
    return isDateline(t, text, LineIndex(text));
}

PublishedDate PublicationDateInferer::infer(const Corpus::Article &article,
                                            const QList<Timex> &timexes,
                                            const InferenceContext &ctx)
{
    PublishedDate out;
    const CueSet cues = buildCues(article, timexes, ctx);

    if (ctx.userOverride.isValid()) {
        setDay(out, ctx.userOverride);
        out.basis = PublishedDate::Basis::Override;
        out.confidence = 1.0;
        explain(cues, out.date, out);
        lead(out, Kind::Override, u"user override"_s, {},
             u"the user's correction overrides every cue"_s);
        return out;
    }
    // The source's metadata: a dateline that does not stand in the text.
    if (!article.dateline.isEmpty() && !article.datelineSpan.isValid()) {
        if (const auto d = firstDay(article.dateline)) {
            setDay(out, d->start);
            out.basis = PublishedDate::Basis::Metadata;
            out.confidence = kMetadataConfidence;
            explain(cues, out.date, out);
            lead(out, Kind::Metadata, article.dateline.trimmed(), {},
                 u"the source's metadata dates it «%1»"_s.arg(article.dateline.trimmed()));
            return out;
        }
    }
    // The address: the article's own, or one written at the top of the text.
    QString url = article.url;
    TextSpan urlSpan;
    if (url.isEmpty()) {
        if (const auto line = Corpus::ArticleMetadata::addressLine(article.text)) {
            url = line->first;
            urlSpan = line->second;
        }
    }
    if (const auto found = Corpus::ArticleMetadata::dateInAddress(url);
        found && found->dayPrecision) {
        setDay(out, found->start);
        out.basis = PublishedDate::Basis::Url;
        out.confidence = kUrlConfidence;
        explain(cues, out.date, out);
        TextSpan span;
        if (urlSpan.isValid()) {
            const qsizetype at = url.indexOf(found->surface);
            span = {urlSpan.start + at, urlSpan.start + at + found->surface.size()};
        }
        lead(out, Kind::Url, found->surface, span, u"date in the address «%1»"_s.arg(url));
        if (!out.conflicts.isEmpty())
            out.confidence -= 0.1;
        return out;
    }
    // A dateline in the text.
    {
        std::optional<Timex> dateline;
        TextSpan span = article.datelineSpan;
        if (!article.dateline.isEmpty())
            dateline = firstDay(article.dateline);
        if (!dateline) {
            const LineIndex lines(article.text);
            for (const Timex &t : timexes) {
                if (isDateline(t, article.text, lines)) {
                    dateline = t;
                    span = t.span;
                    break;
                }
            }
        }
        if (dateline) {
            const QString surface = span.isValid()
                                        ? article.text.mid(span.start, span.length()).trimmed()
                                        : dateline->surface;
            setDay(out, dateline->start);
            out.basis = PublishedDate::Basis::Dateline;
            out.confidence = kDatelineConfidence;
            explain(cues, out.date, out);
            lead(out, Kind::Dateline, surface, span, u"dateline «%1»"_s.arg(surface));
            if (!out.conflicts.isEmpty())
                out.confidence -= 0.1;
            return out;
        }
    }

    // Solve over the candidate days: around every anchor, else the period.
    QList<QDate> candidates;
    bool periodOnly = false;
    QList<QDate> anchors = anchorsOf(timexes, ctx, cues);
    std::sort(anchors.begin(), anchors.end()); // links often share a day: each once
    anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
    for (const QDate anchor : std::as_const(anchors))
        for (int i = -kAnchorBefore; i <= kAnchorAfter; ++i)
            candidates.append(anchor.addDays(i));
    const bool anyCue = std::any_of(cues.cues().cbegin(), cues.cues().cend(), [](const Cue &c) {
        return c.kind != Kind::Period && c.kind != Kind::HistoricalDate && c.baseWeight > 0;
    });
    if (candidates.isEmpty() && anyCue) {
        // Only cues that need a calendar (a weekday, a day count…): the
        // corpus's period, else the chronology's.
        const Chronology &chronology = chronologyOf(ctx);
        QDate from = ctx.periodStart.isValid() ? ctx.periodStart.addDays(-kPeriodMargin)
                                               : chronology.start();
        QDate to =
            ctx.periodStart.isValid() ? ctx.periodEnd.addDays(kPeriodMargin) : chronology.end();
        if (from.isValid() && to.isValid()) {
            periodOnly = true;
            to = std::min(to, from.addDays(kMaxPeriodDays));
            for (QDate d = from; d <= to; d = d.addDays(1))
                candidates.append(d);
            out.notes.append(u"no date to start from: solved over the period %1 to %2"_s.arg(
                iso(from), iso(to)));
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    if (candidates.isEmpty()) {
        for (const Cue &c : cues.cues())
            out.notes.append(u"unanchored: «%1» — %2"_s.arg(c.surfaces.join(u" | "_s), c.label));
        out.notes.append(u"no cue places the article on the calendar"_s);
        return out;
    }
    QList<double> scores;
    scores.reserve(candidates.size());
    QDate best;
    double bestScore = 0;
    for (const QDate day : std::as_const(candidates)) {
        const double s = cues.score(day);
        scores.append(s);
        if (!best.isValid() || s > bestScore + 1e-9) {
            best = day;
            bestScore = s;
        }
    }
    // Days about as good as the best form the range; the confidence is the
    // best day's share of the evidence (a softmax over the candidates) times
    // how much evidence there is.
    QDate first = best, last = best;
    double total = 0;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        total += std::exp((scores.at(k) - bestScore) / kTemperature);
        if (scores.at(k) >= bestScore - kNearTie) {
            first = std::min(first, candidates.at(k));
            last = std::max(last, candidates.at(k));
        }
    }
    setDay(out, best);
    out.basis = PublishedDate::Basis::Inferred;
    const double support = 1.0 - std::exp(-std::max(0.0, bestScore) / 2.5);
    out.confidence = std::clamp(std::min(kInferredCap, support / total), 0.01, kInferredCap);
    if (periodOnly) // placed by the period alone: never sure enough to lean on
        out.confidence = std::min(out.confidence, kPeriodCap);
    if (first != last) {
        out.start = first;
        out.end = last;
        out.precision = Precision::Range;
        out.value = formatValue(first, last, Precision::Range);
        out.notes.append(u"the constraints fit %1 to %2 about equally; best %3"_s.arg(
            iso(first), iso(last), iso(best)));
    }
    explain(cues, best, out, candidates);
    if (!out.conflicts.isEmpty())
        out.notes.append(u"weighed against %1 disagreeing cue(s)"_s.arg(out.conflicts.size()));
    return out;
}

} // namespace Marsad::Time
