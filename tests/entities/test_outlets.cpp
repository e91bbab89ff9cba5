// Outlets, credits and bylines; the shorter reading of an alias that fails
// its context; the candidate filter; nisba adjectives with tanween; officials
// after titles. Sentences written for these tests, not from the samples.
#include "entities/entitiestest.h"
#include "gazetteer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Marsad::EntityType;
using Marsad::Mention;
using Marsad::Tests::extract;
using Marsad::Tests::findMention;

namespace {

QList<Mention> candidates(const QList<Mention> &all)
{
    QList<Mention> out;
    for (const Mention &m : all) {
        if (m.candidate)
            out.append(m);
    }
    return out;
}

} // namespace

TEST_CASE("The outlet list", "[entities][outlets]")
{
    const auto g = Marsad::Tests::realGazetteer();
    int media = 0;
    for (const auto &e : g->entities())
        media += e.kind == u"media"_s ? 1 : 0;
    CHECK(media >= 150);
}

TEST_CASE("Credits and agency names, Arabic and Latin", "[entities][outlets]")
{
    const auto c = GENERATE(values<std::pair<QString, QString>>({
        {u"يريفان (أ ف ب) - أعلنت وزارة الدفاع"_s, u"afp"_s},
        {u"(Reuters) قال مسؤول في الحكومة"_s, u"reuters"_s},
        {u"وذكرت وكالة TASS أن الوفد وصل"_s, u"tass"_s},
        {u"نقلت AFP عن شهود عيان"_s, u"afp"_s},
        {u"وقالت وكالة شينخوا إن"_s, u"xinhua"_s},
        {u"بحسب ما أوردت قناة \"الميادين\" مساء اليوم"_s, u"al-mayadeen"_s},
        {u"وقال مراسل قناة العالم في بيروت"_s, u"al-alam"_s},
        {u"ونقلت صحيفة كوميرسانت عن مصدر"_s, u"kommersant"_s},
        {u"صورة: غيتي إيمجز"_s, u"getty"_s},
    }));
    INFO(c.first.toStdString());
    const auto found = findMention(extract(c.first), c.second);
    REQUIRE(found);
    CHECK(found->type == EntityType::Organization);
}

TEST_CASE("An outlet whose name is also a word, in a credit or a dateline", "[entities][outlets]")
{
    CHECK(findMention(extract(u"الجزيرة - أعلنت وزارة الدفاع"_s), u"al-jazeera"_s));
    CHECK(findMention(extract(u"قتل ثلاثة مدنيين في القصف (الجزيرة)"_s), u"al-jazeera"_s));
    // Not a credit: the island.
    CHECK_FALSE(findMention(extract(u"وصلت السفينة إلى الجزيرة أمس"_s), u"al-jazeera"_s));
}

TEST_CASE("Unknown outlets after a source line, a channel word, نقلا عن", "[entities][outlets]")
{
    const auto c = GENERATE(values<std::pair<QString, QString>>({
        {u"المصدر: موقع كافكازيا"_s, u"كافكازيا"_s},
        {u"نقلا عن قناة \"الشمس الحرة\" المحلية"_s, u"الشمس الحرة"_s},
        {u"وبثت قناة \"زاغروس\" صورا للدمار"_s, u"زاغروس"_s},
    }));
    INFO(c.first.toStdString());
    const QList<Mention> found = candidates(extract(c.first));
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == c.second);
    CHECK(found[0].type == EntityType::Organization);
}

TEST_CASE("A byline's author is a person", "[entities][outlets]")
{
    const auto text = GENERATE(values<QString>(
        {u"بقلم سامر الخطيب\nتتواصل المعارك"_s, u"بقلم: سامر الخطيب"_s, u"كتب: سامر الخطيب"_s}));
    INFO(text.toStdString());
    const QList<Mention> found = candidates(extract(text));
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == u"سامر الخطيب"_s);
    CHECK(found[0].type == EntityType::Person);
}

