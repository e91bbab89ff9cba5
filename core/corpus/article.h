// One article of a corpus, as read from disk: the value every later stage
// (analysis, index, models) starts from.
#pragma once

#include "issue.h"
#include "mention.h"

#include <QList>
#include <QString>

namespace Marsad::Corpus {

/// A line that is not article body, and why ("menu", "read-more", "tags",
/// "image", "source", "related", "repeated", "dateline").
struct Boilerplate : TextSpan
{
    QString kind;
};

struct Article
{
    QString file;          ///< Path of the source file, as found (input order key).
    int indexInFile = 0;   ///< Position inside a multi-article file (JSONL), else 0.
    QString text;          ///< Decoded text; every offset in Marsad refers to it.
    QString encoding;      ///< How the bytes were decoded.
    QString title;         ///< First line that is not boilerplate, trimmed.
    TextSpan titleSpan;    ///< Where the title stands in text (invalid if given apart).
    QString dateline;      ///< A publication timestamp line as written ("2020-10-09T13:50…").
    TextSpan datelineSpan; ///< Where it stands in text (invalid if from metadata).
    QString url;           ///< Source address when the input carries one (HTML, JSONL).
    QString source;        ///< Outlet name when the input carries one.
    /// Lines that are not article body (menus, tags, credits…), sorted by start
    /// and disjoint (isBoilerplate relies on it).
    QList<Boilerplate> boilerplate;
    Issues issues; ///< Repairs and problems found while reading it.

    /// True when \a span lies inside a boilerplate line. O(log n).
    bool isBoilerplate(const TextSpan &span) const;

    /// A short label for lists and messages: the title, else the file name.
    QString displayTitle() const;
};

} // namespace Marsad::Corpus
