// Second pass of the tagger: relative and partial expressions resolved against
// a reference date (the article's publication date).
#pragma once

#include "timex.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace Marsad::Time {

class TimexResolver final
{
public:
    /// Resolves t against reference. countStart anchors ordinal day counts
    /// ("the fourth day" = countStart + 3); future says a bare weekday is
    /// announced ahead ("من المقرر… الاثنين") rather than reported. Absolute
    /// expressions come back unchanged; what cannot be resolved stays so.
    static Timex resolve(const Timex &t, QDate reference, QDate countStart = {},
                         bool future = false);

    /// Resolves every expression of an article; text is the original text
    /// (it tells reported from announced weekdays).
    static QList<Timex> resolveAll(const QList<Timex> &timexes, QStringView text, QDate reference,
                                   QDate countStart = {});

    /// The most recent (year, month, day) strictly before reference's month
    /// (direction -1), strictly after it (+1), or the nearest one (0).
    static QDate placeInYear(int month, int day, QDate reference, int direction);

    /// True when the words just before span announce something to come.
    static bool announcesFuture(QStringView text, qsizetype start);
};

} // namespace Marsad::Time
