// The time module's facade: one article, or a whole corpus, from text to
// publication date, resolved temporal expressions and dated events.
//
// Two passes per article: infer the publication date, then resolve the
// relative expressions against it. The corpus pass adds what one article
// cannot know alone: the conflict's start date (for "the fourth day of the
// fighting"), the year of dates written without one, and links from undated
// articles to dated ones sharing a passage.
#pragma once

#include "article.h"
#include "event.h"
#include "mention.h"
#include "publicationdateinferer.h"
#include "publisheddate.h"
#include "timex.h"

#include <QDate>
#include <QList>

#include <atomic>
#include <functional>

class QThreadPool;

namespace Marsad::Time {

/// Everything the time module says about one article.
struct ArticleTime
{
    PublishedDate published;
    QList<Timex> timexes; ///< In text order; relative ones resolved when published is known.
    QList<Event> events;
};

struct CorpusTimeOptions
{
    /// Entity mentions per article, index-aligned with the articles (may be
    /// empty or shorter).
    QList<QList<Mention>> mentions;
    /// The user's corrected publication dates, index-aligned; invalid = none.
    QList<QDate> overrides;
    /// Day 1 of the conflict when known; otherwise found in the corpus (or the
    /// chronology's start).
    QDate conflictStart;
    /// Checked in every pass and inside long loops: when set, analyzeCorpus
    /// returns promptly with an incomplete result (to be discarded).
    const std::atomic_bool *cancel = nullptr;
    /// Runs every parallel pass; null: a local pool (never Qt's global one).
    QThreadPool *pool = nullptr;
    /// Optional: articles done of total, called from the calling thread.
    std::function<void(qsizetype done, qsizetype total)> progress;
};

class TimeAnalyzer final
{
public:
    /// A date this sure counts as known: links may lean on it.
    static constexpr double kConfident = 0.5;

    /// One article on its own (context: what the corpus knows, may be empty).
    /// Thread-safe: no shared state, call it from many threads at once.
    static ArticleTime analyze(const Corpus::Article &article, const QList<Mention> &mentions = {},
                               const InferenceContext &context = {});

    /// A corpus: every article, in input order, with the corpus-level passes.
    /// Thread-safe.
    static QList<ArticleTime> analyzeCorpus(const QList<Corpus::Article> &articles,
                                            const CorpusTimeOptions &options = {});

    /// Start dates of the fighting an article states ("منذ اندلاع المعارك في
    /// 27 سبتمبر"), from its resolved expressions.
    static QList<QDate> statedConflictStarts(QStringView text, const QList<Timex> &resolved);
};

} // namespace Marsad::Time
