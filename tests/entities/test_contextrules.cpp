// Context rules on sentences written for these tests: place words, titles,
// needs-context aliases (جبرائيل the district vs a man), first names.
#include "entities/entitiestest.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Marsad::EntityType;
using Marsad::Mention;
using Marsad::Tests::extract;
using Marsad::Tests::findMention;
using Marsad::Tests::mentionIds;

namespace {

bool has(const QString &text, const QString &id)
{
    return findMention(extract(text), id).has_value();
}

double confidence(const QString &text, const QString &id)
{
    const auto m = findMention(extract(text), id);
    return m ? m->confidence : -1.0;
}

} // namespace

TEST_CASE("A place word before a needs-context alias makes it a place", "[entities][context]")
{
    const auto text = GENERATE(values<QString>({
        u"سيطر الجيش على مدينة جبرائيل"_s,
        u"سيطر الجيش على منطقة جبرائيل"_s,
        u"نزح سكان محافظة جبرائيل"_s,
        u"وبمدينة جبرائيل أضرار"_s,
        u"دخلت القوات بلدة شوشة"_s,
    }));
    INFO(text.toStdString());
    const QList<Mention> m = extract(text);
    REQUIRE(m.size() == 1);
    CHECK(m[0].type == EntityType::Place);
    CHECK(m[0].confidence >= 0.9);
}

TEST_CASE("A list of places supports a needs-context alias", "[entities][context]")
{
    CHECK(has(u"تقدم الجيش في زنغيلان وجبرائيل وهدروت"_s, u"jabrayil"_s));
    CHECK(has(u"قصفت القوات ترتر، وبردي، وأغدام"_s, u"barda"_s));
    CHECK(has(u"سقطت هدروت وجبرائيل"_s, u"jabrayil"_s));
}

TEST_CASE("A preposition before a needs-context alias supports the place", "[entities][context]")
{
    CHECK(has(u"انسحبت القوات من جبرائيل"_s, u"jabrayil"_s));
    CHECK(has(u"وصلت تعزيزات إلى جبرائيل"_s, u"jabrayil"_s));
    CHECK(has(u"معارك عنيفة قرب جبرائيل"_s, u"jabrayil"_s));
    CHECK(has(u"اشتباكات بجبرائيل"_s, u"jabrayil"_s)); // the preposition is a clitic
}

TEST_CASE("A needs-context alias without support is dropped", "[entities][context]")
{
    CHECK_FALSE(has(u"قال جبرائيل إن الطقس جميل"_s, u"jabrayil"_s));
    CHECK_FALSE(has(u"كتب الشاعر فاروق شوشة قصيدة"_s, u"shusha"_s));
    CHECK_FALSE(has(u"هذا رجل ظريف جدا"_s, u"zarif"_s));
    CHECK_FALSE(has(u"تقرير أعدته قناة العربية عن الجزيرة العربية"_s, u"al-jazeera"_s));
    // أرمينية as an adjective ("an Armenian convoy") is not the country.
    CHECK_FALSE(has(u"دمرت قافلة عسكرية أرمينية"_s, u"armenia"_s));
}

TEST_CASE("جبرائيل followed by a surname is a man, not the district", "[entities][context]")
{
    const auto text = GENERATE(values<QString>({
        u"رسالة من جبرائيل مامادوف إلى عائلته"_s,
        u"قال الجندي جبرائيل إنه بخير"_s,
        u"التقينا جبرائيل حسينوف في المقهى"_s,
        u"تحدث السيد جبريل عن الاقتصاد"_s,
    }));
    INFO(text.toStdString());
    CHECK_FALSE(has(text, u"jabrayil"_s));
}

TEST_CASE("One sense per article: a supported alias supports its repeats", "[entities][context]")
{
    const QString text = u"اشتد القتال حول بلدة شوشة.\nوقال مسؤول إن شوشة صامدة."_s;
    const QList<Mention> m = extract(text);
    REQUIRE(mentionIds(m) == QStringList{u"shusha"_s, u"shusha"_s});
    CHECK(m[1].confidence < m[0].confidence);
    // Without the first sentence, the bare شوشة has no support.
    CHECK_FALSE(has(u"وقال مسؤول إن شوشة صامدة."_s, u"shusha"_s));
    // A person's short name is supported by the full name earlier on.
    CHECK(has(u"التقى حسن روحاني الوفد. وقال روحاني إن"_s, u"rouhani"_s));
}

TEST_CASE("Titles raise a person's confidence", "[entities][context]")
{
    CHECK(confidence(u"قال الرئيس إلهام علييف"_s, u"aliyev"_s) >
          confidence(u"قال إلهام علييف"_s, u"aliyev"_s));
    CHECK(confidence(u"أكد وزير الخارجية الإيراني ظريف"_s, u"zarif"_s) >= 0.9);
    CHECK(confidence(u"وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا"_s,
                     u"zakharova"_s) >= 0.95);
}

TEST_CASE("A media word supports an outlet whose name is a common word", "[entities][context]")
{
    CHECK(has(u"وقال مراسل الجزيرة إن القصف تجدد"_s, u"al-jazeera"_s));
    CHECK(has(u"في حديث لقناة الميادين"_s, u"al-mayadeen"_s));
    CHECK_FALSE(has(u"نزلوا في الجزيرة الصغيرة"_s, u"al-jazeera"_s));
}

TEST_CASE("Place words and prepositions raise a place's confidence", "[entities][context]")
{
    CHECK(confidence(u"قصف مدينة ترتر"_s, u"tartar"_s) >
          confidence(u"ترتر تتعرض للقصف"_s, u"tartar"_s));
}

TEST_CASE("A first name that is also a town yields the person", "[entities][context]")
{
    const QList<Mention> m = extract(u"أوردت المتحدثة شوشان ستيبانيان أن المعارك مستمرة"_s);
    REQUIRE(m.size() == 1);
    CHECK(m[0].entityId == u"shushan-stepanyan"_s);
    CHECK(m[0].type == EntityType::Person);
    // Another spelling of her name: still the person.
    CHECK(mentionIds(extract(u"قالت شوشان ستيفانيان"_s)) == QStringList{u"shushan-stepanyan"_s});
    // باكو ساهاكيان is a man, not Baku.
    CHECK(mentionIds(extract(u"قال باكو ساهاكيان"_s)) == QStringList{u"bako-sahakyan"_s});
    // A town name used as a first name after a title, with an unknown surname.
    const QList<Mention> n = extract(u"قالت الناشطة شوشي أراكيليان إن"_s);
    CHECK_FALSE(findMention(n, u"shusha"_s));
}

TEST_CASE("الرئيس الروسي alone is not a name", "[entities][context]")
{
    CHECK(extract(u"قال الرئيس الروسي إن بلاده مستعدة للوساطة"_s).isEmpty());
    CHECK(extract(u"الرئيس الروسي يدعو إلى الهدوء"_s).isEmpty());
    CHECK(mentionIds(extract(u"ووزير الخارجية التركي أمس في باكو"_s)) == QStringList{u"baku"_s});
}
