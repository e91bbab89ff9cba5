// The store's binary coding: every field survives a round trip; anything that
// is not a blob of this version decodes to nothing.
#include "resultcodec.h"
#include "storetestsupport.h"
#include "syntheticcorpus.h"

using namespace Marsad;
using namespace Marsad::Tests;
using namespace Qt::StringLiterals;

namespace {

void requireRoundTrip(const QList<Analysis::AnalyzedArticle> &articles)
{
    REQUIRE_FALSE(articles.isEmpty());
    ResultDiff diff;
    QList<Time::ArticleTime> times;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Analysis::AnalyzedArticle &a = articles.at(i);
        times.append(a.time);
        const QString path = a.article.file;
        const Issues fileIssues = a.article.issues;
        const QByteArray blob = Store::ResultCodec::encodeFile(
            path, fileIssues, std::span(&a.article, 1), std::span(&a.mentions, 1));
        const auto decoded = Store::ResultCodec::decodeFile(blob, path);
        REQUIRE(decoded);
        REQUIRE(decoded->load.articles.size() == 1);
        REQUIRE(decoded->mentions.size() == 1);
        CHECK(decoded->load.file == path);
        diff.issues(u"fileIssues"_s, decoded->load.issues, fileIssues);
        diff.article(u"article"_s, decoded->load.articles.first(), a.article);
        diff.mentions(u"mentions"_s, decoded->mentions.first(), a.mentions);
    }
    const QByteArray blob = Store::ResultCodec::encodeTimes(times);
    const auto decoded = Store::ResultCodec::decodeTimes(blob);
    REQUIRE(decoded);
    diff.list(u"times"_s, *decoded, times,
              [&diff](const QString &w, const Time::ArticleTime &x, const Time::ArticleTime &y) {
                  diff.time(w, x, y);
              });
    INFO("differences: " << diff.differences().join(u' ').toStdString());
    CHECK(diff.same());
}

} // namespace

TEST_CASE("Store coding: every field of the sample corpus survives a round trip", "[store][codec]")
{
    requireRoundTrip(analyzedSampleCorpus());
}

TEST_CASE("Store coding: every field of a generated corpus survives a round trip", "[store][codec]")
{
    QTemporaryDir temp;
    Bench::writeSyntheticCorpus(temp.path(), 120);
    requireRoundTrip(analyse({temp.path()}).articles);
}

TEST_CASE("Store coding: unusual values round trip too", "[store][codec]")
{
    Corpus::Article article;
    article.file = u"/a/b.jsonl"_s;
    article.indexInFile = 7;
    article.text = u"نص \u0000 مع صفر\uFFFD"_s;
    article.titleSpan = {0, 2};
    article.boilerplate.append({{3, 5}, u"menu"_s});
    article.issues.append(Issue::warning(u"/elsewhere"_s, u"m"_s));
    article.issues.append(Issue::error(article.file, u"e"_s));
    Mention m;
    m.entityId = u"x"_s;
    m.type = EntityType::Organization;
    m.candidate = true;
    m.confidence = 0.1 + 0.2; // not a round number in binary
    const QList<Mention> mentions{m};
    const QByteArray blob =
        Store::ResultCodec::encodeFile(article.file, {Issue::error(article.file, u"x"_s)},
                                       std::span(&article, 1), std::span(&mentions, 1));

    // Decoded for another path: the file's own path follows, other paths stay.
    const auto moved = Store::ResultCodec::decodeFile(blob, u"/c/d.jsonl"_s);
    REQUIRE(moved);
    const Corpus::Article &back = moved->load.articles.first();
    CHECK(back.file == u"/c/d.jsonl"_s);
    CHECK(back.issues.at(0).file == u"/elsewhere"_s);
    CHECK(back.issues.at(1).file == u"/c/d.jsonl"_s);
    CHECK(moved->load.issues.at(0).file == u"/c/d.jsonl"_s);
    CHECK(back.text == article.text);
    CHECK(back.indexInFile == 7);
    CHECK(back.boilerplate.first().kind == u"menu"_s);
    CHECK(moved->mentions.first().first().confidence == m.confidence);
    CHECK(moved->mentions.first().first().type == EntityType::Organization);

    Time::ArticleTime time;
    time.published.value = u"2020-10-01/2020-10-03"_s;
    time.published.precision = Time::Precision::Range;
    time.published.date = QDate(2020, 10, 2);
    time.published.confidence = 1.0 / 3.0;
    time.published.constraints.append({Time::DateEvidence::Kind::Link, u"s"_s, {}, u"n"_s, true});
    Time::Event event;
    event.timex.kind = Time::TimexKind::Hijri;
    event.timex.unit = Time::Timex::Unit::Week;
    event.timex.dayOffset = -3;
    time.events.append(event);
    const auto times =
        Store::ResultCodec::decodeTimes(Store::ResultCodec::encodeTimes(std::span(&time, 1)));
    REQUIRE(times);
    ResultDiff diff;
    diff.time(u"t"_s, times->first(), time);
    INFO("differences: " << diff.differences().join(u' ').toStdString());
    CHECK(diff.same());
}

TEST_CASE("Store coding: garbage, truncation and other kinds decode to nothing", "[store][codec]")
{
    const auto &sample = analyzedSampleCorpus();
    const Analysis::AnalyzedArticle &a = sample.first();
    const QByteArray blob = Store::ResultCodec::encodeFile(
        a.article.file, {}, std::span(&a.article, 1), std::span(&a.mentions, 1));
    CHECK_FALSE(Store::ResultCodec::decodeFile({}, a.article.file));
    CHECK_FALSE(Store::ResultCodec::decodeFile("garbage bytes, not a blob", a.article.file));
    for (const qsizetype cut : {qsizetype(4), qsizetype(9), blob.size() / 2, blob.size() - 1})
        CHECK_FALSE(Store::ResultCodec::decodeFile(blob.first(cut), a.article.file));
    QByteArray flipped = blob;
    flipped[blob.size() / 2] = char(flipped[blob.size() / 2] ^ 0x5a);
    CHECK_FALSE(Store::ResultCodec::decodeFile(flipped, a.article.file));
    // A newer version of the coding.
    QByteArray newer = blob;
    newer[7] = char(Store::ResultCodec::Version + 1);
    CHECK_FALSE(Store::ResultCodec::decodeFile(newer, a.article.file));
    // A corpus blob is not a file blob.
    CHECK_FALSE(Store::ResultCodec::decodeFile(
        Store::ResultCodec::encodeTimes(std::span(&a.time, 1)), a.article.file));
    CHECK_FALSE(Store::ResultCodec::decodeTimes(blob));
    // A body that decompresses but holds garbage.
    QByteArray header = blob.first(8);
    CHECK_FALSE(Store::ResultCodec::decodeFile(header + qCompress(QByteArray(1000, '\xff')),
                                               a.article.file));
}
