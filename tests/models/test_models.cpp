// Core models checked by Qt's model tester on the sample corpus.
#include "articlelistmodel.h"
#include "corpusjob.h"
#include "issuelistmodel.h"
#include "roles.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace Marsad;

TEST_CASE("ArticleListModel passes the model tester through resets", "[models]")
{
    Models::ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto corpus = Corpus::loadCorpus({Tests::sampleCorpusDir()});
    model.setArticles(corpus.articles);
    REQUIRE(model.rowCount() == 5);
    CHECK(model.columnCount() == Models::ArticleListModel::ColumnCount);
    const QModelIndex first = model.index(0, Models::ArticleListModel::TitleColumn);
    CHECK(model.data(first).toString() == corpus.articles.first().title);
    CHECK(model.data(first, Models::FilePathRole).toString() == corpus.articles.first().file);
    CHECK(model.data(first, Models::TextRole).toString() == corpus.articles.first().text);
    model.setArticles({});
    CHECK(model.rowCount() == 0);
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
