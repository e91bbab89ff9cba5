// The viewer's promises an analyst relies on: shortcuts from any focus, the
// list following what is shown, the keyboard reaching every entity, the
// provenance of what is read, a citation, and problems that lead to their place.
// Each runs in the English and the Arabic (right-to-left) UI.
#include "articleheader.h"
#include "articlelistmodel.h"
#include "articlepresenter.h"
#include "articleview.h"
#include "corpusindex.h"
#include "entitymodel.h"
#include "filterchipbar.h"
#include "filterresult.h"
#include "filterstate.h"
#include "guitestsupport.h"
#include "issuelistmodel.h"
#include "loadstatus.h"
#include "mainwindow.h"
#include "mapview.h"
#include "roles.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

void openSamples(Widgets::MainWindow &window)
{
    window.resize(1500, 920);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openPaths({});
    Tests::waitForLoad(window);
}

void writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QModelIndex entityRow(QTreeView *tree, const QString &id)
{
    QAbstractItemModel *model = tree->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex index = model->index(r, 0, group);
            if (index.data(Models::EntityIdRole).toString() == id)
                return index;
        }
    }
    return {};
}

} // namespace

TEST_CASE("Ctrl+E exports even while the search box has the focus", "[gui][trust]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        auto *exportAction = window.findChild<QAction *>(u"exportTimelineAction"_s);
        REQUIRE(exportAction);
        // The dialog it opens is not wanted here: count the trigger instead.
        exportAction->disconnect();
        QSignalSpy triggered(exportAction, &QAction::triggered);
        window.activateWindow();
        window.searchEdit()->setFocus();
        QTest::keyClicks(window.searchEdit(), u"abc"_s);
        QTest::keyClick(window.searchEdit(), Qt::Key_E, Qt::ControlModifier);
        CHECK(triggered.size() == 1);
        CHECK(window.searchEdit()->text() == u"abc"_s);
    }
}

TEST_CASE("The list follows an article opened from elsewhere", "[gui][trust]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        const qsizetype last = window.articleModel()->corpusRow(4);
        window.articleList()->setCurrentIndex(window.articleList()->model()->index(0, 0));
        // What the timeline does on a click.
        window.presenter()->showArticle(last);
        const QModelIndex current =
            qobject_cast<QSortFilterProxyModel *>(window.articleList()->model())
                ->mapToSource(window.articleList()->currentIndex());
        CHECK(window.articleModel()->corpusRow(current.row()) == last);
        CHECK(window.articleList()->selectionModel()->isSelected(
            window.articleList()->currentIndex()));
    }
}

TEST_CASE("Enter and Space on an entity row filter; Shift+F10 opens its menu", "[gui][trust]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        QTreeView *tree = window.entityView();
        const QModelIndex shusha = entityRow(tree, u"shusha"_s);
        REQUIRE(shusha.isValid());
        tree->setFocus();
        tree->setCurrentIndex(shusha);
        QTest::keyClick(tree, Qt::Key_Return);
        CHECK(window.filter()->includedEntities() == QStringList{u"shusha"_s});
        tree->setCurrentIndex(entityRow(tree, u"shusha"_s));
        QTest::keyClick(tree, Qt::Key_Space);
        CHECK(window.filter()->isEmpty());

        // The menu opens on the current row; close it from a timer.
        tree->setCurrentIndex(entityRow(tree, u"shusha"_s));
        bool menuShown = false;
        QTimer::singleShot(200, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                menuShown = menu->actions().size() >= 2;
                menu->close();
            }
        });
        QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier);
        CHECK(menuShown);
    }
}

