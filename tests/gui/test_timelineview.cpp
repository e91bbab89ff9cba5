// The timeline view in the window: clicks open articles, the axis brush sets
// the date range, keys zoom.
#include "articleview.h"
#include "filterstate.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "testsupport.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
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

namespace {

// A timeline view on the sample corpus, alone (no window around it).
struct ViewFixture
{
    Models::TimelineModel model;
    Index::FilterState filter;
    Widgets::TimelineView view{&model, &filter};

    explicit ViewFixture(Qt::LayoutDirection direction)
    {
        view.setLayoutDirection(direction);
        view.resize(1200, 420);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        model.setIndex(Tests::sampleIndex());
        model.applyFilter({});
    }
    const Render::PlacedMarker *focused() const
    {
        const qsizetype m =
            Render::TimelineRenderer::markerOf(view.currentLayout(), view.focusedItem());
        return m >= 0 ? &view.currentLayout().markers.at(m) : nullptr;
    }
};

} // namespace

TEST_CASE("Timeline items are reached and opened from the keyboard", "[gui][timeline]")
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        INFO((direction == Qt::RightToLeft ? "right to left" : "left to right"));
        ViewFixture f(direction);
        REQUIRE(f.view.currentLayout().markers.size() > 3);
        // Tab into the view: the first item in reading order has the focus ring.
        f.view.setFocus(Qt::TabFocusReason);
        REQUIRE(f.view.hasFocus());
        const Render::PlacedMarker *first = f.focused();
        REQUIRE(first != nullptr);
        CHECK(first->lane == Models::TimelineItem::Lane::Articles);
        CHECK(f.view.scene().focusedItem == f.view.focusedItem());
        // The arrow away from the reading edge moves to a later item on screen.
        const Qt::Key onward = direction == Qt::RightToLeft ? Qt::Key_Left : Qt::Key_Right;
        const QDate from = f.view.from(), to = f.view.to();
        const qreal x0 = first->shape.center().x();
        QTest::keyClick(&f.view, onward);
        const Render::PlacedMarker *second = f.focused();
        REQUIRE(second != nullptr);
        CHECK(second->lane == first->lane);
        CHECK((direction == Qt::RightToLeft ? second->shape.center().x() < x0
                                            : second->shape.center().x() > x0));
        CHECK(f.view.from() == from); // moved the focus, did not pan
        CHECK(f.view.to() == to);
        // Down reaches the events lane.
        QTest::keyClick(&f.view, Qt::Key_Down);
        REQUIRE(f.focused() != nullptr);
        CHECK(f.focused()->lane == Models::TimelineItem::Lane::Events);
        // Enter activates it: the same signal as a click.
        QSignalSpy activated(&f.view, &Widgets::TimelineView::itemActivated);
        QTest::keyClick(&f.view, Qt::Key_Return);
        REQUIRE(activated.count() == 1);
        CHECK(activated.first().at(0).value<qsizetype>() == f.view.focusedItem());
        // Shift+F10 opens the item's context menu.
        QTest::keyClick(&f.view, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        CHECK(menu->objectName() == u"timelineItemMenu"_s);
        CHECK_FALSE(menu->actions().isEmpty());
        menu->close();
        // So does the Menu key.
        QTest::keyClick(&f.view, Qt::Key_Menu);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr);
        QApplication::activePopupWidget()->close();
        // Ctrl+arrow still pans.
        QTest::keyClick(&f.view, onward, Qt::ControlModifier);
        CHECK(f.view.from() > from);
    }
}

TEST_CASE("The focus ring is drawn on the focused item", "[gui][timeline]")
{
    ViewFixture f(Qt::LeftToRight);
    f.view.setFocus(Qt::TabFocusReason);
    REQUIRE(f.focused() != nullptr);
    const QImage focused = f.view.grab().toImage();
    f.view.clearFocus();
    const QImage unfocused = f.view.grab().toImage();
    const QRect ring = f.focused()->shape.adjusted(-6, -6, 6, 6).toAlignedRect();
    CHECK(focused.copy(ring) != unfocused.copy(ring));
}

