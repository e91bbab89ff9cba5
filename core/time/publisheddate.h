// An article's publication date as inferred (DESIGN.md §5), with its evidence.
#pragma once

#include "mention.h"
#include "timex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Marsad::Time {

/// One constraint that took part in dating an article: what it is, where it
/// stands in the text (invalid for metadata, the address or a linked article)
/// and what it says about the publication day.
struct DateEvidence
{
    enum class Kind
    {
        Override, ///< The user's correction.
        Metadata, ///< The source's metadata (HTML, JSON-LD, JSONL field).
        Url,      ///< A date in the article's address.
        Dateline, ///< A publication timestamp in the text.
        ReportDate, ///< A full date that is the report's own day ("اليوم الخميس 1 أكتوبر").
        RecentDate,     ///< A date the report tells of: published on or soon after it.
        NightOf,        ///< "ليلة 6-11-2020": published that day or the next.
        PastEvent,      ///< A past event's date: a lower bound, never the answer itself.
        FutureEvent,    ///< An announced date: an upper bound.
        HistoricalDate, ///< A date long past: says nothing about the day.
        Weekday, ///< "اليوم الخميس", "أمس الأربعاء": a hard weekday constraint.
        BareWeekday,    ///< "الخميس" alone: likely the day itself or just before.
        PastWeekday,    ///< "الخميس الماضي": not the day of publication.
        DaysAgo,        ///< "قبل يومين" + a date or weekday.
        OrdinalDay,     ///< "لليوم الرابع على التوالي" of the fighting.
        MonthDirection, ///< "أيلول الماضي": published in a later month.
        Chronology,     ///< A dated event of the conflict's chronology reported in the text.
        CorpusEvent,    ///< An event dated by other articles of the corpus.
        Link,           ///< A rare passage shared with a dated article.
        Period,         ///< The period of the corpus's dated articles.
        WeekdayConflict ///< A weekday that contradicts a full date beside it.
    };
    Kind kind = Kind::RecentDate;
    QString surface; ///< The original text of span (or the metadata value, the address…).
    TextSpan span;   ///< Where it stands in the article; invalid when not in the text.
    QString note;    ///< One readable line: what it says about the day.
    bool conflicting = false; ///< True when it disagrees with the chosen date.
};

/// "override", "metadata", "url", "dateline", "report-date", "recent-date", …
QString evidenceKindName(DateEvidence::Kind kind);

struct PublishedDate
{
    /// Where the date comes from.
    enum class Basis
    {
        None,     ///< Nothing supports a date: value is null.
        Override, ///< The user's correction; wins over everything.
        Metadata, ///< The source's metadata (HTML meta, JSON-LD, JSONL date keys).
        Dateline, ///< A publication timestamp in the text.
        Url,      ///< A date in the article's address.
        Inferred  ///< Solved from the cues of the text (and the corpus).
    };

    QString value; ///< "2020-10-01", a range "2020-10-01/2020-10-03", or empty (null).
    Precision precision = Precision::Day; ///< Day, or Range when several days remain.
    QDate date;              ///< The best single day (also set for a range); invalid when null.
    QDate start;             ///< = date, or the first day of the range.
    QDate end;               ///< = date, or the last day of the range.
    double confidence = 0.0; ///< In [0, 1]: how likely date is the true day.
    Basis basis = Basis::None;
    /// The exact original surfaces of the cues that support the date, strongest
    /// first; a linked article adds "linked: <file name> (<its date>)".
    QStringList evidence;
    /// Every constraint that decided the date (agreeing first, then the
    /// conflicting ones), with its span in the article.
    QList<DateEvidence> constraints;
    /// Surfaces of cues that disagree with the chosen date.
    QStringList conflicts;
    /// One readable line per cue: what it says and whether it agrees.
    QStringList notes;
    /// Files of the dated articles this one was linked to by a shared passage.
    QStringList linkedFiles;

    bool isNull() const { return !date.isValid(); }
    /// True when several days remain (start < end).
    bool isRange() const { return precision == Precision::Range && start.isValid() && start < end; }
};

/// "none", "override", "metadata", "dateline", "url", "inferred".
QString basisName(PublishedDate::Basis basis);

} // namespace Marsad::Time
