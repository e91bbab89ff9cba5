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
    case PublishedDate::Basis::Dateline:
        return u"dateline"_s;
    case PublishedDate::Basis::Url:
        return u"url"_s;
    case PublishedDate::Basis::Inferred:
        return u"inferred"_s;
    }
    return {};
}

} // namespace Marsad::Time
