// The non-empty lines of a text as trimmed spans: the unit article structure
// (titles, datelines, boilerplate) is decided on.
#pragma once

#include "mention.h"

#include <QList>
#include <QString>

namespace Marsad::Corpus {

/// Spans of the lines of \a text that have something besides whitespace,
/// without their surrounding whitespace, in order.
QList<TextSpan> trimmedLines(const QString &text);

} // namespace Marsad::Corpus
