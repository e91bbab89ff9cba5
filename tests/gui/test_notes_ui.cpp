// The analyst's own work in the window (issue 15): notes on a passage, an
// article and an event, bookmarks (Ctrl+D), the Notes dock (filter, #tag,
// bookmarks only, Enter opens, Delete removes), saved views and the last
// state, and the .marsad project. Each runs in the English and the Arabic UI.
#include "analystsession.h"
#include "analyststore.h"
#include "anchor.h"
#include "articlepresenter.h"
#include "articleview.h"
#include "corpusindex.h"
#include "corpussession.h"
#include "filterresult.h"
#include "filterstate.h"
#include "guitestsupport.h"
#include "issuelistmodel.h"
#include "mainwindow.h"
#include "mapview.h"
#include "notedialog.h"
#include "notemodel.h"
#include "notesactions.h"
#include "notesdock.h"
#include "projectactions.h"
#include "roles.h"
#include "savedviews.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
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

/// The note dialog the last action opened, filled and accepted.
void fillNoteDialog(Widgets::MainWindow &window, const QString &text, const QString &tags)
{
    QPointer<Widgets::NoteDialog> dialog = window.findChild<Widgets::NoteDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QTest::keyClicks(dialog->textEdit(), text);
    QTest::keyClicks(dialog->tagsEdit(), tags);
    dialog->accept();
    // WA_DeleteOnClose deletes it later; the next findChild must not see it.
    delete dialog.data();
}

QModelIndex rowWithText(QAbstractItemModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, Models::NoteModel::TextColumn);
        if (index.data().toString().contains(text))
            return index;
    }
    return {};
}

/// QSettings of this scope live in a temporary folder (the last state must
/// not reach other tests).
class TemporarySettings
{
public:
    TemporarySettings()
    {
        REQUIRE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    ~TemporarySettings()
    {
        const QString standard =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, standard);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, standard);
    }
    TemporarySettings(const TemporarySettings &) = delete;
    TemporarySettings &operator=(const TemporarySettings &) = delete;

private:
    QTemporaryDir m_dir;
};

bool sameFilter(const Index::Filter &a, const Index::Filter &b)
{
    return a.included == b.included && a.excluded == b.excluded && a.from == b.from &&
           a.to == b.to && a.query == b.query && a.undatedOnly == b.undatedOnly;
}

} // namespace

