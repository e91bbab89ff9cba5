#include "analysisoutput.h"

#include "analysisthreadpool.h"
#include "clioutput.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <algorithm>
#include <deque>

namespace Marsad::Cli {

QString AnalysisOutput::write(QList<Analysis::AnalyzedArticle> articles, QIODevice &out,
                              const AnalysisOutputOptions &options)
{
    QThreadPool *pool = options.pool ? options.pool : analysisThreadPool();
    const qsizetype total = articles.size();
    const qsizetype chunkSize = std::max<qsizetype>(1, options.chunkSize);
    // Enough chunks in flight to keep every thread busy while the calling
    // thread writes, few enough that memory stays flat.
    const qsizetype window = 2 * std::max(1, pool->maxThreadCount()) + 2;
    const bool array = options.format == OutputFormat::JsonArray;
    const JsonDetail detail = options.detail;
    // Detached once here: the workers then touch distinct elements only.
    Analysis::AnalyzedArticle *data = articles.data();

    auto format = [data, total, chunkSize, detail, array](qsizetype chunk) {
        const qsizetype first = chunk * chunkSize;
        const qsizetype last = std::min(total, first + chunkSize);
        QByteArray bytes;
        for (qsizetype i = first; i < last; ++i) {
            if (array && i > 0)
                bytes.append(",\n", 2);
            ArticleJson::write(bytes, data[i], detail);
            if (!array)
                bytes.append('\n');
            data[i] = {}; // formatted: its memory can go
        }
        return bytes;
    };

    CheckedOutput output(out);
    if (array)
        output.write(total > 0 ? QByteArray("[\n") : QByteArray("["));
    const qsizetype chunks = (total + chunkSize - 1) / chunkSize;
    std::deque<QFuture<QByteArray>> inFlight;
    qsizetype next = 0;
    for (qsizetype chunk = 0; chunk < chunks && output.ok(); ++chunk) {
        while (next < chunks && qsizetype(inFlight.size()) < window)
            inFlight.push_back(QtConcurrent::run(pool, format, next++));
        output.write(inFlight.front().result());
        inFlight.pop_front();
        if (options.progress)
            options.progress(std::min(total, (chunk + 1) * chunkSize), total);
    }
    // After a failed write: let the chunks already started finish (they
    // touch the articles), without writing them.
    for (QFuture<QByteArray> &future : inFlight)
        future.waitForFinished();
    if (array && output.ok())
        output.write(total > 0 ? QByteArray("\n]\n") : QByteArray("]\n"));
    return output.finish();
}

} // namespace Marsad::Cli
