#include "publicationdateinferer.h"

#include "arabicfolder.h"
#include "timexextractor.h"
#include "timexresolver.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {

namespace {

constexpr double kDatelineConfidence = 0.97;
constexpr double kUrlConfidence = 0.85;
constexpr double kInferredCap = 0.9;
constexpr double kNearTie = 0.3;
constexpr double kTemperature = 0.5;
constexpr int kMaxRangeDays = 14;
constexpr int kDatelineLines = 15;

/// One kind of evidence: how well a candidate publication day fits it.
struct Cue
{
    QString key;
    QStringList surfaces;
    QString label;
    double baseWeight = 1.0;
    int count = 0;
    std::function<double(QDate)> fit; ///< In [-1, 1]: -1 contradicts, 0 says nothing.
    QString tag;                      ///< An extra evidence line when it agrees (a linked article).

    double weight() const { return baseWeight * std::min(2.0, 1.0 + 0.25 * (count - 1)); }
};

class CueSet
{
public:
    void add(const QString &key, const QString &surface, const QString &label, double weight,
             std::function<double(QDate)> fit, const QString &tag = QString())
    {
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            m_index.insert(key, m_cues.size());
            m_cues.append({key, {surface}, label, weight, 1, std::move(fit), tag});
            return;
        }
        Cue &cue = m_cues[*it];
        ++cue.count;
        if (!cue.surfaces.contains(surface))
            cue.surfaces.append(surface);
    }
    /// Another surface for a cue, without making it weigh more.
    void addSurface(const QString &key, const QString &surface)
    {
        auto it = m_index.constFind(key);
        if (it != m_index.cend() && !m_cues[*it].surfaces.contains(surface))
            m_cues[*it].surfaces.append(surface);
    }
    const QList<Cue> &cues() const { return m_cues; }
    double score(QDate day) const
    {
        double total = 0;
        for (const Cue &c : m_cues)
            total += c.weight() * c.fit(day);
        return total;
    }

private:
    QList<Cue> m_cues;
    QHash<QString, qsizetype> m_index;
};

// Recent dates support the days just after them.
double recency(qint64 gap)
{
    if (gap < 0)
        return -0.3; // a date ahead of publication: announced, possible but rarer
    if (gap <= 1)
        return 1.0;
    if (gap == 2)
        return 0.8;
    if (gap <= 7)
        return 0.3;
    if (gap <= 31)
        return 0.05;
    return 0.0;
}

// Months from a to b going forward, 0..11.
int monthsForward(int from, int to)
{
    return (to - from + 12) % 12;
}

QString weekdayName(int weekday)
{
    return QLocale(QLocale::English).dayName(weekday, QLocale::LongFormat);
}

QString foldedWindow(QStringView text, TextSpan span, qsizetype before, qsizetype after)
{
    const qsizetype from = std::max<qsizetype>(0, span.start - before);
    const qsizetype to = std::min<qsizetype>(text.size(), span.end + after);
    QString window = ArabicFolder::foldString(text.mid(from, to - from));
    return window;
}

QString lineBefore(QStringView text, TextSpan span, qsizetype chars)
{
    const qsizetype from = std::max<qsizetype>(0, span.start - chars);
    QString before = ArabicFolder::foldString(text.mid(from, span.start - from));
    const qsizetype nl = before.lastIndexOf(u'\n');
    return nl >= 0 ? before.mid(nl + 1) : before;
}

bool mentionsFighting(QStringView text, TextSpan span)
{
    static const QRegularExpression fighting(
        u"(?:معارك|المعارك|القتال|الاشتباكات|اشتباكات|الحرب|المواجهات|مواجهات|القصف|الهجوم|"
        "العمليات|العمليه العسكريه|النزاع)"_s);
    QString window = foldedWindow(text, span, 100, 100);
    return fighting.match(window).hasMatch();
}

bool isNight(QStringView text, TextSpan span)
{
    return lineBefore(text, span, 30).contains(u"ليل"_s);
}

