// The analyst's corrections through the viewer (issue 15): every kind made
// through its menu and dialog lands in the AnalystSession, Ctrl+Z takes it
// back and Ctrl+Shift+Z (or Ctrl+Y) brings it again; the entity picker finds
// an entity by any spelling; the map's pick mode gives coordinates. Each runs
// in the English and the Arabic (right-to-left) UI.
#include "analystsession.h"
#include "articlelistmodel.h"
#include "articlepresenter.h"
#include "articleview.h"
#include "corpusindex.h"
#include "correctionactions.h"
#include "correctiondatedialog.h"
#include "correctionentitydialog.h"
#include "entitypicker.h"
#include "filterresult.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "mapview.h"
#include "resources.h"
#include "roles.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Analyst::CorrectionKind;

namespace {

void openSamples(Widgets::MainWindow &window)
{
    window.resize(1500, 920);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openPaths({});
    Tests::waitForLoad(window);
}

/// Runs \a act on the widget \a find returns, once there is one (a menu or a
/// dialog opened by the step that follows). Gives up after five seconds.
void whenUp(std::function<QWidget *()> find, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    auto ticks = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [=] {
        QWidget *w = find();
        if (!w && ++*ticks < 250)
            return;
        timer->stop();
        timer->deleteLater();
        if (w)
            act(w);
    });
    timer->start();
}

QWidget *popupMenu()
{
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

template<typename Dialog>
std::function<QWidget *()> modal()
{
    return [] {
        return qobject_cast<Dialog *>(QApplication::activeModalWidget());
    };
}

/// Chooses the action named \a name in the open menu with the keyboard
/// (closes the menu when it has none); \a found tells which.
void chooseInMenu(QWidget *w, const QString &name, bool *found = nullptr)
{
    auto *menu = static_cast<QMenu *>(w);
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name) {
            if (found)
                *found = true;
            menu->setActiveAction(a);
            QTest::keyClick(menu, Qt::Key_Return);
            return;
        }
    }
    menu->close();
}

/// Types \a text key by key (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// Types \a text into the open entity picker and presses Enter.
void pickEntity(QWidget *w, const QString &text)
{
    auto *picker = static_cast<Widgets::EntityPicker *>(w);
    picker->searchEdit()->clear();
    typeText(picker->searchEdit(), text);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    if (picker->isVisible())
        picker->reject();
}

/// The context menu of the pane at mention \a index (mouse), or at the text
/// cursor (keyboard) when \a index is -1.
void openPaneMenu(Widgets::ArticleView *view, qsizetype index)
{
    if (index >= 0) {
        const QPoint at = view->mentionRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
    } else {
        const QPoint at = view->cursorRect().center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
    }
}

/// Shows the first article with a mention that \a wanted accepts; its index.
qsizetype showMention(Widgets::MainWindow &window,
                      const std::function<bool(const Mention &)> &wanted)
{
    const auto &index = window.filterResult()->index();
    for (qsizetype row = 0; row < index->size(); ++row) {
        const QList<Mention> &mentions = index->article(row).mentions;
        for (qsizetype m = 0; m < mentions.size(); ++m) {
            if (wanted(mentions.at(m))) {
                window.showArticle(row);
                window.articleView()->showSpan(mentions.at(m).span);
                return m;
            }
        }
    }
    return -1;
}

const Analyst::Correction *only(const Widgets::MainWindow &window)
{
    const auto &corrections = window.analyst()->data().corrections;
    return corrections.size() == 1 ? &corrections.first() : nullptr;
}

/// Ctrl+Z removes the one correction, Ctrl+Shift+Z brings it back, and again
/// with Ctrl+Y: the same uid and fields every time.
void checkUndoRedo(Widgets::MainWindow &window)
{
    const Analyst::Correction *made = only(window);
    REQUIRE(made);
    const Analyst::Correction before = *made;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.articleView()->setFocus();
    QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.analyst()->data().corrections.isEmpty());
    QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(only(window));
    CHECK(only(window)->uid == before.uid);
    CHECK(only(window)->kind == before.kind);
    CHECK(only(window)->anchor == before.anchor);
    CHECK(only(window)->entityId == before.entityId);
    QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.analyst()->data().corrections.isEmpty());
    QTest::keyClick(window.articleView(), Qt::Key_Y, Qt::ControlModifier);
    REQUIRE(only(window));
    CHECK(only(window)->uid == before.uid);
}

