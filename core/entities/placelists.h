// The list rule: after a plural place word (قرى، بلدات، مدن، مناطق، قريتي …)
// every item of the list that follows is a place, known or not, until the
// list ends: "قرى X وY و"Z"", "تحرير 6 قرى في منطقة جبرائيل: X، Y، Z".
// Structure only; ContextRules and CandidateFinder decide what each item is.
#pragma once

#include "analyzedtext.h"
#include "entitymatcher.h"
#include "gazetteer.h"

#include <QList>

namespace Marsad::Entities {

struct PlaceListItem
{
    qsizetype firstToken = -1; ///< Inclusive token range.
    qsizetype lastToken = -1;
    /// Letters of the first token before the name (a leading و), 0 or 1.
    qsizetype skip = 0;
    qsizetype match = -1; ///< The alias match that is this item, or -1.
};

class PlaceLists final
{
public:
    /// At most this many items in one list.
    static constexpr qsizetype MaximumItems = 40;
    /// Tokens between the plural place word and a colon that opens the list.
    static constexpr qsizetype MaximumHeader = 7;
    /// Words in one quoted item.
    static constexpr qsizetype MaximumQuoted = 3;

    static QList<PlaceListItem> find(const Gazetteer &g, const AnalyzedText &text,
                                     const QList<AliasMatch> &matches);
    /// Token \a t could be an unknown place name in a list (after any leading و).
    static bool nameLike(const Gazetteer &g, const AnalyzedText &text, qsizetype t, qsizetype skip);
};

} // namespace Marsad::Entities
