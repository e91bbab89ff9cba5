// The temporal tagger: finds dates and temporal expressions in MSA news text.
//
// It matches general rules (regular expressions built from TemporalLexicon's
// tables) against the folded text, so hamza/ta-marbuta/alef-maqsura variants
// and Eastern-Arabic digits need no rules of their own, and maps every span
// back to the original text. Overlapping matches keep the longest. The rules
// run only over short windows around cheap anchors (digit runs, month and
// weekday names, deictic words), so the cost is linear in the text and prose
// without dates is scanned once; and each rule only over the windows that
// hold the words or digit shapes it needs, from where its match can start.
// Each date gets its role (DateRole) from the words of its clause.
#pragma once

#include "timex.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Marsad::Text {
class FoldedText;
}

namespace Marsad::Time {

class TimexExtractor final
{
public:
    /// Every temporal expression of text, in order and non-overlapping.
    /// Absolute ones come resolved; relative ones carry what they mean
    /// (Timex::dayOffset, weekday…) for TimexResolver. Thread-safe.
    static QList<Timex> extract(QStringView text);
    /// The same over an already folded text (original offsets via its map).
    static QList<Timex> extract(const Text::FoldedText &folded, QStringView original);
    /// The same result the slow way: every rule over every window, without
    /// the per-window prefilter (the reference the tests compare extract to).
    static QList<Timex> extractUnfiltered(QStringView text);

    /// A date in an article's address ("/2020/10/30/", "/20201116/",
    /// "-2020-10-09", "?date=2020-10-09"; Corpus::ArticleMetadata), with an
    /// invalid span; nullopt when there is none.
    static std::optional<Timex> fromUrl(const QString &url);

    /// True when the clause before offset start of folded text announces
    /// something ahead (المقرر، سوف، سيعقد…).
    static bool announcedBefore(const QString &folded, qsizetype start);
};

} // namespace Marsad::Time
