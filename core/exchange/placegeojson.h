// The places named in a selection's articles as GeoJSON (RFC 7946): a
// FeatureCollection of Point features, coordinates [longitude, latitude] in
// WGS 84 with six decimals. Properties of each feature:
//
//   id, name_en, name_ar, kind   from the gazetteer (a candidate place has its
//                                surface as name_ar and no name_en or kind)
//   pinned        one of the places the viewer always shows
//   candidate     proposed from context, not in the gazetteer
//   articles      selected articles that mention it (outside boilerplate)
//   mentions      its mentions in them (outside boilerplate)
//   events        the selection's events that name it
//   first_date, last_date   earliest and latest publication date among
//                 those articles (YYYY-MM-DD), null when none is dated
//   first_event_date, last_event_date   the same over its events, or null
//
// A place without coordinates (a candidate, or a gazetteer entry without
// them) is still a feature, with "geometry": null, which RFC 7946 §3.2
// allows; most GIS tools skip such features when drawing.
// Features are ordered by mentions, most first, then by id.
#pragma once

#include "selection.h"

#include <QByteArray>
#include <QJsonObject>

namespace Marsad::Exchange {

class PlaceGeoJson final
{
public:
    static QJsonObject collection(const Index::CorpusIndex &index, const Selection &selection);
    /// The collection as UTF-8 JSON text, one feature per line.
    static QByteArray write(const Index::CorpusIndex &index, const Selection &selection);
};

} // namespace Marsad::Exchange
