// Publication-date inference (DESIGN.md §5).
//
// Order of trust: the user's override; the source's metadata (HTML meta,
// JSON-LD, JSONL date keys: Article::dateline with no span in the text); a
// date in the address (Article::url, or an address line at the top of a plain
// text); a dateline in the text. Otherwise the date is solved as a
// constraint problem over the days of the plausible period: every cue of the
// text (and of the corpus) is a constraint on the publication day p, hard
// (a weekday bound to اليوم/أمس, "the Nth day of the fighting", a past event
// as a lower bound, an announced one as an upper bound, a chronology event
// reported) or soft (recency of the dates it reports, a bare weekday, a
// passage shared with a dated article, the corpus's period). A broken hard
// constraint costs kHardPenalty times its weight, so the chosen day breaks as
// few and as light ones as it can; days that score about as well form an
// honest range. Every constraint that decided the day is named in the
// evidence, with its span.
#pragma once

#include "article.h"
#include "chronology.h"
#include "publisheddate.h"
#include "timex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marsad::Time {

class LineIndex;

/// A passage this article shares with a dated article (ArticleLinker).
struct ArticleLink
{
    QString file;            ///< The dated article's file.
    QDate date;              ///< Its publication date.
    double confidence = 0.0; ///< Of that date.
    QStringList passages;    ///< The shared passages as written in this article, longest first.
    QList<TextSpan> spans;   ///< Where they stand in this article.
    int words = 0;           ///< Length of the shared passages, in words.
    double rarity = 0.0;     ///< Sum of the passages' words' IDF (names and titles left out).
};

/// What the corpus knows beyond one article.
struct InferenceContext
{
    /// Day 1 of the conflict, for ordinal day counts ("لليوم الرابع على التوالي").
    QDate conflictStart;
    /// Year given to a day and month written without one; 0 for none.
    int referenceYear = 0;
    /// The period of the corpus's dated articles (invalid when unknown).
    QDate periodStart, periodEnd;
    /// Passages shared with dated articles.
    QList<ArticleLink> links;
    /// The user's correction: wins over everything when valid.
    QDate userOverride;
    /// Dated events: the shipped chronology when null; the corpus pass adds
    /// the events its dated articles teach.
    const Chronology *chronology = nullptr;
    /// The events of that chronology the text reports (Chronology::match);
    /// infer finds them itself when unset.
    std::optional<QList<ChronologyMatch>> chronologyMatches;
};

class PublicationDateInferer final
{
public:
    /// Infers the publication date of article from its extracted timexes
    /// (TimexExtractor::extract(article.text)). Thread-safe.
    static PublishedDate infer(const Corpus::Article &article, const QList<Timex> &timexes,
                               const InferenceContext &context = {});

    /// True when t looks like the article's own timestamp: introduced by a
    /// publication cue, or a full date filling its own line near the top.
    static bool isDateline(const Timex &t, QStringView text, const LineIndex &lines);
    /// The same, building the line index (linear in text: prefer the above in loops).
    static bool isDateline(const Timex &t, QStringView text);
};

} // namespace Marsad::Time
