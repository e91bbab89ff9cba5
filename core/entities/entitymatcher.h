// Finds every gazetteer alias in an article: over folded tokens, the first
// token also under its clitic readings, longest match first, no overlaps.
// Decides nothing about context; ContextRules does.
#pragma once

#include "analyzedtext.h"
#include "gazetteer.h"
#include "mention.h"

#include <QList>
#include <QString>

#include <memory>

namespace Marsad::Entities {

/// One alias found in the token stream.
struct AliasMatch
{
    qsizetype alias = -1;      ///< Index into Gazetteer::aliases().
    qsizetype entity = -1;     ///< Index into Gazetteer::entities().
    qsizetype firstToken = -1; ///< Token range, inclusive.
    qsizetype lastToken = -1;
    QString prefix; ///< Proclitics split off the first token ("و", "بال" …).
    TextSpan span;  ///< Original offsets, clitics excluded.
    /// For an alias that needs context: the longest shorter alias at the same
    /// start ("روسيا" inside "روسيا اليوم"), the reading kept if the long one
    /// fails its context check. -1 when none.
    qsizetype fallbackAlias = -1;
    qsizetype fallbackLastToken = -1;
};

class EntityMatcher final
{
public:
    explicit EntityMatcher(std::shared_ptr<const Gazetteer> gazetteer);

    /// All alias matches in \a text, needs-context ones included, sorted.
    QList<AliasMatch> match(const AnalyzedText &text) const;
    /// The same as mentions (confidence 1): the matcher on its own.
    QList<Mention> match(const QString &text) const;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace Marsad::Entities
