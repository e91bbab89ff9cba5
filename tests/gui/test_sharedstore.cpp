// Two analysts sharing one store (File → Shared Store…, or --store): what
// one corrects reaches the other's open corpus without a restart, on SQLite
// and on a real PostgreSQL.
#include "analystsession.h"
#include "analyststore.h"
#include "anchor.h"
#include "corpusindex.h"
#include "corpussession.h"
#include "filterresult.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "projectactions.h"
#include "support/postgresserver.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

void shareAndCorrect(const QString &location)
{
    Widgets::MainWindow first, second;
    for (Widgets::MainWindow *window : {&first, &second}) {
        QString error;
        INFO(error.toStdString());
        REQUIRE(window->project()->useSharedStore(location, false, &error));
        window->analyst()->store()->setPollInterval(100);
        Tests::openAndWait(*window, {Tests::sampleCorpusDir()});
    }
    const auto index = second.filterResult()->index();
    REQUIRE(index);
    const Corpus::Article &article = index->article(0).article;

    // The first analyst dates the article; the second sees it, corrected.
    Analyst::Correction date;
    date.uid = Analyst::newUid();
    date.kind = Analyst::CorrectionKind::SetDate;
    date.anchor = Analyst::anchorFor(article);
    date.dateStart = date.dateEnd = QDate(2020, 11, 2);
    date.note = u"Confirmed by the outlet"_s;
    REQUIRE(first.analyst()->add(date));
    QTRY_COMPARE_WITH_TIMEOUT(second.analyst()->data().corrections.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(second.filterResult()->index()->article(0).time.published.date ==
                                 QDate(2020, 11, 2),
                             20000);

    // Both write the note at once: the last write wins, nothing is doubled.
    Analyst::Correction mine = *first.analyst()->correction(date.uid);
    Analyst::Correction theirs = *second.analyst()->correction(date.uid);
    mine.note = u"First analyst's reason"_s;
    theirs.note = u"Second analyst's reason"_s;
    REQUIRE(first.analyst()->update(mine));
    REQUIRE(second.analyst()->update(theirs));
    QTRY_VERIFY_WITH_TIMEOUT(first.analyst()->correction(date.uid) &&
                                 first.analyst()->correction(date.uid)->note == theirs.note,
                             10000);
    CHECK(first.analyst()->data().corrections.size() == 1);
    CHECK(second.analyst()->data().corrections.size() == 1);
}

} // namespace

TEST_CASE("Two viewers share one SQLite store", "[gui][analyststore][sharedstore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    shareAndCorrect(u"sqlite:"_s + dir.filePath(u"team.sqlite"_s));
}

TEST_CASE("Two viewers share one PostgreSQL store", "[gui][analyststore][sharedstore]")
{
    QString skip, failure;
    Tests::PostgresServer *server = Tests::PostgresServer::shared(&skip, &failure);
    REQUIRE(failure.isEmpty());
    if (!server) {
        WARN("PostgreSQL case skipped: " << skip.toStdString());
        return;
    }
    QString error;
    const QString url = server->createDatabase(&error);
    INFO(error.toStdString());
    REQUIRE_FALSE(url.isEmpty());
    shareAndCorrect(url);
}

TEST_CASE("A shared store that cannot be opened leaves the one in use", "[gui][sharedstore]")
{
    Widgets::MainWindow window;
    QString error;
    CHECK_FALSE(window.project()->useSharedStore(u"mysql://x/y"_s, false, &error));
    CHECK(error.contains(u"mysql"_s));
}
