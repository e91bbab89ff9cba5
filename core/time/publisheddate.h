// An article's publication date as inferred (DESIGN.md §5), with its evidence.
#pragma once

#include "timex.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Marsad::Time {

struct PublishedDate
{
    /// Where the date comes from.
    enum class Basis
    {
        None,     ///< Nothing supports a date: value is null.
        Override, ///< The user's correction; wins over everything.
        Dateline, ///< A publication timestamp in the text or the article's metadata.
        Url,      ///< A date in the article's address.
        Inferred  ///< Scored from the cues of the text (and linked articles).
    };

    QString value; ///< "2020-10-01", a range "2020-10-01/2020-10-03", or empty (null).
    Precision precision = Precision::Day;
    QDate date;              ///< The best single day (also set for a range); invalid when null.
    QDate start;             ///< = date, or the first day of the range.
    QDate end;               ///< = date, or the last day of the range.
    double confidence = 0.0; ///< In [0, 1].
    Basis basis = Basis::None;
    /// The exact original surfaces of the cues that support the date, strongest
    /// first; a linked article adds "linked: <file name> (<its date>)".
    QStringList evidence;
    /// Surfaces of cues that disagree with the chosen date.
    QStringList conflicts;
    /// One readable line per cue: what it says and whether it agrees.
    QStringList notes;
    /// Files of the dated articles this one was linked to by a shared passage.
    QStringList linkedFiles;

    bool isNull() const { return !date.isValid(); }
};

/// "none", "override", "dateline", "url", "inferred".
QString basisName(PublishedDate::Basis basis);

} // namespace Marsad::Time
