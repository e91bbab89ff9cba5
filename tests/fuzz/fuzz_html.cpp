// Fuzz target: HTML page -> text and metadata.
#include "fuzzsupport.h"
#include "htmlextractor.h"

#include <cstddef>
#include <cstdint>

using namespace Marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Corpus::HtmlDocument doc = Corpus::HtmlExtractor::extract(html);
    // Markup only ever shrinks: the text is never longer than the page.
    Fuzz::require(doc.text.size() <= html.size(), "extracted text longer than the page");
    Corpus::HtmlExtractor::decodeEntities(html);
    Corpus::HtmlExtractor::looksLikeHtml(html);
    return 0;
}
