// Names the gazetteer lacks, found where a title or a place word introduces
// them ("وزير الخارجية التركي <name>", "منطقة <name>"). Conservative: a
// proposal is shown as a candidate, so a wrong one costs the analyst a glance,
// but a common word proposed as a name costs trust.
#pragma once

#include "analyzedtext.h"
#include "contextrules.h"
#include "gazetteer.h"
#include "placelists.h"

#include <QList>

#include <memory>

namespace Marsad::Entities {

class CandidateFinder final
{
public:
    /// At most this many tokens in a proposed person's name.
    static constexpr qsizetype MaximumTokens = 3;
    /// An unknown place is proposed as one word: transliterated town names
    /// are one word far more often than a name runs into the next clause
    /// ("قرية نوراشين سقط صاروخ").
    static constexpr qsizetype MaximumPlaceTokens = 1;

    explicit CandidateFinder(std::shared_ptr<const Gazetteer> gazetteer);

    /// Candidate mentions in \a text outside the \a known mentions, in text order.
    /// \a lists: the items of place lists (PlaceLists).
    QList<ResolvedMention> find(const AnalyzedText &text, const QList<ResolvedMention> &known,
                                const QList<PlaceListItem> &lists = {}) const;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace Marsad::Entities
