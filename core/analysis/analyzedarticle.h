// An article with everything the analysis found in it: the value that the
// index, the models and the command line consume.
#pragma once

#include "article.h"
#include "mention.h"
#include "timeanalyzer.h"

#include <QList>

namespace Marsad::Analysis {

struct AnalyzedArticle
{
    Corpus::Article article;
    QList<Mention> mentions; ///< Sorted by start, never overlapping.
    Time::ArticleTime time;  ///< Publication date, temporal expressions, events.
    /// Text::wordKeys of the text, found by the entity stage from its folding
    /// (empty when the article was made otherwise: the index then finds them).
    /// The index takes them over and leaves this empty.
    QList<quint64> words;
};

} // namespace Marsad::Analysis
