// Throughput of the text engine: folding (with the offset map) and word and
// sentence segmentation, on the sample corpus repeated to 50 MB.
#include "arabicfolder.h"
#include "benchsupport.h"
#include "segmenter.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace Marsad;

int main(int argc, char **argv)
{
    const int megabytes = argc > 1 ? std::atoi(argv[1]) : 50;
    const QString text = Bench::repeatedSampleText(megabytes);
    const double mb = double(text.toUtf8().size()) / (1024.0 * 1024.0);
    std::printf("input: %.1f MB of UTF-8 (%lld UTF-16 units)\n", mb,
                static_cast<long long>(text.size()));

    QElapsedTimer timer;
    timer.start();
    const Text::FoldedText folded = Text::ArabicFolder::fold(text);
    const double foldSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    const auto words = Text::Segmenter::words(folded.text());
    const double wordSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    const auto sentences = Text::Segmenter::sentences(text);
    const double sentenceSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("fold (with offset map): %7.1f MB/s  (%.2f s)\n", mb / foldSeconds, foldSeconds);
    std::printf("word segmentation:      %7.1f MB/s  (%.2f s, %lld words)\n", mb / wordSeconds,
                wordSeconds, static_cast<long long>(words.size()));
    std::printf("sentence segmentation:  %7.1f MB/s  (%.2f s, %lld sentences)\n",
                mb / sentenceSeconds, sentenceSeconds, static_cast<long long>(sentences.size()));
    const double total = foldSeconds + wordSeconds;
    std::printf("fold + words:           %7.1f MB/s\n", mb / total);
    std::printf("peak memory: %.0f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
