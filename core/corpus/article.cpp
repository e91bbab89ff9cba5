#include "article.h"

#include <QFileInfo>

namespace Marsad::Corpus {

QString Article::displayTitle() const
{
    return title.isEmpty() ? QFileInfo(file).fileName() : title;
}

bool Article::isBoilerplate(const TextSpan &span) const
{
    for (const Boilerplate &b : boilerplate) {
        if (span.start >= b.start && span.end <= b.end)
            return true;
    }
    return false;
}

} // namespace Marsad::Corpus
