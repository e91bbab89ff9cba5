// The article pane never carries one article's formats into the next, keeps
// the reading position when the filter changes, and marks search hits. Run in
// the English and the Arabic (right-to-left) UI.
#include "articlelistmodel.h"
#include "articleview.h"
#include "filterstate.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

/// Positions of the shown article that the analysis marked (entities, dates,
/// boilerplate): every other position must be painted plainly.
QList<bool> markedPositions(const Widgets::ArticleView &view)
{
    QList<bool> marked(view.document()->characterCount(), false);
    auto mark = [&](const TextSpan &s) {
        for (qsizetype i = std::max<qsizetype>(0, s.start); i < std::min(s.end, marked.size()); ++i)
            marked[i] = true;
    };
    const Widgets::ArticleDisplay &d = view.display();
    for (const Mention &m : d.mentions)
        mark(m.span);
    for (const TextSpan &s : d.dates)
        mark(s);
    for (const Corpus::Boilerplate &b : d.boilerplate)
        mark(b);
    return marked;
}

/// The number of unmarked positions painted with a highlight or dimmed.
int leakedPositions(const Widgets::ArticleView &view)
{
    const QList<bool> marked = markedPositions(view);
    int leaked = 0;
    for (int i = 0; i + 1 < marked.size(); ++i) {
        if (marked.at(i) || view.document()->characterAt(i).isSpace())
            continue;
        const QTextCharFormat f = view.paintedFormat(i);
        if (f.background().style() != Qt::NoBrush || f.fontItalic() ||
            f.hasProperty(QTextFormat::ForegroundBrush) || f.fontUnderline() ||
            f.underlineStyle() != QTextCharFormat::NoUnderline)
            ++leaked;
    }
    return leaked;
}

} // namespace

TEST_CASE("Walking the articles in both directions never leaks a highlight", "[gui][pane]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        window.resize(1500, 920);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openPaths({});
        Tests::waitForLoad(window);
        const int rows = window.articleModel()->rowCount();
        REQUIRE(rows == 5);
        window.articleList()->setFocus();
        window.articleList()->setCurrentIndex(window.articleList()->model()->index(0, 0));
        int visited = 0;
        // Down through every article, then back up: Alt+Down / Alt+Up, as a user steps.
        for (const auto key : {Qt::Key_Down, Qt::Key_Up}) {
            for (int step = 0; step < rows; ++step) {
                INFO("arabic " << arabic << " step " << step << " article "
                               << window.articleView()->display().text.left(30));
                CHECK(leakedPositions(*window.articleView()) == 0);
                ++visited;
                QTest::keyClick(&window, key, Qt::AltModifier);
            }
        }
        CHECK(visited == 2 * rows);
        // A filter change and a click in the list must not leak either.
        window.filter()->setQuery(u"كاراباخ"_s);
        CHECK(leakedPositions(*window.articleView()) == 0);
        window.filter()->clear();
        for (int row = rows - 1; row >= 0; --row) {
            QTreeView *list = window.articleList();
            const QModelIndex index = list->model()->index(row, 0);
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualRect(index).center());
            CHECK(leakedPositions(*window.articleView()) == 0);
        }
    }
}

TEST_CASE("Clicking a name keeps the reading position", "[gui][pane]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        window.resize(1200, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openPaths({});
        Tests::waitForLoad(window);
        Widgets::ArticleView *view = window.articleView();
        // The longest article, scrolled to its last mention.
        qsizetype longest = 0;
        for (int r = 0; r < window.articleModel()->rowCount(); ++r) {
            const auto &a = window.articleModel()->articleAt(window.articleModel()->index(r, 0));
            if (a.article.text.size() >
                window.articleModel()
                    ->articleAt(window.articleModel()->index(int(longest), 0))
                    .article.text.size())
                longest = r;
        }
        window.showArticle(window.articleModel()->corpusRow(int(longest)));
        REQUIRE(view->mentions().size() > 3);
        // The last mention in the article's own text (one in a tag line does
        // not count for the filter, so the article would leave the list).
        qsizetype last = view->mentions().size() - 1;
        auto inBoilerplate = [&](const TextSpan &s) {
            return std::any_of(view->display().boilerplate.cbegin(),
                               view->display().boilerplate.cend(),
                               [&](const Corpus::Boilerplate &b) { return b.overlaps(s); });
        };
        while (last > 0 && inBoilerplate(view->mentions().at(last).span))
            --last;
        QTextCursor cursor(view->document());
        cursor.setPosition(int(view->mentions().at(last).span.start));
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        QTest::qWait(20);
        const int scrolled = view->verticalScrollBar()->value();
        REQUIRE(scrolled > 0);
        const QRect rect = view->mentionRect(last);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(!window.filter()->isEmpty());
        CHECK(view->verticalScrollBar()->value() == scrolled);
    }
}

TEST_CASE("A text search marks its hits and opens the article at the first", "[gui][pane][search]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        window.resize(1200, 700);
        window.show();
        window.openPaths({});
        Tests::waitForLoad(window);
        // Reading another article, scrolled to its end, when the search starts.
        window.showArticle(window.articleModel()->corpusRow(window.articleModel()->rowCount() - 1));
        window.articleView()->moveCursor(QTextCursor::End);
        window.filter()->setQuery(u"اذربيجان"_s); // folded: finds أذربيجان
        REQUIRE(window.articleModel()->rowCount() > 0);
        Widgets::ArticleView *view = window.articleView();
        const QList<TextSpan> hits = view->searchHits();
        REQUIRE(!hits.isEmpty());
        for (const TextSpan &h : hits) {
            const QString word = view->toPlainText().mid(h.start, h.end - h.start);
            CHECK(word.contains(u"ذربيجان"_s));
        }
        // The cursor sits on the first hit, in view, and every hit is marked.
        CHECK(view->textCursor().selectionStart() == hits.first().start);
        QTest::qWait(50);
        CHECK(view->viewport()->rect().contains(view->cursorRect()));
        CHECK(view->extraSelections().size() == hits.size());
    }
}

TEST_CASE("A one-line article of a megabyte is shown in paragraphs, offsets kept", "[gui][pane]")
{
    // A scraper's output: one line, no paragraph breaks, a name now and then.
    QString text;
    const QString sentence = u"قال المتحدث إن القصف استهدف مدينة ستيباناكرت صباح اليوم "_s;
    while (text.size() < 1024 * 1024)
        text += sentence;
    Widgets::ArticleView view;
    view.resize(800, 600);
    view.show();
    Widgets::ArticleDisplay display;
    display.key = u"big"_s;
    display.text = text;
    const qsizetype at = text.lastIndexOf(u"ستيباناكرت"_s);
    display.focus = {at, at + 10};
    view.showArticle(display);
    CHECK(view.document()->blockCount() > 200);
    CHECK(view.document()->characterCount() == text.size() + 1);
    CHECK(view.textCursor().selectedText() == u"ستيباناكرت"_s);
}
