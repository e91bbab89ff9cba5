// Publication-date inference (DESIGN.md §5).
//
// Order of trust: the user's override; a dateline (the article's metadata, or
// a timestamp line near the top of the text, or one introduced by "نشر في",
// "تم النشر"…); a date in the URL. Otherwise every day in a window around the
// text's anchors (explicit dates, dates placed in the reference year, ordinal
// counts from the conflict's start, linked articles) is scored by how many
// cues agree with it — weekday words (أمس الأربعاء: published the day after
// a Wednesday), recent explicit dates, الماضي/المقبل after a month, the night
// of a date, "the Nth day" of the fighting, passages shared with dated
// articles — and the best-supported day wins; near-ties become a range.
#pragma once

#include "article.h"
#include "publisheddate.h"
#include "timex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marsad::Time {

/// A passage this article shares with a dated article (ArticleLinker).
struct ArticleLink
{
    QString file;            ///< The dated article's file.
    QDate date;              ///< Its publication date.
    double confidence = 0.0; ///< Of that date.
    QStringList passages;    ///< The shared passages as written in this article, longest first.
    QList<TextSpan> spans;   ///< Where they stand in this article.
    int words = 0;           ///< Length of the shared passages, in words.
};

/// What the corpus knows beyond one article.
struct InferenceContext
{
    /// Day 1 of the conflict, for ordinal day counts ("لليوم الرابع على التوالي").
    QDate conflictStart;
    /// Year given to a day and month written without one; 0 for none.
    int referenceYear = 0;
    /// Passages shared with dated articles.
    QList<ArticleLink> links;
    /// The user's correction: wins over everything when valid.
    QDate userOverride;
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
    static bool isDateline(const Timex &t, QStringView text);
};

} // namespace Marsad::Time