CueSet buildCues(const Corpus::Article &article, const QList<Timex> &timexes,
                 const InferenceContext &ctx)
{
    CueSet set;
    const QString &text = article.text;
    for (const Timex &t : timexes) {
        switch (t.kind) {
        case TimexKind::Weekday: {
            const int wd = t.weekday;
            const QString day = weekdayName(wd);
            if (t.qualified) {
                const int offset = t.dayOffset;
                const QString what = offset == 0  ? u"published on a %1"_s.arg(day)
                                     : offset < 0 ? u"published the day after a %1"_s.arg(day)
                                                  : u"published the day before a %1"_s.arg(day);
                set.add(u"wdq:%1:%2"_s.arg(wd).arg(offset), t.surface, what, 2.0,
                        [wd, offset](QDate p) {
                            return p.addDays(offset).dayOfWeek() == wd ? 1.0 : -1.0;
                        });
            } else if (t.direction == 0) {
                set.add(u"wd:%1"_s.arg(wd), t.surface,
                        u"a %1, likely the day of publication"_s.arg(day), 1.0,
                        [wd](QDate p) { return p.dayOfWeek() == wd ? 1.0 : 0.0; });
            } else if (t.direction < 0) {
                set.add(u"wdp:%1"_s.arg(wd), t.surface,
                        u"last %1, not the day of publication"_s.arg(day), 0.5,
                        [wd](QDate p) { return p.dayOfWeek() == wd ? -1.0 : 0.0; });
            }
            break;
        }
        case TimexKind::Explicit:
        case TimexKind::Hijri:
            if (t.precision == Precision::Day) {
                const QDate d = t.start;
                if (isNight(text, t.span)) {
                    set.add(u"night:"_s + t.value, t.surface,
                            u"the night of %1: published that day or the next"_s.arg(t.value), 1.5,
                            [d](QDate p) {
                                const qint64 gap = d.daysTo(p);
                                return (gap == 0 || gap == 1) ? 1.0
                                                              : (gap < 0 || gap > 3 ? -0.5 : 0.0);
                            });
                }
                set.add(u"date:"_s + t.value, t.surface,
                        u"a recent date, %1: published on or soon after it"_s.arg(t.value), 1.0,
                        [d](QDate p) { return recency(d.daysTo(p)); });
            } else if (t.start.isValid() && t.precision != Precision::Decade) {
                const QDate first = t.start;
                set.add(u"after:"_s + t.value, t.surface,
                        u"%1 is past or current: published after its start"_s.arg(t.value), 0.5,
                        [first](QDate p) { return p < first ? -1.0 : 0.0; });
            }
            break;
        case TimexKind::Partial: {
            const int m = t.month, d = t.day;
            if (t.direction != 0) {
                const int dir = t.direction;
                const QString what =
                    dir < 0 ? u"month %1 is past (الماضي): published in a later month"_s.arg(m)
                            : u"month %1 is ahead (المقبل): published in an earlier month"_s.arg(m);
                set.add(u"dir:%1:%2"_s.arg(m).arg(dir), t.surface, what, 0.5, [m, dir](QDate p) {
                    const int ahead =
                        dir < 0 ? monthsForward(m, p.month()) : monthsForward(p.month(), m);
                    return ahead == 0 ? -1.0 : (ahead <= 3 ? 1.0 : 0.3);
                });
            } else if (d > 0) {
                set.add(u"pdate:%1:%2"_s.arg(m).arg(d), t.surface,
                        u"day %1 of month %2: published on or soon after it"_s.arg(d).arg(m), 0.8,
                        [m, d](QDate p) {
                            const QDate nearest = TimexResolver::placeInYear(m, d, p, 0);
                            return nearest.isValid() ? recency(nearest.daysTo(p)) : 0.0;
                        });
            }
            break;
        }
        case TimexKind::OrdinalCount:
            if (ctx.conflictStart.isValid() && mentionsFighting(text, t.span)) {
                const QDate start = ctx.conflictStart;
                const int n = t.ordinal;
                const QDate nth = start.addDays(n - 1);
                set.add(
                    u"ord:%1"_s.arg(n), t.surface,
                    u"day %1 of the fighting that began %2 is %3: published that day or the next"_s
                        .arg(n)
                        .arg(start.toString(Qt::ISODate), nth.toString(Qt::ISODate)),
                    1.5, [nth](QDate p) {
                        const qint64 gap = nth.daysTo(p);
                        return (gap == 0 || gap == 1) ? 1.0 : -1.0;
                    });
            }
            break;
        default:
            break;
        }
    }
    if (ctx.referenceYear > 0) {
        const int year = ctx.referenceYear;
        set.add(u"period"_s, u"%1"_s.arg(year),
                u"the corpus's dated articles are from around %1"_s.arg(year), 1.0,
                [year](QDate p) { return std::abs(p.year() - year) <= 1 ? 0.0 : -1.0; });
    }
    for (const ArticleLink &link : ctx.links) {
        const QDate l = link.date;
        const double strength =
            std::clamp(link.words / 15.0, 0.3, 1.0) * std::max(0.5, link.confidence);
        const QString name = QFileInfo(link.file).fileName();
        if (link.passages.isEmpty())
            continue;
        const QString key = u"link:"_s + link.file;
        set.add(
            key, link.passages.first(),
            u"shares a passage with %1, published %2"_s.arg(name, l.toString(Qt::ISODate)),
            2.0 * strength,
            [l](QDate p) {
                const qint64 gap = std::abs(l.daysTo(p));
                return gap == 0 ? 1.0 : gap == 1 ? 0.5 : gap <= 3 ? 0.15 : -0.3;
            },
            u"linked: %1 (%2)"_s.arg(name, l.toString(Qt::ISODate)));
        for (qsizetype k = 1; k < link.passages.size(); ++k)
            set.addSurface(key, link.passages.at(k));
    }
    return set;
}