TEST_CASE("Notes on a passage and an article, bookmarks, and the Notes dock", "[gui][notesui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        const auto &index = window.filterResult()->index();
        REQUIRE(index->size() >= 3);
        Widgets::ArticleView *pane = window.articleView();

        // A note on the selected passage.
        window.showArticle(0);
        QTextCursor cursor = pane->textCursor();
        cursor.setPosition(10);
        cursor.setPosition(30, QTextCursor::KeepAnchor);
        pane->setTextCursor(cursor);
        pane->setFocus();
        QTest::keyClick(pane, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        fillNoteDialog(window, u"Shelling claim"_s, u"shelling, to check"_s);
        REQUIRE(window.analyst()->data().notes.size() == 1);
        const Analyst::Note passage = window.analyst()->data().notes.first();
        CHECK(passage.target == Analyst::NoteTarget::Span);
        CHECK(passage.anchor.span == TextSpan{10, 30});
        CHECK(passage.anchor.surface == index->article(0).article.text.mid(10, 20));
        CHECK(passage.anchor.articleKey == Analyst::articleKeyOf(index->article(0).article));
        CHECK(passage.anchor.before == index->article(0).article.text.left(10));
        CHECK(passage.tags == QStringList{u"shelling"_s, u"to check"_s});

        // No selection: a note on the article.
        window.showArticle(1);
        pane->moveCursor(QTextCursor::Start);
        window.notesActions()->addNoteAction()->trigger();
        fillNoteDialog(window, u"Background piece"_s, u"context"_s);
        REQUIRE(window.analyst()->data().notes.size() == 2);
        CHECK(window.analyst()->data().notes.at(1).target == Analyst::NoteTarget::Article);
        CHECK(window.analyst()->data().notes.at(1).anchor.isArticle());

        // Ctrl+D toggles a bookmark, even from a text field.
        window.showArticle(2);
        window.searchEdit()->setFocus();
        QTest::keyClick(window.searchEdit(), Qt::Key_D, Qt::ControlModifier);
        REQUIRE(window.analyst()->data().notes.size() == 3);
        CHECK(window.analyst()->data().notes.at(2).bookmark);
        QTest::keyClick(pane, Qt::Key_D, Qt::ControlModifier);
        CHECK(window.analyst()->data().notes.size() == 2);
        QTest::keyClick(pane, Qt::Key_D, Qt::ControlModifier);
        CHECK(window.analyst()->data().notes.size() == 3);

        // The dock lists them.
        Widgets::NotesDock *dock = window.notesDock();
        dock->show();
        dock->raise();
        QTreeView *list = dock->view();
        QAbstractItemModel *shown = list->model();
        CHECK(shown->rowCount() == 3);
        CHECK(dock->model()
                  ->index(dock->model()->rowOf(passage.uid), Models::NoteModel::ArticleColumn)
                  .data()
                  .toString() == index->article(0).article.displayTitle());

        // Filtering: words, #tag, bookmarks only.
        QTest::keyClicks(dock->filterEdit(), u"shelling"_s);
        CHECK(shown->rowCount() == 1);
        dock->filterEdit()->clear();
        QTest::keyClicks(dock->filterEdit(), u"#context"_s);
        REQUIRE(shown->rowCount() == 1);
        CHECK(shown->index(0, Models::NoteModel::TextColumn).data().toString() ==
              u"Background piece"_s);
        dock->filterEdit()->clear();
        QTest::keyClicks(dock->filterEdit(), u"#nosuchtag"_s);
        CHECK(shown->rowCount() == 0);
        dock->filterEdit()->clear();
        dock->bookmarksOnly()->click();
        CHECK(shown->rowCount() == 1);
        dock->bookmarksOnly()->click();
        CHECK(shown->rowCount() == 3);

        // Enter opens the article with the passage selected.
        window.showArticle(2);
        const QModelIndex passageRow = rowWithText(shown, u"Shelling claim"_s);
        REQUIRE(passageRow.isValid());
        list->setFocus();
        list->setCurrentIndex(passageRow);
        QTest::keyClick(list, Qt::Key_Return);
        CHECK(window.presenter()->shownArticle() == 0);
        CHECK(pane->textCursor().selectionStart() == 10);
        CHECK(pane->textCursor().selectionEnd() == 30);

        // The context menu edits a note.
        const QModelIndex articleNote = rowWithText(shown, u"Background piece"_s);
        REQUIRE(articleNote.isValid());
        Q_EMIT list->customContextMenuRequested(list->visualRect(articleNote).center());
        auto *menu = dock->findChild<QMenu *>(u"notesMenu"_s);
        REQUIRE(menu);
        REQUIRE(menu->actions().size() == 3);
        menu->actions().at(1)->trigger();
        menu->close();
        {
            QPointer<Widgets::NoteDialog> dialog = window.findChild<Widgets::NoteDialog *>();
            REQUIRE(dialog);
            CHECK(dialog->textEdit()->toPlainText() == u"Background piece"_s);
            CHECK(dialog->tagsEdit()->text() == u"context"_s);
            dialog->textEdit()->setPlainText(u"Background piece, read"_s);
            dialog->accept();
            delete dialog.data();
        }
        CHECK(rowWithText(shown, u"Background piece, read"_s).isValid());
        CHECK(window.analyst()->data().notes.size() == 3);

        // Delete removes (a tombstone in the session).
        list->setCurrentIndex(rowWithText(shown, u"Shelling claim"_s));
        QTest::keyClick(list, Qt::Key_Delete);
        CHECK(shown->rowCount() == 2);
        CHECK(window.analyst()->note(passage.uid) == nullptr);
        CHECK(!rowWithText(shown, u"Shelling claim"_s).isValid());
    }
}

TEST_CASE("A note on a timeline event is anchored on its evidence", "[gui][notesui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        const auto &items = window.timelineModel()->items();
        qsizetype event = -1;
        for (qsizetype i = 0; i < items.size() && event < 0; ++i) {
            if (items.at(i).lane == Models::TimelineItem::Lane::Events &&
                items.at(i).span.isValid())
                event = i;
        }
        REQUIRE(event >= 0);
        Widgets::TimelineView *timeline = window.timelineView();
        timeline->setFocus();
        timeline->setFocusedItem(event);
        const qsizetype focused = timeline->focusedItem();
        REQUIRE(focused >= 0);
        bool added = false;
        QTimer::singleShot(200, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            if (auto *add = menu->findChild<QAction *>(u"timelineAddNoteAction"_s)) {
                menu->close();
                add->trigger();
                added = true;
            }
        });
        QTest::keyClick(timeline, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(added);
        fillNoteDialog(window, u"Check this date"_s, QString());
        REQUIRE(window.analyst()->data().notes.size() == 1);
        const Analyst::Note note = window.analyst()->data().notes.first();
        const Models::TimelineItem &item = items.at(focused);
        if (item.lane == Models::TimelineItem::Lane::Events) {
            CHECK(note.target == Analyst::NoteTarget::Event);
            CHECK(note.anchor.span == item.span);
        } else {
            CHECK(note.target == Analyst::NoteTarget::Article);
        }
    }
}

