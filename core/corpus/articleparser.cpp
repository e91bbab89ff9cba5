#include "articleparser.h"

#include "boilerplatemarker.h"
#include "textlines.h"

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {
namespace {

// The first line with text that is not boilerplate. Lines and boilerplate
// spans are both in text order, so they are walked together (checking every
// span against every line was quadratic on an all-boilerplate text).
TextSpan firstBodyLine(const QString &text, const QList<Boilerplate> &boilerplate)
{
    auto b = boilerplate.cbegin();
    for (const TextSpan &span : trimmedLines(text)) {
        while (b != boilerplate.cend() && b->end <= span.start)
            ++b;
        if (b == boilerplate.cend() || !b->overlaps(span))
            return span;
    }
    return {};
}

} // namespace

void ArticleParser::parse(Article &article)
{
    static const BoilerplateMarker marker;
    article.boilerplate = marker.mark(article.text);

    if (article.title.isEmpty()) {
        const TextSpan title = firstBodyLine(article.text, article.boilerplate);
        if (title.isValid()) {
            article.titleSpan = title;
            article.title = article.text.mid(title.start, title.length());
        }
    }
    if (article.dateline.isEmpty()) {
        for (const Boilerplate &b : article.boilerplate) {
            if (b.kind == u"dateline"_s) {
                article.datelineSpan = b;
                article.dateline = article.text.mid(b.start, b.length());
                break;
            }
        }
    }
}

} // namespace Marsad::Corpus
