// The whole pipeline on a synthetic corpus: load (decode, structure),
// analyse (entities, time, events), index, then answer filters.
//   bench_pipeline [ARTICLES] [KEEP_FOLDER]
#include "benchsupport.h"
#include "corpusindex.h"
#include "corpusjob.h"
#include "entityextractor.h"
#include "pipeline.h"
#include "resources.h"
#include "syntheticcorpus.h"
#include "timeanalyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Marsad;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 2000;
    QTemporaryDir temp;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();

    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = Bench::writeSyntheticCorpus(folder, count);
    const double mb = double(bytes) / (1024.0 * 1024.0);
    std::printf("generated %d articles, %.1f MB in %.1f s\n", count, mb,
                timer.nsecsElapsed() / 1e9);

    timer.restart();
    Corpus::LoadedCorpus corpus = Corpus::loadCorpus({folder});
    const double load = timer.nsecsElapsed() / 1e9;
    std::printf("load:     %6.2f s  %7.0f articles/s  %5.1f MB/s\n", load, count / load, mb / load);

    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    {
        // The two halves of the analysis apart: entities alone, time alone.
        const Entities::EntityExtractor extractor(gazetteer.gazetteer);
        timer.restart();
        qsizetype mentions = 0;
        for (const Corpus::Article &a : corpus.articles)
            mentions += extractor.extract(a.text).size();
        const double entities = timer.nsecsElapsed() / 1e9;
        std::printf("  entities alone (1 thread): %6.2f s  %5.1f MB/s  (%lld mentions)\n", entities,
                    mb / entities, static_cast<long long>(mentions));
        timer.restart();
        const auto times = Time::TimeAnalyzer::analyzeCorpus(corpus.articles);
        const double time = timer.nsecsElapsed() / 1e9;
        std::printf("  time alone (corpus pass):  %6.2f s  %5.1f MB/s\n", time, mb / time);
    }
    // The pipeline the viewer, the command line and the tests run: each
    // stage's end from its progress reports.
    timer.restart();
    QList<std::pair<Session::PipelineStage, double>> ends;
    Session::PipelineOptions options;
    options.progress = [&](const Session::PipelineProgress &p) {
        if (ends.isEmpty() || ends.constLast().first != p.stage)
            ends.append({p.stage, 0.0});
        ends.last().second = timer.nsecsElapsed() / 1e9;
    };
    const Session::PipelineResult result =
        Session::Pipeline::run({folder}, gazetteer.gazetteer, options);
    const double total = timer.nsecsElapsed() / 1e9;
    double before = 0.0;
    for (const auto &[stage, end] : std::as_const(ends)) {
        std::printf("  %-42s %6.2f s\n", Session::Pipeline::stageName(stage).toUtf8().constData(),
                    end - before);
        before = end;
    }
    std::printf("pipeline: %6.2f s  %7.0f articles/s  %5.1f MB/s (read, analyse, index)\n", total,
                count / total, mb / total);
    const Index::CorpusIndex &index = *result.index;

    Index::Filter filter;
    filter.included = {u"shusha"_s};
    timer.restart();
    const int repeats = 100;
    qsizetype hits = 0;
    for (int i = 0; i < repeats; ++i)
        hits = index.matching(filter).size();
    std::printf("filter shusha:        %6.3f ms (%lld articles)\n",
                timer.nsecsElapsed() / 1e6 / repeats, static_cast<long long>(hits));
    filter.query = u"القوات"_s;
    filter.excluded = {u"armenia"_s};
    timer.restart();
    for (int i = 0; i < repeats; ++i)
        hits = index.matching(filter).size();
    std::printf("filter + query + not: %6.3f ms (%lld articles)\n",
                timer.nsecsElapsed() / 1e6 / repeats, static_cast<long long>(hits));
    timer.restart();
    const auto stats = index.entityStats(index.matching({}));
    std::printf("entity stats (all):   %6.1f ms (%lld entities)\n", timer.nsecsElapsed() / 1e6,
                static_cast<long long>(stats.size()));
    std::printf("peak memory: %.0f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
