// Events: sentences (Segmenter::sentences over the original text) that carry a
// resolved date, with the entities mentioned in them. Boilerplate lines and
// the article's own timestamp are not events.
#pragma once

#include "article.h"
#include "event.h"
#include "mention.h"
#include "timex.h"

#include <QList>

namespace Marsad::Time {

class EventExtractor final
{
public:
    /// timexes: resolved (TimexResolver::resolveAll); mentions: the article's
    /// entity mentions (may be empty). When a sentence holds several dates the
    /// most precise comes first, then the earliest in the sentence. Thread-safe.
    static QList<Event> extract(const Corpus::Article &article, const QList<Timex> &timexes,
                                const QList<Mention> &mentions = {});
};

} // namespace Marsad::Time
