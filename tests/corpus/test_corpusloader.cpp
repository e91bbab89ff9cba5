// Finding and reading the files of a corpus.
#include "corpusjob.h"
#include "corpusloader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace Qt::StringLiterals;
using namespace Marsad;
using namespace Marsad::Tests;

TEST_CASE("A folder is read recursively, in a stable order, articles only", "[corpus]")
{
    const auto list = Corpus::CorpusLoader::collectFiles({dataPath(u"mixed"_s)});
    CHECK(list.missingPaths.isEmpty());
    REQUIRE(list.files.size() == 3);
    CHECK(list.files.at(0).endsWith(u"mixed/a-first.txt"_s));
    CHECK(list.files.at(1).endsWith(u"mixed/b-broken.txt"_s));
    CHECK(list.files.at(2).endsWith(u"mixed/sub/c-nested.txt"_s));
}

TEST_CASE("Paths keep the order given - missing ones are listed", "[corpus]")
{
    const auto list =
        Corpus::CorpusLoader::collectFiles({dataPath(u"mixed/sub/c-nested.txt"_s),
                                            u"/no/such/path"_s, dataPath(u"mixed/notes.dat"_s)});
    REQUIRE(list.files.size() == 2);
    CHECK(list.files.at(0).endsWith(u"c-nested.txt"_s));
    // An explicitly named file is taken whatever its extension.
    CHECK(list.files.at(1).endsWith(u"notes.dat"_s));
    CHECK(list.missingPaths == QStringList{u"/no/such/path"_s});
}

TEST_CASE("A broken file is an error - the others still load", "[corpus]")
{
    const auto corpus = Corpus::loadCorpus({dataPath(u"mixed"_s)});
    REQUIRE(corpus.articles.size() == 2);
    CHECK(corpus.articles.at(0).title == u"عنوان الخبر"_s);
    CHECK(corpus.articles.at(1).title == u"خبر في مجلد فرعي"_s);
    REQUIRE(corpus.issues.size() == 1);
    CHECK(corpus.issues.first().isError());
    CHECK(corpus.issues.first().file.endsWith(u"b-broken.txt"_s));
}

TEST_CASE("The sample corpus loads five titled articles", "[corpus][sample]")
{
    const auto corpus = Corpus::loadCorpus({sampleCorpusDir()});
    REQUIRE(corpus.articles.size() == 5);
    CHECK(corpus.issues.isEmpty());
    for (const auto &article : corpus.articles) {
        CHECK_FALSE(article.title.isEmpty());
        CHECK(article.encoding == u"UTF-8"_s);
        CHECK(article.text.size() > 1000);
    }
}

TEST_CASE("Loading can be canceled and keeps what it read", "[corpus]")
{
    auto cancel = std::make_shared<std::atomic_bool>(true);
    auto future = Corpus::loadCorpusAsync({sampleCorpusDir()}, cancel);
    future.waitForFinished();
    const auto corpus = future.result();
    CHECK(corpus.canceled);
    CHECK(corpus.articles.isEmpty());
}
