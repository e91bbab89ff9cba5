// The analysis store: one pipeline run (reading, entities, dates, index) with
// a store, as the viewer opens a corpus; run it on an empty store for the cold
// figure, then again for the warm one. Each run is its own process, so that
// /usr/bin/time -v gives the peak memory of each.
//   bench_store --store PATH [--no-store] [--no-index] CORPUS...
//   (marsad-gencorpus OUT N writes a corpus)
#include "analysisstore.h"
#include "benchsupport.h"
#include "pipeline.h"
#include "resources.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

qint64 bytesUnder(const QString &path)
{
    if (QFileInfo(path).isFile())
        return QFileInfo(path).size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Resources::initialize();
    QString storePath;
    bool useStore = true, buildIndex = true;
    QStringList corpus;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--store"_s && i + 1 < args.size())
            storePath = args.at(++i);
        else if (args.at(i) == u"--no-store"_s)
            useStore = false;
        else if (args.at(i) == u"--no-index"_s)
            buildIndex = false;
        else
            corpus.append(args.at(i));
    }
    if (corpus.isEmpty() || (useStore && storePath.isEmpty())) {
        std::fprintf(stderr,
                     "usage: bench_store --store PATH [--no-store] [--no-index] CORPUS...\n");
        return 2;
    }
    qint64 corpusBytes = 0;
    for (const QString &path : std::as_const(corpus))
        corpusBytes += bytesUnder(path);

    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<Session::PipelineStage, double>> ends;
    Session::PipelineOptions options;
    options.buildIndex = buildIndex;
    if (useStore)
        options.store = std::make_shared<Store::AnalysisStore>(storePath);
    options.progress = [&](const Session::PipelineProgress &p) {
        if (ends.isEmpty() || ends.constLast().first != p.stage)
            ends.append({p.stage, 0.0});
        ends.last().second = timer.nsecsElapsed() / 1e9;
    };
    const Session::PipelineResult result =
        Session::Pipeline::run(corpus, gazetteer.gazetteer, options);
    const double total = timer.nsecsElapsed() / 1e9;

    const qsizetype articles =
        result.index ? result.index->size() : qsizetype(result.articles.size());
    std::printf("files %lld (from the store %lld), articles %lld, dates from the store: %s\n",
                static_cast<long long>(result.filesRead),
                static_cast<long long>(result.filesFromStore), static_cast<long long>(articles),
                result.datesFromStore ? "yes" : "no");
    double before = 0.0;
    for (const auto &[stage, end] : std::as_const(ends)) {
        std::printf("  %-42s %6.2f s\n", Session::Pipeline::stageName(stage).toUtf8().constData(),
                    end - before);
        before = end;
    }
    std::printf("total: %.2f s, %.1f MB/s\n", total, corpusBytes / 1048576.0 / total);
    if (useStore) {
        const qint64 db = QFileInfo(storePath).size() + QFileInfo(storePath + u"-wal"_s).size();
        std::printf("store: %.1f MB for a corpus of %.1f MB (%.2fx)\n", db / 1048576.0,
                    corpusBytes / 1048576.0, double(db) / double(corpusBytes));
    }
    for (const Issue &issue : result.issues) {
        if (issue.file == storePath)
            std::printf("store warning: %s\n", issue.message.toUtf8().constData());
    }
    std::printf("peak memory: %.0f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
