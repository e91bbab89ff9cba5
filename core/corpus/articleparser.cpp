#include "articleparser.h"

#include "boilerplatemarker.h"
#include "textlines.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {
namespace {

// The first line with text that is not boilerplate.
TextSpan firstBodyLine(const QString &text, const QList<Boilerplate> &boilerplate)
{
    for (const TextSpan &span : trimmedLines(text)) {
        const bool marked = std::any_of(boilerplate.cbegin(), boilerplate.cend(),
                                        [&](const Boilerplate &b) { return b.overlaps(span); });
        if (!marked)
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
