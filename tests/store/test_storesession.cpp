// The viewer's session with a store: the second open of a corpus is read
// from it and gives the same corpus.
#include "corpussession.h"
#include "storetestsupport.h"

#include <QSignalSpy>

using namespace Marsad;
using namespace Marsad::Tests;
using namespace Qt::StringLiterals;

TEST_CASE("Store: the viewer's session reads a re-opened corpus from its store", "[store][session]")
{
    StoreFixture f;
    Session::CorpusSession session(bundledGazetteer());
    session.setStore(f.store);
    QList<Analysis::AnalyzedArticle> first;
    for (int open = 0; open < 2; ++open) {
        QSignalSpy changed(&session, &Session::CorpusSession::corpusChanged);
        session.open({f.corpus});
        REQUIRE(changed.wait(60000));
        REQUIRE(session.index());
        QList<Analysis::AnalyzedArticle> articles;
        for (qsizetype row = 0; row < session.index()->size(); ++row)
            articles.append(session.index()->article(row));
        if (open == 0) {
            first = articles;
            CHECK(QFileInfo::exists(f.storePath));
        } else {
            ResultDiff diff;
            diff.corpus(articles, first);
            INFO("differences: " << diff.differences().join(u' ').toStdString());
            CHECK(diff.same());
        }
        for (const Issue &issue : session.issues())
            CHECK(issue.file != f.storePath);
    }
}

TEST_CASE("Store: the session's default store follows MARSAD_NO_CACHE", "[store][session]")
{
    // The GUI tests' support sets MARSAD_NO_CACHE for the whole test binary.
    const QByteArray before = qgetenv("MARSAD_NO_CACHE");
    qunsetenv("MARSAD_NO_CACHE");
    {
        Session::CorpusSession session(bundledGazetteer());
        REQUIRE(session.store());
        CHECK(session.store()->path() == Store::AnalysisStore::defaultPath());
    }
    qputenv("MARSAD_NO_CACHE", "1");
    {
        Session::CorpusSession session(bundledGazetteer());
        CHECK_FALSE(session.store());
    }
    if (before.isNull())
        qunsetenv("MARSAD_NO_CACHE");
    else
        qputenv("MARSAD_NO_CACHE", before);
}
