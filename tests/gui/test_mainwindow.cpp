// The main window, driven headless with QTest events.
#include "articlelistmodel.h"
#include "articleview.h"
#include "entitymodel.h"
#include "filterchipbar.h"
#include "filterstate.h"
#include "issuelistmodel.h"
#include "mainwindow.h"
#include "roles.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

void waitForLoad(Widgets::MainWindow &window)
{
    QSignalSpy loaded(&window, &Widgets::MainWindow::corpusLoaded);
    REQUIRE(loaded.wait(60000));
}

QStringList listedFiles(Widgets::MainWindow &window)
{
    QStringList files;
    auto *model = window.articleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        files.append(QFileInfo(model->articleAt(model->index(row, 0)).article.file).fileName());
    files.sort();
    return files;
}

int rowOfFile(Widgets::MainWindow &window, const QString &prefix)
{
    auto *model = window.articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (QFileInfo(model->articleAt(model->index(row, 0)).article.file)
                .fileName()
                .startsWith(prefix))
            return row;
    }
    return -1;
}

void selectArticle(Widgets::MainWindow &window, const QString &prefix)
{
    const int row = rowOfFile(window, prefix);
    REQUIRE(row >= 0);
    window.showArticle(window.articleModel()->corpusRow(row));
}

} // namespace

TEST_CASE("With no path the window lists the bundled sample corpus", "[gui][sample]")
{
    Widgets::MainWindow window;
    window.show();
    window.openPaths({});
    waitForLoad(window);
    auto *model = window.articleModel();
    REQUIRE(model->rowCount() == 5);
    const int row001 = rowOfFile(window, u"001"_s);
    CHECK(model->index(row001, Models::ArticleListModel::TitleColumn).data().toString() ==
          u"بوتين يبحث مع نظيره الأرميني الوضع في كاراباخ"_s);
    CHECK(model->index(row001, Models::ArticleListModel::DateColumn).data().toString() ==
          u"2020-10-02"_s);
    // The first article is shown, as written, right to left, highlighted.
    CHECK(window.articleView()->toPlainText().startsWith(u"دعا الرئيس الروسي"_s));
    CHECK(window.articleView()->layoutDirection() == Qt::RightToLeft);
    CHECK(window.articleView()->mentions().size() > 20);
}

TEST_CASE("Clicking Shusha in the article pane filters every view", "[gui][sample]")
{
    Widgets::MainWindow window;
    window.resize(1500, 920);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openPaths({});
    waitForLoad(window);
    selectArticle(window, u"002"_s);

    Widgets::ArticleView *view = window.articleView();
    const auto &mentions = view->mentions();
    const auto it = std::find_if(mentions.cbegin(), mentions.cend(),
                                 [](const Mention &m) { return m.entityId == u"shusha"_s; });
    REQUIRE(it != mentions.cend());
    CHECK(it->surface == u"شوشة"_s);
    const qsizetype index = it - mentions.cbegin();
    view->ensureCursorVisible();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(it->span.start));
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    const QRect rect = view->mentionRect(index);
    REQUIRE(view->mentionAt(rect.center()) == index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());

    CHECK(window.filter()->includedEntities() == QStringList{u"shusha"_s});
    CHECK(listedFiles(window) ==
          QStringList{u"002_77bbd3b646e02bdf.txt"_s, u"003_acdbde452fa6fc04.txt"_s});
    REQUIRE(window.chipBar()->chipLabels().size() == 1);
    CHECK(window.chipBar()->chipLabels().first().startsWith(u"شوشة · 2"_s));
    // The entity panel counts only the filtered articles.
    const QModelIndex shusha = window.entityModel()->indexOf(u"shusha"_s);
    REQUIRE(shusha.isValid());
    CHECK(window.entityModel()->statsAt(shusha)->articles == 2);

    // Removing the chip restores all five.
    window.chipBar()->removeChip(0);
    CHECK(window.filter()->isEmpty());
    CHECK(window.articleModel()->rowCount() == 5);
    CHECK(window.chipBar()->chipLabels().isEmpty());
}

