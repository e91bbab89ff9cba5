#include "timex.h"

using namespace Qt::StringLiterals;

namespace Marsad::Time {

QString precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return u"day"_s;
    case Precision::Month:
        return u"month"_s;
    case Precision::Year:
        return u"year"_s;
    case Precision::Decade:
        return u"decade"_s;
    case Precision::Range:
        return u"range"_s;
    }
    return {};
}

QString dateRoleName(DateRole role)
{
    switch (role) {
    case DateRole::Reported:
        return u"reported"_s;
    case DateRole::Today:
        return u"today"_s;
    case DateRole::PastEvent:
        return u"past-event"_s;
    case DateRole::Future:
        return u"future"_s;
    case DateRole::Historical:
        return u"historical"_s;
    }
    return {};
}

QString timexKindName(TimexKind kind)
{
    switch (kind) {
    case TimexKind::Explicit:
        return u"explicit"_s;
    case TimexKind::Partial:
        return u"partial"_s;
    case TimexKind::Relative:
        return u"relative"_s;
    case TimexKind::Weekday:
        return u"weekday"_s;
    case TimexKind::OrdinalCount:
        return u"ordinal-count"_s;
    case TimexKind::Hijri:
        return u"hijri"_s;
    case TimexKind::Dateline:
        return u"dateline"_s;
    case TimexKind::Url:
        return u"url"_s;
    }
    return {};
}

bool Timex::isRelative() const
{
    return kind == TimexKind::Partial || kind == TimexKind::Relative ||
           kind == TimexKind::Weekday || kind == TimexKind::OrdinalCount;
}

void Timex::setDates(QDate first, QDate last, Precision p)
{
    start = first;
    end = last;
    precision = p;
    value = formatValue(first, last, p);
}

QString formatValue(QDate first, QDate last, Precision p)
{
    if (!first.isValid())
        return {};
    switch (p) {
    case Precision::Day:
        return first.toString(u"yyyy-MM-dd"_s);
    case Precision::Month:
        return first.toString(u"yyyy-MM"_s);
    case Precision::Year:
        return QString::number(first.year());
    case Precision::Decade:
        return QString::number(first.year() / 10) + u'X';
    case Precision::Range:
        return first.toString(u"yyyy-MM-dd"_s) + u'/' + last.toString(u"yyyy-MM-dd"_s);
    }
    return {};
}

} // namespace Marsad::Time
