// The shared filter: one change, one signal; include and exclude never clash.
#include "filterstate.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using Marsad::Index::FilterState;

TEST_CASE("FilterState toggles, excludes and signals once per change", "[index][filter]")
{
    FilterState filter;
    QSignalSpy spy(&filter, &FilterState::changed);
    CHECK(filter.isEmpty());

    filter.toggleEntity(u"shusha"_s);
    CHECK(filter.includedEntities() == QStringList{u"shusha"_s});
    filter.includeEntity(u"shusha"_s); // no change, no signal
    filter.excludeEntity(u"shusha"_s); // moves to excluded
    CHECK(filter.includedEntities().isEmpty());
    CHECK(filter.excludedEntities() == QStringList{u"shusha"_s});
    filter.toggleEntity(u"shusha"_s); // include again
    CHECK(filter.includedEntities() == QStringList{u"shusha"_s});
    CHECK(filter.excludedEntities().isEmpty());
    filter.toggleEntity(u"shusha"_s); // and off
    CHECK(filter.isEmpty());
    CHECK(spy.count() == 4);
}

TEST_CASE("FilterState date range and query", "[index][filter]")
{
    FilterState filter;
    QSignalSpy spy(&filter, &FilterState::changed);
    filter.setDateRange(QDate(2020, 11, 7), QDate(2020, 10, 1)); // swapped
    CHECK(filter.from() == QDate(2020, 10, 1));
    CHECK(filter.to() == QDate(2020, 11, 7));
    filter.setDateRange(QDate(2020, 10, 1), QDate(2020, 11, 7)); // same: no signal
    filter.setQuery(u"شوشة"_s);
    CHECK_FALSE(filter.isEmpty());
    filter.clear();
    CHECK(filter.isEmpty());
    filter.clear(); // already empty: no signal
    CHECK(spy.count() == 3);
}
