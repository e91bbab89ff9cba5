// A dated event: a sentence that carries a resolved date (DESIGN.md §5).
#pragma once

#include "timex.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Marsad::Time {

struct Event
{
    QString value; ///< The date as in Timex::value ("2020-11-06").
    Precision precision = Precision::Day;
    QDate start;           ///< First day (the timeline position).
    QDate end;             ///< Last day (inclusive).
    QStringList entityIds; ///< Ids of the mentions inside the sentence, in order, unique.
    QString evidence;      ///< The sentence, exactly as in the original text.
    TextSpan span;         ///< The sentence's original offsets.
    Timex timex;           ///< The expression that dates it.
};

} // namespace Marsad::Time
