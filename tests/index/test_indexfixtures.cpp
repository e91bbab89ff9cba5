// The index, the filter result and the article list on hand-built articles:
// every expected row is known from the fixture, not from what the entity
// matcher happens to find in the samples.
#include "articlelistmodel.h"
#include "corpusindex.h"
#include "filterresult.h"
#include "filterstate.h"
#include "roles.h"

#include <catch2/catch.hpp>

#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

Mention mention(const QString &id, EntityType type, qsizetype start, qsizetype end)
{
    Mention m;
    m.entityId = id;
    m.type = type;
    m.span = {start, end};
    m.surface = id;
    return m;
}

Analysis::AnalyzedArticle article(const QString &file, const QString &text, QDate published,
                                  QList<Mention> mentions)
{
    Analysis::AnalyzedArticle a;
    a.article.file = file;
    a.article.text = text;
    a.article.title = text.section(u'\n', 0, 0);
    a.mentions = std::move(mentions);
    if (published.isValid()) {
        a.time.published.date = a.time.published.start = a.time.published.end = published;
        a.time.published.value = published.toString(Qt::ISODate);
        a.time.published.basis = Time::PublishedDate::Basis::Dateline;
        a.time.published.confidence = 1.0;
    }
    return a;
}

/// Four articles: 0 and 1 name Shusha, 1 also Armenia and has no date, 2 names
/// Stepanakert in November, 3 names nothing and has no date.
std::shared_ptr<const Index::CorpusIndex> fixture()
{
    QList<Analysis::AnalyzedArticle> articles{
        article(u"a.txt"_s, u"الأول\nخبر عن شوشة وأذربيجان"_s, QDate(2020, 10, 5),
                {mention(u"shusha"_s, EntityType::Place, 12, 16),
                 mention(u"azerbaijan"_s, EntityType::Place, 18, 25)}),
        article(u"b.txt"_s, u"الثاني\nشوشة وأرمينيا"_s, {},
                {mention(u"shusha"_s, EntityType::Place, 7, 11),
                 mention(u"armenia"_s, EntityType::Place, 13, 20)}),
        article(u"c.txt"_s, u"الثالث\nستيباناكرت"_s, QDate(2020, 11, 1),
                {mention(u"stepanakert"_s, EntityType::Place, 7, 17)}),
        article(u"d.txt"_s, u"الرابع\nلا شيء هنا"_s, {}, {}),
    };
    return std::make_shared<const Index::CorpusIndex>(std::move(articles), nullptr);
}

} // namespace

TEST_CASE("Include and exclude together, dates, undated and blank queries", "[index][fixture]")
{
    const auto index = fixture();
    Index::Filter f;
    f.included = {u"shusha"_s};
    CHECK(index->matching(f) == QList<qsizetype>{0, 1});
    f.excluded = {u"armenia"_s};
    CHECK(index->matching(f) == QList<qsizetype>{0});

    Index::Filter range;
    range.from = QDate(2020, 10, 1);
    range.to = QDate(2020, 10, 31);
    // An undated article is not in any date range.
    CHECK(index->matching(range) == QList<qsizetype>{0});
    range.to = {};
    CHECK(index->matching(range) == QList<qsizetype>{0, 2});

    Index::Filter spaces;
    spaces.query = u"   "_s;
    CHECK(index->matching(spaces) == QList<qsizetype>{0, 1, 2, 3});

    Index::Filter undated;
    undated.undatedOnly = true;
    CHECK(index->matching(undated) == QList<qsizetype>{1, 3});
    undated.included = {u"shusha"_s};
    CHECK(index->matching(undated) == QList<qsizetype>{1});

    const QList<Index::EntityStats> stats = index->entityStats({0, 1});
    REQUIRE(!stats.isEmpty());
    CHECK(stats.first().id == u"shusha"_s);
    CHECK(stats.first().articles == 2);
    CHECK(stats.first().first == QDate(2020, 10, 5));
    CHECK(stats.first().last == QDate(2020, 10, 5));
}

TEST_CASE("The filter result follows the filter and clears it for a new corpus", "[index][fixture]")
{
    Index::FilterState filter;
    Index::FilterResult result(&filter);
    QSignalSpy rows(&result, &Index::FilterResult::rowsChanged);
    result.setIndex(fixture());
    CHECK(result.rows() == QList<qsizetype>{0, 1, 2, 3});
    CHECK(result.undatedCount() == 2);
    filter.includeEntity(u"shusha"_s);
    CHECK(result.rows() == QList<qsizetype>{0, 1});
    CHECK(result.undatedCount() == 1);
    const int before = int(rows.size());
    result.setIndex(fixture());
    CHECK(filter.isEmpty());
    CHECK(rows.size() == before + 1); // one change for a new corpus, not one per part
    CHECK(result.rows().size() == 4);
}

TEST_CASE("The article list changes rows in place and keeps the selection", "[models][fixture]")
{
    Index::FilterState filter;
    Index::FilterResult result(&filter);
    Models::ArticleListModel model;
    model.setSource(&result);
    result.setIndex(fixture());
    REQUIRE(model.rowCount() == 4);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(2, 0), QItemSelectionModel::ClearAndSelect);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    filter.excludeEntity(u"shusha"_s); // rows 0 and 1 go
    REQUIRE(model.rowCount() == 2);
    CHECK(reset.isEmpty());
    CHECK(model.corpusRow(selection.currentIndex().row()) == 2);
    filter.clear(); // they come back before it
    REQUIRE(model.rowCount() == 4);
    CHECK(reset.isEmpty());
    CHECK(model.corpusRow(selection.currentIndex().row()) == 2);
    for (int r = 0; r < 4; ++r)
        CHECK(model.corpusRow(r) == r);
    CHECK(model.rowOf(3) == 3);
    CHECK(model.rowOf(7) == -1);

    // Undated articles say so, and sort apart from dated ones.
    CHECK(model.index(1, Models::ArticleListModel::DateColumn).data().toString() == u"undated"_s);
    CHECK(!model.index(1, Models::ArticleListModel::DateColumn)
               .data(Models::SortRole)
               .toDate()
               .isValid());
}
