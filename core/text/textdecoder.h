// Bytes of an untrusted file -> QString, with the encoding it was read as.
//
// Handles UTF-8 with or without BOM, UTF-16/32 with BOM (and UTF-16 without
// one), legacy Arabic code pages (windows-1256, ISO-8859-6) through ICU's
// charset detector, stray NUL bytes and invalid sequences. Nothing is dropped:
// a repaired character becomes U+FFFD in place, so offsets stay meaningful, and
// each repair is reported as a warning. Binary files are refused with an error.
#pragma once

#include "issue.h"

#include <QByteArray>
#include <QString>

namespace Marsad::Text {

struct DecodedText
{
    QString text;     ///< Decoded text, BOM removed; nothing else changed.
    QString encoding; ///< e.g. "UTF-8", "UTF-16LE", "windows-1256".
    Issues issues;    ///< Warnings for repairs; an error when unreadable.

    bool ok() const { return !hasError(issues); }
};

class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Text::TextDecoder)
public:
    /// Decodes \a bytes; \a fileName is only used to label issues.
    static DecodedText decode(const QByteArray &bytes, const QString &fileName = {});

    /// Replaces unpaired UTF-16 surrogates and NUL characters in \a text with
    /// U+FFFD in place (same length, so offsets do not move); returns one
    /// warning per kind, with a count and the first position. decode() applies
    /// it; every other source of strings (JSON fields) must too, so no output
    /// carries a lone surrogate.
    static Issues repairCharacters(QString &text, const QString &fileName = {});
};

} // namespace Marsad::Text
