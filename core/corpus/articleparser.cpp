#include "articleparser.h"

#include "boilerplatemarker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Marsad::Corpus {
namespace {

// The first line with text that is not boilerplate.
TextSpan firstBodyLine(const QString &text, const QList<Boilerplate> &boilerplate)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        qsizetype s = start, e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        const TextSpan span{s, e};
        const bool marked = std::any_of(boilerplate.cbegin(), boilerplate.cend(),
                                        [&](const Boilerplate &b) { return b.overlaps(span); });
        if (e > s && !marked)
            return span;
        start = end + 1;
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
