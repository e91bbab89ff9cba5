// Hijri → Gregorian through ICU's Islamic calendars.
#pragma once

#include <QDate>

namespace Marsad::Time {

class HijriConverter final
{
public:
    /// The Gregorian day of Hijri year/month(1..12)/day (Umm al-Qura, the
    /// calendar of most Arab outlets; islamic-civil outside its table range).
    /// Invalid for an impossible date. Thread-safe.
    static QDate toGregorian(int year, int month, int day);
};

} // namespace Marsad::Time
