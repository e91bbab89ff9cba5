// The events of a selection as a table in the columns of conflict datasets
// (ACLED-like), one record per event and place:
//
//   event_id        stable id of the event: a hash of the article (file name,
//                   position in a multi-article file, decoded text) and the
//                   event's span, so it does not shift when other files are
//                   added or removed; the rows of one event share it
//   event_date      first day (YYYY-MM-DD); event_end_date the last
//   time_precision  day | month | year | decade | range
//   date_text       the expression that dates it, as written
//   place_id, place_en, place_ar, place_kind   the gazetteer's place
//   latitude, longitude   the gazetteer's coordinates (WGS 84), else empty
//   geo_precision   gazetteer (coordinates of the named place from the
//                   gazetteer: a town's centre, a country's representative
//                   point; see place_kind) | none (no place, or no coordinates)
//   entities        ids of every entity the sentence names, ';'-joined
//   evidence        the sentence, exactly as in the text
//   article_file    the article's file as given
//   char_start, char_end   the evidence's offsets in the decoded text of the
//                   file, in Unicode code points (the unit of `marsad analyze`),
//                   half-open: text[char_start:char_end] in Python is evidence
//   published, published_basis, published_confidence   the article's
//                   publication date (a day, or "first/last" for a range), where
//                   it comes from (metadata, dateline, url, inferred, override,
//                   none) and how sure (0-1)
//
// Which events: those of Selection::eventRows that Selection::eventPasses,
// the events the timeline shows for the same filter.
//
// An event naming several places gives one record per place (in text order),
// so every place lands on a map; count distinct event_id for the number of
// events. An event naming no place gives one record with empty place columns.
#pragma once

#include "csvwriter.h"
#include "selection.h"

#include "article.h"
#include "mention.h"

#include <QStringList>

namespace Marsad::Exchange {

class EventTable final
{
public:
    static QStringList header();
    /// Writes the header and the records of the events of \a selection.
    static void write(const Index::CorpusIndex &index, const Selection &selection, CsvWriter &csv);

    /// The id of what stands at \a span of \a article (see above).
    static QString eventId(const Corpus::Article &article, const TextSpan &span);
};

} // namespace Marsad::Exchange
