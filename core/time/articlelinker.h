// Finds passages that articles share word for word (after folding): a quoted
// statement or an event sentence taken from the same wire copy. An undated
// article that shares one with a dated article was, most likely, written the
// same day.
#pragma once

#include <functional>

#include "article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Marsad::Time {

struct SharedPassage
{
    qsizetype other = -1; ///< Index of the other article.
    TextSpan span;        ///< In this article's original text.
    QString surface;      ///< This article's original text of span.
    int words = 0;
};

class ArticleLinker final
{
public:
    /// Indexes the body text (boilerplate left out) of articles. A passage
    /// counts from minWords identical words; word runs found in more than half
    /// of the corpus (and in more than two articles) are not distinctive.
    explicit ArticleLinker(const QList<Corpus::Article> &articles, int minWords = 6);

    /// The maximal shared passages of article a with every other article,
    /// longest first. Thread-safe (const).
    QList<SharedPassage> passagesOf(qsizetype a,
                                    const std::function<bool(qsizetype)> &eligible = {}) const;

    /// A run of words found in more articles than this is stock phrasing,
    /// not a distinctive passage (and comparing it would make linking
    /// quadratic in agency-heavy corpora).
    static constexpr qsizetype MaxSharingArticles = 48;

private:
    struct Doc
    {
        QStringList words;
        QList<TextSpan> spans;
        QHash<size_t, QList<int>> grams; ///< Hash of minWords words → start positions.
    };
    size_t gramAt(const Doc &doc, int i) const;

    QList<Doc> m_docs;
    QList<const Corpus::Article *> m_articles;
    QHash<size_t, QList<qsizetype>> m_postings; ///< Gram → articles holding it.
    int m_minWords;
    qsizetype m_maxDocs;
};

} // namespace Marsad::Time
