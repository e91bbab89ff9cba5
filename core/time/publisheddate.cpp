#include "publisheddate.h"

using namespace Qt::StringLiterals;

namespace Marsad::Time {

QString basisName(PublishedDate::Basis basis)
{
    switch (basis) {
    case PublishedDate::Basis::None:
        return u"none"_s;
    case PublishedDate::Basis::Override:
        return u"override"_s;
    case PublishedDate::Basis::Metadata:
        return u"metadata"_s;
    case PublishedDate::Basis::Dateline:
        return u"dateline"_s;
    case PublishedDate::Basis::Url:
        return u"url"_s;
    case PublishedDate::Basis::Inferred:
        return u"inferred"_s;
    }
    return {};
}

QString evidenceKindName(DateEvidence::Kind kind)
{
    using K = DateEvidence::Kind;
    switch (kind) {
    case K::Override:
        return u"override"_s;
    case K::Metadata:
        return u"metadata"_s;
    case K::Url:
        return u"url"_s;
    case K::Dateline:
        return u"dateline"_s;
    case K::ReportDate:
        return u"report-date"_s;
    case K::RecentDate:
        return u"recent-date"_s;
    case K::NightOf:
        return u"night-of"_s;
    case K::PastEvent:
        return u"past-event"_s;
    case K::FutureEvent:
        return u"future-event"_s;
    case K::HistoricalDate:
        return u"historical-date"_s;
    case K::Weekday:
        return u"weekday"_s;
    case K::BareWeekday:
        return u"bare-weekday"_s;
    case K::PastWeekday:
        return u"past-weekday"_s;
    case K::DaysAgo:
        return u"days-ago"_s;
    case K::OrdinalDay:
        return u"ordinal-day"_s;
    case K::MonthDirection:
        return u"month-direction"_s;
    case K::Chronology:
        return u"chronology"_s;
    case K::CorpusEvent:
        return u"corpus-event"_s;
    case K::Link:
        return u"link"_s;
    case K::Period:
        return u"period"_s;
    case K::WeekdayConflict:
        return u"weekday-conflict"_s;
    }
    return {};
}

} // namespace Marsad::Time
