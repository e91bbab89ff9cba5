// The entity mentions of a selection's articles, one record each:
//
//   article_file   the article's file as given
//   entity_id      gazetteer id, or a candidate's slug
//   type           person | place | organization
//   surface        the text of the mention, exactly as written
//   start, end     its offsets in the decoded text of the file, in Unicode
//                  code points (the unit of `marsad analyze`), half-open:
//                  text[start:end] in Python is surface
//   candidate      true for a name proposed from context, not in the gazetteer
//   confidence     0-1
//   boilerplate    true inside a line that is not article body (menus,
//                  tags…); such mentions do not count in the places' counts
//
// Every mention of every selected article is written, not only those of the
// filter's entities: an article's other actors are what an analyst looks for.
#pragma once

#include "csvwriter.h"
#include "selection.h"

namespace Marsad::Exchange {

class MentionTable final
{
public:
    static QStringList header();
    static void write(const Index::CorpusIndex &index, const Selection &selection, CsvWriter &csv);
};

} // namespace Marsad::Exchange
