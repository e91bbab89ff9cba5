// Fuzz target: the whole per-file chain, as the loader runs it: decode ->
// HTML or plain text -> structure -> fold -> entities -> dates.
#include "arabicfolder.h"
#include "articleparser.h"
#include "entityextractor.h"
#include "fuzzsupport.h"
#include "gazetteer.h"
#include "htmlextractor.h"
#include "textdecoder.h"
#include "timeanalyzer.h"

#include <cstddef>
#include <cstdint>

using namespace Marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    static const auto gazetteer =
        Entities::Gazetteer::fromFile(QStringLiteral(MARSAD_SOURCE_DIR "/resources/gazetteer.json"))
            .gazetteer;
    Fuzz::require(bool(gazetteer), "gazetteer not loaded");
    static const Entities::EntityExtractor extractor(gazetteer);

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Text::DecodedText decoded = Text::TextDecoder::decode(bytes);
    if (!decoded.ok())
        return 0;
    Corpus::Article article;
    article.file = QStringLiteral("fuzz.txt");
    if (Corpus::HtmlExtractor::looksLikeHtml(decoded.text)) {
        Corpus::HtmlDocument doc = Corpus::HtmlExtractor::extract(decoded.text);
        article.text = std::move(doc.text);
        article.title = doc.title;
        article.dateline = doc.dateline;
    } else {
        article.text = std::move(decoded.text);
    }
    Corpus::ArticleParser::parse(article);
    const Text::FoldedText folded = Text::ArabicFolder::fold(article.text);
    Q_UNUSED(folded);
    const QList<Mention> mentions = extractor.extract(article.text);
    for (const Mention &m : mentions)
        Fuzz::requireInside(m.span, article.text.size(), "mention outside the text");
    const Time::ArticleTime time = Time::TimeAnalyzer::analyze(article, mentions);
    Q_UNUSED(time);
    return 0;
}
