#include "articleparser.h"

namespace Marsad::Corpus {

void ArticleParser::parse(Article &article)
{
    article.title = firstLine(article.text);
}

QString ArticleParser::firstLine(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

} // namespace Marsad::Corpus