TEST_CASE("A two-word alias failing its context falls back to the shorter reading",
          "[entities][fallback]")
{
    // "روسيا اليوم" is the channel only with a channel word; without one the
    // country remains.
    const auto m = extract(u"وأعلنت روسيا اليوم أنها سترسل وفدا إلى المنطقة"_s);
    const auto russia = findMention(m, u"russia"_s);
    REQUIRE(russia);
    CHECK(russia->surface == u"روسيا"_s);
    CHECK_FALSE(findMention(m, u"rt"_s));

    const auto channel = extract(u"وبثت قناة روسيا اليوم مشاهد من الجبهة"_s);
    CHECK(findMention(channel, u"rt"_s));
    CHECK_FALSE(findMention(channel, u"russia"_s));
}

TEST_CASE("A nisba adjective with tanween is not the country", "[entities][tanween]")
{
    const auto text = GENERATE(values<QString>({
        u"وأبدت أنقرة موقفا داعما وقدمت دعما تركيًا واضحا"_s,
        u"وكان الرد روسيًا حازما"_s,
        u"ويعد السلاح تركياً بالكامل"_s,
    }));
    INFO(text.toStdString());
    const auto m = extract(text);
    CHECK_FALSE(findMention(m, u"turkey"_s));
    CHECK_FALSE(findMention(m, u"russia"_s));
    // Without tanween, the country.
    CHECK(findMention(extract(u"وزار الوفد تركيا أمس"_s), u"turkey"_s));
}

TEST_CASE("Common words never become candidates", "[entities][candidates][filter]")
{
    const auto text = GENERATE(values<QString>({
        u"وأصدر الرئيس بيان إدانة"_s,
        u"وشن القائد هجوم واسع"_s,
        u"وتعرضت منطقة هجوم سابق للقصف"_s,
        u"وتحدث الوزير تقرير اللجنة"_s,
        u"ومدن غيرها"_s,
        u"وقال المسؤول غيرها لم يصل"_s,
    }));
    INFO(text.toStdString());
    CHECK(candidates(extract(text)).isEmpty());
}

TEST_CASE("A word the article also uses with the article is not a name",
          "[entities][candidates][filter]")
{
    // Not in the common-word list; the article's own use gives it away.
    CHECK(candidates(extract(u"وتقدمت القوات في منطقة سهوب شمال البلاد حيث تمتد السهوب"_s))
              .isEmpty());
    // The same sentence without the definite use: a candidate place.
    CHECK(candidates(extract(u"وتقدمت القوات في منطقة سهوب شمال البلاد"_s)).size() == 1);
}

TEST_CASE("Officials after titles the old list lacked", "[entities][candidates]")
{
    const auto c = GENERATE(values<std::pair<QString, QString>>({
        {u"وقال مدير مركز الإعلام الوطني سامويل هاكوبيان للصحفيين"_s, u"سامويل هاكوبيان"_s},
        {u"وصرح ممثل المنظمة كارلوس ريبيرا بأن"_s, u"كارلوس ريبيرا"_s},
        {u"وأكد منسق الشؤون الإنسانية مارتن غريفيث أن"_s, u"مارتن غريفيث"_s},
        {u"وقال السفير الروسي في باكو ميخائيل بوتشاروف إن"_s, u"ميخائيل بوتشاروف"_s},
    }));
    INFO(c.first.toStdString());
    const QList<Mention> found = candidates(extract(c.first));
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == c.second);
    CHECK(found[0].type == EntityType::Person);
}

TEST_CASE("Institutions by their short forms; forces and presidencies by nationality",
          "[entities][outlets]")
{
    CHECK(findMention(extract(u"وأعلن جيش الدفاع مقتل جنديين"_s), u"karabakh-army"_s));
    CHECK(findMention(extract(u"وقال جيش الدفاع الإسرائيلي"_s), u"israel-army"_s));
    CHECK(
        findMention(extract(u"وذكر المركز الإعلامي الموحد أن"_s), u"armenia-unified-infocenter"_s));
    CHECK(findMention(extract(u"وأعلنت الرئاسة الأرمينية أن"_s), u"armenia-presidency"_s));
    CHECK(findMention(extract(u"وانتشرت قوات حفظ السلام التركية"_s), u"turkish-peacekeepers"_s));
}
