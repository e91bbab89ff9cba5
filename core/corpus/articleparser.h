// Finds the structure of an article's text: boilerplate lines, the title and
// a timestamp line (the dateline). Fields already given by the input format
// (an HTML <title>, a JSONL "title" or "date") are kept.
#pragma once

#include "article.h"

namespace Marsad::Corpus {

class ArticleParser final
{
public:
    /// Fills boilerplate, title/titleSpan and dateline/datelineSpan.
    static void parse(Article &article);
};

} // namespace Marsad::Corpus
