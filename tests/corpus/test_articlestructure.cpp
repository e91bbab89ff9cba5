// Article structure: title, dateline and boilerplate marked (never deleted).
#include "articleparser.h"
#include "boilerplatemarker.h"
#include "corpusjob.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Marsad::Corpus::Article;

namespace {

struct Marked
{
    QString kind;
    QString text;
};

QList<Marked> marked(const Article &a)
{
    QList<Marked> out;
    for (const auto &b : a.boilerplate)
        out.append({b.kind, a.text.mid(b.start, b.length())});
    return out;
}

Article parse(const QString &text)
{
    Article a;
    a.text = text;
    Corpus::ArticleParser::parse(a);
    return a;
}

QStringList kinds(const Article &a)
{
    QStringList out;
    for (const auto &b : a.boilerplate)
        out.append(b.kind);
    return out;
}

const Article &sample(const QList<Article> &articles, const QString &prefix)
{
    for (const auto &a : articles) {
        if (QFileInfo(a.file).fileName().startsWith(prefix))
            return a;
    }
    FAIL("no sample " << prefix.toStdString());
    return articles.first();
}

} // namespace

TEST_CASE("Sample titles and datelines", "[corpus][structure][sample]")
{
    const auto corpus = Corpus::loadCorpus({Tests::sampleCorpusDir()});
    REQUIRE(corpus.articles.size() == 5);
    const auto &a001 = sample(corpus.articles, u"001"_s);
    CHECK(a001.title == u"بوتين يبحث مع نظيره الأرميني الوضع في كاراباخ"_s);
    CHECK(a001.titleSpan.start == 0); // the first line, not its repetition
    const auto &a003 = sample(corpus.articles, u"003"_s);
    CHECK(a003.title ==
          u"بوتين يدعو الجانبين لمحادثات.. أذربيجان ترفض وقف القتال قبل انسحاب أرمينيا"_s);
    CHECK(a003.dateline == u"2020-10-09T13:50:00+03:00"_s);
    CHECK(a003.text.mid(a003.datelineSpan.start, a003.datelineSpan.length()) == a003.dateline);
    for (const QString &undated : {u"000"_s, u"001"_s, u"002"_s, u"004"_s})
        CHECK(sample(corpus.articles, undated).dateline.isEmpty());
}

TEST_CASE("Sample boilerplate is marked, body sentences are not", "[corpus][structure][sample]")
{
    const auto corpus = Corpus::loadCorpus({Tests::sampleCorpusDir()});
    const auto &a001 = sample(corpus.articles, u"001"_s);
    CHECK(kinds(a001).count(u"tags"_s) == 10);
    CHECK(kinds(a001).count(u"repeated"_s) == 1);

    const auto m002 = marked(sample(corpus.articles, u"002"_s));
    REQUIRE(m002.size() == 2);
    CHECK(m002.at(0).text == u"اقرأ المزيد"_s);
    CHECK(m002.at(1).text.contains(u"Related Nodes"_s));

    const auto m003 = marked(sample(corpus.articles, u"003"_s));
    QStringList texts003;
    for (const auto &m : m003)
        texts003.append(m.text);
    CHECK(texts003 == QStringList{u"قائمة الموقع"_s, u"2020-10-09T13:50:00+03:00"_s,
                                  u"أذربيجان.jpg"_s, u"الرسالة نت- وكالات"_s,
                                  u"المصدر\u00A0:\u00A0الجزيرة + وكالات"_s, u"اخبار ذات صلة"_s});

    const auto m004 = marked(sample(corpus.articles, u"004"_s));
    REQUIRE(m004.size() == 5);
    CHECK(m004.at(0).text.startsWith(u"اقرأ أيضا: هكذا تقرأ"_s));
    CHECK(m004.at(1).text.startsWith(u"اقرأ أيضا: باكو"_s));
    for (int i = 2; i < 5; ++i)
        CHECK(m004.at(i).kind == u"related"_s);
    CHECK(m004.at(4).text.startsWith(u"معارك عنيفة في قره باغ"_s));

    CHECK(sample(corpus.articles, u"000"_s).boilerplate.isEmpty());

    // No body sentence anywhere is marked: a marked line never ends a long
    // sentence with a full stop.
    for (const auto &a : corpus.articles) {
        for (const auto &m : marked(a)) {
            const bool longSentence = m.text.endsWith(u'.') && m.text.count(u' ') >= 12;
            CHECK_FALSE(longSentence);
        }
    }
}

