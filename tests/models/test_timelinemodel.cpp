// The timeline's items: articles at publication dates, events at theirs.
#include "corpusindex.h"
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
        CHECK(item.inferred == (item.article != Tests::sampleRow(u"003"_s)));
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
