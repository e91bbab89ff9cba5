#include "hijriconverter.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <QDateTime>

#include <memory>

namespace Marsad::Time {

QDate HijriConverter::toGregorian(int year, int month, int day)
{
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale("ar@calendar=islamic-umalqura");
    std::unique_ptr<icu::Calendar> calendar(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
    if (U_FAILURE(status) || !calendar)
        return {};
    calendar->setLenient(false);
    calendar->clear();
    calendar->set(UCAL_YEAR, year);
    calendar->set(UCAL_MONTH, month - 1);
    calendar->set(UCAL_DATE, day);
    calendar->set(UCAL_HOUR_OF_DAY, 12);
    const UDate ms = calendar->getTime(status);
    if (U_FAILURE(status))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).date();
}

} // namespace Marsad::Time
