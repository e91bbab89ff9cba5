#include "article.h"

#include <QFileInfo>

namespace Marsad::Corpus {

QString Article::displayTitle() const
{
    return title.isEmpty() ? QFileInfo(file).fileName() : title;
}

} // namespace Marsad::Corpus
