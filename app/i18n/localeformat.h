// Numbers and dates as the user interface shows them. Every number and date
// the UI or an export draws goes through here, so one interface never mixes
// digit systems or date styles. ISO dates stay in data exports (JSON, CSV).
//
// The locale of a language: the system's own when the system speaks it (an
// Arabic user in Morocco or Tunisia keeps ar_MA's or ar_TN's month names and
// digits), else a default (ar_EG, en_GB). Its digits are used for every
// number of that interface: Arabic-Indic in ar_EG, ar_SA…, Latin in ar_MA,
// ar_TN, ar_DZ, as their users write them.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Marsad::I18n {

/// How precisely a date is known (the time module's precisions).
enum class DatePrecision
{
    Day,
    Month,
    Year,
    Decade,
};

class LocaleFormat final
{
public:
    /// The locale of UI language \a language ("ar" or "en"; anything else is
    /// English): \a system when it is of that language, else ar_EG or en_GB.
    static QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

    /// The UI's locale: QLocale's default, which LanguageManager sets.
    static QLocale uiLocale() { return QLocale(); }

    /// 12 345 with the locale's digits and grouping.
    static QString number(qint64 value, const QLocale &locale = uiLocale());
    /// A fraction with \a decimals digits after the separator.
    static QString decimal(double value, int decimals, const QLocale &locale = uiLocale());
    /// A fraction of 1 as a whole percentage ("85%", "٨٥٪").
    static QString percent(double fraction, const QLocale &locale = uiLocale());
    /// A year, never grouped ("2020", not "2,020").
    static QString year(int year, const QLocale &locale = uiLocale());

    /// "1 October 2020", "October 2020", "2020" or "2020–2029" in the
    /// locale's month names and digits.
    static QString date(QDate date, DatePrecision precision = DatePrecision::Day,
                        const QLocale &locale = uiLocale());
    /// "1 Oct 2020": axis ticks, chips, list cells.
    static QString shortDate(QDate date, const QLocale &locale = uiLocale());
    /// "1 – 9 October 2020"-style spans as "from – to" of two dates.
    static QString dateRange(QDate from, QDate to, const QLocale &locale = uiLocale());
    /// Month name alone ("October", "أكتوبر", "أكتوبر" in ar_TN…).
    static QString monthName(int month, QLocale::FormatType format = QLocale::LongFormat,
                             const QLocale &locale = uiLocale());

    /// "day" | "month" | "year" | "decade" (the JSON contract's names);
    /// anything else is Day.
    static DatePrecision precisionFromName(QStringView name);
};

} // namespace Marsad::I18n