TEST_CASE("Saved views restore the filter, the timeline and the map", "[gui][notesui]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        openSamples(window);
        const QStringList ids = window.filterResult()->index()->entityIds();
        REQUIRE(ids.contains(u"shusha"_s));
        REQUIRE(ids.contains(u"armenia"_s));
        Index::FilterState *filter = window.filter();
        filter->includeEntity(u"shusha"_s);
        filter->excludeEntity(u"armenia"_s);
        filter->setDateRange(QDate(2020, 9, 27), QDate(2020, 11, 10));
        window.timelineView()->setRange(QDate(2020, 9, 1), QDate(2020, 12, 1));
        window.mapView()->centreOn(46.75, 39.76, 10.0);
        const Index::Filter saved = filter->filter();
        const Geo::Viewport savedMap = window.mapView()->viewport();

        auto *save = window.findChild<QAction *>(u"saveViewAction"_s);
        REQUIRE(save);
        save->trigger();
        auto *ask = window.findChild<QInputDialog *>(u"saveViewDialog"_s);
        REQUIRE(ask);
        ask->setTextValue(u"Shusha front"_s);
        ask->accept();
        REQUIRE(window.analyst()->data().views.size() == 1);

        filter->clear();
        filter->includeEntity(u"armenia"_s);
        filter->setQuery(u"موسكو"_s);
        window.timelineView()->fitAll();
        window.mapView()->showConflictZone();

        // The view's own action, in View → Saved Views.
        QMenu *menu = window.savedViews()->menu();
        QAction *restore = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Shusha front"_s)
                restore = action;
        }
        REQUIRE(restore);
        restore->trigger();
        CHECK(sameFilter(filter->filter(), saved));
        CHECK(window.timelineView()->from() == QDate(2020, 9, 1));
        CHECK(window.timelineView()->to() == QDate(2020, 12, 1));
        CHECK(window.mapView()->viewport().zoom() == Approx(savedMap.zoom()));
        CHECK(window.mapView()->viewport().centre().x() == Approx(savedMap.centre().x()));
        CHECK(window.mapView()->viewport().centre().y() == Approx(savedMap.centre().y()));

        // Delete Saved View.
        auto *remove = window.findChild<QMenu *>(u"deleteViewMenu"_s);
        REQUIRE(remove);
        REQUIRE(remove->actions().size() == 1);
        remove->actions().first()->trigger();
        CHECK(window.analyst()->data().views.isEmpty());
    }
}

TEST_CASE("The last state comes back in the next window", "[gui][notesui]")
{
    TemporarySettings settings;
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Index::Filter before;
        QDate from, to;
        {
            Widgets::MainWindow window;
            openSamples(window);
            window.filter()->includeEntity(u"shusha"_s);
            window.filter()->setQuery(u"شوشة"_s);
            window.timelineView()->setRange(QDate(2020, 10, 1), QDate(2020, 11, 15));
            before = window.filter()->filter();
            from = window.timelineView()->from();
            to = window.timelineView()->to();
            window.close();
        }
        // An entity the next corpus does not know is dropped, not applied.
        QSettings().setValue(u"lastView/excluded"_s, QStringList{u"no-such-entity"_s});
        Widgets::MainWindow again;
        openSamples(again);
        CHECK(sameFilter(again.filter()->filter(), before));
        CHECK(again.timelineView()->from() == from);
        CHECK(again.timelineView()->to() == to);
        QSettings().remove(u"lastView"_s);
    }
}

