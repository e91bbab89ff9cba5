// Precision and recall against the hand-annotated gold standard of the
// sample corpus (tests/data/entities, policy in its README).
#include "entityextractor.h"
#include "gazetteer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <iostream>
#include <memory>

using namespace Qt::StringLiterals;
using Marsad::Mention;
using Marsad::Entities::EntityExtractor;
using Marsad::Entities::Gazetteer;

namespace {

const EntityExtractor &extractor()
{
    static const EntityExtractor e(
        Gazetteer::fromFile(QStringLiteral(MARSAD_SOURCE_DIR) + u"/resources/gazetteer.json"_s)
            .gazetteer);
    return e;
}

struct GoldFile
{
    QString file;
    QSet<QString> mentions; // "id@start:end"
    QList<QJsonObject> raw;
};

QString key(const QString &id, qsizetype start, qsizetype end)
{
    return u"%1@%2:%3"_s.arg(id).arg(start).arg(end);
}

QList<GoldFile> readGold()
{
    QList<GoldFile> out;
    const QByteArray data =
        Marsad::Tests::readFile(Marsad::Tests::dataPath(u"entities/gold.jsonl"_s));
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        GoldFile g;
        g.file = o.value(u"file"_s).toString();
        for (const QJsonValue &v : o.value(u"mentions"_s).toArray()) {
            const QJsonObject m = v.toObject();
            g.mentions.insert(key(m.value(u"id"_s).toString(), m.value(u"start"_s).toInt(),
                                  m.value(u"end"_s).toInt()));
            g.raw.append(m);
        }
        out.append(g);
    }
    return out;
}

QString sampleText(const QString &name)
{
    return QString::fromUtf8(
        Marsad::Tests::readFile(Marsad::Tests::sampleCorpusDir() + u'/' + name));
}

int countOf(const QList<Mention> &mentions, const QString &id)
{
    int n = 0;
    for (const Mention &m : mentions)
        n += m.entityId == id ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("Gold standard: micro precision and recall >= 0.95", "[entities][gold]")
{
    const QList<GoldFile> gold = readGold();
    REQUIRE(gold.size() == 5);
    qsizetype truePositives = 0, predicted = 0, expected = 0;
    for (const GoldFile &g : gold) {
        const QString text = sampleText(g.file);
        REQUIRE_FALSE(text.isEmpty());
        // The gold offsets point at their surfaces in the decoded text.
        for (const QJsonObject &m : g.raw) {
            const int start = m.value(u"start"_s).toInt(), end = m.value(u"end"_s).toInt();
            CHECK(text.mid(start, end - start) == m.value(u"surface"_s).toString());
        }
        QSet<QString> found;
        for (const Mention &m : extractor().extract(text)) {
            CHECK(m.surface == text.mid(m.span.start, m.span.length()));
            found.insert(key(m.entityId, m.span.start, m.span.end));
        }
        for (const QString &k : found - g.mentions)
            std::cout << "  false positive in " << g.file.toStdString() << ": " << k.toStdString()
                      << '\n';
        for (const QString &k : g.mentions - found)
            std::cout << "  missed in " << g.file.toStdString() << ": " << k.toStdString() << '\n';
        truePositives += (found & g.mentions).size();
        predicted += found.size();
        expected += g.mentions.size();
    }
    const double precision = double(truePositives) / double(predicted);
    const double recall = double(truePositives) / double(expected);
    std::cout << "entities gold: " << truePositives << " correct, " << predicted << " predicted, "
              << expected << " expected; precision " << precision << ", recall " << recall << '\n';
    CHECK(precision >= 0.95);
    CHECK(recall >= 0.95);
}

TEST_CASE("Gold standard: exact counts of Shusha, Stepanakert, Jabrayil", "[entities][gold]")
{
    const QStringList files = Marsad::Tests::sampleCorpusFiles();
    REQUIRE(files.size() == 5);
    QList<QList<Mention>> found;
    for (const QString &path : files)
        found.append(extractor().extract(QString::fromUtf8(Marsad::Tests::readFile(path))));

    CHECK(countOf(found[2], u"shusha"_s) == 7);
    CHECK(countOf(found[3], u"shusha"_s) == 1);
    CHECK(countOf(found[2], u"stepanakert"_s) == 2);
    CHECK(countOf(found[3], u"stepanakert"_s) == 1);
    CHECK(countOf(found[4], u"stepanakert"_s) == 1);
    for (const int i : {0, 3, 4})
        CHECK(countOf(found[i], u"jabrayil"_s) == 1);
    CHECK(countOf(found[1], u"jabrayil"_s) == 0);
    CHECK(countOf(found[2], u"jabrayil"_s) == 0);

    bool sawKhankendi = false;
    for (const Mention &m : found[4])
        sawKhankendi |= m.entityId == u"stepanakert"_s && m.surface == u"خانكندي"_s;
    CHECK(sawKhankendi);

    // شوشان ستيبانيان is the spokeswoman: one person, no place inside.
    const QString text = QString::fromUtf8(Marsad::Tests::readFile(files[2]));
    const qsizetype at = text.indexOf(u"شوشان ستيبانيان"_s);
    REQUIRE(at >= 0);
    bool person = false;
    for (const Mention &m : found[2]) {
        if (m.span.overlaps({at, at + 15})) {
            CHECK(m.type == Marsad::EntityType::Person);
            CHECK(m.entityId == u"shushan-stepanyan"_s);
            person = true;
        }
    }
    CHECK(person);
}
