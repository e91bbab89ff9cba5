// One article of a corpus, as read from disk: the value every later stage
// (analysis, index, models) starts from.
#pragma once

#include "issue.h"

#include <QString>

namespace Marsad::Corpus {

struct Article
{
    QString file;        ///< Path of the source file, as found (input order key).
    int indexInFile = 0; ///< Position inside a multi-article file (JSONL), else 0.
    QString text;        ///< Decoded text; every offset in Marsad refers to it.
    QString encoding;    ///< How the bytes were decoded.
    QString title;       ///< First line that is not boilerplate, trimmed.
    Issues issues;       ///< Repairs and problems found while reading it.

    /// A short label for lists and messages: the title, else the file name.
    QString displayTitle() const;
};

} // namespace Marsad::Corpus