bool isShusha(const Mention &m)
{
    return m.entityId == u"shusha"_s && !m.candidate;
}

/// Opens the samples, shows a mention of Shusha and marks it wrong through
/// the pane's menu; the mention as it was.
Mention markShushaNotMention(Widgets::MainWindow &window)
{
    openSamples(window);
    const qsizetype m = showMention(window, isShusha);
    REQUIRE(m >= 0);
    const Mention mention = window.articleView()->mentions().at(m);
    bool found = false;
    whenUp(popupMenu, [&](QWidget *w) { chooseInMenu(w, u"notMentionAction"_s, &found); });
    openPaneMenu(window.articleView(), m);
    REQUIRE(found);
    return mention;
}

} // namespace

TEST_CASE("Not a Mention from the pane's menu, undone and redone", "[gui][correctionsui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        const Mention mention = markShushaNotMention(window);
        const Analyst::Correction *c = only(window);
        REQUIRE(c);
        CHECK(c->kind == CorrectionKind::RemoveMention);
        CHECK(c->anchor.span == mention.span);
        CHECK(c->anchor.surface == mention.surface);
        CHECK(c->anchor.articleKey.size() == 64);
        CHECK(c->author.isEmpty());
        // The article on screen loses the mention and its highlight at once,
        // not only when it is shown again (seen under Xvfb: the colour stayed).
        const auto gone = [&] {
            const QList<Mention> &now = window.articleView()->mentions();
            return std::none_of(now.cbegin(), now.cend(),
                                [&](const Mention &x) { return x.span == mention.span; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(gone(), 20000);
        CHECK(window.articleView()->paintedFormat(mention.span.start).background().style() ==
              Qt::NoBrush);
        // The undo entry says what it undoes.
        CHECK(window.corrections()->undoAction()->text().contains(mention.surface));
        CHECK(window.corrections()->undoAction()->isEnabled());
        checkUndoRedo(window);
    }
}

TEST_CASE("Opening another corpus starts a new undo history", "[gui][correctionsui]")
{
    // Undo must not reach into a corpus that is no longer open: the step
    // would change the analyst's data where nobody sees it.
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        markShushaNotMention(window);
        REQUIRE(only(window));
        REQUIRE(window.corrections()->undoAction()->isEnabled());

        QTemporaryDir other;
        REQUIRE(other.isValid());
        QFile file(other.filePath(u"other.txt"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            u"قالت وزارة الدفاع في باكو اليوم الأحد 4 أكتوبر 2020 إن المعارك مستمرة."_s.toUtf8());
        file.close();
        window.openPaths({other.path()});
        Tests::waitForLoad(window);
        REQUIRE(window.filterResult()->index()->size() == 1);
        CHECK_FALSE(window.corrections()->undoAction()->isEnabled());
        CHECK(window.corrections()->undoStack()->count() == 0);
        window.articleView()->setFocus();
        QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier);
        CHECK(only(window)); // the correction stays
    }
}

TEST_CASE("Change Entity and Make New Entity from a mention's menu", "[gui][correctionsui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);

        // Change the entity: the picker opens on the surface; Stepanakert is typed.
        qsizetype m = showMention(window, isShusha);
        REQUIRE(m >= 0);
        whenUp(popupMenu, [](QWidget *w) {
            whenUp(modal<Widgets::EntityPicker>(),
                   [](QWidget *p) { pickEntity(p, u"Stepanakert"_s); });
            chooseInMenu(w, u"changeEntityAction"_s);
        });
        // From the keyboard: the mention is selected (as F3 does), Shift+F10.
        window.articleView()->setFocus();
        QTest::keyClick(window.articleView(), Qt::Key_F10, Qt::ShiftModifier);
        const Analyst::Correction *c = only(window);
        REQUIRE(c);
        CHECK(c->kind == CorrectionKind::ChangeEntity);
        CHECK(c->entityId == u"stepanakert"_s);
        checkUndoRedo(window);
        window.corrections()->undoStack()->undo();
        REQUIRE(window.analyst()->data().corrections.isEmpty());

        // A candidate (dotted) becomes an entity, placed with a click on the map.
        m = showMention(window, [](const Mention &x) { return x.candidate; });
        REQUIRE(m >= 0);
        const Mention candidate = window.articleView()->mentions().at(m);
        bool found = false;
        whenUp(popupMenu, [&](QWidget *w) { chooseInMenu(w, u"newEntityAction"_s, &found); });
        openPaneMenu(window.articleView(), m);
        REQUIRE(found);
        Widgets::CorrectionEntityDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<Widgets::CorrectionEntityDialog *>(
                         QApplication::activeModalWidget())));
        CHECK(dialog->arabicEdit()->text() == candidate.surface);
        QTest::keyClicks(dialog->englishEdit(), u"Test Village"_s);
        CHECK(dialog->idEdit()->text() == u"x-test-village"_s);
        QTest::mouseClick(dialog->pickButton(), Qt::LeftButton);
        CHECK_FALSE(dialog->isVisible());
        Widgets::MapView *map = window.mapView();
        REQUIRE(map->isPicking());
        const QPoint at(map->width() / 2 + 20, map->height() / 2 - 10);
        const QPointF lonLat = map->viewport().toLonLat(at);
        QTest::mouseClick(map, Qt::LeftButton, {}, at);
        CHECK_FALSE(map->isPicking());
        QTRY_VERIFY(dialog->isVisible());
        CHECK(dialog->latitude()->value() == Approx(lonLat.y()).margin(1e-3));
        CHECK(dialog->longitude()->value() == Approx(lonLat.x()).margin(1e-3));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        c = only(window);
        REQUIRE(c);
        CHECK(c->kind == CorrectionKind::NewEntity);
        CHECK(c->entity.id == u"x-test-village"_s);
        CHECK(c->entity.ar == candidate.surface);
        CHECK(c->entity.en == u"Test Village"_s);
        CHECK(c->entity.hasCoordinates);
        CHECK(c->entity.lat == Approx(lonLat.y()).margin(1e-3));
        CHECK(window.corrections()->undoAction()->text().contains(candidate.surface));
        checkUndoRedo(window);
        // The analyst's entity is found by the picker from now on, and its id is taken.
        const Widgets::EntityChoices choices = window.corrections()->choices();
        CHECK(choices.find(u"x-test-village"_s));
        CHECK(Widgets::CorrectionEntityDialog::proposeId(u"Test Village"_s, [&](const QString &id) {
                  return choices.find(id);
              }) == u"x-test-village-2"_s);
    }
}

