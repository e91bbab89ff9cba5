#include "article.h"

#include <QFileInfo>

#include <algorithm>

namespace Marsad::Corpus {

QString Article::displayTitle() const
{
    return title.isEmpty() ? QFileInfo(file).fileName() : title;
}

bool Article::isBoilerplate(const TextSpan &span) const
{
    // Boilerplate lines are sorted and disjoint: the only candidate is the last
    // one starting at or before span.start. Binary search, since this is asked
    // once per sentence and per mention (a linear scan made it quadratic).
    const auto after =
        std::upper_bound(boilerplate.cbegin(), boilerplate.cend(), span.start,
                         [](qsizetype pos, const Boilerplate &b) { return pos < b.start; });
    if (after == boilerplate.cbegin())
        return false;
    const Boilerplate &b = *(after - 1);
    return span.start >= b.start && span.end <= b.end;
}

} // namespace Marsad::Corpus