TEST_CASE("Boilerplate rules on lines the samples do not have", "[corpus][structure]")
{
    const QString text = u"القائمة الرئيسية\n"
                         "شارك على فيسبوك\n"
                         "قصف متبادل على جبهة فضولي\n"
                         "الصورة: جنود أذربيجانيون قرب جبرائيل (أرشيف)\n"
                         "(صورة أرشيفية)\n"
                         "قالت وزارة الدفاع إن القصف استهدف مواقع قرب هادروت ليلا.\n"
                         "إقرأ أيضاً: أذربيجان تعلن السيطرة على قرى جديدة\n"
                         "وأضافت الوزارة أن المعارك مستمرة على طول خط التماس.\n"
                         "تحرير: فريق التحرير\n"
                         "المصدر: وكالات\n"
                         "مواضيع ذات صلة\n"
                         "أرمينيا تعلن التعبئة العامة\n"
                         "روسيا تدعو إلى وقف النار\n"_s;
    const Article a = parse(text);
    CHECK(a.title == u"قصف متبادل على جبهة فضولي"_s);
    CHECK(kinds(a) == QStringList{u"menu"_s, u"menu"_s, u"image"_s, u"image"_s, u"read-more"_s,
                                  u"source"_s, u"source"_s, u"related"_s, u"related"_s,
                                  u"related"_s});
}

TEST_CASE("Body lines without full stops are kept as body", "[corpus][structure]")
{
    // An outlet that writes no full stops: short last lines are not a
    // related-articles tail.
    const Article a = parse(u"عنوان الخبر\n"
                            "قالت الوزارة إن المعارك مستمرة في الجنوب\n"
                            "وأضافت أن القوات تقدمت نحو المدينة\n"
                            "ولم يصدر تعليق من الجانب الآخر\n"_s);
    CHECK(a.boilerplate.isEmpty());
}

TEST_CASE("Timestamps alone on a line are the dateline", "[corpus][structure]")
{
    for (const QString &stamp :
         {u"2020-11-08"_s, u"2020-11-08 19:07"_s, u"2020-11-08T19:07:00Z"_s, u"٢٠٢٠-١١-٠٨"_s}) {
        const Article a = parse(u"العنوان\n"_s + stamp + u"\nنص الخبر."_s);
        CHECK(a.dateline == stamp);
        CHECK(a.title == u"العنوان"_s);
    }
    // A date inside a sentence is not a dateline.
    CHECK(parse(u"العنوان\nفي 2020-11-08 أعلنت الوزارة.\n"_s).dateline.isEmpty());
}

TEST_CASE("Bad inputs to the parser", "[corpus][structure]")
{
    CHECK(parse(QString()).title.isEmpty());
    CHECK(parse(u"\n\n   \n"_s).title.isEmpty());
    const QString diacritics = QString(u"ًٌٍَُِّْ"_s).repeated(100);
    CHECK(parse(diacritics).title == diacritics);
    Article huge;
    huge.text = u"كلمة "_s.repeated(10 * 1024 * 1024);
    Corpus::ArticleParser::parse(huge);
    CHECK(huge.title.size() == huge.text.trimmed().size());
}

TEST_CASE("A broken rules file is reported, not fatal", "[corpus][structure]")
{
    QString error;
    const auto rules = Corpus::BoilerplateRules::fromJson("{\"rules\": [{\"kind\": \"x\", "
                                                          "\"pattern\": \"([\"}]}",
                                                          &error);
    CHECK(rules.size() == 0);
    CHECK_FALSE(error.isEmpty());
    CHECK(Corpus::BoilerplateRules::fromJson("not json", &error).size() == 0);
    CHECK(Corpus::BoilerplateRules::bundled().size() > 10);
}

TEST_CASE("A menu or breadcrumb line is navigation, never the title", "[corpus][structure]")
{
    // Own lines, as page-to-text tools leave them above the headline.
    const Article a = parse(u"الرئيسية | محليات | دولي | اقتصاد | ثقافة\n"
                            u"وفد أممي يصل إلى المنطقة لتقييم الأضرار\n"
                            u"وصل وفد من الأمم المتحدة صباح اليوم إلى المنطقة المتضررة.\n"_s);
    CHECK(a.title == u"وفد أممي يصل إلى المنطقة لتقييم الأضرار"_s);
    CHECK(kinds(a).contains(u"menu"_s));

    const Article crumbs = parse(u"الصفحة الأولى › العالم › الشرق الأوسط\n"
                                 u"هدنة هشة على خطوط التماس\n"
                                 u"قال شهود إن الهدوء ساد معظم الجبهات ليلة أمس.\n"_s);
    CHECK(crumbs.title == u"هدنة هشة على خطوط التماس"_s);

    // A headline that names its outlet after one bar stays a headline, and a
    // date written with slashes is no menu.
    const Article titled = parse(u"هدنة هشة على خطوط التماس | صحيفة المساء\n"
                                 u"نشر في 12/10/2020\n"
                                 u"قال شهود إن الهدوء ساد معظم الجبهات ليلة أمس.\n"_s);
    CHECK(titled.title == u"هدنة هشة على خطوط التماس | صحيفة المساء"_s);
    CHECK_FALSE(kinds(titled).contains(u"menu"_s));
}