QList<QDate> anchorsOf(const QList<Timex> &timexes, const InferenceContext &ctx)
{
    QList<QDate> anchors;
    for (const Timex &t : timexes) {
        if ((t.kind == TimexKind::Explicit || t.kind == TimexKind::Hijri) &&
            t.precision == Precision::Day)
            anchors.append(t.start);
        else if (t.kind == TimexKind::Partial && t.day > 0 && t.direction == 0 &&
                 ctx.referenceYear > 0)
            anchors.append(QDate(ctx.referenceYear, t.month, t.day));
        else if (t.kind == TimexKind::OrdinalCount && ctx.conflictStart.isValid())
            anchors.append(ctx.conflictStart.addDays(t.ordinal - 1));
    }
    for (const ArticleLink &link : ctx.links)
        anchors.append(link.date);
    anchors.removeIf([](QDate d) { return !d.isValid(); });
    return anchors;
}

// Fills evidence, conflicts and notes with how each cue judges day.
void explain(const CueSet &set, QDate day, PublishedDate &out)
{
    QList<std::pair<double, const Cue *>> agreeing;
    for (const Cue &c : set.cues()) {
        const double fit = c.fit(day);
        const QString said = c.surfaces.join(u" | "_s);
        if (fit > 0) {
            agreeing.append({fit * c.weight(), &c});
            out.notes.append(u"agrees: «%1» — %2"_s.arg(said, c.label));
        } else if (fit < 0) {
            out.conflicts.append(c.surfaces);
            out.notes.append(u"disagrees: «%1» — %2"_s.arg(said, c.label));
        } else {
            out.notes.append(u"neutral: «%1» — %2"_s.arg(said, c.label));
        }
    }
    std::stable_sort(agreeing.begin(), agreeing.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[score, cue] : agreeing) {
        for (const QString &s : cue->surfaces)
            if (!out.evidence.contains(s))
                out.evidence.append(s);
        if (!cue->tag.isEmpty())
            out.evidence.append(cue->tag);
    }
}

void setDay(PublishedDate &out, QDate day)
{
    out.date = out.start = out.end = day;
    out.precision = Precision::Day;
    out.value = formatValue(day, day, Precision::Day);
}

std::optional<Timex> datelineOf(const Corpus::Article &article, const QList<Timex> &timexes)
{
    if (!article.dateline.isEmpty()) {
        for (const Timex &t : TimexExtractor::extract(article.dateline)) {
            if (t.precision == Precision::Day && t.start.isValid()) {
                Timex d = t;
                d.surface = article.dateline.trimmed();
                return d;
            }
        }
    }
    for (const Timex &t : timexes)
        if (PublicationDateInferer::isDateline(t, article.text))
            return t;
    return std::nullopt;
}

} // namespace