TEST_CASE("A project keeps its notes and finds its corpus when moved", "[gui][notesui]")
{
    {
        QTemporaryDir probeDir;
        Analyst::StoreLocation probe;
        probe.path = probeDir.filePath(u"probe.sqlite"_s);
        QString error;
        if (!Analyst::AnalystStore::open(probe, &error)) {
            WARN("The analyst store is not usable yet (" << error.toStdString()
                                                         << "): project test skipped");
            return;
        }
    }
    const QStringList stored{u"corpus"_s, u"extra.txt"_s};
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        QTemporaryDir first;
        QTemporaryDir second;
        REQUIRE(QDir(first.path()).mkdir(u"corpus"_s));
        const QDir samples(u":/corpus"_s);
        for (const QString &name : samples.entryList(QDir::Files))
            REQUIRE(QFile::copy(samples.filePath(name), first.filePath(u"corpus/"_s + name)));
        QFile extra(first.filePath(u"extra.txt"_s));
        REQUIRE(extra.open(QIODevice::WriteOnly));
        extra.write(u"مقال إضافي\nقصف في شوشة.\n"_s.toUtf8());
        extra.close();
        const QString project = first.filePath(u"study.marsad"_s);
        {
            Widgets::MainWindow window;
            Tests::openAndWait(window,
                               {first.filePath(u"corpus"_s), first.filePath(u"extra.txt"_s)});
            window.notesActions()->toggleBookmark(0);
            QString error;
            REQUIRE(window.project()->createProject(project, &error));
            CHECK(window.windowTitle().contains(u"study"_s));
            // The data written before the project went with it.
            CHECK(window.analyst()->data().notes.size() == 1);
            CHECK(QJsonDocument::fromJson(
                      window.analyst()->store()->setting(u"corpus.paths"_s).toUtf8())
                      .array()
                      .toVariantList()
                      .size() == 2);
            CHECK(window.analyst()->store()->setting(u"corpus.paths"_s) ==
                  QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(stored))
                                        .toJson(QJsonDocument::Compact)));
        }
        // Move the project and its corpus folder, not the extra file.
        REQUIRE(QDir().rename(first.filePath(u"corpus"_s), second.filePath(u"corpus"_s)));
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(project + suffix))
                REQUIRE(
                    QFile::rename(project + suffix, second.filePath(u"study.marsad"_s) + suffix));
        }
        Widgets::MainWindow window;
        window.show();
        QString error;
        REQUIRE(window.project()->openProject(second.filePath(u"study.marsad"_s), &error));
        Tests::waitForLoad(window);
        CHECK(window.session()->paths() == QStringList{second.filePath(u"corpus"_s)});
        CHECK(window.analyst()->data().notes.size() == 1);
        CHECK(window.windowTitle().contains(u"study"_s));
        // The missing file is a warning in the Problems dock; the rest opened.
        bool listed = false;
        for (const Issue &issue : window.issueModel()->issues()) {
            if (issue.file == second.filePath(u"extra.txt"_s) && !issue.isError())
                listed = true;
        }
        CHECK(listed);
        CHECK(window.issuesView()->isVisible());
        CHECK(window.filterResult()->index()->size() == samples.entryList(QDir::Files).size());
        // The bookmark still finds its article.
        Widgets::NotesDock *dock = window.notesDock();
        REQUIRE(dock->model()->rowCount() == 1);
        CHECK(dock->model()->index(0, 0).data(Models::ArticleIndexRole).toLongLong() >= 0);
    }
}

TEST_CASE("The note model passes the model tester; words and #tags filter", "[gui][notesui]")
{
    Models::NoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Analyst::Note note;
    note.uid = u"n1"_s;
    note.target = Analyst::NoteTarget::Span;
    note.anchor.file = u"a.txt"_s;
    note.anchor.span = {4, 9};
    note.anchor.surface = u"شوشة"_s;
    note.anchor.before = u"في "_s;
    note.tags = {u"front"_s};
    model.setNotes({note});
    CHECK(model.rowCount() == 1);
    CHECK(model.allTags() == QStringList{u"front"_s});
    CHECK(model.index(0, Models::NoteModel::TagsColumn).data().toString() == u"#front"_s);
    CHECK(Models::NoteModel::matches(u"#FRONT"_s, u"x"_s, note.tags));
    CHECK(!Models::NoteModel::matches(u"#back"_s, u"x"_s, note.tags));
    CHECK(Models::NoteModel::matches(u"قصف"_s, u"قصف شوشة"_s, {}));
    model.setNotes({});
    CHECK(model.rowCount() == 0);
}

