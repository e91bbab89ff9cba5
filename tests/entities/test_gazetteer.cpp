// Loading the gazetteer: errors as values, the shipped file, its index.
#include "arabicfolder.h"
#include "entities/entitiestest.h"
#include "gazetteer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <thread>

using namespace Qt::StringLiterals;
using Marsad::Entities::Gazetteer;
using Marsad::Text::ArabicFolder;

TEST_CASE("Loading errors are values, never exceptions", "[entities][gazetteer]")
{
    const auto bad = GENERATE(values<QByteArray>({
        QByteArray("not json"),
        QByteArray("{\"id\": \"x\"}"),
        QByteArray("[{\"type\": \"place\", \"ar\": \"x\"}]"),
        QByteArray("[{\"id\": \"x\", \"type\": \"planet\", \"ar\": \"x\"}]"),
        QByteArray("[{\"id\": \"x\", \"type\": \"place\", \"ar\": \"a\"},"
                   " {\"id\": \"x\", \"type\": \"place\", \"ar\": \"b\"}]"),
    }));
    const auto loaded = Gazetteer::fromJson(bad);
    CHECK_FALSE(loaded);
    CHECK_FALSE(loaded.error.isEmpty());

    const auto missing = Gazetteer::fromFile(u"/nonexistent/gazetteer.json"_s);
    CHECK_FALSE(missing);
    CHECK(missing.error.contains(u"/nonexistent/gazetteer.json"_s));
}

TEST_CASE("The shipped gazetteer", "[entities][gazetteer]")
{
    const auto g = Marsad::Tests::realGazetteer();
    REQUIRE(g);
    CHECK(g->entities().size() >= 368);
    const auto *shusha = g->entity(u"shusha"_s);
    REQUIRE(shusha);
    CHECK(shusha->type == Marsad::EntityType::Place);
    CHECK(shusha->hasCoordinates);
    CHECK(shusha->lat == Approx(39.76).margin(0.1));
    CHECK(shusha->en.startsWith(u"Shusha"_s));
    CHECK(g->entity(u"no-such-entity"_s) == nullptr);

    QSet<QString> ids;
    for (const auto &e : g->entities()) {
        INFO(e.id.toStdString());
        CHECK_FALSE(e.en.isEmpty());
        CHECK(e.id == e.id.toLower());
        CHECK_FALSE(ids.contains(e.id));
        ids.insert(e.id);
        // Hand-kept places are all placed; a settlement of the generated list
        // only where its position is known (never a guessed one).
        if (e.type == Marsad::EntityType::Place && e.district.isEmpty())
            CHECK(e.hasCoordinates);
    }
}

TEST_CASE("Pinned places are flagged in the data", "[entities][gazetteer]")
{
    const auto loaded = Gazetteer::fromJson(
        "[{\"id\": \"a\", \"type\": \"place\", \"ar\": \"x\", \"pinned\": true},"
        " {\"id\": \"b\", \"type\": \"place\", \"ar\": \"y\"}]");
    REQUIRE(loaded);
    CHECK(loaded.gazetteer->entity(u"a"_s)->pinned);
    CHECK_FALSE(loaded.gazetteer->entity(u"b"_s)->pinned);

    const auto g = Marsad::Tests::realGazetteer();
    QStringList pinned;
    for (const auto &e : g->entities()) {
        if (e.pinned)
            pinned.append(e.id);
    }
    pinned.sort();
    CHECK(pinned == QStringList{u"jabrayil"_s, u"shusha"_s, u"stepanakert"_s});
}

TEST_CASE("Aliases are indexed by their folded tokens", "[entities][gazetteer]")
{
    const auto g = Marsad::Tests::realGazetteer();
    const auto *list = g->aliasesStartingWith(ArabicFolder::foldString(u"ناغورني"_s));
    REQUIRE(list);
    qsizetype previous = 1000;
    for (const qsizetype a : *list) {
        const auto &alias = g->aliases().at(a);
        CHECK(alias.tokens.size() <= previous); // longest first
        previous = alias.tokens.size();
        CHECK(alias.gaps.size() == alias.tokens.size() - 1);
    }
    CHECK(g->aliasesStartingWith(u"xyz"_s) == nullptr);
    CHECK(g->mayStartAlias(ArabicFolder::foldString(u"كرملين"_s))); // الكرملين without ال
}

TEST_CASE("Each alias knows whether it needs context", "[entities][gazetteer]")
{
    const auto g = Marsad::Tests::realGazetteer();
    auto needs = [&g](const QString &written) {
        const QString folded = ArabicFolder::foldString(written);
        const auto *list = g->aliasesStartingWith(folded);
        REQUIRE(list);
        for (const qsizetype a : *list) {
            if (g->aliases().at(a).tokens == QStringList{folded})
                return g->aliasNeedsContext(a);
        }
        FAIL("no such alias");
        return false;
    };
    CHECK(needs(u"جبرائيل"_s));
    CHECK(needs(u"شوشة"_s));
    CHECK(needs(u"شوشه"_s)); // folds like شوشة
    CHECK_FALSE(needs(u"شوشا"_s));
    CHECK_FALSE(needs(u"جيبرايل"_s));
    CHECK_FALSE(needs(u"ستيباناكرت"_s));
}

TEST_CASE("One extractor serves many threads at once", "[entities][threads]")
{
    const QStringList files = Marsad::Tests::sampleCorpusFiles();
    QStringList texts;
    for (const QString &f : files)
        texts.append(QString::fromUtf8(Marsad::Tests::readFile(f)));
    const auto &extractor = Marsad::Tests::realExtractor();
    QList<QStringList> expected;
    for (const QString &t : texts)
        expected.append(Marsad::Tests::mentionIds(extractor.extract(t)));

    constexpr int Threads = 4;
    QList<bool> ok(Threads, true);
    std::vector<std::thread> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back([&, i] {
            for (int round = 0; round < 5; ++round) {
                for (qsizetype t = 0; t < texts.size(); ++t) {
                    if (Marsad::Tests::mentionIds(extractor.extract(texts[t])) != expected[t])
                        ok[i] = false;
                }
            }
        });
    }
    for (auto &t : threads)
        t.join();
    for (const bool b : ok)
        CHECK(b);
}
