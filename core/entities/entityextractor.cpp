#include "entityextractor.h"

#include "analyzedtext.h"
#include "placelists.h"
#include "wordkeys.h"

#include <algorithm>

namespace Marsad::Entities {

EntityExtractor::EntityExtractor(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(gazetteer), m_matcher(gazetteer), m_rules(gazetteer),
      m_candidates(std::move(gazetteer))
{}

QList<Mention> EntityExtractor::extract(const QString &text) const
{
    return mentionsIn(AnalyzedText(text));
}

EntityExtractor::Findings EntityExtractor::extractWithWords(const QString &text) const
{
    const AnalyzedText analyzed(text);
    return {mentionsIn(analyzed), Text::wordKeys(analyzed.folded().text(), analyzed.tokens())};
}

QList<Mention> EntityExtractor::mentionsIn(const AnalyzedText &analyzed) const
{
    const QList<AliasMatch> matches = m_matcher.match(analyzed);
    const QList<PlaceListItem> lists = PlaceLists::find(*m_gazetteer, analyzed, matches);
    const QList<ResolvedMention> known = m_rules.apply(analyzed, matches, lists);
    QList<Mention> out;
    out.reserve(known.size());
    for (const ResolvedMention &r : known)
        out.append(r.mention);
    // Candidates only ever take tokens no known mention holds: no overlaps.
    for (const ResolvedMention &r : m_candidates.find(analyzed, known, lists))
        out.append(r.mention);
    std::stable_sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) {
        return a.span.start < b.span.start;
    });
    return out;
}

} // namespace Marsad::Entities