TEST_CASE("Add Mention on a selection of the pane", "[gui][correctionsui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        Widgets::ArticleView *view = window.articleView();
        // A word of the body that is no mention: the one after the first mention.
        const qsizetype m = showMention(window, isShusha);
        REQUIRE(m >= 0);
        const QString text = view->toPlainText();
        qsizetype start = view->mentions().at(m).span.end;
        while (start < text.size() && !text.at(start).isLetter())
            ++start;
        qsizetype end = start;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        const TextSpan word{start, end};
        for (const Mention &x : view->mentions())
            REQUIRE_FALSE(x.span.overlaps(word));
        // Selected with a space on each side: the span is trimmed to the word.
        QTextCursor cursor(view->document());
        cursor.setPosition(int(start - 1));
        cursor.setPosition(int(end + 1), QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        view->setFocus();
        bool found = false;
        whenUp(popupMenu, [&](QWidget *w) {
            whenUp(modal<Widgets::EntityPicker>(), [&](QWidget *p) {
                // The picker opens on the selected text.
                CHECK(static_cast<Widgets::EntityPicker *>(p)->searchEdit()->text() ==
                      text.mid(start, end - start));
                pickEntity(p, u"shusha"_s);
            });
            chooseInMenu(w, u"addMentionAction"_s, &found);
        });
        QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier); // at the cursor
        REQUIRE(found);
        const Analyst::Correction *c = only(window);
        REQUIRE(c);
        CHECK(c->kind == CorrectionKind::AddMention);
        CHECK(c->entityId == u"shusha"_s);
        CHECK(c->anchor.span == word);
        CHECK(c->anchor.surface == text.mid(start, end - start));
        checkUndoRedo(window);
    }
}

