// The theatre's settlements: spellings generated from the Latin names, the
// list rule, and the skeleton match for unseen spellings. Sentences written
// for these tests; none is from the sample corpus.
#include "arabicfolder.h"
#include "entities/entitiestest.h"
#include "gazetteer.h"
#include "testsupport.h"
#include "transliterator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using Marsad::EntityType;
using Marsad::Mention;
using Marsad::Entities::Transliterator;
using Marsad::Tests::extract;
using Marsad::Tests::findMention;

namespace {

const Transliterator &rules()
{
    static const Transliterator t = [] {
        QFile f(QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/transliteration.json"_s);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QString error;
        const auto loaded = Transliterator::fromJson(f.readAll(), &error);
        REQUIRE(loaded);
        return *loaded;
    }();
    return t;
}

bool hasVariant(const QString &latin, const QString &arabic)
{
    const QString folded = Marsad::Text::ArabicFolder::foldString(arabic);
    for (const QString &v : rules().variants(latin, 16)) {
        if (Marsad::Text::ArabicFolder::foldString(v) == folded)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Arabic spellings are generated from the Latin name", "[entities][settlements]")
{
    // q/g/k, x/kh, ə, the -lı ending, hamza between vowels.
    CHECK(hasVariant(u"Qubadlı"_s, u"قوبادلي"_s));
    CHECK(hasVariant(u"Qubadlı"_s, u"غوبادلي"_s));
    CHECK(hasVariant(u"Zəngilan"_s, u"زنغيلان"_s));
    CHECK(hasVariant(u"Zəngilan"_s, u"زنجيلان"_s));
    CHECK(hasVariant(u"Kəlbəcər"_s, u"كلبجار"_s));
    CHECK(hasVariant(u"Cəbrayıl"_s, u"جبرايل"_s));
    CHECK(hasVariant(u"Laçın"_s, u"لاتشين"_s));
    CHECK(hasVariant(u"Xocavənd"_s, u"خوجافند"_s));
    CHECK(hasVariant(u"Mehdili"_s, u"مهديلي"_s));
    CHECK(hasVariant(u"Sofulu"_s, u"سوفولو"_s));
    // Name parts of Arabic origin keep their spelling; English-style digraphs.
    CHECK(hasVariant(u"Hacılı"_s, u"حاجيلي"_s));
    CHECK(hasVariant(u"Karmir Shuka"_s, u"كارمير شوكا"_s));
    // Qualifiers: translated after the name or transliterated before it.
    CHECK(hasVariant(u"Yuxarı Seyidəhmədli"_s, u"سيدأحمدلي العليا"_s));
    CHECK(hasVariant(u"Yuxarı Seyidəhmədli"_s, u"يوخاري سيدأحمدلي"_s));
    CHECK(hasVariant(u"Aşağı Maralyan"_s, u"مارالیان السفلى"_s));
    CHECK(hasVariant(u"Böyük Mərcanlı"_s, u"مرجانلي الكبرى"_s));
    // Commonest first, no duplicates, never more than asked.
    const QStringList v = rules().variants(u"Qaraxanbəyli"_s, 5);
    CHECK(v.size() <= 5);
    CHECK(v.size() == QSet<QString>(v.begin(), v.end()).size());
    CHECK(rules().variants(QString()).isEmpty());
}

TEST_CASE("The settlement list covers the districts", "[entities][settlements]")
{
    const auto g = Marsad::Tests::realGazetteer();
    QHash<QString, int> byDistrict;
    int placed = 0;
    for (const auto &e : g->entities()) {
        if (!e.district.isEmpty()) {
            ++byDistrict[e.district];
            placed += e.hasCoordinates ? 1 : 0;
        }
    }
    int total = 0;
    for (const QString &d :
         {u"fuzuli"_s, u"jabrayil"_s, u"zangilan"_s, u"qubadli"_s, u"lachin"_s, u"kalbajar"_s,
          u"aghdam"_s, u"khojavend"_s, u"hadrut"_s, u"askeran"_s, u"martakert"_s, u"shusha"_s}) {
        INFO(d.toStdString());
        CHECK(byDistrict.value(d) >= 10);
        total += byDistrict.value(d);
    }
    CHECK(total >= 300);
    const auto *mehdili = g->entity(u"mehdili"_s);
    REQUIRE(mehdili);
    CHECK(mehdili->district == u"jabrayil"_s);
    CHECK_FALSE(mehdili->hasCoordinates); // none guessed
    // A hand-kept entity keeps its id and gains its district.
    CHECK(g->entity(u"talish"_s)->district == u"martakert"_s);
}

TEST_CASE("Villages listed after a plural place word", "[entities][settlements][lists]")
{
    SECTION("known and unknown names joined by و")
    {
        const auto m = extract(u"وأعلن الجيش تحرير قرى مهديلي وتشاخيرلي وزيرافان من الاحتلال"_s);
        CHECK(findMention(m, u"mehdili"_s));
        CHECK(findMention(m, u"chakhirli"_s));
        const auto unknown = findMention(m, u"candidate:زيرافان"_s);
        REQUIRE(unknown);
        CHECK(unknown->type == EntityType::Place);
        CHECK(unknown->surface == u"زيرافان"_s); // the conjunction is not part of it
        CHECK_FALSE(findMention(m, u"candidate:الاحتلال"_s));
    }
    SECTION("a count, a district and a colon before the list; quoted names")
    {
        const auto m = extract(
            u"وقال المتحدث إن القوات حررت 5 قرى في منطقة جبرائيل: حاجيلي، سوفولو، \"بالياند\" و\"درزيلي\"."_s);
        for (const QString &id : {u"hajili"_s, u"sofulu"_s, u"balyand"_s, u"darzili"_s}) {
            INFO(id.toStdString());
            const auto found = findMention(m, id);
            REQUIRE(found);
            CHECK(found->type == EntityType::Place);
        }
    }
    SECTION("the list ends at a verb or the sentence's end")
    {
        const auto m =
            extract(u"سيطرت القوات على بلدات مهديلي وتشاخيرلي وقصفت المدينة. وقالت الوزارة"_s);
        CHECK(findMention(m, u"mehdili"_s));
        for (const Mention &x : m)
            CHECK_FALSE((x.candidate && x.surface.contains(u"قصفت"_s)));
    }
    SECTION("a quoted name of two words")
    {
        const auto m = extract(u"وسيطر الجيش على قرى \"قره بولاغ\" و\"تاري لار\" أمس"_s);
        const auto quoted = findMention(m, u"candidate:تاري لار"_s);
        REQUIRE(quoted);
        CHECK(quoted->type == EntityType::Place);
    }
    SECTION("qualified names, dual place word")
    {
        const auto m = extract(u"واستعاد الجيش قريتي يوخاري مارالیان وآشاغي مارالیان أمس"_s);
        CHECK(findMention(m, u"yukhari-maralyan"_s));
        CHECK(findMention(m, u"ashaghi-maralyan"_s));
    }
    SECTION("not a list: a plural place word with common words after it")
    {
        const auto m = extract(
            u"تعرضت المناطق المدنية لقصف عنيف وقرى عديدة نددت بالهجوم، وقرى أذربيجانية أخرى"_s);
        for (const Mention &x : m)
            CHECK_FALSE(x.candidate);
    }
}

TEST_CASE("An unseen spelling of a known place, in a place context only", "[entities][skeleton]")
{
    SECTION("after a place word: the known place, scored lower, with its variant")
    {
        const auto m = extract(u"ودخلت القوات قرية ماهديلي صباح اليوم"_s);
        const auto found = findMention(m, u"mehdili"_s);
        REQUIRE(found);
        CHECK_FALSE(found->candidate);
        CHECK(found->surface == u"ماهديلي"_s);
        CHECK(found->confidence < 0.9);
    }
    SECTION("in a list of villages")
    {
        const auto m = extract(u"وشمل القصف قرى تشاخيرلي وماهديلي"_s);
        CHECK(findMention(m, u"mehdili"_s));
    }
    SECTION("a dropped final letter")
    {
        const auto m = extract(u"وسقطت قذيفة في بلدة هادرو"_s);
        CHECK(findMention(m, u"hadrut"_s));
    }
    SECTION("outside a place context: nothing")
    {
        const auto m = extract(u"وقال ماهديلي إن الوضع هادئ"_s);
        CHECK_FALSE(findMention(m, u"mehdili"_s));
    }
    SECTION("an exact spelling is never replaced by a skeleton match")
    {
        const auto m = extract(u"ودخلت القوات قرية مهديلي"_s);
        const auto found = findMention(m, u"mehdili"_s);
        REQUIRE(found);
        CHECK(found->confidence >= 0.9);
    }
}

TEST_CASE("Companion files load with the gazetteer, errors as values", "[entities][settlements]")
{
    using Marsad::Entities::Gazetteer;
    using Marsad::Entities::GazetteerSources;
    GazetteerSources sources;
    sources.gazetteer =
        R"([{"id": "baku", "type": "place", "ar": "باكو", "lat": 40.4, "lon": 49.9}])";
    sources.transliteration = R"({"consonants": {"m": ["م"], "d": ["د"], "h": ["ه"], "l": ["ل"]},
        "medial_vowels": {"e": ["ي", ""], "i": ["ي"]}, "final_vowels": {"i": ["ي"]},
        "endings": {"li": ["لي"]}})";
    sources.settlements = R"({"settlements": [{"az": "Mehdili", "district": "jabrayil"}]})";
    sources.commonWords = "# a comment\nبيان هجوم\n";
    const auto loaded = Gazetteer::fromSources(sources);
    REQUIRE(loaded);
    const auto *village = loaded.gazetteer->entity(u"mehdili"_s);
    REQUIRE(village);
    CHECK(village->district == u"jabrayil"_s);
    CHECK(village->ar == u"ميهديلي"_s);
    CHECK(loaded.gazetteer->isCommonWord(u"بيان"_s));
    CHECK_FALSE(loaded.gazetteer->isCommonWord(u"باكو"_s));

    GazetteerSources broken = sources;
    broken.transliteration = "not json";
    CHECK_FALSE(Gazetteer::fromSources(broken));
    broken = sources;
    broken.settlements = R"({"settlements": [{"az": "Mehdili"}]})"; // no district
    const auto noDistrict = Gazetteer::fromSources(broken);
    CHECK_FALSE(noDistrict);
    CHECK_FALSE(noDistrict.error.isEmpty());
}

TEST_CASE("Settlement coordinates lie in their district", "[entities][settlements][coordinates]")
{
    // resources/tools/settlement-coordinates.py places a settlement only when a
    // GeoNames place of its name lies within 30 km of its district's centre.
    constexpr double radiusKm = 30.0;
    const auto g = Marsad::Tests::realGazetteer();
    REQUIRE(g);
    const auto distanceKm = [](double lat1, double lon1, double lat2, double lon2) {
        constexpr double toRad = 3.14159265358979323846 / 180.0;
        const double dLat = (lat2 - lat1) * toRad;
        const double dLon = (lon2 - lon1) * toRad;
        const double a = std::pow(std::sin(dLat / 2), 2) + std::cos(lat1 * toRad) *
                                                               std::cos(lat2 * toRad) *
                                                               std::pow(std::sin(dLon / 2), 2);
        return 2 * 6371.0 * std::asin(std::sqrt(a));
    };
    QFile f(QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/settlements.json"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray list =
        QJsonDocument::fromJson(f.readAll()).object().value(u"settlements"_s).toArray();
    REQUIRE(list.size() >= 300);
    int placed = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        if (!s.contains(u"lat"_s))
            continue;
        ++placed;
        const QString az = s.value(u"az"_s).toString();
        const QString district = s.value(u"district"_s).toString();
        INFO(az.toStdString() << " in " << district.toStdString());
        REQUIRE(s.value(u"lat"_s).isDouble());
        REQUIRE(s.value(u"lon"_s).isDouble());
        const double lat = s.value(u"lat"_s).toDouble();
        const double lon = s.value(u"lon"_s).toDouble();
        // Khojavend's centre is the hand-kept entity of its Armenian name.
        const auto *centre = g->entity(district == u"khojavend"_s ? u"martuni"_s : district);
        REQUIRE(centre);
        REQUIRE(centre->hasCoordinates);
        CHECK(distanceKm(centre->lat, centre->lon, lat, lon) <= radiusKm);
        // The loaded entity carries them.
        const QString hy = s.value(u"hy"_s).toString();
        const QString en = hy.isEmpty() ? az : az + u" ("_s + hy + u")"_s;
        const Marsad::Entities::Entity *entity = nullptr;
        for (const auto &e : g->entities()) {
            if (e.district == district && e.en == en)
                entity = &e;
        }
        REQUIRE(entity);
        CHECK(entity->hasCoordinates);
        CHECK(entity->lat == Approx(lat));
        CHECK(entity->lon == Approx(lon));
    }
    // Only four places of GeoNames's region match a listed settlement reliably.
    CHECK(placed >= 4);
    const auto *mincivan = g->entity(u"minjivan"_s); // Mincivan
    REQUIRE(mincivan);
    CHECK(mincivan->hasCoordinates);
    CHECK(mincivan->lat == Approx(39.03023));
    CHECK(mincivan->lon == Approx(46.72329));
}
