#include "eventextractor.h"

#include "publicationdateinferer.h"
#include "segmenter.h"

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
    for (const auto &sentence : Segmenter::sentences(text)) {
        const TextSpan span{sentence.start, sentence.end};
        if (article.isBoilerplate(span))
            continue;
        const Timex *chosen = nullptr;
        for (const Timex &t : timexes) {
            if (!t.isResolved() || !t.span.isValid() || t.span.start < span.start ||
                t.span.end > span.end)
                continue;
            if (t.kind == TimexKind::Dateline || t.kind == TimexKind::Url ||
                PublicationDateInferer::isDateline(t, text))
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
        for (const Mention &m : mentions) {
            if (m.span.isValid() && m.span.start >= span.start && m.span.end <= span.end &&
                !e.entityIds.contains(m.entityId))
                e.entityIds.append(m.entityId);
        }
        out.append(std::move(e));
    }
    return out;
}

} // namespace Marsad::Time
