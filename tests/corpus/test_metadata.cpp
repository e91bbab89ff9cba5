// Dates and addresses a source carries beside its text (issue 18, DESIGN.md §5):
// JSON-LD, JSONL keys, an address line at the top of a plain text, URL forms;
// and the publication date they give, with basis "metadata" or "url".
#include "articlemetadata.h"
#include "articleparser.h"
#include "htmlextractor.h"
#include "jsonlreader.h"
#include "timeanalyzer.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Corpus::ArticleMetadata;

TEST_CASE("JSON-LD datePublished, on the top object or inside @graph", "[corpus][metadata]")
{
    const QString graph =
        u"<html><head><script type=\"application/ld+json\">"
        "{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},"
        "{\"@type\":\"NewsArticle\",\"headline\":\"x\","
        "\"datePublished\":\"2020-10-21T08:15:00+04:00\"}]}"
        "</script></head><body><p>تواصلت الاشتباكات على الجبهة.</p></body></html>"_s;
    CHECK(ArticleMetadata::jsonLdDatePublished(graph) == u"2020-10-21T08:15:00+04:00"_s);
    const QString top = u"<script type='application/ld+json'>[{\"@type\":\"ReportageNewsArticle\","
                        "\"datePublished\":\"2020-11-02\"}]</script>"_s;
    CHECK(ArticleMetadata::jsonLdDatePublished(top) == u"2020-11-02"_s);
    CHECK(ArticleMetadata::jsonLdDatePublished(u"<script type=\"application/ld+json\">{broken"_s)
              .isEmpty());

    Corpus::Article a;
    const Corpus::HtmlDocument doc = Corpus::HtmlExtractor::extract(graph);
    a.text = doc.text;
    a.dateline = doc.dateline;
    Corpus::ArticleParser::parse(a);
    const auto r = Time::TimeAnalyzer::analyze(a);
    CHECK(r.published.value == u"2020-10-21"_s);
    CHECK(r.published.basis == Time::PublishedDate::Basis::Metadata);
    CHECK(Time::basisName(r.published.basis) == u"metadata"_s);
    CHECK(r.published.evidence.first() == u"2020-10-21T08:15:00+04:00"_s);
}

TEST_CASE("JSONL date keys, strings or Unix time", "[corpus][metadata][jsonl]")
{
    CHECK(ArticleMetadata::jsonlDate(QJsonObject{{u"published_at"_s, u"2020-10-05 10:00"_s}}) ==
          u"2020-10-05 10:00"_s);
    CHECK(ArticleMetadata::jsonlDate(QJsonObject{{u"datePublished"_s, u"2020-10-06"_s},
                                                 {u"date"_s, u"2020-10-01"_s}}) == u"2020-10-06"_s);
    CHECK(ArticleMetadata::jsonlDate(QJsonObject{{u"published"_s, 1603238400}})
              .startsWith(u"2020-10-21"_s));
    CHECK(ArticleMetadata::jsonlDate(QJsonObject{{u"title"_s, u"x"_s}}).isEmpty());

    const QString jsonl =
        u"{\"text\": \"قال المتحدث إن القصف استمر.\", \"pubDate\": \"Wed, 21 Oct 2020 09:00:00 "
        u"GMT\"}\n"
        "{\"text\": \"أعلنت الوزارة وقف العمليات.\", \"url\": \"https://news.example.org/item?id=7&date=2020-10-26\"}\n"_s;
    const auto read = Corpus::JsonlReader::read(jsonl, u"feed.jsonl"_s);
    REQUIRE(read.articles.size() == 2);
    const auto first = Time::TimeAnalyzer::analyze(read.articles.at(0));
    CHECK(first.published.value == u"2020-10-21"_s);
    CHECK(first.published.basis == Time::PublishedDate::Basis::Metadata);
    const auto second = Time::TimeAnalyzer::analyze(read.articles.at(1));
    CHECK(second.published.value == u"2020-10-26"_s);
    CHECK(second.published.basis == Time::PublishedDate::Basis::Url);
}

TEST_CASE("Dates in addresses", "[corpus][metadata][url]")
{
    auto day = [](const QString &url) {
        const auto d = ArticleMetadata::dateInAddress(url);
        return d && d->dayPrecision ? d->start : QDate();
    };
    CHECK(day(u"https://a.example/news/20201021/karabakh.html"_s) == QDate(2020, 10, 21));
    CHECK(day(u"https://a.example/2020/10/21/karabakh"_s) == QDate(2020, 10, 21));
    CHECK(day(u"https://a.example/story?date=2020-10-21"_s) == QDate(2020, 10, 21));
    CHECK(day(u"https://a.example/story?id=5&d=20201021"_s) == QDate(2020, 10, 21));
    CHECK(day(u"https://a.example/story-2020-10-21"_s) == QDate(2020, 10, 21));
    CHECK_FALSE(day(u"https://a.example/story/20201341"_s).isValid());
    CHECK_FALSE(day(u"https://a.example/item/123456789"_s).isValid());
    const auto month = ArticleMetadata::dateInAddress(u"https://a.example/2020/10/karabakh"_s);
    REQUIRE(month);
    CHECK_FALSE(month->dayPrecision);
}

TEST_CASE("An address on the first line of a plain text dates it", "[corpus][metadata][url]")
{
    Corpus::Article a;
    a.file = u"scraped.txt"_s;
    a.text = u"URL: https://www.example.com/politics/20201021/ceasefire-talks\n"
             "عنوان الخبر\nقال الوسيط إن الجولة المقبلة ستعقد قريبا."_s;
    const auto line = ArticleMetadata::addressLine(a.text);
    REQUIRE(line);
    CHECK(line->first == u"https://www.example.com/politics/20201021/ceasefire-talks"_s);
    CHECK(a.text.mid(line->second.start, line->second.length()) == line->first);
    const auto r = Time::TimeAnalyzer::analyze(a);
    CHECK(r.published.value == u"2020-10-21"_s);
    CHECK(r.published.basis == Time::PublishedDate::Basis::Url);
    REQUIRE(!r.published.constraints.isEmpty());
    const auto &lead = r.published.constraints.first();
    CHECK(lead.kind == Time::DateEvidence::Kind::Url);
    REQUIRE(lead.span.isValid());
    CHECK(a.text.mid(lead.span.start, lead.span.length()) == lead.surface);
    CHECK_FALSE(ArticleMetadata::addressLine(u"نص\nبلا عنوان\nولا رابط"_s));
}

TEST_CASE("A page address on the first line is the article's address, never its title",
          "[corpus][metadata]")
{
    Marsad::Corpus::Article article;
    article.text = QStringLiteral("https://news.example.org/2020/10/21/strike\n"
                                  "قصف على مدينة ترتر\nأعلنت الوزارة أن القصف استمر ليلا.\n");
    Marsad::Corpus::ArticleParser::parse(article);
    CHECK(article.title == QStringLiteral("قصف على مدينة ترتر"));
    CHECK(article.url == QStringLiteral("https://news.example.org/2020/10/21/strike"));
    CHECK(article.isBoilerplate({0, 10}));
}
