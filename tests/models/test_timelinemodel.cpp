// The timeline's items: articles at publication dates, events at theirs.
#include "analyzedarticle.h"
#include "corpusindex.h"
#include "gazetteer.h"
#include "resources.h"
#include "roles.h"
#include "testsupport.h"
#include "timelinemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Models::TimelineItem;

TEST_CASE("TimelineModel holds every dated article and event", "[models][timeline]")
{
    Models::TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIndex(Tests::sampleIndex());
    REQUIRE(model.checkConsistency());
    const auto &items = model.items();
    const auto articles = std::count_if(items.cbegin(), items.cend(), [](const TimelineItem &i) {
        return i.lane == TimelineItem::Lane::Articles;
    });
    CHECK(articles == 5);
    CHECK(items.size() > 20);
    // 003 has a dateline, the others are inferred.
    for (const TimelineItem &item : items) {
        if (item.lane != TimelineItem::Lane::Articles)
            continue;
        CHECK(item.isInferred() == (item.article != Tests::sampleRow(u"003"_s)));
    }
    // The shelling of Shusha on the night of 6 November is an event about Shusha.
    CHECK(std::any_of(items.cbegin(), items.cend(), [](const TimelineItem &i) {
        return i.lane == TimelineItem::Lane::Events && i.start == QDate(2020, 11, 6) &&
               i.entityIds.contains(u"shusha"_s);
    }));
    CHECK(model.firstDate() <= QDate(2020, 9, 27));
    CHECK(model.lastDate() >= QDate(2020, 11, 7));
}

TEST_CASE("TimelineModel marks items against the filter", "[models][timeline]")
{
    Models::TimelineModel model;
    model.setIndex(Tests::sampleIndex());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Index::Filter filter;
    filter.included = {u"shusha"_s};
    model.applyFilter(filter);
    CHECK(changed.count() == 1);
    REQUIRE(model.checkConsistency());
    for (const TimelineItem &item : model.items()) {
        const bool shushaArticle = item.article == Tests::sampleRow(u"002"_s) ||
                                   item.article == Tests::sampleRow(u"003"_s);
        if (item.lane == TimelineItem::Lane::Articles)
            CHECK(item.passes == shushaArticle);
        else
            CHECK(item.passes == (shushaArticle && item.entityIds.contains(u"shusha"_s)));
    }
    // A date range judges events by their own dates.
    filter = {};
    filter.from = QDate(2020, 10, 1);
    filter.to = QDate(2020, 10, 31);
    model.applyFilter(filter);
    for (const TimelineItem &item : model.items()) {
        if (item.passes)
            CHECK((item.end >= filter.from && item.start <= filter.to));
    }
    const auto [first, last] = model.passingRange();
    CHECK(first >= QDate(2020, 9, 1));
    CHECK(last <= QDate(2020, 11, 30));
    model.applyFilter({});
    CHECK(std::all_of(model.items().cbegin(), model.items().cend(),
                      [](const TimelineItem &i) { return i.passes; }));
}

namespace {

// A hand-built corpus: the analysed samples with dates of our own choosing.
// Row 0: no date; row 1: a URL date; row 2: a range (1-7 Oct 2020); row 3:
// no date; row 4: inferred. Mentions are kept, so entity filters still work.
std::shared_ptr<const Index::CorpusIndex> fixtureIndex()
{
    QList<Analysis::AnalyzedArticle> articles = Tests::analyzedSampleCorpus();
    REQUIRE(articles.size() >= 5);
    auto setDate = [](Analysis::AnalyzedArticle &a, QDate start, QDate end,
                      Time::PublishedDate::Basis basis, Time::Precision precision) {
        Time::PublishedDate &p = a.time.published;
        p = {};
        p.date = start;
        p.start = start;
        p.end = end;
        p.basis = basis;
        p.precision = precision;
        p.confidence = start.isValid() ? 0.8 : 0.0;
    };
    setDate(articles[0], {}, {}, Time::PublishedDate::Basis::None, Time::Precision::Day);
    setDate(articles[1], QDate(2020, 10, 2), QDate(2020, 10, 2), Time::PublishedDate::Basis::Url,
            Time::Precision::Day);
    setDate(articles[2], QDate(2020, 10, 1), QDate(2020, 10, 7),
            Time::PublishedDate::Basis::Inferred, Time::Precision::Range);
    setDate(articles[3], {}, {}, Time::PublishedDate::Basis::None, Time::Precision::Day);
    setDate(articles[4], QDate(2020, 11, 7), QDate(2020, 11, 7),
            Time::PublishedDate::Basis::Inferred, Time::Precision::Day);
    static const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    return std::make_shared<const Index::CorpusIndex>(articles, gazetteer.gazetteer);
}

const TimelineItem *articleItem(const Models::TimelineModel &model, qsizetype row)
{
    for (const TimelineItem &item : model.items()) {
        if (item.article == row && item.lane != TimelineItem::Lane::Events)
            return &item;
    }
    return nullptr;
}

} // namespace

