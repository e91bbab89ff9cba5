// The timeline view in the window: clicks open articles, the axis brush sets
// the date range, keys zoom.
#include "articleview.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

void load(Widgets::MainWindow &window)
{
    window.resize(1500, 950);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &Widgets::MainWindow::corpusLoaded);
    window.openPaths({});
    REQUIRE(loaded.wait(60000));
    QTest::qWait(50);
}

} // namespace

TEST_CASE("Clicking a timeline event opens its article at the evidence", "[gui][timeline]")
{
    Widgets::MainWindow window;
    load(window);
    Widgets::TimelineView *view = window.timelineView();
    REQUIRE(view->width() > 300);
    const auto &layout = view->currentLayout();
    // An event marker with a single item.
    const auto it = std::find_if(layout.markers.cbegin(), layout.markers.cend(), [](const auto &m) {
        return m.lane == Models::TimelineItem::Lane::Events && m.items.size() == 1;
    });
    REQUIRE(it != layout.markers.cend());
    const Models::TimelineItem &item = window.timelineModel()->items().at(it->items.first());
    QSignalSpy activated(view, &Widgets::TimelineView::itemActivated);
    QTest::mouseClick(view, Qt::LeftButton, {}, it->shape.center().toPoint());
    REQUIRE(activated.count() == 1);
    const QString selected = window.articleView()->textCursor().selectedText();
    CHECK(selected == item.evidence.left(selected.size()));
    CHECK_FALSE(selected.isEmpty());
}

TEST_CASE("Dragging on the timeline axis sets the date-range filter", "[gui][timeline]")
{
    Widgets::MainWindow window;
    load(window);
    Widgets::TimelineView *view = window.timelineView();
    const QRectF axis = view->currentLayout().axis;
    const QPoint a(int(axis.left() + axis.width() * 0.3), int(axis.center().y()));
    const QPoint b(int(axis.left() + axis.width() * 0.6), int(axis.center().y()));
    QTest::mousePress(view, Qt::LeftButton, {}, a);
    QTest::mouseMove(view, b);
    QTest::mouseRelease(view, Qt::LeftButton, {}, b);
    const auto scene = view->scene();
    CHECK(window.filter()->from().isValid());
    CHECK(window.filter()->to().isValid());
    CHECK(window.filter()->from() ==
          std::min(Render::TimelineRenderer::dateAt(scene, axis, a.x()),
                   Render::TimelineRenderer::dateAt(scene, axis, b.x())));
    // A plain click on the axis clears it again.
    QTest::mouseClick(view, Qt::LeftButton, {}, a);
    CHECK_FALSE(window.filter()->from().isValid());
}

TEST_CASE("Keys zoom and Home fits everything", "[gui][timeline]")
{
    Widgets::MainWindow window;
    load(window);
    Widgets::TimelineView *view = window.timelineView();
    view->setFocus();
    const qint64 before = view->from().daysTo(view->to());
    QTest::keyClick(view, Qt::Key_Plus);
    CHECK(view->from().daysTo(view->to()) < before);
    QTest::keyClick(view, Qt::Key_Minus);
    QTest::keyClick(view, Qt::Key_Minus);
    CHECK(view->from().daysTo(view->to()) > before);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(view->from() <= window.timelineModel()->firstDate());
    CHECK(view->to() >= window.timelineModel()->lastDate());
}