TEST_CASE("Set Publication Date: a day with a reason, then a range, undone step by step",
          "[gui][correctionsui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        window.showArticle(window.articleModel()->corpusRow(0));
        bool okWithoutNote = true;
        whenUp(popupMenu, [&](QWidget *w) {
            whenUp(modal<Widgets::CorrectionDateDialog>(), [&](QWidget *d) {
                auto *dialog = static_cast<Widgets::CorrectionDateDialog *>(d);
                auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                // The reason is required.
                okWithoutNote = ok->isEnabled();
                CHECK_FALSE(dialog->findChild<QLabel *>(u"currentDate"_s)->text().isEmpty());
                dialog->startEdit()->setDate(QDate(2020, 10, 5));
                QTest::keyClicks(dialog->noteEdit(), u"The agency's wire says so"_s);
                QTest::mouseClick(ok, Qt::LeftButton);
            });
            chooseInMenu(w, u"setDateAction"_s);
        });
        openPaneMenu(window.articleView(), -1);
        CHECK_FALSE(okWithoutNote);
        const Analyst::Correction *c = only(window);
        REQUIRE(c);
        CHECK(c->kind == CorrectionKind::SetDate);
        CHECK(c->anchor.isArticle());
        CHECK(c->dateStart == QDate(2020, 10, 5));
        CHECK(c->dateEnd == QDate(2020, 10, 5));
        CHECK(c->note == u"The agency's wire says so"_s);
        checkUndoRedo(window);

        // Again from the Edit menu: a range; the same correction is changed.
        whenUp(modal<Widgets::CorrectionDateDialog>(), [&](QWidget *d) {
            auto *dialog = static_cast<Widgets::CorrectionDateDialog *>(d);
            CHECK(dialog->startEdit()->date() == QDate(2020, 10, 5));
            QTest::keyClick(dialog->rangeCheck(), Qt::Key_Space);
            dialog->endEdit()->setDate(QDate(2020, 10, 7));
            dialog->accept();
        });
        window.findChild<QAction *>(u"setDateAction"_s)->trigger();
        c = only(window);
        REQUIRE(c);
        CHECK(c->dateStart == QDate(2020, 10, 5));
        CHECK(c->dateEnd == QDate(2020, 10, 7));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.articleView()->setFocus();
        QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier);
        REQUIRE(only(window));
        CHECK(only(window)->dateEnd == QDate(2020, 10, 5));
        QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier);
        CHECK(window.analyst()->data().corrections.isEmpty());
        QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(only(window));
        CHECK(only(window)->dateEnd == QDate(2020, 10, 7));
    }
}

TEST_CASE("Merge Into from the entity panel's menu", "[gui][correctionsui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        QTreeView *tree = window.entityView();
        QModelIndex shusha;
        QAbstractItemModel *model = tree->model();
        for (int g = 0; g < model->rowCount() && !shusha.isValid(); ++g) {
            for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r) {
                const QModelIndex i = model->index(r, 0, model->index(g, 0));
                if (i.data(Models::EntityIdRole).toString() == u"shusha"_s)
                    shusha = i;
            }
        }
        REQUIRE(shusha.isValid());
        tree->setFocus();
        tree->setCurrentIndex(shusha);
        bool found = false;
        whenUp(popupMenu, [&](QWidget *w) {
            whenUp(modal<Widgets::EntityPicker>(),
                   [](QWidget *p) { pickEntity(p, u"ستيباناكرت"_s); });
            chooseInMenu(w, u"mergeIntoAction"_s, &found);
        });
        QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier);
        REQUIRE(found);
        const Analyst::Correction *c = only(window);
        REQUIRE(c);
        CHECK(c->kind == CorrectionKind::MergeEntities);
        CHECK(c->entityId == u"shusha"_s);
        CHECK(c->targetEntityId == u"stepanakert"_s);
        CHECK(c->anchor == Analyst::Anchor{});
        checkUndoRedo(window);
    }
}

