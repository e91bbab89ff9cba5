// The synthetic corpus of the benchmarks (tests/bench/syntheticcorpus.*):
// deterministic for a seed, varied, in several formats, and an input the
// pipeline reads as news: dated articles, entities found.
#include "syntheticcorpus.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

/// Every file under \a folder by relative path, with its bytes.
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(folder).relativeFilePath(path), Tests::readFile(path));
    }
    return out;
}

} // namespace

TEST_CASE("The synthetic corpus is the same for a seed and differs between seeds", "[generator]")
{
    QTemporaryDir a, b, c;
    REQUIRE(a.isValid());
    REQUIRE(b.isValid());
    REQUIRE(c.isValid());
    const qint64 bytesA = Bench::writeSyntheticCorpus(a.path(), 300, 11);
    const qint64 bytesB = Bench::writeSyntheticCorpus(b.path(), 300, 11);
    const qint64 bytesC = Bench::writeSyntheticCorpus(c.path(), 300, 12);
    REQUIRE(bytesA > 0);
    CHECK(bytesA == bytesB);
    const auto filesA = filesUnder(a.path());
    CHECK(filesA == filesUnder(b.path()));
    const auto filesC = filesUnder(c.path());
    CHECK(bytesC > 0);
    CHECK(filesA != filesC);
    qint64 sum = 0;
    for (const QByteArray &bytes : filesA)
        sum += bytes.size();
    CHECK(sum == bytesA);
}

TEST_CASE("The synthetic corpus is varied and mixes file formats and lengths", "[generator]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const int count = 400;
    REQUIRE(Bench::writeSyntheticCorpus(dir.path(), count) > 0);
    const auto files = filesUnder(dir.path());
    QMap<QString, int> bySuffix;
    QList<qsizetype> textSizes;
    QSet<QByteArray> distinctLines;
    qsizetype lines = 0;
    int jsonlArticles = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString suffix = QFileInfo(it.key()).suffix();
        ++bySuffix[suffix];
        if (suffix == u"txt"_s)
            textSizes.append(it.value().size());
        for (const QByteArray &line : it.value().split('\n')) {
            if (line.size() < 200)
                continue; // titles, datelines, boilerplate: short and meant to repeat
            if (suffix == u"jsonl"_s) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                REQUIRE(o.contains(u"text"_s));
                ++jsonlArticles;
                continue;
            }
            ++lines;
            distinctLines.insert(line);
        }
    }
    CHECK(bySuffix.value(u"txt"_s) > count / 2);
    CHECK(bySuffix.value(u"html"_s) > 0);
    CHECK(bySuffix.value(u"jsonl"_s) > 0);
    // A JSON Lines file holds several articles; the files hold them all.
    CHECK(jsonlArticles > bySuffix.value(u"jsonl"_s));
    CHECK(bySuffix.value(u"txt"_s) + bySuffix.value(u"html"_s) + jsonlArticles == count);

    // Paragraphs repeat only where a passage is reprinted.
    INFO(distinctLines.size() << " distinct of " << lines << " paragraphs");
    CHECK(double(distinctLines.size()) > 0.9 * double(lines));

    std::sort(textSizes.begin(), textSizes.end());
    const qsizetype median = textSizes.at(textSizes.size() / 2);
    INFO("text files: " << textSizes.first() << " … " << median << " … " << textSizes.last());
    CHECK(median > 3500);
    CHECK(median < 6000);
    CHECK(textSizes.first() >= 500);
    CHECK(textSizes.last() <= 17000);
    CHECK(textSizes.last() > 2 * median);
}

TEST_CASE("The pipeline dates the synthetic articles and finds their entities", "[generator][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const int count = 200;
    REQUIRE(Bench::writeSyntheticCorpus(dir.path(), count, 3) > 0);
    const auto result = Tests::runMarsad({u"analyze"_s, dir.path()});
    REQUIRE(result.exitCode == 0);
    int articles = 0, dated = 0, stated = 0, withEntities = 0, conflicting = 0, weekdays = 0;
    QSet<QString> entities;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        ++articles;
        const QJsonObject published = o.value(u"published"_s).toObject();
        const QString basis = published.value(u"basis"_s).toString();
        if (!published.value(u"value"_s).isNull())
            ++dated;
        const bool fromSource =
            basis == u"dateline"_s || basis == u"metadata"_s || basis == u"url"_s;
        if (fromSource)
            ++stated;
        const QJsonArray mentions = o.value(u"mentions"_s).toArray();
        if (!mentions.isEmpty())
            ++withEntities;
        for (const QJsonValue &m : mentions)
            entities.insert(m.toObject().value(u"id"_s).toString());
        // Weekday words are generated for the day they name: an article dated
        // by its source seldom contradicts them (reprints a day late may).
        if (fromSource) {
            for (const QJsonValue &c : published.value(u"constraints"_s).toArray()) {
                const QJsonObject constraint = c.toObject();
                if (constraint.value(u"kind"_s).toString() != u"weekday"_s)
                    continue;
                ++weekdays;
                if (constraint.value(u"conflicting"_s).toBool())
                    ++conflicting;
            }
        }
    }
    CHECK(articles == count);
    CHECK(dated > count * 8 / 10);
    CHECK(stated > count * 4 / 10);
    CHECK(stated < count * 9 / 10); // many are left to the solver
    CHECK(withEntities > count * 95 / 100);
    CHECK(entities.size() > 100); // names vary, drawn from the whole gazetteer
    CHECK(weekdays > 20);
    CHECK(conflicting * 10 < weekdays);
}
