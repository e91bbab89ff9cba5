#include "localeformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Marsad::I18n {

QLocale LocaleFormat::localeFor(const QString &language, const QLocale &system)
{
    if (language == u"ar"_s) {
        return system.language() == QLocale::Arabic ? system
                                                    : QLocale(QLocale::Arabic, QLocale::Egypt);
    }
    return system.language() == QLocale::English
               ? system
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString LocaleFormat::number(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString LocaleFormat::decimal(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString LocaleFormat::percent(double fraction, const QLocale &locale)
{
    const qint64 whole = qint64(std::lround(fraction * 100.0));
    return locale.toString(whole) + locale.percent();
}

QString LocaleFormat::year(int year, const QLocale &locale)
{
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return ungrouped.toString(year);
}

QString LocaleFormat::monthName(int month, QLocale::FormatType format, const QLocale &locale)
{
    return locale.standaloneMonthName(month, format);
}

QString LocaleFormat::date(QDate date, DatePrecision precision, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Decade: {
        const int first = date.year() - date.year() % 10;
        return year(first, locale) + u"–"_s + year(first + 9, locale);
    }
    case DatePrecision::Year:
        return year(date.year(), locale);
    case DatePrecision::Month:
        return locale.monthName(date.month()) + u' ' + year(date.year(), locale);
    case DatePrecision::Day:
        break;
    }
    // Day month year in every locale we serve: the Arabic order, and the
    // British one the English interface uses for dates read next to Arabic.
    return number(date.day(), locale) + u' ' + locale.monthName(date.month()) + u' ' +
           year(date.year(), locale);
}

QString LocaleFormat::shortDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return number(date.day(), locale) + u' ' +
           locale.monthName(date.month(), QLocale::ShortFormat) + u' ' + year(date.year(), locale);
}

QString LocaleFormat::dateRange(QDate from, QDate to, const QLocale &locale)
{
    if (!from.isValid() && !to.isValid())
        return {};
    if (from == to)
        return date(from, DatePrecision::Day, locale);
    const QString a = from.isValid() ? date(from, DatePrecision::Day, locale) : u"…"_s;
    const QString b = to.isValid() ? date(to, DatePrecision::Day, locale) : u"…"_s;
    return a + u" – "_s + b;
}

DatePrecision LocaleFormat::precisionFromName(QStringView name)
{
    if (name == u"month")
        return DatePrecision::Month;
    if (name == u"year")
        return DatePrecision::Year;
    if (name == u"decade")
        return DatePrecision::Decade;
    return DatePrecision::Day;
}

} // namespace Marsad::I18n