TEST_CASE("The entity picker finds an entity by any spelling, from the keyboard",
          "[gui][correctionsui][picker]")
{
    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath()).gazetteer;
    REQUIRE(gazetteer);
    Analyst::Correction added;
    added.kind = CorrectionKind::NewEntity;
    added.entity.id = u"x-aghdara-camp"_s;
    added.entity.ar = u"مخيم أغدرة"_s;
    added.entity.en = u"Aghdara camp"_s;
    const Widgets::EntityChoices choices(gazetteer.get(), {added});
    auto first = [&](const QString &query) {
        const QList<qsizetype> found = choices.search(query);
        return found.isEmpty() ? QString() : choices.choices().at(found.first()).id;
    };
    // An alias, the English name in any case, the main name with tashkeel, a
    // ta marbuta written as ha, a hamza written bare or with madda.
    CHECK(first(u"شوشا"_s) == u"shusha"_s);
    CHECK(first(u"shusha"_s) == u"shusha"_s);
    CHECK(first(u"Shusha"_s) == u"shusha"_s);
    CHECK(first(u"شُوشَة"_s) == u"shusha"_s);
    CHECK(first(u"شوشه"_s) == u"shusha"_s);
    CHECK(first(u"اسكيران"_s) == u"askeran"_s);
    CHECK(first(u"آسكيران"_s) == u"askeran"_s);
    // The analyst's own entities, with hamza and ta marbuta folded.
    CHECK(first(u"مخيم اغدره"_s) == u"x-aghdara-camp"_s);
    CHECK(first(u"aghdara c"_s) == u"x-aghdara-camp"_s);
    // A type filter: only the people (Shushan Stepanyan), not the town.
    const QList<qsizetype> people = choices.search(u"شوشا"_s, EntityType::Person);
    REQUIRE_FALSE(people.isEmpty());
    for (const qsizetype i : people)
        CHECK(choices.choices().at(i).type == EntityType::Person);

    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::EntityPicker picker(choices, u"Pick"_s);
        picker.show();
        REQUIRE(QTest::qWaitForWindowExposed(&picker));
        typeText(picker.searchEdit(), u"شوشا"_s);
        CHECK(picker.selectedId() == u"shusha"_s);
        CHECK(picker.list()->currentItem()->text().contains(u"Shusha"_s));
        picker.searchEdit()->clear();
        QTest::keyClicks(picker.searchEdit(), u"Shusha"_s);
        CHECK(picker.selectedId() == u"shusha"_s);
        // Down walks the list from the search field; Enter picks.
        picker.searchEdit()->clear();
        typeText(picker.searchEdit(), u"شوش"_s);
        REQUIRE(picker.list()->count() >= 2);
        const QString second = picker.list()->item(1)->data(Qt::UserRole).toString();
        QTest::keyClick(picker.searchEdit(), Qt::Key_Down);
        CHECK(picker.selectedId() == second);
        QTest::keyClick(picker.searchEdit(), Qt::Key_Return);
        CHECK(picker.result() == QDialog::Accepted);
        CHECK_FALSE(picker.isVisible());
        // The type filter from the keyboard.
        picker.show();
        picker.searchEdit()->clear();
        typeText(picker.searchEdit(), u"شوشا"_s);
        picker.typeFilter()->setFocus();
        QTest::keyClick(picker.typeFilter(), Qt::Key_Down); // Person, the first type
        REQUIRE(picker.typeFilter()->currentData().toInt() == int(EntityType::Person));
        CHECK(picker.list()->count() == people.size());
        CHECK(picker.selectedId() == u"shushan-stepanyan"_s);
    }
}

TEST_CASE("The map's pick mode gives the coordinates of the next click, once",
          "[gui][correctionsui][map]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        Widgets::MapView *map = window.mapView();
        QSignalSpy picked(map, &Widgets::MapView::pointPicked);
        QSignalSpy clicked(map, &Widgets::MapView::markerClicked);
        map->startPick();
        REQUIRE(map->isPicking());
        const QPoint at(map->width() / 3, map->height() / 3);
        const QPointF lonLat = map->viewport().toLonLat(at);
        QTest::mouseClick(map, Qt::LeftButton, {}, at);
        REQUIRE(picked.size() == 1);
        CHECK(picked.first().at(0).toDouble() == Approx(lonLat.y()));
        CHECK(picked.first().at(1).toDouble() == Approx(lonLat.x()));
        CHECK(clicked.isEmpty());
        CHECK_FALSE(map->isPicking());
        QTest::mouseClick(map, Qt::LeftButton, {}, at);
        CHECK(picked.size() == 1);
        // Escape ends it without a point.
        QSignalSpy canceled(map, &Widgets::MapView::pickCanceled);
        map->startPick();
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Escape);
        CHECK(canceled.size() == 1);
        CHECK_FALSE(map->isPicking());
    }
}

