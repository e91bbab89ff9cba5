// Candidate discovery: names the gazetteer lacks, introduced by a title or a
// place word, proposed conservatively.
#include "entities/entitiestest.h"
#include "entityextractor.h"
#include "gazetteer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Marsad::EntityType;
using Marsad::Mention;
using Marsad::Entities::EntityExtractor;
using Marsad::Entities::Gazetteer;
using Marsad::Tests::extract;
using Marsad::Tests::mentionIds;

namespace {

QList<Mention> candidates(const QList<Mention> &mentions)
{
    QList<Mention> out;
    for (const Mention &m : mentions) {
        if (m.candidate)
            out.append(m);
    }
    return out;
}

// A gazetteer that knows Turkey and Azerbaijan but not Çavuşoğlu or Madagiz.
const EntityExtractor &smallExtractor()
{
    static const EntityExtractor e(
        Gazetteer::fromJson(
            u"[{\"id\": \"turkey\", \"type\": \"place\", \"ar\": \"تركيا\", \"en\": \"Turkey\", "
            "\"aliases\": [], \"needs_context\": []},"
            "{\"id\": \"azerbaijan\", \"type\": \"place\", \"ar\": \"أذربيجان\", \"en\": "
            "\"Azerbaijan\", \"aliases\": [], \"needs_context\": []}]"_s.toUtf8())
            .gazetteer);
    return e;
}

} // namespace

TEST_CASE("A person after a title, missing from the gazetteer", "[entities][candidates]")
{
    const QString text = u"قال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة تدعم باكو"_s;
    const QList<Mention> c = candidates(smallExtractor().extract(text));
    REQUIRE(c.size() == 1);
    CHECK(c[0].surface == u"مولود جاويش أوغلو"_s);
    CHECK(c[0].type == EntityType::Person);
    CHECK(c[0].entityId == u"candidate:مولود جاويش اوغلو"_s);
    CHECK(c[0].confidence < 0.9);
    // With the real gazetteer he is known, and nothing is proposed.
    const QList<Mention> known = extract(text);
    CHECK(candidates(known).isEmpty());
    CHECK(mentionIds(known).contains(u"cavusoglu"_s));
}

TEST_CASE("A place after a place word, missing from the gazetteer", "[entities][candidates]")
{
    const QString text = u"أحبط الجيش هجوما في منطقة ماغاديز أمس"_s;
    const QList<Mention> c = candidates(smallExtractor().extract(text));
    REQUIRE(c.size() == 1);
    CHECK(c[0].surface == u"ماغاديز"_s);
    CHECK(c[0].type == EntityType::Place);
    CHECK(c[0].entityId == u"candidate:ماغاديز"_s);
    CHECK(candidates(extract(text)).isEmpty()); // the real gazetteer knows Madagiz
}

TEST_CASE("Candidates with the real gazetteer", "[entities][candidates]")
{
    struct Case
    {
        QString text, surface;
        EntityType type;
    };
    const auto c = GENERATE(values<Case>({
        {u"قال وزير الدفاع الأرميني دافيد توناسيان إن"_s, u"دافيد توناسيان"_s, EntityType::Person},
        {u"أصيب قائد اللواء الثالث، غريغور مارتيروسيان، بجروح"_s, u"غريغور مارتيروسيان"_s,
         EntityType::Person},
        {u"اشتباكات قرب قرية تاليشكند فجرا"_s, u"تاليشكند"_s, EntityType::Place},
        {u"وصرح السفير ميخائيل بوتشاروف للصحفيين"_s, u"ميخائيل بوتشاروف"_s, EntityType::Person},
    }));
    INFO(c.text.toStdString());
    const QList<Mention> found = candidates(extract(c.text));
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == c.surface);
    CHECK(found[0].type == c.type);
}

TEST_CASE("An unknown place is proposed as one word", "[entities][candidates]")
{
    // (نوراشين, once this test's example, is in the settlement list now.)
    const QList<Mention> c = candidates(extract(u"وفي قرية بيرسيفان سقط صاروخ"_s));
    REQUIRE(c.size() == 1);
    CHECK(c[0].surface == u"بيرسيفان"_s);
    CHECK(c[0].type == EntityType::Place);
}

TEST_CASE("At most three tokens in a candidate", "[entities][candidates]")
{
    const QList<Mention> c =
        candidates(extract(u"قال المتحدث باسم الجيش أحمد محمود كريم حسن كلاما"_s));
    REQUIRE(c.size() == 1);
    CHECK(c[0].surface == u"أحمد محمود كريم"_s);
}

TEST_CASE("Never a common word, a verb or a known name's fragment", "[entities][candidates]")
{
    const auto text = GENERATE(values<QString>({
        u"قال الرئيس الروسي إن بلاده مستعدة"_s,
        u"الرئيس الروسي يدعو إلى الهدوء"_s,
        u"وزير الخارجية التركي أمس في أنقرة"_s,
        u"وشوشة منطقة استراتيجية مهمة"_s,
        u"هذه مدينة كبيرة وجميلة"_s,
        u"لم ينسحب من أي منطقة حررها"_s,
        u"إنهاء النزاع في منطقة النزاع"_s,
        u"الهدف الرئيس هو السلام"_s,
        u"ورئيس الوزراء الأرميني نظيره الأذري"_s,
        u"انفصال إقليم ناغورنو قره الذي تقطنه غالبية"_s,
        u"وصل الرئيس، ثم غادر"_s,
        u"قال قائد الشرطة زار المدينة"_s,
    }));
    INFO(text.toStdString());
    CHECK(candidates(extract(text)).isEmpty());
}

TEST_CASE("A candidate never overlaps a known mention", "[entities][candidates]")
{
    const QList<Mention> m =
        extract(u"قال الرئيس الأذري إلهام علييف ورئيس أركان الجيش كريم فالييف إن"_s);
    CHECK(mentionIds(m) == QStringList{u"aliyev"_s, u"candidate:كريم فالييف"_s});
    for (qsizetype i = 1; i < m.size(); ++i)
        CHECK(m[i - 1].span.end <= m[i].span.start);
}
