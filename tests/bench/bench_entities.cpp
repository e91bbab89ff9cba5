// Matching throughput on ~50 MB of news text (the sample corpus repeated),
// and the same input for grep -F -o -f over the same folded aliases.
//
//   bench-entities [OUTDIR] [MEGABYTES]   benchmark, files written to OUTDIR
//   bench-entities --dump FILE...         print the mentions found in FILE
//   bench-entities --aliases ID...        print the spellings of entities
//   MARSAD_BENCH_GAZETTEER=FILE bench-entities …  with another gazetteer
#include "analyzedtext.h"
#include "arabicfolder.h"
#include "entityextractor.h"
#include "entitymatcher.h"
#include "gazetteer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Marsad::Entities;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool writeUtf8(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

int dump(const EntityExtractor &extractor, const QStringList &files)
{
    QTextStream out(stdout);
    for (const QString &file : files) {
        const QString text = readText(file);
        out << u"== "_s << file << u'\n';
        for (const Marsad::Mention &m : extractor.extract(text)) {
            out << m.span.start << u'\t' << m.span.end << u'\t' << m.entityId << u'\t' << m.surface
                << u'\t' << m.confidence << (m.candidate ? u"\tCANDIDATE"_s : QString()) << u'\n';
        }
    }
    return 0;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const QString source = QStringLiteral(MARSAD_SOURCE_DIR);
    // MARSAD_BENCH_GAZETTEER: another gazetteer (with or without companions
    // beside it), to compare gazetteer sizes on the same build.
    const QString gazetteerPath = qEnvironmentVariableIsSet("MARSAD_BENCH_GAZETTEER")
                                      ? qEnvironmentVariable("MARSAD_BENCH_GAZETTEER")
                                      : source + u"/resources/gazetteer.json"_s;
    const GazetteerLoad loaded = Gazetteer::fromFile(gazetteerPath);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
        return 1;
    }
    const EntityExtractor extractor(loaded.gazetteer);
    if (!args.isEmpty() && args.first() == u"--dump"_s)
        return dump(extractor, args.mid(1));
    if (!args.isEmpty() && args.first() == u"--aliases"_s) {
        // The spellings of entities (generated ones included), by id.
        QTextStream out(stdout);
        for (const QString &id : args.mid(1)) {
            if (const Entity *e = loaded.gazetteer->entity(id))
                out << id << u" ["_s << e->district << u"]: "_s << e->ar << u" | "_s
                    << e->aliases.join(u" | "_s) << u'\n';
        }
        return 0;
    }

    const QString outDir = args.value(0, QDir::tempPath() + u"/marsad-bench"_s);
    const qint64 targetBytes = qint64(args.value(1, u"50"_s).toInt()) * 1000 * 1000;
    QDir().mkpath(outDir);

    QStringList samples;
    const QDir corpus(source + u"/resources/corpus"_s);
    for (const QString &name : corpus.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        samples.append(readText(corpus.filePath(name)));

    // The input: the samples, repeated article by article up to the target size.
    QStringList articles;
    qint64 bytes = 0;
    while (bytes < targetBytes) {
        for (const QString &s : samples) {
            articles.append(s);
            bytes += s.toUtf8().size();
        }
    }

    // Where the time goes: folding alone, folding and segmenting.
    QElapsedTimer timer;
    timer.start();
    qint64 foldedChars = 0;
    for (const QString &a : articles)
        foldedChars += Marsad::Text::ArabicFolder::fold(a).size();
    const double foldSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    qint64 tokens = 0;
    for (const QString &a : articles)
        tokens += AnalyzedText(a).tokenCount();
    const double analyzeSeconds = timer.nsecsElapsed() / 1e9;

    // The match step alone, over texts already folded and segmented (what
    // grep gets: a folded file).
    const EntityMatcher matcher(loaded.gazetteer);
    double matchOnlySeconds = 0;
    double matchOnlyCpuSeconds = 0;
    {
        std::vector<AnalyzedText> analyzed;
        analyzed.reserve(articles.size());
        for (const QString &a : articles)
            analyzed.emplace_back(a);
        timer.restart();
        const double cpuStart = threadCpuSeconds();
        qint64 n = 0;
        for (const AnalyzedText &a : analyzed)
            n += matcher.match(a).size();
        matchOnlySeconds = timer.nsecsElapsed() / 1e9;
        matchOnlyCpuSeconds = threadCpuSeconds() - cpuStart;
        std::printf("match step alone (folded, segmented input): %lld matches\n", qlonglong(n));
    }

    // Matching as the application runs it: fold, segment, match, per article.
    timer.restart();
    qint64 matches = 0;
    for (const QString &a : articles)
        matches += matcher.match(a).size();
    const double matchSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qint64 mentions = 0;
    for (const QString &a : articles)
        mentions += extractor.extract(a).size();
    const double extractSeconds = timer.nsecsElapsed() / 1e9;

    // The application analyses articles on every core (QtConcurrent); the
    // extractor is shared read-only. The same matching on two threads:
    constexpr int Threads = 2;
    timer.restart();
    std::atomic<qint64> parallelMatches = 0;
    {
        std::vector<std::thread> workers;
        for (int w = 0; w < Threads; ++w) {
            workers.emplace_back([&, w] {
                qint64 local = 0;
                for (qsizetype i = w; i < articles.size(); i += Threads)
                    local += matcher.match(articles[i]).size();
                parallelMatches += local;
            });
        }
        for (auto &t : workers)
            t.join();
    }
    const double parallelSeconds = timer.nsecsElapsed() / 1e9;

    const double mb = bytes / 1e6;
    std::printf("input: %lld articles, %.1f MB (UTF-8)\n", qlonglong(articles.size()), mb);
    std::printf("ArabicFolder::fold alone: %.2f s, %.1f MB/s (%lld chars)\n", foldSeconds,
                mb / foldSeconds, qlonglong(foldedChars));
    std::printf("fold + Segmenter::words (AnalyzedText): %.2f s, %.1f MB/s (%lld tokens)\n",
                analyzeSeconds, mb / analyzeSeconds, qlonglong(tokens));
    std::printf("match step alone: %.2f s, %.1f MB/s\n", matchOnlySeconds, mb / matchOnlySeconds);
    // CPU time of this thread: the figure for "one core" on a shared machine.
    std::printf("match step alone, CPU time: %.2f s, %.1f MB/s per core\n", matchOnlyCpuSeconds,
                mb / matchOnlyCpuSeconds);
    std::printf("EntityMatcher (fold + segment + match): %.2f s, %.1f MB/s, %lld matches\n",
                matchSeconds, mb / matchSeconds, qlonglong(matches));
    std::printf("EntityMatcher on %d threads: %.2f s, %.1f MB/s, %lld matches\n", Threads,
                parallelSeconds, mb / parallelSeconds, qlonglong(parallelMatches.load()));
    std::printf("EntityExtractor (+ context + candidates): %.2f s, %.1f MB/s, %lld mentions\n",
                extractSeconds, mb / extractSeconds, qlonglong(mentions));

    // The same input folded, and the folded aliases, for grep.
    QString folded;
    for (const QString &a : articles)
        folded += Marsad::Text::ArabicFolder::foldString(a) + u'\n';
    QStringList aliases;
    for (const Alias &a : loaded.gazetteer->aliases())
        aliases.append(Marsad::Text::ArabicFolder::foldString(a.written));
    aliases.removeDuplicates();
    const QString foldedPath = outDir + u"/folded.txt"_s;
    const QString aliasPath = outDir + u"/aliases.txt"_s;
    if (!writeUtf8(foldedPath, folded) || !writeUtf8(aliasPath, aliases.join(u'\n') + u'\n')) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(outDir));
        return 1;
    }
    std::printf("folded input: %s (%.1f MB), %lld folded aliases: %s\n", qPrintable(foldedPath),
                folded.toUtf8().size() / 1e6, qlonglong(aliases.size()), qPrintable(aliasPath));
    std::printf("compare with:\n  time grep -F -o -f %s %s | wc -l\n", qPrintable(aliasPath),
                qPrintable(foldedPath));
    return 0;
}
