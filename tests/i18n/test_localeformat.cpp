// Numbers and dates in the UI's locale: one digit system per interface, the
// system's own Arabic locale when it is one, month names from QLocale.
#include "localeformat.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Marsad::I18n::DatePrecision;
using Marsad::I18n::LocaleFormat;

namespace {

const QLocale Egypt(QLocale::Arabic, QLocale::Egypt);
const QLocale Morocco(QLocale::Arabic, QLocale::Morocco);
const QLocale Tunisia(QLocale::Arabic, QLocale::Tunisia);
const QLocale France(QLocale::French, QLocale::France);
const QLocale UnitedStates(QLocale::English, QLocale::UnitedStates);

bool hasWesternDigits(const QString &s)
{
    return s.contains(QRegularExpression(u"[0-9]"_s));
}

bool hasArabicIndicDigits(const QString &s)
{
    return s.contains(QRegularExpression(u"[\u0660-\u0669\u06F0-\u06F9]"_s));
}

} // namespace

TEST_CASE("The Arabic locale is the system's when it is Arabic, else Egypt's", "[i18n]")
{
    CHECK(LocaleFormat::localeFor(u"ar"_s, Morocco) == Morocco);
    CHECK(LocaleFormat::localeFor(u"ar"_s, Tunisia) == Tunisia);
    CHECK(LocaleFormat::localeFor(u"ar"_s, France) == Egypt);
    CHECK(LocaleFormat::localeFor(u"ar"_s, QLocale::c()) == Egypt);
    CHECK(LocaleFormat::localeFor(u"en"_s, UnitedStates) == UnitedStates);
    CHECK(LocaleFormat::localeFor(u"en"_s, Egypt) ==
          QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST_CASE("Maghreb locales keep their own month names", "[i18n]")
{
    const QDate january(2021, 1, 15);
    const QString egypt = LocaleFormat::date(january, DatePrecision::Day, Egypt);
    const QString tunisia = LocaleFormat::date(january, DatePrecision::Day, Tunisia);
    const QString morocco = LocaleFormat::date(january, DatePrecision::Day, Morocco);
    CHECK(egypt.contains(u"يناير"_s));
    CHECK(tunisia.contains(u"جانفي"_s));
    CHECK(morocco.contains(u"يناير"_s) == (Morocco.monthName(1) == u"يناير"_s));
    CHECK(tunisia != egypt);
}

TEST_CASE("One digit system per interface: numbers, years and dates agree", "[i18n]")
{
    const QDate day(2020, 10, 1);
    for (const QLocale &locale : {Egypt, Morocco, Tunisia, UnitedStates}) {
        const QStringList texts = {
            LocaleFormat::number(12345, locale),
            LocaleFormat::year(2020, locale),
            LocaleFormat::percent(0.85, locale),
            LocaleFormat::date(day, DatePrecision::Day, locale),
            LocaleFormat::date(day, DatePrecision::Month, locale),
            LocaleFormat::date(day, DatePrecision::Decade, locale),
            LocaleFormat::shortDate(day, locale),
            LocaleFormat::dateRange(day, day.addDays(8), locale),
        };
        const bool arabicIndic = locale.zeroDigit() == u"٠"_s;
        for (const QString &text : texts) {
            INFO(locale.name().toStdString() << ": " << text.toStdString());
            CHECK(hasArabicIndicDigits(text) == arabicIndic);
            CHECK(hasWesternDigits(text) == !arabicIndic);
        }
    }
}

TEST_CASE("Dates are words and digits of the locale, not ISO strings", "[i18n]")
{
    const QDate day(2020, 10, 1);
    CHECK(LocaleFormat::date(day, DatePrecision::Day, Egypt) == u"١ أكتوبر ٢٠٢٠"_s);
    CHECK(LocaleFormat::date(day, DatePrecision::Month, Egypt) == u"أكتوبر ٢٠٢٠"_s);
    CHECK(LocaleFormat::date(day, DatePrecision::Year, Egypt) == u"٢٠٢٠"_s);
    CHECK(LocaleFormat::date(QDate(1994, 5, 1), DatePrecision::Decade, Egypt) == u"١٩٩٠–١٩٩٩"_s);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    CHECK(LocaleFormat::date(day, DatePrecision::Day, british) == u"1 October 2020"_s);
    CHECK(LocaleFormat::shortDate(day, british) == u"1 Oct 2020"_s);
    CHECK(LocaleFormat::year(2020, british) == u"2020"_s); // never "2,020"
    CHECK(LocaleFormat::number(12345, british) == u"12,345"_s);
    CHECK(LocaleFormat::dateRange(day, QDate(), british) == u"1 October 2020 – …"_s);
    CHECK_FALSE(LocaleFormat::date(day, DatePrecision::Day, Egypt).contains(u'-'));
}

TEST_CASE("Precision names of the JSON contract map to precisions", "[i18n]")
{
    CHECK(LocaleFormat::precisionFromName(u"day") == DatePrecision::Day);
    CHECK(LocaleFormat::precisionFromName(u"month") == DatePrecision::Month);
    CHECK(LocaleFormat::precisionFromName(u"year") == DatePrecision::Year);
    CHECK(LocaleFormat::precisionFromName(u"decade") == DatePrecision::Decade);
    CHECK(LocaleFormat::precisionFromName(u"range") == DatePrecision::Day);
}