TEST_CASE("TimelineModel keeps undated articles in a lane of their own", "[models][timeline]")
{
    Models::TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIndex(fixtureIndex());
    REQUIRE(model.checkConsistency());
    // Every article is an item: none disappears for want of a date.
    for (qsizetype row = 0; row < 5; ++row)
        REQUIRE(articleItem(model, row) != nullptr);
    CHECK(articleItem(model, 0)->lane == TimelineItem::Lane::Undated);
    CHECK(articleItem(model, 3)->lane == TimelineItem::Lane::Undated);
    CHECK_FALSE(articleItem(model, 0)->start.isValid());
    CHECK(model.undatedTotal() == 2);
    CHECK(model.undatedCount() == 2);
    // Undated items come last and do not widen the dated range.
    CHECK_FALSE(model.items().last().isDated());
    CHECK(model.firstDate().isValid());
    // A range-dated article spans its range (drawn as a bar).
    const TimelineItem *range = articleItem(model, 2);
    CHECK(range->start == QDate(2020, 10, 1));
    CHECK(range->end == QDate(2020, 10, 7));
    CHECK_FALSE(range->isPoint());
}

TEST_CASE("TimelineModel counts the undated articles under the filter", "[models][timeline]")
{
    Models::TimelineModel model;
    model.setIndex(fixtureIndex());
    const auto index = fixtureIndex();
    // An entity filter: the undated articles that mention it still count.
    Index::Filter filter;
    filter.included = {u"azerbaijan"_s};
    model.applyFilter(filter);
    REQUIRE(model.checkConsistency());
    const QList<qsizetype> rows = index->matching(filter);
    const int expected = int(rows.contains(0)) + int(rows.contains(3));
    CHECK(model.undatedCount() == expected);
    CHECK(model.undatedTotal() == 2);
    // Excluding the same entity passes exactly the other undated ones.
    Index::Filter exclude;
    exclude.excluded = {u"azerbaijan"_s};
    model.applyFilter(exclude);
    CHECK(model.undatedCount() == 2 - expected);
    // Under a date range the index decides, as for the article list.
    Index::Filter ranged;
    ranged.from = QDate(2020, 10, 1);
    ranged.to = QDate(2020, 10, 31);
    model.applyFilter(ranged);
    const QList<qsizetype> inRange = index->matching(ranged);
    CHECK(articleItem(model, 0)->passes == inRange.contains(0));
    CHECK(model.undatedCount() == int(inRange.contains(0)) + int(inRange.contains(3)));
    // A query of only spaces filters nothing.
    Index::Filter spaces;
    spaces.query = u"   "_s;
    model.applyFilter(spaces);
    CHECK(model.undatedCount() == 2);
}

TEST_CASE("TimelineModel reports date basis and precision as enums", "[models][timeline]")
{
    Models::TimelineModel model;
    model.setIndex(fixtureIndex());
    auto rowOf = [&](qsizetype article) {
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            if (index.data(Models::ArticleIndexRole).toInt() == article &&
                index.data(Models::LaneRole).toInt() != int(TimelineItem::Lane::Events))
                return index;
        }
        return QModelIndex();
    };
    // A URL date is a URL date, not "dateline".
    CHECK(rowOf(1).data(Models::DateBasisRole).toInt() == int(Time::PublishedDate::Basis::Url));
    CHECK(rowOf(2).data(Models::DateBasisRole).toInt() ==
          int(Time::PublishedDate::Basis::Inferred));
    CHECK(rowOf(0).data(Models::DateBasisRole).toInt() == int(Time::PublishedDate::Basis::None));
    CHECK(rowOf(2).data(Models::PrecisionRole).toInt() == int(Time::Precision::Range));
    CHECK(rowOf(1).data(Models::PrecisionRole).toInt() == int(Time::Precision::Day));
    CHECK_FALSE(rowOf(0).data(Models::PrecisionRole).isValid()); // undated: no precision
    CHECK(rowOf(0).data(Models::LaneRole).toInt() == int(TimelineItem::Lane::Undated));
}
