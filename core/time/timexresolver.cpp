#include "timexresolver.h"

#include "arabicfolder.h"

#include <QRegularExpression>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Marsad::Time {

namespace {

QDate monthEnd(QDate first)
{
    return first.addMonths(1).addDays(-1);
}

// The occurrence of weekday nearest to target (ties go to the past).
QDate nearestWeekday(QDate target, int weekday)
{
    for (int d = 0; d <= 3; ++d) {
        if (target.addDays(-d).dayOfWeek() == weekday)
            return target.addDays(-d);
        if (target.addDays(d).dayOfWeek() == weekday)
            return target.addDays(d);
    }
    return {};
}

bool isConjunction(QStringView between)
{
    const QString folded = Text::ArabicFolder::foldString(between).simplified();
    return folded == u"او" || folded == u"و" || folded == u"، او" || folded == u", او";
}

} // namespace

QDate TimexResolver::placeInYear(int month, int day, QDate reference, int direction)
{
    const int refIndex = reference.year() * 12 + reference.month() - 1;
    QDate best;
    qint64 bestDistance = 0;
    for (int year = reference.year() - 1; year <= reference.year() + 1; ++year) {
        const QDate candidate(year, month, day == 0 ? 1 : day);
        if (!candidate.isValid())
            continue;
        const int index = year * 12 + month - 1;
        if (direction < 0 && index >= refIndex)
            continue;
        if (direction > 0 && index <= refIndex)
            continue;
        const qint64 distance = std::llabs(candidate.daysTo(reference));
        const bool better = !best.isValid() || distance < bestDistance ||
                            (distance == bestDistance && candidate < best);
        if (better) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

bool TimexResolver::announcesFuture(QStringView text, qsizetype start)
{
    static const QRegularExpression cue(
        u"(?:المقرر|سوف|المرتقب|المنتظر|يعتزم|تعتزم|ينتظر|يتوقع|المتوقع|سيعقد|ستعقد|سيلتقي|"
        "ستلتقي|سيزور|سيجري|ستجري|سيتم|يلتقي|المقبل)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype from = std::max<qsizetype>(0, start - 80);
    QString before = Text::ArabicFolder::foldString(text.mid(from, start - from));
    const qsizetype stop = std::max({before.lastIndexOf(u'.'), before.lastIndexOf(u'\n'),
                                     before.lastIndexOf(u'؟'), before.lastIndexOf(u'،')});
    if (stop >= 0)
        before = before.mid(stop + 1);
    return cue.match(before).hasMatch();
}

Timex TimexResolver::resolve(const Timex &t, QDate reference, QDate countStart, bool future)
{
    Timex r = t;
    if (!t.isRelative() || !reference.isValid())
        return r;
    switch (t.kind) {
    case TimexKind::Partial: {
        const QDate first = placeInYear(t.month, t.day, reference, t.direction);
        if (!first.isValid())
            break;
        if (t.day == 0)
            r.setDates(first, monthEnd(first), Precision::Month);
        else
            r.setDates(first, first, Precision::Day);
        break;
    }
    case TimexKind::Relative: {
        switch (t.unit) {
        case Timex::Unit::Day: {
            const QDate d = reference.addDays(t.dayOffset);
            r.setDates(d, d, Precision::Day);
            break;
        }
        case Timex::Unit::Week: {
            const QDate monday =
                reference.addDays(1 - reference.dayOfWeek()).addDays(7 * t.dayOffset);
            r.setDates(monday, monday.addDays(6), Precision::Range);
            break;
        }
        case Timex::Unit::Month: {
            const QDate first =
                QDate(reference.year(), reference.month(), 1).addMonths(t.dayOffset);
            r.setDates(first, monthEnd(first), Precision::Month);
            break;
        }
        case Timex::Unit::Year: {
            const int y = reference.year() + t.dayOffset;
            r.setDates(QDate(y, 1, 1), QDate(y, 12, 31), Precision::Year);
            break;
        }
        }
        break;
    }
    case TimexKind::Weekday: {
        QDate d;
        if (t.qualified && t.dayOffset < 0) { // أمس الأربعاء: the last Wednesday before today
            for (int i = 1; i <= 7 && !d.isValid(); ++i)
                if (reference.addDays(-i).dayOfWeek() == t.weekday)
                    d = reference.addDays(-i);
        } else if (t.qualified && t.dayOffset > 0) { // غدا الأحد: the next Sunday after today
            for (int i = 1; i <= 7 && !d.isValid(); ++i)
                if (reference.addDays(i).dayOfWeek() == t.weekday)
                    d = reference.addDays(i);
        } else if (t.qualified) {
            d = nearestWeekday(reference, t.weekday);
        } else if (t.direction > 0 || (t.direction == 0 && future)) {
            for (int i = t.direction > 0 ? 1 : 0; i <= 7 && !d.isValid(); ++i)
                if (reference.addDays(i).dayOfWeek() == t.weekday)
                    d = reference.addDays(i);
        } else {
            for (int i = t.direction < 0 ? 1 : 0; i <= 7 && !d.isValid(); ++i)
                if (reference.addDays(-i).dayOfWeek() == t.weekday)
                    d = reference.addDays(-i);
        }
        if (d.isValid())
            r.setDates(d, d, Precision::Day);
        break;
    }
    case TimexKind::OrdinalCount:
        if (countStart.isValid()) {
            const QDate d = countStart.addDays(t.ordinal - 1);
            r.setDates(d, d, Precision::Day);
        }
        break;
    default:
        break;
    }
    return r;
}

QList<Timex> TimexResolver::resolveAll(const QList<Timex> &timexes, QStringView text,
                                       QDate reference, QDate countStart)
{
    QList<Timex> out;
    out.reserve(timexes.size());
    for (const Timex &t : timexes) {
        const bool bare = t.kind == TimexKind::Weekday && !t.qualified && t.direction == 0;
        // "ليل الجمعة أو السبت", "الخميس والجمعة": a weekday joined to the one
        // before it follows that one.
        if (bare && !out.isEmpty() && out.last().kind == TimexKind::Weekday &&
            out.last().isResolved() && t.span.isValid() && out.last().span.isValid() &&
            isConjunction(text.mid(out.last().span.end, t.span.start - out.last().span.end))) {
            Timex r = t;
            const QDate after = out.last().start;
            for (int i = 1; i <= 7; ++i) {
                if (after.addDays(i).dayOfWeek() == t.weekday) {
                    r.setDates(after.addDays(i), after.addDays(i), Precision::Day);
                    break;
                }
            }
            out.append(r);
            continue;
        }
        const bool future = bare && t.span.isValid() && announcesFuture(text, t.span.start);
        out.append(resolve(t, reference, countStart, future));
    }
    return out;
}

} // namespace Marsad::Time
