// The main window, driven headless.
#include "articlelistmodel.h"
#include "articleview.h"
#include "issuelistmodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

void waitForLoad(Widgets::MainWindow &window)
{
    QSignalSpy loaded(&window, &Widgets::MainWindow::corpusLoaded);
    REQUIRE(loaded.wait(30000));
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
    QStringList titles;
    for (int row = 0; row < 5; ++row)
        titles.append(model->index(row, 0).data().toString());
    CHECK(titles.at(1) == u"بوتين يبحث مع نظيره الأرميني الوضع في كاراباخ"_s);
    // The first article is shown, as written, right to left.
    CHECK(window.articleView()->toPlainText().startsWith(u"دعا الرئيس الروسي"_s));
    CHECK(window.articleView()->layoutDirection() == Qt::RightToLeft);
}

TEST_CASE("Selecting an article shows its text and failed files are listed", "[gui]")
{
    Widgets::MainWindow window;
    window.show();
    window.openPaths({Tests::dataPath(u"mixed"_s)});
    waitForLoad(window);
    REQUIRE(window.articleModel()->rowCount() == 2);
    window.articleList()->setCurrentIndex(window.articleModel()->index(1, 0));
    CHECK(window.articleView()->toPlainText().startsWith(u"خبر في مجلد فرعي"_s));
    CHECK(window.issueModel()->rowCount() == 1);
}