TEST_CASE("The entity panel finds by folded Arabic and by English and filters on click",
          "[gui][sample]")
{
    Widgets::MainWindow window;
    window.show();
    window.openPaths({});
    waitForLoad(window);
    QTreeView *tree = window.entityView();
    auto matches = [&](const QString &text) {
        window.entitySearch()->setText(text);
        QStringList ids;
        for (int g = 0; g < tree->model()->rowCount(); ++g) {
            const QModelIndex group = tree->model()->index(g, 0);
            for (int r = 0; r < tree->model()->rowCount(group); ++r)
                ids.append(tree->model()->index(r, 0, group).data(Models::EntityIdRole).toString());
        }
        window.entitySearch()->clear();
        return ids;
    };
    CHECK(matches(u"اذربيجان"_s).contains(u"azerbaijan"_s));
    CHECK(matches(u"shusha"_s).contains(u"shusha"_s));
    CHECK(matches(u"stepanakert"_s) == QStringList{u"stepanakert"_s});

    QTest::keyClicks(window.entitySearch(), u"jabrayil"_s); // typed, as a user would
    REQUIRE(tree->model()->rowCount() == 1);                // only the Places group keeps a match
    const QModelIndex group = tree->model()->index(0, 0);
    const QModelIndex jabrayil = tree->model()->index(0, 0, group);
    REQUIRE(jabrayil.data(Models::EntityIdRole).toString() == u"jabrayil"_s);
    tree->scrollTo(jabrayil);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(jabrayil).center());
    CHECK(window.filter()->includedEntities() == QStringList{u"jabrayil"_s});
    CHECK(listedFiles(window) == QStringList{u"000_f9d32038ea62ea3e.txt"_s,
                                             u"003_acdbde452fa6fc04.txt"_s,
                                             u"004_ea18312d712bee32.txt"_s});
}

TEST_CASE("The text search filters with folding", "[gui][sample]")
{
    Widgets::MainWindow window;
    window.show();
    window.openPaths({});
    waitForLoad(window);
    window.filter()->setQuery(u"ماغاديز"_s);
    CHECK(listedFiles(window) == QStringList{u"000_f9d32038ea62ea3e.txt"_s});
    CHECK(window.chipBar()->chipLabels().size() == 1);
    window.filter()->clear();
    CHECK(window.articleModel()->rowCount() == 5);
}

TEST_CASE("Markup in an article is shown as text, never rendered", "[gui]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"markup.txt"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QString text =
        u"خبر عن شوشة\nنص فيه <b>غامق</b> و<img src=x onerror=alert(1)> و<script>alert(1)</script>.\n"_s;
    file.write(text.toUtf8());
    file.close();
    Widgets::MainWindow window;
    window.show();
    window.openPaths({dir.path()});
    waitForLoad(window);
    REQUIRE(window.articleModel()->rowCount() == 1);
    const QString shown = window.articleView()->toPlainText();
    CHECK(shown.contains(u"<b>غامق</b>"_s));
    CHECK(shown.contains(u"<img src=x onerror=alert(1)>"_s));
    CHECK(shown.contains(u"<script>alert(1)</script>"_s));
}

TEST_CASE("Failed files are listed and the rest still load", "[gui]")
{
    Widgets::MainWindow window;
    window.show();
    window.openPaths({Tests::dataPath(u"mixed"_s)});
    waitForLoad(window);
    REQUIRE(window.articleModel()->rowCount() == 2);
    CHECK(window.issueModel()->rowCount() == 1);
    CHECK(window.issueModel()->errorCount() == 1);
}

TEST_CASE("Clicking Shusha in the place list filters the articles to 002 and 003",
          "[gui][places][sample]")
{
    Widgets::MainWindow window;
    window.resize(1500, 920);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openPaths({});
    waitForLoad(window);
    QTreeView *places = window.placeList();
    const QModelIndex shusha = places->model()->index(0, 0);
    REQUIRE(shusha.data(Models::EntityIdRole).toString() == u"shusha"_s);
    QTest::mouseClick(places->viewport(), Qt::LeftButton, {}, places->visualRect(shusha).center());
    CHECK(listedFiles(window) ==
          QStringList{u"002_77bbd3b646e02bdf.txt"_s, u"003_acdbde452fa6fc04.txt"_s});
    // The pinned places stay listed, Shusha still first.
    CHECK(places->model()->index(0, 0).data(Models::EntityIdRole).toString() == u"shusha"_s);
    CHECK(places->model()->index(2, 0).data(Models::EntityIdRole).toString() == u"jabrayil"_s);
}
