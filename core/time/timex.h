// A temporal expression found in an article: what it says, where it stands
// and, once resolved, which stretch of the calendar it names (DESIGN.md §5).
//
// Value conventions (ISO 8601 / TIMEX3 flavoured):
//   day      "2020-09-27"
//   month    "2020-10"
//   year     "2020"
//   decade   "199X" (the 1990s; start 1990-01-01, end 1999-12-31)
//   range    "2020-09-21/2020-09-27" (start/end, both inclusive)
// A relative expression that is not resolved yet has an empty value, except a
// day or month without a year, written "XXXX-09-27" / "XXXX-09".
#pragma once

#include "mention.h"

#include <QDate>
#include <QString>

namespace Marsad::Time {

enum class Precision
{
    Day,
    Month,
    Year,
    Decade,
    Range
};

/// How the expression names its date.
enum class TimexKind
{
    Explicit, ///< A full calendar date, month+year, year or decade as written.
    Partial,  ///< Day and/or month without a year ("27 سبتمبر", "أيلول الماضي").
    Relative, ///< Deictic: أمس، اليوم، غدا، الأسبوع الماضي، العام المقبل…
    Weekday, ///< A weekday, maybe qualified: السبت، أمس الأربعاء، ليل الخميس.
    OrdinalCount, ///< "لليوم الرابع على التوالي": the Nth day of something.
    Hijri,        ///< A Hijri date or year (هـ), converted to the Gregorian calendar.
    Dateline,     ///< A publication timestamp ("نشر في 08.11.2020 19:07").
    Url           ///< A date found in the article's address.
};

/// What a resolved date is to the report that states it (DESIGN.md §5).
enum class DateRole
{
    Reported,  ///< Unmarked: the day of something the report tells (on or before publication).
    Today,     ///< Bound to اليوم / أمس / غدا: the report's own day, or next to it.
    PastEvent, ///< After منذ, in a relative clause, الماضي: a lower bound only.
    Future,    ///< Announced ahead (المقرر، سوف، المقبل…): an upper bound.
    Historical ///< Long before the report (a quoted historical date): says nothing of its day.
};

/// "reported", "today", "past-event", "future", "historical".
QString dateRoleName(DateRole role);

/// The stable spellings: "day", "month", "year", "decade", "range".
QString precisionName(Precision precision);
/// "explicit", "partial", "relative", "weekday", "ordinal-count", "hijri", "dateline", "url".
QString timexKindName(TimexKind kind);

struct Timex
{
    QString surface; ///< The original text of span.
    TextSpan span;   ///< Original UTF-16 offsets (invalid for a URL date).
    QString value;   ///< See the conventions above; empty when unresolved.
    Precision precision = Precision::Day;
    QDate start; ///< First day named (inclusive); invalid while unresolved.
    QDate end;   ///< Last day named (inclusive).
    TimexKind kind = TimexKind::Explicit;

    // What a relative or partial expression means, for the resolver.
    int dayOffset = 0; ///< Relative: days from the reference (أمس = -1); Weekday: the
                       ///< qualifier's offset (أمس الأربعاء = -1, اليوم/bare = 0).
    int weekday = 0;   ///< 1 = Monday … 7 = Sunday (Qt's dayOfWeek); 0 if none.
    int month = 0;     ///< Partial: 1..12.
    int day = 0;       ///< Partial: 1..31, or 0 for a month alone.
    int direction = 0; ///< -1 الماضي, +1 المقبل/القادم, 0 unmarked.
    int ordinal = 0;   ///< OrdinalCount: N of "the Nth day".
    int fuzzDays = 0;  ///< Relative: "قبل أيام" names [dayOffset - fuzzDays, dayOffset].
    DateRole role = DateRole::Reported; ///< What the date is to the report.
    bool qualified = false; ///< Weekday: carries اليوم/أمس/غدا (a statement about "today").
    bool hasTime = false; ///< A clock time is part of the expression.
    enum class Unit
    {
        Day,
        Week,
        Month,
        Year
    };
    Unit unit = Unit::Day; ///< Relative: the unit of dayOffset.

    /// True when the expression needs a reference date to name a day.
    bool isRelative() const;
    /// True once start/end are known.
    bool isResolved() const { return start.isValid() && end.isValid(); }
    /// Fills value/start/end for a resolved range of the given precision.
    void setDates(QDate first, QDate last, Precision p);
};

/// Writes the value of [first, last] at precision p (see the conventions above).
QString formatValue(QDate first, QDate last, Precision p);

} // namespace Marsad::Time
