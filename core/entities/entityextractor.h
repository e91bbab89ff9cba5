// The entity pipeline behind one call: match aliases, weigh their context,
// propose candidates. Holds only the shared read-only gazetteer, so one
// extractor serves any number of threads at once.
#pragma once

#include "candidatefinder.h"
#include "contextrules.h"
#include "entitymatcher.h"
#include "gazetteer.h"
#include "mention.h"

#include <QList>
#include <QString>

#include <memory>

namespace Marsad::Entities {

class EntityExtractor final
{
public:
    explicit EntityExtractor(std::shared_ptr<const Gazetteer> gazetteer);

    /// Mentions in \a text, sorted by start, never overlapping.
    QList<Mention> extract(const QString &text) const;

    /// What the entity stage hands on from its one folding of a text.
    struct Findings
    {
        QList<Mention> mentions; ///< As extract() gives them.
        QList<quint64> words;    ///< Text::wordKeys of the text, for the index.
    };
    /// The mentions and the word keys, from one folding and segmentation.
    Findings extractWithWords(const QString &text) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }

private:
    QList<Mention> mentionsIn(const AnalyzedText &analyzed) const;

    std::shared_ptr<const Gazetteer> m_gazetteer;
    EntityMatcher m_matcher;
    ContextRules m_rules;
    CandidateFinder m_candidates;
};

} // namespace Marsad::Entities