TEST_CASE("The timeline keeps its layout between repaints", "[gui][timeline]")
{
    ViewFixture f(Qt::RightToLeft);
    const int before = f.view.layoutCount();
    // Hover, focus moves and the shaded range only repaint.
    f.view.setFocus(Qt::TabFocusReason);
    QTest::keyClick(&f.view, Qt::Key_Left);
    QTest::mouseMove(&f.view, QPoint(300, 200));
    QTest::mouseMove(&f.view, QPoint(310, 210));
    f.view.repaint();
    CHECK(f.view.layoutCount() == before);
    // A zoom lays out again.
    QTest::keyClick(&f.view, Qt::Key_Plus);
    CHECK(f.view.layoutCount() == before + 1);
}

// Pictures to look at (hidden): the window on the samples plus three articles
// of our own that carry no date, and the map close around Shusha. Run with
//   xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
//       MARSAD_SCREENSHOT_DIR=/tmp/shots build/tests/marsad-tests "[.screenshots]"
TEST_CASE("Screenshots of the undated row and the map near Shusha", "[.screenshots]")
{
    const QString shots = qEnvironmentVariable("MARSAD_SCREENSHOT_DIR", u"/tmp"_s);
    QDir().mkpath(shots);
    QTemporaryDir corpus;
    REQUIRE(corpus.isValid());
    for (const QString &file : Tests::sampleCorpusFiles())
        QFile::copy(file, corpus.filePath(QFileInfo(file).fileName()));
    const QStringList undated = {
        u"قالت وزارة الدفاع الأذربيجانية إن قواتها تقدمت نحو مدينة شوشة وسيطرت على عدة "
        u"قرى في محيطها، فيما نفت يريفان ذلك."_s,
        u"دعا الاتحاد الأوروبي طرفي النزاع في قره باغ إلى احترام وقف إطلاق النار والعودة "
        u"إلى طاولة المفاوضات برعاية مجموعة مينسك."_s,
        u"أفاد سكان في ستيباناكرت بأن صفارات الإنذار دوت في المدينة، ولجأ كثيرون إلى "
        u"الملاجئ (بحسب شهود)."_s,
    };
    for (qsizetype i = 0; i < undated.size(); ++i) {
        QFile out(corpus.filePath(u"undated-%1.txt"_s.arg(i)));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(undated.at(i).toUtf8());
    }
    Widgets::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &Widgets::MainWindow::corpusLoaded);
    window.openPaths({corpus.path()});
    REQUIRE(loaded.wait(60000));
    CHECK(window.timelineModel()->undatedTotal() >= 1);
    window.timelineView()->setFocus(Qt::TabFocusReason);
    QTest::qWait(300);
    REQUIRE(window.grab().save(shots + u"/window-undated.png"_s));
    REQUIRE(window.timelineView()->grab().save(shots + u"/timeline-undated.png"_s));
    window.filter()->setDateRange(QDate(2020, 10, 1), QDate(2020, 10, 9));
    QTest::qWait(200);
    REQUIRE(window.timelineView()->grab().save(shots + u"/timeline-range.png"_s));
    window.filter()->clearDateRange();
    QString error;
    REQUIRE(window.exportTimeline(shots + u"/timeline-undated.svg"_s, 1600, 1, &error));

    // The map near Shusha: a 20 km scale bar, then closer.
    Widgets::MapView *map = window.mapView();
    map->centreOn(46.75, 39.79, 8.6);
    Geo::Viewport v = map->viewport();
    v.setZoom(8.6);
    map->setViewport(v);
    REQUIRE(map->exportImage(shots + u"/map-shusha-20km.png"_s, QSize(900, 700), 1.0));
    map->centreOn(46.75, 39.79, 11.0);
    REQUIRE(map->exportImage(shots + u"/map-shusha-close.png"_s, QSize(900, 700), 1.0));

    // The Arabic, right-to-left window on the same corpus.
    I18n::LanguageManager languages;
    languages.apply(u"ar"_s);
    {
        Widgets::MainWindow arabic;
        arabic.resize(1600, 1000);
        arabic.show();
        REQUIRE(QTest::qWaitForWindowExposed(&arabic));
        QSignalSpy arabicLoaded(&arabic, &Widgets::MainWindow::corpusLoaded);
        arabic.openPaths({corpus.path()});
        REQUIRE(arabicLoaded.wait(60000));
        arabic.mapView()->renderer().setLanguage(u"ar"_s);
        arabic.filter()->setDateRange(QDate(2020, 10, 1), QDate(2020, 10, 9));
        QTest::qWait(300);
        REQUIRE(arabic.grab().save(shots + u"/window-arabic-undated.png"_s));
        arabic.filter()->clearDateRange();
    }
    languages.apply(u"en"_s);
}