// Screenshots of the Notes dock and the Saved Views menu, of the whole X
// screen as a user sees it. Hidden; run with
//   xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
//       MARSAD_SCREENSHOT_DIR=/tmp/shots build/tests/marsad-tests "[.notesshots]"
TEST_CASE("Screenshots of notes and saved views", "[.notesshots]")
{
    const QString dir = qEnvironmentVariable("MARSAD_SCREENSHOT_DIR", u"/tmp"_s);
    QDir().mkpath(dir);
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        window.resize(1600, 1000);
        openSamples(window);
        window.resize(1600, 1000);
        const auto &index = window.filterResult()->index();
        auto note = [&](qsizetype row, TextSpan span, const QString &text, const QStringList &tags,
                        bool bookmark) {
            Analyst::Note n;
            n.uid = Analyst::newUid();
            n.target = span.isValid() ? Analyst::NoteTarget::Span : Analyst::NoteTarget::Article;
            n.anchor = Analyst::anchorFor(index->article(row).article, span);
            n.text = text;
            n.tags = tags;
            n.bookmark = bookmark;
            REQUIRE(window.analyst()->add(n));
        };
        note(0, {40, 90}, arabic ? u"ادعاء قصف، يحتاج تحقق"_s : u"Shelling claim, verify"_s,
             {u"shelling"_s, u"verify"_s}, false);
        note(1, {}, arabic ? u"خلفية عن المحادثات"_s : u"Background on the talks"_s, {u"talks"_s},
             false);
        note(2, {}, QString(), {}, true);
        note(3, {120, 170}, arabic ? u"تاريخ الاستيلاء على شوشة"_s : u"Date Shusha fell"_s,
             {u"shusha"_s, u"dates"_s}, true);
        window.notesDock()->show();
        window.notesDock()->raise();
        // Wider than by default, as an analyst reading notes would drag it.
        window.resizeDocks({window.notesDock()}, {640}, Qt::Horizontal);
        window.savedViews()->saveCurrent(arabic ? u"كل المقالات"_s : u"All articles"_s);
        window.filter()->includeEntity(u"shusha"_s);
        window.savedViews()->saveCurrent(arabic ? u"جبهة شوشة"_s : u"Shusha front"_s);
        window.notesDock()->filterEdit()->setText(u"#shusha"_s);
        QTest::qWait(500);
        const QString lang = arabic ? u"ar"_s : u"en"_s;
        QProcess::execute(u"import"_s,
                          {u"-window"_s, u"root"_s, dir + u"/notes-dock-"_s + lang + u".png"_s});
        window.notesDock()->filterEdit()->clear();
        QTest::qWait(300);
        QProcess::execute(
            u"import"_s, {u"-window"_s, u"root"_s, dir + u"/notes-dock-all-"_s + lang + u".png"_s});
        QMenu *menu = window.savedViews()->menu();
        menu->popup(window.mapToGlobal(QPoint(window.width() / 2 - 150, 60)));
        QTest::qWait(500);
        QProcess::execute(u"import"_s,
                          {u"-window"_s, u"root"_s, dir + u"/saved-views-"_s + lang + u".png"_s});
        menu->close();
    }
}

TEST_CASE("A note on a passage follows it when the file is edited", "[gui][notesui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt"_s);
    auto write = [&](const QString &text) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    };
    const QString body = u"قصف على ستيباناكرت\nقالت وزارة الدفاع إن القصف استمر ليلا على شوشة.\n"_s;
    write(body);
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        Tests::openAndWait(window, {path});
        const qsizetype start = body.indexOf(u"القصف استمر"_s);
        const TextSpan span{start, start + 11};
        Analyst::Note note;
        note.uid = Analyst::newUid();
        note.target = Analyst::NoteTarget::Span;
        note.anchor = Analyst::anchorFor(window.filterResult()->index()->article(0).article, span);
        note.text = u"which night?"_s;
        REQUIRE(window.analyst()->add(note));

        // A line is added at the top: the passage moves on.
        write(u"عاجل\n"_s + body);
        window.openPaths({path});
        Tests::waitForLoad(window);
        Widgets::NotesDock *dock = window.notesDock();
        QTreeView *list = dock->view();
        REQUIRE(list->model()->rowCount() == 1);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        CHECK(window.presenter()->shownArticle() == 0);
        CHECK(window.articleView()->textCursor().selectionStart() == start + 5);
        CHECK(window.articleView()->textCursor().selectedText() == u"القصف استمر"_s);
        write(body);
    }
}