TEST_CASE("The pane's header gives title, source, date, basis and evidence", "[gui][trust]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        const auto &index = window.filterResult()->index();
        for (int r = 0; r < window.articleModel()->rowCount(); ++r) {
            const qsizetype row = window.articleModel()->corpusRow(r);
            window.showArticle(row);
            const Analysis::AnalyzedArticle &a = index->article(row);
            const QString header = window.articleHeader()->text();
            CHECK(header.contains(a.article.displayTitle().toHtmlEscaped()));
            CHECK(header.contains(QFileInfo(a.article.file).fileName()));
            if (a.time.published.isNull())
                continue;
            CHECK(header.contains(
                Widgets::ArticleHeader::confidenceWords(a.time.published.confidence)));
            CHECK(header.contains(Widgets::ArticleHeader::basisWords(a.time.published.basis)));
            // Each evidence phrase leads to its place in the text.
            const QList<TextSpan> spans = window.articleHeader()->evidenceSpans();
            for (qsizetype e = 0; e < spans.size(); ++e) {
                Q_EMIT window.articleHeader()->linkActivated(u"evidence:%1"_s.arg(e));
                CHECK(window.articleView()->textCursor().selectionStart() == spans.at(e).start);
            }
        }
    }
}

TEST_CASE("An undated article is counted, listed and can be filtered on", "[gui][trust]")
{
    QTemporaryDir dir;
    writeFile(
        dir, u"a-dated.txt"_s,
        u"قصف على ستيباناكرت\nنشر في 2020-10-12\nقالت وزارة الدفاع إن القصف استمر.\n"_s.toUtf8());
    writeFile(
        dir, u"b-undated.txt"_s,
        u"مقال بلا تاريخ\nتحدث الكاتب عن تاريخ المنطقة وثقافتها دون ذكر أي يوم.\n"_s.toUtf8());
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        Tests::openAndWait(window, {dir.path()});
        REQUIRE(window.articleModel()->rowCount() == 2);
        CHECK(window.filterResult()->undatedCount() == 1);
        if (!arabic)
            CHECK(window.loadStatus()->text().contains(u"1 undated"_s));
        window.filter()->setUndatedOnly(true);
        REQUIRE(window.articleModel()->rowCount() == 1);
        CHECK(window.articleModel()
                  ->articleAt(window.articleModel()->index(0, 0))
                  .article.file.endsWith(u"b-undated.txt"_s));
        CHECK(window.chipBar()->chipLabels().size() == 1);
        window.showArticle(window.articleModel()->corpusRow(0));
        CHECK(window.articleHeader()->text().contains(Widgets::ArticleHeader::dateText({})));
    }
}

TEST_CASE("Copy citation puts the sentence, title, source, date and file on the clipboard",
          "[gui][trust]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        Widgets::ArticleView *view = window.articleView();
        const Analysis::AnalyzedArticle &a =
            window.filterResult()->index()->article(window.presenter()->shownArticle());
        // The cursor in the middle of the text, nothing selected.
        QTextCursor cursor(view->document());
        cursor.setPosition(int(a.article.text.size() / 2));
        view->setTextCursor(cursor);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QMimeData *data = QApplication::clipboard()->mimeData();
        REQUIRE(data);
        const QString plain = data->text();
        CHECK(plain.contains(a.article.displayTitle()));
        CHECK(plain.contains(QFileInfo(a.article.file).fileName()));
        CHECK(plain.contains(Widgets::ArticleHeader::dateText(a.time.published)));
        CHECK(plain.startsWith(u"«"_s));
        CHECK(data->hasHtml());
        CHECK(data->html().contains(u"<blockquote"_s));
    }
}

TEST_CASE("Activating a problem opens its file at the problem's place", "[gui][trust]")
{
    QTemporaryDir dir;
    // A NUL in the middle: repaired in place and reported with its offset.
    writeFile(dir, u"nul.txt"_s,
              u"خبر عن شوشة\nنص "_s.toUtf8() + QByteArray(1, '\0') + u"آخر\n"_s.toUtf8());
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        Tests::openAndWait(window, {dir.path()});
        REQUIRE(window.issueModel()->rowCount() >= 1);
        const QModelIndex problem = window.issueModel()->index(0, 0);
        const qsizetype start = problem.data(Models::SpanStartRole).toLongLong();
        Q_EMIT window.issuesView()->activated(problem);
        REQUIRE(window.presenter()->shownArticle() == 0);
        if (start >= 0)
            CHECK(window.articleView()->textCursor().selectionStart() == start);
    }
}