// Screenshots of the correction flow, for looking at it as a user would. Hidden; run with
//   xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
//       MARSAD_SCREENSHOT_DIR=/tmp/shots build/tests/marsad-tests "[.correctionshots]"
TEST_CASE("Screenshots of the corrections", "[.correctionshots]")
{
    const QString dir = qEnvironmentVariable("MARSAD_SCREENSHOT_DIR", u"/tmp"_s);
    auto shoot = [&](const QString &name) {
        QTest::qWait(400);
        QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u'/' + name + u".png"_s});
    };
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        const QString prefix = arabic ? u"ar-"_s : u"en-"_s;
        Widgets::MainWindow window;
        window.resize(1600, 1000);
        window.move(0, 0);
        openSamples(window);
        const qsizetype m = showMention(window, isShusha);
        REQUIRE(m >= 0);
        whenUp(popupMenu, [&](QWidget *w) {
            shoot(prefix + u"01-mention-menu"_s);
            whenUp(modal<Widgets::EntityPicker>(), [&](QWidget *p) {
                auto *picker = static_cast<Widgets::EntityPicker *>(p);
                picker->searchEdit()->clear();
                typeText(picker->searchEdit(), u"ستيبان"_s);
                shoot(prefix + u"02-entity-picker"_s);
                QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
            });
            chooseInMenu(w, u"changeEntityAction"_s);
        });
        openPaneMenu(window.articleView(), m);
        REQUIRE(only(window));

        whenUp(modal<Widgets::CorrectionDateDialog>(), [&](QWidget *d) {
            auto *dialog = static_cast<Widgets::CorrectionDateDialog *>(d);
            QTest::keyClick(dialog->rangeCheck(), Qt::Key_Space);
            dialog->startEdit()->setDate(QDate(2020, 10, 5));
            dialog->endEdit()->setDate(QDate(2020, 10, 6));
            QTest::keyClicks(dialog->noteEdit(),
                             u"The wire's timestamp, seen on the agency site"_s);
            shoot(prefix + u"03-date-dialog"_s);
            dialog->accept();
        });
        window.findChild<QAction *>(u"setDateAction"_s)->trigger();

        const qsizetype c = showMention(window, [](const Mention &x) { return x.candidate; });
        REQUIRE(c >= 0);
        whenUp(popupMenu, [&](QWidget *w) {
            shoot(prefix + u"04-candidate-menu"_s);
            chooseInMenu(w, u"newEntityAction"_s);
        });
        openPaneMenu(window.articleView(), c);
        Widgets::CorrectionEntityDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<Widgets::CorrectionEntityDialog *>(
                         QApplication::activeModalWidget())));
        QTest::keyClicks(dialog->englishEdit(), u"Kalbajar camp"_s);
        shoot(prefix + u"05-new-entity"_s);
        QTest::mouseClick(dialog->pickButton(), Qt::LeftButton);
        shoot(prefix + u"06-map-pick-mode"_s);
        Widgets::MapView *map = window.mapView();
        QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(map->width() / 2, map->height() / 2));
        QTRY_VERIFY(dialog->isVisible());
        shoot(prefix + u"07-new-entity-picked"_s);
        dialog->accept();

        // The Edit menu names what Undo takes back.
        QMenu *edit = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(window.corrections()->undoAction()))
                edit = a->menu();
        }
        REQUIRE(edit);
        whenUp(popupMenu, [&](QWidget *w) {
            shoot(prefix + u"08-edit-menu"_s);
            static_cast<QMenu *>(w)->close();
        });
        window.menuBar()->setActiveAction(edit->menuAction());
        QTest::qWait(1500);
    }
}
