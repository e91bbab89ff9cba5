// Converts QString (UTF-16) offsets into Unicode code point offsets.
//
// Everything inside Marsad works on QString indices; the JSON contract
// (DESIGN.md §6) counts code points so that tools in any language agree. Text
// outside the Basic Multilingual Plane (emoji, rare CJK) is where the two differ.
#pragma once

#include <QList>
#include <QString>

namespace Marsad {

class CodePointOffsets final
{
public:
    explicit CodePointOffsets(const QString &text);

    /// Code point offset of the UTF-16 offset \a utf16 (0..text.size()).
    qsizetype toCodePoint(qsizetype utf16) const;

private:
    // UTF-16 positions of the low surrogates of the pairs, in order; empty for
    // all-BMP text, which makes the common case a no-op.
    QList<qsizetype> m_lowSurrogates;
};

} // namespace Marsad
