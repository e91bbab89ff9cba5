#include "textoffsets.h"

#include <algorithm>

namespace Marsad {

CodePointOffsets::CodePointOffsets(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePointOffsets::toCodePoint(qsizetype utf16) const
{
    // Each low surrogate strictly before utf16 is a UTF-16 unit that is not a
    // code point of its own.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16);
    return utf16 - (before - m_lowSurrogates.cbegin());
}

} // namespace Marsad
