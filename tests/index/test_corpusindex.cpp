// The index answers filters on the analysed sample corpus.
#include "corpusindex.h"
#include "entities/entitiestest.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Marsad::Tests::sampleRow;

TEST_CASE("Filtering by an entity keeps exactly the articles that mention it", "[index]")
{
    const auto index = Tests::sampleIndex();
    REQUIRE(index->size() == 5);
    Index::Filter filter;
    CHECK(index->matching(filter).size() == 5);

    filter.included = {u"shusha"_s};
    CHECK(index->matching(filter) == QList<qsizetype>{sampleRow(u"002"_s), sampleRow(u"003"_s)});
    filter.included = {u"shusha"_s, u"jabrayil"_s};
    CHECK(index->matching(filter) == QList<qsizetype>{sampleRow(u"003"_s)});
    filter.included.clear();
    filter.excluded = {u"shusha"_s};
    CHECK(index->matching(filter).size() == 3);
    filter.excluded = {u"no-such-entity"_s};
    CHECK(index->matching(filter).size() == 5);
}

TEST_CASE("Entity statistics count mentions and articles under a filter", "[index]")
{
    const auto index = Tests::sampleIndex();
    const auto all = index->entityStats(index->matching({}), {u"shusha"_s});
    const auto shusha =
        std::find_if(all.cbegin(), all.cend(), [](const auto &s) { return s.id == u"shusha"_s; });
    REQUIRE(shusha != all.cend());
    CHECK(shusha->mentions == 8);
    CHECK(shusha->articles == 2);
    CHECK(shusha->nameAr == u"شوشة"_s);
    CHECK(shusha->nameEn.startsWith(u"Shusha"_s));
    CHECK(shusha->first == QDate(2020, 10, 9));
    CHECK(shusha->last == QDate(2020, 11, 7));

    // Under a filter that leaves no Shusha article, it is still listed, with zero.
    Index::Filter onlyFirst;
    onlyFirst.included = {u"fuzuli"_s};
    const auto filtered = index->entityStats(index->matching(onlyFirst), {u"shusha"_s});
    const auto zero = std::find_if(filtered.cbegin(), filtered.cend(),
                                   [](const auto &s) { return s.id == u"shusha"_s; });
    REQUIRE(zero != filtered.cend());
    CHECK(zero->mentions == 0);
}

TEST_CASE("The text query folds and ignores clitics", "[index]")
{
    const auto index = Tests::sampleIndex();
    Index::Filter filter;
    filter.query = u"ماغاديز"_s;
    CHECK(index->matching(filter) == QList<qsizetype>{sampleRow(u"000"_s)});
    filter.query = u"كاتدرائيه"_s; // ة written as ه, found as كاتدرائية
    CHECK(index->matching(filter).size() == 2);
    filter.query = u"الكرملين لوموند"_s; // both words must occur
    CHECK(index->matching(filter) == QList<qsizetype>{sampleRow(u"001"_s)});
    filter.query = u"بالكرملين"_s; // a clitic in the query is stripped too
    CHECK(index->matching(filter).size() >= 3);
}

TEST_CASE("An index of the same texts lends its words, and finds the same", "[index]")
{
    // Articles made without the pipeline: the index folds them itself; the
    // pipeline's articles carry the entity stage's keys. Both find alike.
    const auto index = Tests::sampleIndex();
    QList<Analysis::AnalyzedArticle> bare = index->articles();
    for (Analysis::AnalyzedArticle &a : bare)
        a.words.clear();
    const auto gazetteer = Tests::realGazetteer();
    const Index::CorpusIndex folded(bare, gazetteer);
    const Index::CorpusIndex lent(index->articles(), gazetteer, nullptr, {}, index.get());
    for (const QString &query :
         {u"ماغاديز"_s, u"كاتدرائيه"_s, u"الكرملين لوموند"_s, u"بالكرملين"_s, u"قره باغ"_s}) {
        INFO(query.toStdString());
        Index::Filter filter;
        filter.query = query;
        CHECK(folded.matching(filter) == index->matching(filter));
        CHECK(lent.matching(filter) == index->matching(filter));
    }
}

TEST_CASE("Date range and date order use the publication dates", "[index]")
{
    const auto index = Tests::sampleIndex();
    Index::Filter filter;
    filter.from = QDate(2020, 10, 2);
    filter.to = QDate(2020, 10, 9);
    CHECK(index->matching(filter) ==
          QList<qsizetype>{sampleRow(u"001"_s), sampleRow(u"003"_s), sampleRow(u"004"_s)});
    const auto order = index->dateOrder();
    REQUIRE(order.size() == 5);
    CHECK(order.first() == sampleRow(u"000"_s));
    CHECK(order.last() == sampleRow(u"002"_s));
}
