// Core models checked by Qt's model tester on the analysed sample corpus.
#include "articlelistmodel.h"
#include "entitymodel.h"
#include "issuelistmodel.h"
#include "roles.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace Marsad;

TEST_CASE("ArticleListModel shows the rows it is given", "[models]")
{
    Models::ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto index = Tests::sampleIndex();
    model.setIndex(index);
    REQUIRE(model.rowCount() == 5);
    CHECK(model.columnCount() == Models::ArticleListModel::ColumnCount);
    const QModelIndex title = model.index(0, Models::ArticleListModel::TitleColumn);
    CHECK(model.data(title).toString() == index->article(0).article.title);
    CHECK(model.data(title, Models::PublishedDateRole).toDate() == QDate(2020, 10, 1));
    CHECK(Time::PublishedDate::Basis(model.data(title, Models::DateBasisRole).toInt()) ==
          Time::PublishedDate::Basis::Inferred);
    const int row003 = int(Tests::sampleRow(u"003"_s));
    CHECK(Time::PublishedDate::Basis(model.index(row003, 0).data(Models::DateBasisRole).toInt()) ==
          Time::PublishedDate::Basis::Dateline);
    CHECK(model.index(row003, 0).data().toString() == u"2020-10-09"_s);
    CHECK(model.index(0, Models::ArticleListModel::MentionsColumn).data().toInt() > 20);

    model.setRows({Tests::sampleRow(u"002"_s), Tests::sampleRow(u"003"_s)});
    CHECK(model.rowCount() == 2);
    CHECK(model.corpusRow(1) == Tests::sampleRow(u"003"_s));
    CHECK(model.rowOf(Tests::sampleRow(u"000"_s)) == -1);
    model.setRows({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("EntityModel groups by type and the search proxy folds", "[models]")
{
    Models::EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto index = Tests::sampleIndex();
    model.setStats(index->entityStats(index->matching({})));
    REQUIRE(model.rowCount() == Models::EntityModel::GroupCount);
    const QModelIndex places = model.index(Models::EntityModel::Places, 0);
    REQUIRE(model.rowCount(places) > 10);
    // Most mentioned first.
    CHECK(model.index(0, Models::EntityModel::MentionsColumn, places).data().toInt() >=
          model.index(1, Models::EntityModel::MentionsColumn, places).data().toInt());
    const QModelIndex shusha = model.indexOf(u"shusha"_s);
    REQUIRE(shusha.isValid());
    CHECK(shusha.data().toString() == u"شوشة"_s);
    CHECK(model.statsAt(shusha)->mentions == 8);

    Models::EntitySearchProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    auto found = [&proxy](const QString &text) {
        proxy.setSearchText(text);
        QStringList ids;
        for (int g = 0; g < proxy.rowCount(); ++g) {
            const QModelIndex group = proxy.index(g, 0);
            for (int r = 0; r < proxy.rowCount(group); ++r)
                ids.append(proxy.index(r, 0, group).data(Models::EntityIdRole).toString());
        }
        return ids;
    };
    CHECK(found(u"اذربيجان"_s).contains(u"azerbaijan"_s)); // أ folded
    CHECK(found(u"shusha"_s).contains(u"shusha"_s));       // English
    CHECK(found(u"SHUSHA"_s).contains(u"shusha"_s));
    CHECK(found(u"stepanakert"_s) == QStringList{u"stepanakert"_s});
    CHECK(found(u"شوشه"_s).contains(u"shusha"_s)); // ة written as ه
    CHECK(found(u"zzzz"_s).isEmpty());
    CHECK(found(QString()).size() > 30);
}

TEST_CASE("IssueListModel counts errors and warnings", "[models]")
{
    Models::IssueListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIssues({Issue::error(u"a.txt"_s, u"bad"_s), Issue::warning(u"b.txt"_s, u"odd"_s)});
    CHECK(model.rowCount() == 2);
    CHECK(model.errorCount() == 1);
    CHECK(model.data(model.index(0, Models::IssueListModel::MessageColumn)).toString() == u"bad"_s);
}
