// Finds passages that articles share word for word (after folding): a quoted
// statement or an event sentence taken from the same wire copy. An undated
// article that shares one with a dated article was, most likely, written the
// same day.
#pragma once

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

#include "article.h"
#include "bodywords.h"
#include "mention.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QThreadPool;

namespace Marsad::Time {

struct SharedPassage
{
    qsizetype other = -1; ///< Index of the other article.
    TextSpan span;        ///< In this article's original text.
    QString surface;      ///< This article's original text of span.
    int words = 0;
    /// How rare its words are: the sum over them of min(1, IDF / ln 8), names
    /// and titles counting 0. A stock phrase of common words scores low.
    double rarity = 0.0;
};

class ArticleLinker final
{
public:
    /// Indexes the body text (boilerplate left out) of articles. A passage
    /// counts from minWords identical words; word runs found in more than half
    /// of the corpus (and in more than two articles) are not distinctive, nor
    /// are runs made only of names (mentions, index-aligned, may be null) and
    /// titles. cancel (may be null) stops the indexing early.
    explicit ArticleLinker(const QList<Corpus::Article> &articles, int minWords = 6,
                           const QList<QList<Mention>> *mentions = nullptr,
                           const std::atomic_bool *cancel = nullptr);
    /// The same over words the caller has already found (BodyWords::of each
    /// article, index-aligned; taken over) and their document frequency; the
    /// per-article part runs on \a pool when given.
    ArticleLinker(const QList<Corpus::Article> &articles, std::vector<BodyWords> words,
                  const DocumentFrequency &df, int minWords = 6,
                  const QList<QList<Mention>> *mentions = nullptr,
                  const std::atomic_bool *cancel = nullptr, QThreadPool *pool = nullptr);

    /// The maximal shared passages of article a with every other article,
    /// longest first. With maxOthers ≥ 0, only the passages shared with the
    /// maxOthers articles whose shared words are rarest in all (ties: the
    /// earlier article): a story reprinted by hundreds of outlets, or a
    /// template they all use, must not make hundreds of links. Thread-safe.
    QList<SharedPassage> passagesOf(qsizetype a,
                                    const std::function<bool(qsizetype)> &eligible = {},
                                    qsizetype maxOthers = -1) const;

    /// A run of words found in more articles than this is stock phrasing,
    /// not a distinctive passage (and comparing it would make linking
    /// quadratic in agency-heavy corpora).
    static constexpr qsizetype MaxSharingArticles = 48;

private:
    /// One article's words as flat arrays (one entry per word of the body).
    struct Doc
    {
        std::vector<quint64> words;                   ///< Folded words' hashes.
        std::vector<std::pair<qint32, qint32>> spans; ///< In the original text.
        std::vector<float> rarities; ///< Per word: 0 for names, else min(1, IDF / ln 9).
        /// (gram hash, start) of the grams some other article shares, sorted.
        std::vector<std::pair<size_t, qint32>> grams;
        /// (start, shared gram's index in m_runs) of the same, in text order.
        std::vector<std::pair<qint32, qint32>> shared;
    };
    /// A gram that 2..m_maxDocs articles share: its articles are
    /// m_holders[first .. next run's first), in article order.
    struct Run
    {
        size_t gram;
        qsizetype first;
    };
    void build(std::vector<BodyWords> words, const DocumentFrequency &df,
               const QList<QList<Mention>> *mentions, const std::atomic_bool *cancel,
               QThreadPool *pool);
    size_t gramAt(const Doc &doc, int i) const;
    static void keepRarestOthers(QList<SharedPassage> &passages, qsizetype maxOthers);

    std::vector<Doc> m_docs;
    QList<const Corpus::Article *> m_articles;
    std::vector<Run> m_runs; ///< Ends with a sentinel.
    std::vector<qint32> m_holders;
    int m_minWords;
    qsizetype m_maxDocs = 2;
};

} // namespace Marsad::Time
