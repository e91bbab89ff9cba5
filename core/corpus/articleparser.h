// Finds the structure of a plain-text article: for now its title.
#pragma once

#include "article.h"

namespace Marsad::Corpus {

class ArticleParser final
{
public:
    /// Fills the structural fields of \a article from its text.
    static void parse(Article &article);

    /// The first line with text, trimmed (empty for an empty article).
    static QString firstLine(const QString &text);
};

} // namespace Marsad::Corpus
