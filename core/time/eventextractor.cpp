#include "eventextractor.h"

#include "lineindex.h"

#include "publicationdateinferer.h"
#include "segmenter.h"

#include <algorithm>

using Marsad::Text::Segmenter;

namespace Marsad::Time {

namespace {

int rank(Precision p)
{
    switch (p) {
    case Precision::Day:
        return 0;
    case Precision::Month:
        return 1;
    case Precision::Range:
        return 2;
    case Precision::Year:
        return 3;
    case Precision::Decade:
        return 4;
    }
    return 5;
}

constexpr int kMinWordsBesideDate = 3;

} // namespace

QList<Event> EventExtractor::extract(const Corpus::Article &article, const QList<Timex> &timexes,
                                     const QList<Mention> &mentions)
{
    QList<Event> out;
    const QString &text = article.text;
    // Sentences and expressions both come in text order: walk them together.
    QList<const Timex *> ordered;
    for (const Timex &t : timexes)
        if (t.isResolved() && t.span.isValid() && t.kind != TimexKind::Dateline &&
            t.kind != TimexKind::Url)
            ordered.append(&t);
    std::sort(ordered.begin(), ordered.end(),
              [](const Timex *a, const Timex *b) { return a->span.start < b->span.start; });
    QList<const Mention *> sortedMentions;
    for (const Mention &m : mentions)
        if (m.span.isValid())
            sortedMentions.append(&m);
    std::stable_sort(
        sortedMentions.begin(), sortedMentions.end(),
        [](const Mention *a, const Mention *b) { return a->span.start < b->span.start; });
    const LineIndex lines(text);
    qsizetype next = 0;
    for (const auto &sentence : Segmenter::sentences(text)) {
        const TextSpan span{sentence.start, sentence.end};
        while (next < ordered.size() && ordered.at(next)->span.start < span.start)
            ++next;
        if (next >= ordered.size())
            break;
        if (article.isBoilerplate(span))
            continue;
        const Timex *chosen = nullptr;
        for (qsizetype k = next; k < ordered.size() && ordered.at(k)->span.start < span.end; ++k) {
            const Timex &t = *ordered.at(k);
            if (t.span.end > span.end || PublicationDateInferer::isDateline(t, text, lines))
                continue;
            if (!chosen || rank(t.precision) < rank(chosen->precision))
                chosen = &t;
        }
        if (!chosen)
            continue;
        const QString evidence = text.mid(span.start, span.length());
        const QString rest = evidence.left(chosen->span.start - span.start) +
                             evidence.mid(chosen->span.end - span.start);
        if (Segmenter::words(rest).size() < kMinWordsBesideDate)
            continue;
        Event e;
        e.value = chosen->value;
        e.precision = chosen->precision;
        e.start = chosen->start;
        e.end = chosen->end;
        e.evidence = evidence;
        e.span = span;
        e.timex = *chosen;
        auto m =
            std::lower_bound(sortedMentions.cbegin(), sortedMentions.cend(), span.start,
                             [](const Mention *x, qsizetype pos) { return x->span.start < pos; });
        for (; m != sortedMentions.cend() && (*m)->span.start < span.end; ++m) {
            if ((*m)->span.end <= span.end && !e.entityIds.contains((*m)->entityId))
                e.entityIds.append((*m)->entityId);
        }
        out.append(std::move(e));
    }
    return out;
}

} // namespace Marsad::Time
