// Loading and canceling as an analyst does it: the open corpus is never
// replaced by a broken one, stale results are dropped, the filter of an old
// corpus goes with it, and the GUI thread never stalls.
#include "articlelistmodel.h"
#include "corpussession.h"
#include "filterchipbar.h"
#include "filterresult.h"
#include "filterstate.h"
#include "guitestsupport.h"
#include "loadstatus.h"
#include "mainwindow.h"
#include "resources.h"
#include "syntheticcorpus.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

/// Nanoseconds this thread has waited on a run queue (Linux schedstat), or 0.
qint64 runQueueWaitNs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
}

/// The longest gap between ticks of a 5 ms timer on the GUI thread: how long
/// the event loop was blocked while it ran. Time the thread spent ready but
/// waiting for a core (other processes on a loaded machine) is not counted:
/// what is measured is the GUI thread being busy or blocked by our work.
class StallMeter
{
public:
    StallMeter()
    {
        m_clock.start();
        m_lastWait = runQueueWaitNs();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 wait = runQueueWaitNs();
            m_longestWall = std::max(m_longestWall, (now - m_last) / 1000000);
            m_longest = std::max(m_longest, (now - m_last - (wait - m_lastWait)) / 1000000);
            m_last = now;
            m_lastWait = wait;
        });
        m_timer.start(5);
    }
    qint64 longestMs() const { return m_longest; }
    qint64 longestWallMs() const { return m_longestWall; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWait = 0;
    qint64 m_longest = 0;
    qint64 m_longestWall = 0;
};

QString generatedCorpus(QTemporaryDir &dir, int articles)
{
    REQUIRE(dir.isValid());
    REQUIRE(Bench::writeSyntheticCorpus(dir.path(), articles) > 0);
    return dir.path();
}

} // namespace

TEST_CASE("Canceling a load mid-way keeps the open corpus whole and the GUI responsive",
          "[gui][cancel][slow]")
{
    QTemporaryDir dir;
    const QString big = generatedCorpus(dir, 2000);
    struct Case
    {
        double at;
        bool arabic;
    };
    // 0.90 is inside the indexing stage (from 0.85) with room to spare: the
    // analysis is fast enough now that a GUI thread served late by a busy
    // machine (ctest -j2) could see the load end before a report past 0.95.
    for (const Case c :
         {Case{0.10, false}, Case{0.50, false}, Case{0.90, false}, Case{0.50, true}}) {
        INFO("cancel at " << c.at << (c.arabic ? " (Arabic UI)" : ""));
        Tests::UiLanguage language(c.arabic);
        Widgets::MainWindow window;
        window.show();
        window.openPaths({});
        Tests::waitForLoad(window);
        window.filter()->includeEntity(u"shusha"_s);
        const auto before = window.session()->index();
        const int listed = window.articleModel()->rowCount();
        REQUIRE(before);
        REQUIRE(listed > 0);

        double canceledAt = -1;
        QObject::connect(window.session(), &Session::CorpusSession::progressChanged, &window,
                         [&](const Session::PipelineProgress &p) {
                             if (canceledAt < 0 && p.fraction >= c.at) {
                                 canceledAt = p.fraction;
                                 window.loadStatus()->cancelButton()->click();
                             }
                         });
        StallMeter stall;
        window.openPaths({big});
        CHECK(window.isLoading());
        Tests::waitForLoad(window, 180000);
        REQUIRE(canceledAt >= c.at);
        CHECK(canceledAt < 1.0);
        // The corpus that was open is still open, filter and all.
        CHECK(window.session()->index() == before);
        CHECK(window.filterResult()->index() == before);
        CHECK(window.articleModel()->rowCount() == listed);
        CHECK(window.filter()->includedEntities() == QStringList{u"shusha"_s});
        CHECK(!window.isLoading());
        CHECK(!window.loadStatus()->progressBar()->isVisible());
        CHECK(window.loadStatus()->text().contains(c.arabic ? u" "_s : u"canceled"_s));
        WARN("cancel at " << c.at << ": longest GUI-thread stall " << stall.longestMs() << " ms ("
                          << stall.longestWallMs()
                          << " ms with the time spent waiting for a core)");
        // Under sanitizers (MARSAD_NO_TIMING) every thread runs several times
        // slower: only the behaviour is checked there.
        if (!qEnvironmentVariableIsSet("MARSAD_NO_TIMING"))
            CHECK(stall.longestMs() < 100);
    }
}

