// The time pass gives the same dates on one thread and on many (issue 14):
// its parallel passes write each article's slot, and a list shared at that
// moment lost writes when two workers detached it at once.
#include "corpusjob.h"
#include "syntheticcorpus.h"
#include "timeanalyzer.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

QStringList datesOf(const QList<Time::ArticleTime> &times)
{
    QStringList out;
    for (const Time::ArticleTime &t : times)
        out.append(u"%1 %2 %3 %4"_s.arg(t.published.value)
                       .arg(int(t.published.basis))
                       .arg(t.published.confidence, 0, 'f', 6)
                       .arg(t.published.linkedFiles.join(u',')));
    return out;
}

} // namespace

TEST_CASE("The time pass dates a corpus the same on one thread and on many",
          "[generator][time][threads]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(Bench::writeSyntheticCorpus(dir.path(), 1500, 7) > 0);
    const QList<Corpus::Article> articles = Corpus::loadCorpus({dir.path()}).articles;
    REQUIRE(articles.size() == 1500);

    QThreadPool one;
    one.setMaxThreadCount(1);
    Time::CorpusTimeOptions single;
    single.pool = &one;
    const QStringList expected = datesOf(Time::TimeAnalyzer::analyzeCorpus(articles, single));

    QThreadPool many;
    many.setMaxThreadCount(8);
    Time::CorpusTimeOptions parallel;
    parallel.pool = &many;
    for (int run = 0; run < 4; ++run) {
        INFO("run " << run);
        const QStringList got = datesOf(Time::TimeAnalyzer::analyzeCorpus(articles, parallel));
        REQUIRE(got.size() == expected.size());
        qsizetype differing = 0;
        for (qsizetype i = 0; i < got.size(); ++i) {
            if (got.at(i) != expected.at(i)) {
                ++differing;
                UNSCOPED_INFO(articles.at(i).file.toStdString()
                              << ": " << got.at(i).toStdString() << " instead of "
                              << expected.at(i).toStdString());
            }
        }
        CHECK(differing == 0);
    }
}
