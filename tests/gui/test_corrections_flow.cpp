// The correction flow end to end in the viewer: a correction made through the
// window's undo stack is laid over the open corpus (CorpusSession re-applies,
// the window takes the corrected index), the filter and the article on screen
// stay, and undo brings the analysis back. English and Arabic UI.
#include "analystsession.h"
#include "anchor.h"
#include "corpusindex.h"
#include "corpussession.h"
#include "correctionactions.h"
#include "correctioncommands.h"
#include "filterresult.h"
#include "filterstate.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "mapview.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

const Analysis::AnalyzedArticle *articleWith(const Index::CorpusIndex &index, const QString &id,
                                             qsizetype *row)
{
    for (qsizetype r = 0; r < index.size(); ++r) {
        const auto &mentions = index.article(r).mentions;
        if (std::any_of(mentions.cbegin(), mentions.cend(),
                        [&](const Mention &m) { return m.entityId == id; })) {
            *row = r;
            return &index.article(r);
        }
    }
    return nullptr;
}

void push(Widgets::MainWindow &window, const Analyst::Correction &correction)
{
    window.corrections()->undoStack()->push(
        new Widgets::AddCorrectionCommand(window.analyst(), correction, u"test"_s));
}

} // namespace

TEST_CASE("A correction reaches every view and undo takes it back", "[gui][corrections]")
{
    const bool arabic = GENERATE(false, true);
    Tests::UiLanguage language(arabic);
    Widgets::MainWindow window;
    window.show();
    Tests::openAndWait(window, {Tests::sampleCorpusDir()});
    auto *session = window.session();
    const auto before = window.filterResult()->index();
    REQUIRE(before);

    qsizetype row = -1;
    const Analysis::AnalyzedArticle *article = articleWith(*before, u"shusha"_s, &row);
    REQUIRE(article);
    window.filter()->includeEntity(u"shusha"_s);
    const QList<qsizetype> filtered = window.filterResult()->rows();
    REQUIRE(filtered.contains(row));
    const qsizetype shusha =
        std::count_if(article->mentions.cbegin(), article->mentions.cend(),
                      [](const Mention &m) { return m.entityId == u"shusha"_s; });

    // Every mention of Shusha in that article is marked wrong but one, and its
    // date is set: the article stays under the filter.
    QSignalSpy updated(session, &Session::CorpusSession::corpusUpdated);
    Analyst::Correction date;
    date.uid = Analyst::newUid();
    date.kind = Analyst::CorrectionKind::SetDate;
    date.anchor = Analyst::anchorFor(article->article);
    date.dateStart = QDate(2020, 10, 2);
    date.dateEnd = QDate(2020, 10, 4);
    date.note = u"Archived front page"_s;
    push(window, date);
    REQUIRE(window.analyst()->data().corrections.size() == 1);
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isApplying(), 20000);

    const auto after = window.filterResult()->index();
    REQUIRE(after);
    REQUIRE(after != before);
    const Time::PublishedDate &published = after->article(row).time.published;
    CHECK(published.basis == Time::PublishedDate::Basis::Override);
    CHECK(published.start == QDate(2020, 10, 2));
    CHECK(published.end == QDate(2020, 10, 4));
    // The filter is the analyst's, not the corpus's: it stays.
    CHECK(window.filter()->includedEntities() == QStringList{u"shusha"_s});
    CHECK(window.filterResult()->rows() == filtered);
    CHECK(std::count_if(after->article(row).mentions.cbegin(), after->article(row).mentions.cend(),
                        [](const Mention &m) { return m.entityId == u"shusha"_s; }) == shusha);

    // Undo: the analysis as it was, the filter still there.
    const int updates = int(updated.size());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.analyst()->data().corrections.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() > updates, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isApplying(), 20000);
    CHECK(window.filterResult()->index()->article(row).time.published.basis ==
          before->article(row).time.published.basis);
    CHECK(window.filter()->includedEntities() == QStringList{u"shusha"_s});

    // Redo, then a mention marked wrong: gone from the article's mentions.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.filterResult()->index()->article(row).time.published.basis ==
                                 Time::PublishedDate::Basis::Override,
                             20000);
    const Mention first = *std::find_if(article->mentions.cbegin(), article->mentions.cend(),
                                        [](const Mention &m) { return m.entityId == u"shusha"_s; });
    Analyst::Correction wrong;
    wrong.uid = Analyst::newUid();
    wrong.kind = Analyst::CorrectionKind::RemoveMention;
    wrong.anchor = Analyst::anchorFor(article->article, first.span);
    push(window, wrong);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::none_of(window.filterResult()->index()->article(row).mentions.cbegin(),
                     window.filterResult()->index()->article(row).mentions.cend(),
                     [&](const Mention &m) { return m.span == first.span; }),
        20000);
    CHECK(window.corrections()->undoStack()->count() == 2);
}