bool PublicationDateInferer::isDateline(const Timex &t, QStringView text)
{
    if (t.precision != Precision::Day || !t.start.isValid())
        return false;
    if (t.kind == TimexKind::Dateline)
        return true;
    if (t.kind != TimexKind::Explicit || !t.span.isValid())
        return false;
    const qsizetype lineStart =
        text.lastIndexOf(u'\n', std::max<qsizetype>(0, t.span.start - 1)) + 1;
    int lines = 0;
    for (qsizetype i = 0; i < lineStart; ++i) {
        if (text.at(i) == u'\n' && ++lines >= kDatelineLines)
            return false;
    }
    qsizetype lineEnd = text.indexOf(u'\n', t.span.end);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QStringView line = text.mid(lineStart, lineEnd - lineStart).trimmed();
    return !line.isEmpty() && double(t.span.length()) / double(line.size()) >= 0.6;
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
        out.notes.append(u"the user's correction overrides every cue"_s);
        explain(cues, out.date, out);
        out.evidence.prepend(u"user override"_s);
        return out;
    }
    if (const auto dateline = datelineOf(article, timexes)) {
        setDay(out, dateline->start);
        out.basis = PublishedDate::Basis::Dateline;
        out.confidence = kDatelineConfidence;
        out.notes.append(u"dateline «%1»"_s.arg(dateline->surface));
        explain(cues, out.date, out);
        out.evidence.removeAll(dateline->surface);
        out.evidence.prepend(dateline->surface);
        if (!out.conflicts.isEmpty())
            out.confidence -= 0.1;
        return out;
    }
    if (const auto url = TimexExtractor::fromUrl(article.url);
        url && url->precision == Precision::Day) {
        setDay(out, url->start);
        out.basis = PublishedDate::Basis::Url;
        out.confidence = kUrlConfidence;
        out.notes.append(u"date in the address «%1»"_s.arg(article.url));
        explain(cues, out.date, out);
        out.evidence.removeAll(url->surface);
        out.evidence.prepend(url->surface);
        return out;
    }

    // Score every day around the anchors.
    QMap<QDate, double> scores;
    for (const QDate anchor : anchorsOf(timexes, ctx)) {
        for (int i = -2; i <= 10; ++i) {
            const QDate day = anchor.addDays(i);
            if (!scores.contains(day))
                scores.insert(day, cues.score(day));
        }
    }
    QDate best;
    double bestScore = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (it.value() > bestScore + 1e-9) {
            best = it.key();
            bestScore = it.value();
        }
    }
    if (!best.isValid()) {
        for (const Cue &c : cues.cues())
            out.notes.append(u"unanchored: «%1» — %2"_s.arg(c.surfaces.join(u" | "_s), c.label));
        out.notes.append(u"no cue places the article on the calendar"_s);
        return out;
    }
    // Near-ties make a range; the confidence is the best day's share of the
    // evidence (a softmax over the candidates) times how much evidence there is.
    QDate first = best, last = best;
    double total = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        total += std::exp((it.value() - bestScore) / kTemperature);
        if (it.key() != best && it.value() >= bestScore - kNearTie &&
            std::abs(best.daysTo(it.key())) <= kMaxRangeDays) {
            first = std::min(first, it.key());
            last = std::max(last, it.key());
        }
    }
    setDay(out, best);
    out.basis = PublishedDate::Basis::Inferred;
    const double support = 1.0 - std::exp(-bestScore / 2.5);
    out.confidence = std::min(kInferredCap, support / total);
    if (first != last) {
        out.start = first;
        out.end = last;
        out.precision = Precision::Range;
        out.value = formatValue(first, last, Precision::Range);
        out.notes.append(u"cues fit %1 to %2 about equally; best %3"_s.arg(
            first.toString(Qt::ISODate), last.toString(Qt::ISODate), best.toString(Qt::ISODate)));
    }
    explain(cues, best, out);
    if (!out.conflicts.isEmpty())
        out.notes.append(u"weighed against %1 disagreeing cue(s)"_s.arg(out.conflicts.size()));
    return out;
}

} // namespace Marsad::Time