TEST_CASE("A newer load wins over an older one that finishes later", "[gui][cancel]")
{
    Widgets::MainWindow window;
    window.show();
    QTemporaryDir dir;
    const QString big = generatedCorpus(dir, 300);
    window.openPaths({big});
    window.openPaths({}); // the analyst changed their mind at once
    Tests::waitForLoad(window, 120000);
    // Let any result of the first load arrive, and be dropped.
    QTest::qWait(300);
    CHECK(window.articleModel()->rowCount() == 5);
    CHECK(window.session()->paths() == QStringList{Resources::sampleCorpusPath()});
}

TEST_CASE("Opening another corpus clears the old filter and its chips", "[gui][cancel]")
{
    for (const bool arabic : {false, true}) {
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        window.show();
        window.openPaths({});
        Tests::waitForLoad(window);
        window.filter()->includeEntity(u"shusha"_s);
        REQUIRE(window.chipBar()->chipLabels().size() == 1);
        window.openPaths({Tests::dataPath(u"mixed"_s)});
        Tests::waitForLoad(window);
        CHECK(window.filter()->isEmpty());
        CHECK(window.chipBar()->chipLabels().isEmpty());
        CHECK(window.articleModel()->rowCount() == 2);
    }
}

TEST_CASE("Closing the window while a load runs does not wait for it", "[gui][cancel]")
{
    QTemporaryDir dir;
    const QString big = generatedCorpus(dir, 1000);
    QElapsedTimer clock;
    {
        Widgets::MainWindow window;
        window.show();
        window.openPaths({big});
        QTest::qWait(200);
        REQUIRE(window.isLoading());
        clock.start();
    }
    if (!qEnvironmentVariableIsSet("MARSAD_NO_TIMING")) // sanitizers slow every thread
        CHECK(clock.elapsed() < 100);
}

TEST_CASE("The loading progress text is never cut, in English or Arabic", "[gui][cancel]")
{
    // Seen under Xvfb: the Arabic stage name with its counts wrapped and was
    // clipped inside a bar of fixed width.
    QTemporaryDir dir;
    const QString big = generatedCorpus(dir, 300);
    for (const bool arabic : {false, true}) {
        INFO((arabic ? "Arabic UI" : "English UI"));
        Tests::UiLanguage language(arabic);
        Widgets::MainWindow window;
        window.resize(1200, 800);
        window.show();
        // The text is a label beside the bar: the style draws a bar's own text
        // in two halves clipped at the chunk, and in right-to-left the middle
        // of the Arabic text was lost (seen under Xvfb).
        QProgressBar *bar = window.loadStatus()->progressBar();
        QLabel *stage = window.loadStatus()->stageLabel();
        CHECK_FALSE(bar->isTextVisible());
        int checked = 0;
        bool fits = true;
        QObject::connect(window.session(), &Session::CorpusSession::progressChanged, &window,
                         [&](const Session::PipelineProgress &) {
                             QCoreApplication::processEvents(); // let the status bar lay out
                             const int needed =
                                 stage->fontMetrics().horizontalAdvance(stage->text());
                             fits = fits && !stage->text().isEmpty() && needed <= stage->width();
                             ++checked;
                         });
        window.openPaths({big});
        Tests::waitForLoad(window, 120000);
        CHECK(checked > 0);
        CHECK(fits);
    }
}
