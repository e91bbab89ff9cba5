// The words of a text as 64-bit keys, for the corpus index's word search.
//
// Found where the text is already folded and segmented (the entity stage),
// kept with the analysis results in the store, and read by the index: an
// article is never folded again to be searchable. The key is a fixed hash of
// the folded word (FNV-1a over its UTF-16 units), the same on every machine
// and in every process, because stored keys outlive the process (and a team's
// PostgreSQL store is read by other machines).
#pragma once

#include "segmenter.h"

#include <QList>
#include <QStringView>

namespace Marsad::Text {

/// The key of one folded word (or stem).
quint64 wordKey(QStringView folded);

/// Keys of every word of \a folded (tokens from Segmenter::words) and of each
/// word's clitic-free stems: sorted, each once.
QList<quint64> wordKeys(QStringView folded, const QList<Token> &tokens);

/// The same for an unfolded text (folds and segments it).
QList<quint64> wordKeysOf(QStringView text);

/// \a a and \a b merged (both sorted, each once).
QList<quint64> mergeWordKeys(const QList<quint64> &a, const QList<quint64> &b);

} // namespace Marsad::Text
