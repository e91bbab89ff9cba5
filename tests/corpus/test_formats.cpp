// HTML and JSONL input.
#include "corpusloader.h"
#include "htmlextractor.h"
#include "jsonlreader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Marsad;

TEST_CASE("HTML: text without tags, scripts or comments - entities decoded", "[corpus][html]")
{
    const auto result = Corpus::CorpusLoader::loadFile(Tests::dataPath(u"html/article.html"_s));
    REQUIRE(result.articles.size() == 1);
    const auto &a = result.articles.first();
    CHECK(a.title == u"معارك عنيفة قرب شوشة – موقع الأخبار"_s);
    CHECK(a.dateline == u"2020-11-08T19:07:00+03:00"_s);
    CHECK(a.url == u"https://news.example/2020/11/08/shusha-battle/"_s);
    CHECK(a.source == u"موقع الأخبار"_s);
    CHECK(a.text.contains(u"تقترب من مدينة شوشة، على بعد"_s));
    CHECK(a.text.contains(u"«إن المعارك مستمرة» & إن القصف طال خانكندي."_s));
    CHECK(a.text.contains(u"نص فيه <script> حرفي."_s)); // escaped markup stays text
    CHECK_FALSE(a.text.contains(u"ليس نصا"_s));         // script content dropped
    CHECK_FALSE(a.text.contains(u"تعليق مخفي"_s));      // comment dropped
    CHECK_FALSE(a.text.contains(u"direction"_s));       // style dropped
    CHECK_FALSE(a.text.contains(u"الرئيسية"_s));        // nav dropped
    for (const QString &tag : {u"<p"_s, u"<b>"_s, u"<a "_s, u"<h1"_s, u"<time"_s})
        CHECK_FALSE(a.text.contains(tag));
}

TEST_CASE("HTML entity decoding handles the odd cases", "[corpus][html]")
{
    CHECK(Corpus::HtmlExtractor::decodeEntities(u"&#x1F600;&#0;&bogus;&amp"_s) ==
          QString::fromUcs4(U"\U0001F600") + u"&#0;&bogus;&amp"_s);
    const auto doc = Corpus::HtmlExtractor::extract(u"<p>a < b"_s);
    CHECK(doc.text == u"a < b"_s);
}

TEST_CASE("A .txt article with markup-like text keeps it as text", "[corpus][html]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"a.txt"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(u"عنوان\nنص فيه <b>غامق</b> و<img src=x> و<script>alert(1)</script>.\n"_s.toUtf8());
    file.close();
    const auto result = Corpus::CorpusLoader::loadFile(file.fileName());
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles.first().text.contains(u"<b>غامق</b> و<img src=x> و<script>"_s));
}

TEST_CASE("JSONL: one article per line, bad lines reported by number", "[corpus][jsonl]")
{
    const QString text = u"{\"title\": \"عنوان أول\", \"text\": \"نص الخبر الأول عن شوشة.\", "
                         u"\"date\": \"2020-11-08\", "
                         "\"url\": \"https://x.example/2020/11/08/a\", \"source\": \"وكالة\"}\n"
                         "\n"
                         "{\"text\": \"خبر بلا عنوان\\nسطر ثان.\"}\n"
                         "{ not json\n"
                         "[1, 2]\n"
                         "{\"title\": \"بلا نص\"}\n"
                         "{\"text\": \"<html><body><p>نص من صفحة</p></body></html>\"}\n"_s;
    const auto result = Corpus::JsonlReader::read(text, u"feed.jsonl"_s);
    REQUIRE(result.articles.size() == 3);
    CHECK(result.articles.at(0).title == u"عنوان أول"_s);
    CHECK(result.articles.at(0).dateline == u"2020-11-08"_s);
    CHECK(result.articles.at(0).url == u"https://x.example/2020/11/08/a"_s);
    CHECK(result.articles.at(0).source == u"وكالة"_s);
    CHECK(result.articles.at(0).indexInFile == 1);
    CHECK(result.articles.at(1).indexInFile == 3);
    CHECK(result.articles.at(2).text == u"نص من صفحة"_s);
    REQUIRE(result.issues.size() == 3);
    CHECK(result.issues.at(0).message.startsWith(u"line 4:"_s));
    CHECK(result.issues.at(1).message.startsWith(u"line 5:"_s));
    CHECK(result.issues.at(2).message.startsWith(u"line 6:"_s));
}

TEST_CASE("Loading a JSONL file parses titles of untitled lines", "[corpus][jsonl]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"feed.jsonl"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(u"{\"text\": \"قائمة الموقع\\nعنوان حقيقي\\nنص.\"}\n"_s.toUtf8());
    file.close();
    const auto result = Corpus::CorpusLoader::loadFile(file.fileName());
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles.first().title == u"عنوان حقيقي"_s);
}

TEST_CASE("A 50 MB single-line file loads whole", "[corpus][large]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.txt"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray unit =
        u"تواصلت المعارك في إقليم قره باغ لليوم الرابع على التوالي، "_s.toUtf8();
    const qsizetype repeats = 50 * 1024 * 1024 / unit.size() + 1;
    for (qsizetype i = 0; i < repeats; ++i)
        file.write(unit);
    file.close();
    const auto result = Corpus::CorpusLoader::loadFile(file.fileName());
    REQUIRE(result.articles.size() == 1);
    const auto &a = result.articles.first();
    CHECK(a.encoding == u"UTF-8"_s);
    CHECK(a.text.size() == repeats * QString::fromUtf8(unit).size());
    CHECK(a.title.size() == a.text.trimmed().size());
    CHECK(a.boilerplate.isEmpty());
}
