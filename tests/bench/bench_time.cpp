// Throughput of the time pass on one core: temporal expressions, publication
// dates (with the corpus passes and linking) and events.
//   ./build/tests/bench/bench_time [MB]             the project's generator
//                                                   (marsad-gencorpus, seed 7)
//   ./build/tests/bench/bench_time [MB] --samples   the five sample articles with
//       their lines shuffled and thinned: a worst case for linking, since every
//       article shares whole lines with a fifth of the corpus
#include "article.h"
#include "articleparser.h"
#include "benchsupport.h"
#include "corpusloader.h"
#include "syntheticcorpus.h"
#include "timeanalyzer.h"
#include "timexextractor.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>

using namespace Marsad;
using namespace Qt::StringLiterals;

namespace {

QList<Corpus::Article> syntheticArticles(int megabytes)
{
    QList<Corpus::Article> out;
    for (const QString &text : Bench::reshuffledSampleTexts(megabytes)) {
        Corpus::Article a;
        a.file = u"synthetic/%1.txt"_s.arg(out.size());
        a.text = text;
        Corpus::ArticleParser::parse(a);
        out.append(std::move(a));
    }
    return out;
}

// About \a megabytes of the generator's articles, read back as the viewer reads them.
QList<Corpus::Article> generatedArticles(int megabytes)
{
    QTemporaryDir dir;
    constexpr qint64 kMeanArticleBytes = 5200; // the generator's mean, UTF-8
    const int count = int(qint64(megabytes) * 1024 * 1024 / kMeanArticleBytes);
    if (!dir.isValid() || Bench::writeSyntheticCorpus(dir.path(), count) < 0)
        return {};
    QList<Corpus::Article> out;
    const auto files = Corpus::CorpusLoader::collectFiles({dir.path()}).files;
    for (Corpus::FileLoadResult &r : Corpus::CorpusLoader::loadFiles(files)) {
        for (Corpus::Article &a : r.articles) {
            Corpus::ArticleParser::parse(a);
            out.append(std::move(a));
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    const int megabytes = argc > 1 ? std::atoi(argv[1]) : 20;
    const bool samples = argc > 2 && qstrcmp(argv[2], "--samples") == 0;
    const QList<Corpus::Article> articles =
        samples ? syntheticArticles(megabytes) : generatedArticles(megabytes);
    qint64 bytes = 0;
    for (const auto &a : articles)
        bytes += a.text.toUtf8().size();
    const double mb = double(bytes) / (1024.0 * 1024.0);
    std::printf("input: %lld articles, %.1f MB of UTF-8\n", static_cast<long long>(articles.size()),
                mb);

    QThreadPool one; // one core: the figure the issue asks for
    one.setMaxThreadCount(1);

    QElapsedTimer timer;
    timer.start();
    qsizetype timexes = 0;
    for (const auto &a : articles)
        timexes += Time::TimexExtractor::extract(a.text).size();
    const double extractSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    Time::CorpusTimeOptions options;
    options.pool = &one;
    QElapsedTimer passTimer;
    passTimer.start();
    qsizetype lastPass = 0;
    const bool verbose = qEnvironmentVariableIsSet("MARSAD_BENCH_PASSES");
    options.progress = [&](qsizetype done, qsizetype total) {
        const qsizetype pass = done * 6 / std::max<qsizetype>(1, total);
        if (verbose && pass != lastPass) {
            std::printf("  pass %lld done at %.2f s\n", static_cast<long long>(pass),
                        double(passTimer.nsecsElapsed()) / 1e9);
            lastPass = pass;
        }
    };
    const auto results = Time::TimeAnalyzer::analyzeCorpus(articles, options);
    const double corpusSeconds = double(timer.nsecsElapsed()) / 1e9;
    qsizetype dated = 0;
    for (const auto &r : results)
        dated += r.published.isNull() ? 0 : 1;

    std::printf("timex extraction:         %7.1f MB/s  (%.2f s, %lld timexes)\n",
                mb / extractSeconds, extractSeconds, static_cast<long long>(timexes));
    std::printf("time pass (whole corpus): %7.1f MB/s  (%.2f s, %lld of %lld dated)\n",
                mb / corpusSeconds, corpusSeconds, static_cast<long long>(dated),
                static_cast<long long>(results.size()));
    std::printf("peak memory: %.0f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
