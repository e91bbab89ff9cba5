// The JSON form of an analysed article: the stable contract of DESIGN.md §6.
// Offsets are converted here from QString (UTF-16) units to code points.
#pragma once

#include "analyzedarticle.h"

#include <QByteArray>

namespace Marsad::Cli {

/// How much of the reasoning the output carries.
enum class JsonDetail
{
    /// The contract's fields and what a tool needs to act on them (the
    /// default: about twice the input, issue 14 asks for at most three times).
    Compact,
    /// Also what explains the dating: one readable note per constraint and per
    /// cue ("note", "notes"), the conflicting surfaces ("conflicts") and the
    /// passages shared with other articles (the "surface" of a "link"
    /// constraint, whose span is always given) (`analyze --explain`).
    Explain
};

class ArticleJson final
{
public:
    /// Appends the article as one JSON object (no newline) to \a out.
    static void write(QByteArray &out, const Analysis::AnalyzedArticle &analyzed,
                      JsonDetail detail = JsonDetail::Compact);
};

} // namespace Marsad::Cli
