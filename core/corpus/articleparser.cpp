#include "articleparser.h"

#include "articlemetadata.h"
#include "boilerplatemarker.h"
#include "textlines.h"

#include <algorithm>

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

// A scraper's page address on one of the first lines is the article's
// address, not its text: marked as a source line (so it is never the title)
// and kept as the article's url when the input gave none.
void markAddressLine(Article &article)
{
    const auto line = ArticleMetadata::addressLine(article.text);
    if (!line)
        return;
    if (article.url.isEmpty())
        article.url = line->first;
    qsizetype start = line->second.start;
    while (start > 0 && article.text.at(start - 1) != u'\n')
        --start;
    qsizetype end = article.text.indexOf(u'\n', line->second.end);
    if (end < 0)
        end = article.text.size();
    Boilerplate address;
    address.start = start;
    address.end = end;
    address.kind = u"source"_s;
    // Spans stay sorted and disjoint (Article::isBoilerplate searches them).
    auto &spans = article.boilerplate;
    spans.removeIf([&](const Boilerplate &b) { return b.overlaps(address); });
    const auto at = std::lower_bound(
        spans.begin(), spans.end(), address,
        [](const Boilerplate &a, const Boilerplate &b) { return a.start < b.start; });
    spans.insert(at, address);
}

} // namespace

void ArticleParser::parse(Article &article)
{
    static const BoilerplateMarker marker;
    article.boilerplate = marker.mark(article.text);
    markAddressLine(article);

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
