// Fuzz target: JSON Lines -> articles.
#include "fuzzsupport.h"
#include "jsonlreader.h"

#include <cstddef>
#include <cstdint>

using namespace Marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Corpus::JsonlResult result = Corpus::JsonlReader::read(text, QStringLiteral("f.jsonl"));
    for (const Corpus::Article &a : result.articles) {
        for (const QString &s : {a.text, a.title, a.dateline, a.url, a.source}) {
            for (qsizetype i = 0; i < s.size(); ++i) {
                const QChar c = s.at(i);
                if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                    ++i;
                    continue;
                }
                Fuzz::require(!c.isSurrogate(), "lone surrogate in a JSONL field");
            }
        }
    }
    return 0;
}
