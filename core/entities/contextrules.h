// Context around a matched alias: raises or lowers confidence, drops aliases
// that are only names with support (needs_context: جبرائيل is also a man's
// name), and tells a place from a person's first name.
#pragma once

#include "analyzedtext.h"
#include "entitymatcher.h"
#include "gazetteer.h"
#include "mention.h"
#include "placelists.h"

#include <QList>

#include <memory>

namespace Marsad::Entities {

/// A mention and the tokens it covers (the candidate finder avoids them).
struct ResolvedMention
{
    Mention mention;
    qsizetype firstToken = -1;
    qsizetype lastToken = -1;
};

class ContextRules final
{
public:
    explicit ContextRules(std::shared_ptr<const Gazetteer> gazetteer);

    /// The matches that survive their context, as mentions in text order.
    /// \a lists: the items of place lists (PlaceLists), places by their position.
    QList<ResolvedMention> apply(const AnalyzedText &text, const QList<AliasMatch> &matches,
                                 const QList<PlaceListItem> &lists = {}) const;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace Marsad::Entities
