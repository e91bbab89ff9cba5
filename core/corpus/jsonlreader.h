// Articles from JSON Lines, the format scrapers produce: one object per line
// with "text" and optionally "title", "date", "url", "source". A bad line is
// reported with its number; the other lines still load.
#pragma once

#include "article.h"

#include <QCoreApplication>

namespace Marsad::Corpus {

struct JsonlResult
{
    QList<Article> articles;
    Issues issues;
};

class JsonlReader final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Corpus::JsonlReader)
public:
    /// \a text is the decoded file; \a file labels articles and issues.
    static JsonlResult read(const QString &text, const QString &file);
};

} // namespace Marsad::Corpus
