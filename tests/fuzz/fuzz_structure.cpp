// Fuzz target: article structure (boilerplate lines, title, dateline).
#include "articleparser.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace Marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    Corpus::Article article;
    article.text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Corpus::ArticleParser::parse(article);
    const qsizetype n = article.text.size();
    qsizetype previousEnd = 0;
    for (const Corpus::Boilerplate &b : article.boilerplate) {
        Fuzz::requireInside(b, n, "boilerplate span outside the text");
        Fuzz::require(b.start >= previousEnd, "boilerplate spans unsorted or overlapping");
        Fuzz::require(article.isBoilerplate(b), "isBoilerplate misses a marked line");
        previousEnd = b.end;
    }
    if (article.titleSpan.isValid()) {
        Fuzz::requireInside(article.titleSpan, n, "title span outside the text");
        Fuzz::require(!article.isBoilerplate(article.titleSpan), "title is boilerplate");
    }
    if (article.datelineSpan.isValid())
        Fuzz::requireInside(article.datelineSpan, n, "dateline span outside the text");
    return 0;
}
