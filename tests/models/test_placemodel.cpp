// The place list: counts under the filter, pinned places always present.
#include "corpusindex.h"
#include "placemodel.h"
#include "roles.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {
const Models::PlaceRow &row(const Models::PlaceModel &model, const QString &id)
{
    const int r = model.rowOf(id);
    REQUIRE(r >= 0);
    return model.places().at(r);
}
} // namespace

TEST_CASE("Place list on the sample corpus", "[models][places][sample]")
{
    Models::PlaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIndex(Tests::sampleIndex());
    REQUIRE(model.rowCount() > 10);
    // Pinned first, in order.
    CHECK(model.index(0, 0).data(Models::EntityIdRole).toString() == u"shusha"_s);
    CHECK(model.index(1, 0).data(Models::EntityIdRole).toString() == u"stepanakert"_s);
    CHECK(model.index(2, 0).data(Models::EntityIdRole).toString() == u"jabrayil"_s);
    CHECK(row(model, u"shusha"_s).stats.mentions == 8);
    CHECK(row(model, u"shusha"_s).stats.articles == 2);
    CHECK(row(model, u"stepanakert"_s).stats.mentions == 4);
    CHECK(row(model, u"stepanakert"_s).stats.articles == 3);
    CHECK(row(model, u"jabrayil"_s).stats.mentions == 3);
    CHECK(row(model, u"jabrayil"_s).stats.articles == 3);
    CHECK(model.index(0, Models::PlaceModel::NameColumn).data().toString() == u"شوشة"_s);
    CHECK(model.index(0, Models::PlaceModel::FirstColumn).data().toString() == u"2020-10-09"_s);
    CHECK(model.index(0, Models::PlaceModel::LastColumn).data().toString() == u"2020-11-07"_s);
    // Every place has coordinates, and a sparkline that sums to its mentions.
    for (const Models::PlaceRow &p : model.places()) {
        CHECK(p.hasCoordinates);
        CHECK(std::accumulate(p.trend.cbegin(), p.trend.cend(), 0) == p.stats.mentions);
    }
    // Unpinned places are sorted by mentions.
    for (int r = 4; r < model.rowCount(); ++r)
        CHECK(model.places().at(r - 1).stats.mentions >= model.places().at(r).stats.mentions);
}

TEST_CASE("Pinned places stay with zero under a filter that excludes them",
          "[models][places][sample]")
{
    Models::PlaceModel model;
    model.setIndex(Tests::sampleIndex());
    Index::Filter filter;
    filter.included = {u"fuzuli"_s}; // only 000
    model.setRows(Tests::sampleIndex()->matching(filter));
    CHECK(row(model, u"shusha"_s).stats.mentions == 0);
    CHECK(row(model, u"stepanakert"_s).stats.mentions == 0);
    CHECK(row(model, u"jabrayil"_s).stats.mentions == 1);
    CHECK(model.rowOf(u"geneva"_s) == -1); // not in 000
}
