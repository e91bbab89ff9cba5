// An article with everything the analysis found in it: the value that the
// index, the models and the command line consume.
#pragma once

#include "article.h"
#include "mention.h"
#include "timeanalyzer.h"

namespace Marsad::Analysis {

struct AnalyzedArticle
{
    Corpus::Article article;
    QList<Mention> mentions; ///< Sorted by start, never overlapping.
    Time::ArticleTime time;  ///< Publication date, temporal expressions, events.
};

} // namespace Marsad::Analysis