TEST_CASE("A search for one spelling of a place finds the others", "[gui][trust][search]")
{
    // Sentences of our own: the text spells the town شوشة, the analyst types شوشا.
    QTemporaryDir dir;
    writeFile(dir, u"spelling.txt"_s,
              u"تقرير ميداني\nوصل الصحفيون إلى مدينة شوشة صباحا بعد ليلة هادئة.\n"_s.toUtf8());
    // A spelling the matcher only takes in context: found as a word all the same.
    writeFile(dir, u"x-essay.txt"_s,
              u"مقال رأي\nيرى الكاتب أن شوشة كانت مركزا للموسيقى والشعر.\n"_s.toUtf8());
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        Tests::openAndWait(window, {dir.path()});
        window.filter()->setQuery(u"شوشا"_s);
        REQUIRE(window.articleModel()->rowCount() == 2);
        window.showArticle(window.articleModel()->corpusRow(0));
        const QList<TextSpan> hits = window.articleView()->searchHits();
        REQUIRE(hits.size() == 1);
        const QString text = window.articleView()->toPlainText();
        CHECK(text.mid(hits.first().start, hits.first().length()) == u"شوشة"_s);
    }
}

TEST_CASE("A click on a place filters and brings it into view; a double click centres the map",
          "[gui][trust][places]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        QTreeView *places = window.placeList();
        Widgets::MapView *map = window.mapView();
        // Far away first: Stepanakert off-screen.
        map->centreOn(44.5, 40.2); // Yerevan
        const QModelIndex stepanakert = places->model()->index(1, 0);
        REQUIRE(stepanakert.data(Models::EntityIdRole).toString() == u"stepanakert"_s);
        const QPointF lonLat = stepanakert.data(Models::LonLatRole).toPointF();
        // What the window system sends for a double click: a click, then a
        // press, the double click and a release.
        const QPoint at = places->visualRect(stepanakert).center();
        QTest::mouseClick(places->viewport(), Qt::LeftButton, {}, at);
        QTest::mousePress(places->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(places->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(places->viewport(), Qt::LeftButton, {}, at);
        // One click's filter, not toggled back by the second click.
        CHECK(window.filter()->includedEntities() == QStringList{u"stepanakert"_s});
        const QPointF middle(map->width() / 2.0, map->height() / 2.0);
        CHECK(QLineF(map->viewport().toPixel(lonLat), middle).length() < 2.0);

        // A single click on a place off-screen pans it into view.
        window.filter()->clear();
        map->centreOn(44.5, 40.2);
        const QModelIndex jabrayil = places->model()->index(2, 0);
        const QPointF jabrayilLonLat = jabrayil.data(Models::LonLatRole).toPointF();
        QTest::mouseClick(places->viewport(), Qt::LeftButton, {},
                          places->visualRect(jabrayil).center());
        CHECK(window.filter()->includedEntities() == QStringList{u"jabrayil"_s});
        CHECK(QRectF(0, 0, map->width(), map->height())
                  .contains(map->viewport().toPixel(jabrayilLonLat)));
    }
}

TEST_CASE("The date-range chip reads day, month name and year", "[gui][trust]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        window.filter()->setDateRange(QDate(2020, 10, 3), QDate(2020, 10, 9));
        REQUIRE(window.chipBar()->chipLabels().size() == 1);
        const QString chip = window.chipBar()->chipLabels().first();
        CHECK_FALSE(chip.contains(u"10/3/20"_s));
        CHECK(chip.contains(QLocale().monthName(10, QLocale::ShortFormat)));
    }
}
