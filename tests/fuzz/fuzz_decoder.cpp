// Fuzz target: bytes of an untrusted file -> text (encoding detection, repair).
#include "fuzzsupport.h"
#include "textdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::init();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Text::DecodedText decoded = Text::TextDecoder::decode(bytes);
    if (decoded.ok()) {
        // Repaired text has no lone surrogate and no NUL.
        const QString &t = decoded.text;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            Fuzz::require(c.unicode() != 0, "NUL left in decoded text");
            if (c.isHighSurrogate() && i + 1 < t.size() && t.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            Fuzz::require(!c.isSurrogate(), "lone surrogate left in decoded text");
        }
    }
    return 0;
}
