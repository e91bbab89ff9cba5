// Writes analysed articles as JSON, formatted in parallel and written in
// input order (issue 14, DESIGN.md §7: `analyze` streams its output).
//
// The articles are cut into chunks; each chunk is formatted on the analysis
// pool, and a chunk is written as soon as it and every chunk before it are
// ready. Only a bounded window of chunks is in flight, and each article is
// released once formatted, so memory does not grow with the output.
#pragma once

#include "analyzedarticle.h"
#include "articlejson.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

class QThreadPool;

namespace Marsad::Cli {

enum class OutputFormat
{
    JsonLines, ///< One object per line (the default).
    JsonArray  ///< One array, one article per line.
};

struct AnalysisOutputOptions
{
    OutputFormat format = OutputFormat::JsonLines;
    JsonDetail detail = JsonDetail::Compact;
    /// Null: the process-wide analysis pool.
    QThreadPool *pool = nullptr;
    qsizetype chunkSize = 16; ///< Articles per chunk.
    /// Called on the calling thread after each chunk is written.
    std::function<void(qsizetype written, qsizetype total)> progress;
};

class AnalysisOutput final
{
public:
    /// Formats and writes \a articles (consumed) to \a out. Returns the
    /// system's reason of the first failed write (then stops formatting), or
    /// an empty string when everything reached the device.
    static QString write(QList<Analysis::AnalyzedArticle> articles, QIODevice &out,
                         const AnalysisOutputOptions &options = {});
};

} // namespace Marsad::Cli
