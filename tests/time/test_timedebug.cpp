// Prints what the time module finds in the sample corpus (hidden: run with "[.timedebug]").
#include "corpusjob.h"
#include "testsupport.h"
#include "timeanalyzer.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace Marsad::Time;

TEST_CASE("Dump the sample corpus's dates", "[.timedebug]")
{
    const auto corpus = Marsad::Corpus::loadCorpus({Marsad::Tests::sampleCorpusDir()});
    const auto results = TimeAnalyzer::analyzeCorpus(corpus.articles);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto &r = results.at(i);
        std::cout << "=== " << QFileInfo(corpus.articles.at(i).file).fileName().toStdString()
                  << " published " << r.published.value.toStdString() << " conf "
                  << r.published.confidence << " basis "
                  << basisName(r.published.basis).toStdString() << "\n";
        for (const auto &e : r.published.evidence)
            std::cout << "  evidence: " << e.toStdString() << "\n";
        for (const auto &e : r.published.notes)
            std::cout << "  note: " << e.toStdString() << "\n";
        for (const auto &t : r.timexes)
            std::cout << "  timex [" << timexKindName(t.kind).toStdString() << "] "
                      << t.surface.toStdString() << " -> " << t.value.toStdString() << " ("
                      << precisionName(t.precision).toStdString() << ")\n";
        for (const auto &e : r.events)
            std::cout << "  event " << e.value.toStdString() << ": "
                      << e.evidence.left(60).toStdString() << "\n";
    }
}

TEST_CASE("Time a large article", "[.timebench]")
{
    const auto corpus = Marsad::Corpus::loadCorpus({Marsad::Tests::sampleCorpusDir()});
    Marsad::Corpus::Article big = corpus.articles.first();
    big.text = big.text.repeated(2000);
    QElapsedTimer timer;
    timer.start();
    InferenceContext ctx;
    ctx.conflictStart = QDate(2020, 9, 27);
    const auto r = TimeAnalyzer::analyze(big, {}, ctx);
    std::cout << big.text.size() << " chars, " << r.timexes.size() << " timexes, "
              << r.events.size() << " events in " << timer.elapsed() << " ms\n";
}
