// The data exports on the sample corpus and on articles of our own: every
// record parses (with an independent reader, with Qt's JSON and with
// Python's csv and json), offsets lead back to the text, filters hold.
#include "corpusindex.h"
#include "dataexport.h"
#include "eventtable.h"
#include "exchangetest.h"
#include "mentiontable.h"
#include "placegeojson.h"
#include "resources.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Exchange::DataExport;
using Exchange::DataFormat;
using Exchange::Selection;

namespace {

QList<QStringList> exportCsv(DataFormat format, const Index::CorpusIndex &index,
                             const Selection &selection)
{
    QList<QStringList> records;
    const QByteArray bytes = DataExport::encode(format, index, selection);
    REQUIRE(Tests::parseCsv(QString::fromUtf8(bytes), &records));
    REQUIRE_FALSE(records.isEmpty());
    for (const QStringList &record : std::as_const(records))
        REQUIRE(record.size() == records.first().size());
    return records;
}

/// Column name -> value, for readable checks.
QHash<QString, QString> named(const QStringList &header, const QStringList &record)
{
    QHash<QString, QString> row;
    for (qsizetype i = 0; i < header.size(); ++i)
        row.insert(header.at(i), record.at(i));
    return row;
}

QHash<QString, QString> textsByFile(const Index::CorpusIndex &index)
{
    QHash<QString, QString> texts;
    for (const auto &a : index.articles())
        texts.insert(a.article.file, a.article.text);
    return texts;
}

/// UTF-16 offset of code point \a cp in \a text.
qsizetype utf16Offset(const QString &text, qsizetype cp)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < cp && i < text.size(); ++n)
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    return i;
}

QString slice(const QString &text, qsizetype cpStart, qsizetype cpEnd)
{
    const qsizetype start = utf16Offset(text, cpStart);
    return text.mid(start, utf16Offset(text, cpEnd) - start);
}

QJsonArray placeFeatures(const Index::CorpusIndex &index, const Selection &selection)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        DataExport::encode(DataFormat::PlacesGeoJson, index, selection), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.object().value(u"type"_s) == u"FeatureCollection"_s);
    return doc.object().value(u"features"_s).toArray();
}

/// An entity mentioned in some articles of the sample, not all: filters must bite.
QString entityInSomeArticles(const Index::CorpusIndex &index)
{
    for (const auto &s : index.entityStats(Selection::all(index).rows)) {
        if (!s.candidate && s.articles > 0 && s.articles < index.size())
            return s.id;
    }
    return {};
}

/// An article of our own with text beyond the BMP (emoji), so code points and
/// UTF-16 units differ, and a candidate place without coordinates.
std::shared_ptr<const Index::CorpusIndex> ownIndex()
{
    static const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    Analysis::AnalyzedArticle a;
    a.article.file = u"/tmp/own/feed.txt"_s;
    a.article.text = u"🔥🔥 عاجل\nوصلت القوات إلى شوشة وقرية تازه كند، يوم 8 نوفمبر 2020، "
                     u"وقال \"المتحدث\": انتهى.\n"_s;
    const QString &t = a.article.text;
    auto span = [&t](const QString &what) {
        const qsizetype at = t.indexOf(what);
        return TextSpan{at, at + what.size()};
    };
    a.mentions.append(Mention{u"shusha"_s, EntityType::Place, span(u"شوشة"_s), u"شوشة"_s});
    Mention candidate{u"taze-kend"_s, EntityType::Place, span(u"تازه كند"_s), u"تازه كند"_s};
    candidate.candidate = true;
    candidate.confidence = 0.6;
    a.mentions.append(candidate);
    Time::Event event;
    event.value = u"2020-11-08"_s;
    event.start = event.end = QDate(2020, 11, 8);
    event.entityIds = {u"shusha"_s, u"taze-kend"_s};
    const qsizetype from = t.indexOf(u"وصلت"_s);
    event.span = {from, t.size() - 1};
    event.evidence = t.mid(from, event.span.length());
    event.timex.surface = u"8 نوفمبر 2020"_s;
    a.time.events.append(event);
    a.time.published.value = u"2020-11-08"_s;
    a.time.published.date = a.time.published.start = a.time.published.end = QDate(2020, 11, 8);
    a.time.published.basis = Time::PublishedDate::Basis::Metadata;
    a.time.published.confidence = 1.0;
    return std::make_shared<const Index::CorpusIndex>(QList<Analysis::AnalyzedArticle>{a},
                                                      gazetteer.gazetteer);
}

} // namespace

TEST_CASE("Events of the sample corpus: one record per event and place, offsets at the evidence",
          "[exchange][sample]")
{
    const auto index = Tests::sampleIndex();
    const auto records = exportCsv(DataFormat::EventsCsv, *index, Selection::all(*index));
    const QStringList header = records.first();
    CHECK(header == Exchange::EventTable::header());
    REQUIRE(records.size() > 5);
    const auto texts = textsByFile(*index);
    QSet<QString> places, keys;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const auto row = named(header, records.at(i));
        INFO(records.at(i).join(u" | "_s));
        const QString text = texts.value(row.value(u"article_file"_s));
        REQUIRE_FALSE(text.isEmpty());
        CHECK(slice(text, row.value(u"char_start"_s).toLongLong(),
                    row.value(u"char_end"_s).toLongLong()) == row.value(u"evidence"_s));
        CHECK(QDate::fromString(row.value(u"event_date"_s), Qt::ISODate).isValid());
        CHECK(row.value(u"event_date"_s) <= row.value(u"event_end_date"_s));
        CHECK(QStringList{u"day"_s, u"month"_s, u"year"_s, u"decade"_s, u"range"_s}.contains(
            row.value(u"time_precision"_s)));
        const QString place = row.value(u"place_id"_s);
        if (!place.isEmpty()) {
            places.insert(place);
            CHECK(row.value(u"entities"_s).split(u';').contains(place));
        }
        if (row.value(u"geo_precision"_s) == u"gazetteer"_s) {
            const Entities::Entity *e = index->gazetteer()->entity(place);
            REQUIRE(e);
            CHECK(row.value(u"latitude"_s).toDouble() == Approx(e->lat).margin(1e-6));
            CHECK(row.value(u"longitude"_s).toDouble() == Approx(e->lon).margin(1e-6));
        } else {
            CHECK(row.value(u"geo_precision"_s) == u"none"_s);
            CHECK(row.value(u"latitude"_s).isEmpty());
        }
        // One record per event and place: (event_id, place_id) is a key.
        CHECK_FALSE(keys.contains(row.value(u"event_id"_s) + u'|' + place));
        keys.insert(row.value(u"event_id"_s) + u'|' + place);
        CHECK_FALSE(row.value(u"published_basis"_s).isEmpty());
    }
    CHECK(places.contains(u"shusha"_s));
    // Ids are stable: the same export twice, and the corpus without its first
    // article keeps the ids of the others.
    CHECK(exportCsv(DataFormat::EventsCsv, *index, Selection::all(*index)) == records);
    Selection rest = Selection::all(*index);
    rest.rows.removeFirst();
    rest.eventRows = rest.rows;
    const auto fewer = exportCsv(DataFormat::EventsCsv, *index, rest);
    for (qsizetype i = 1; i < fewer.size(); ++i)
        CHECK(records.contains(fewer.at(i)));
}

TEST_CASE("Places of the sample corpus as GeoJSON points with counts and dates",
          "[exchange][sample]")
{
    const auto index = Tests::sampleIndex();
    const QJsonArray features = placeFeatures(*index, Selection::all(*index));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        CHECK(feature.value(u"type"_s) == u"Feature"_s);
        const QJsonObject p = feature.value(u"properties"_s).toObject();
        byId.insert(p.value(u"id"_s).toString(), feature);
        CHECK(p.value(u"mentions"_s).toInt() >= p.value(u"articles"_s).toInt());
        CHECK(p.value(u"articles"_s).toInt() >= 1);
        const QJsonValue geometry = feature.value(u"geometry"_s);
        CHECK((geometry.isNull() || geometry.toObject().value(u"type"_s) == u"Point"_s));
    }
    for (const QString &id : {u"shusha"_s, u"stepanakert"_s, u"jabrayil"_s}) {
        INFO(id.toStdString());
        REQUIRE(byId.contains(id));
        const QJsonObject feature = byId.value(id);
        const Entities::Entity *e = index->gazetteer()->entity(id);
        const QJsonArray xy =
            feature.value(u"geometry"_s).toObject().value(u"coordinates"_s).toArray();
        REQUIRE(xy.size() == 2);
        // RFC 7946 §3.1.1: longitude first.
        CHECK(xy.at(0).toDouble() == Approx(e->lon).margin(1e-6));
        CHECK(xy.at(1).toDouble() == Approx(e->lat).margin(1e-6));
        const QJsonObject p = feature.value(u"properties"_s).toObject();
        CHECK(p.value(u"name_ar"_s) == e->ar);
        CHECK(p.value(u"name_en"_s) == e->en);
        CHECK(p.value(u"pinned"_s).toBool());
        CHECK(p.value(u"first_date"_s).toString() <= p.value(u"last_date"_s).toString());
        CHECK(QDate::fromString(p.value(u"first_date"_s).toString(), Qt::ISODate).isValid());
    }
    // People and organisations are no places.
    CHECK_FALSE(byId.contains(u"putin"_s));
    CHECK_FALSE(byId.contains(u"aliyev"_s));
}

TEST_CASE("Mentions of the sample corpus: offsets lead to the surface", "[exchange][sample]")
{
    const auto index = Tests::sampleIndex();
    const auto records = exportCsv(DataFormat::MentionsCsv, *index, Selection::all(*index));
    CHECK(records.first() == Exchange::MentionTable::header());
    qsizetype total = 0;
    for (const auto &a : index->articles())
        total += a.mentions.size();
    CHECK(records.size() - 1 == total);
    const auto texts = textsByFile(*index);
    for (qsizetype i = 1; i < records.size(); ++i) {
        const auto row = named(records.first(), records.at(i));
        INFO(records.at(i).join(u" | "_s));
        CHECK(slice(texts.value(row.value(u"article_file"_s)), row.value(u"start"_s).toLongLong(),
                    row.value(u"end"_s).toLongLong()) == row.value(u"surface"_s));
        CHECK(
            QStringList{u"person"_s, u"place"_s, u"organization"_s}.contains(row.value(u"type"_s)));
        CHECK((row.value(u"candidate"_s) == u"true"_s || row.value(u"candidate"_s) == u"false"_s));
    }
}

TEST_CASE("An entity filter exports only what it shows", "[exchange][sample]")
{
    const auto index = Tests::sampleIndex();
    const QString id = entityInSomeArticles(*index);
    REQUIRE_FALSE(id.isEmpty());
    Index::Filter filter;
    filter.included = {id};
    const Selection selection = Selection::matching(*index, filter);
    REQUIRE(selection.rows.size() < index->size());
    QSet<QString> files;
    for (const qsizetype row : selection.rows)
        files.insert(index->article(row).article.file);

    const auto events = exportCsv(DataFormat::EventsCsv, *index, selection);
    for (qsizetype i = 1; i < events.size(); ++i) {
        const auto row = named(events.first(), events.at(i));
        CHECK(files.contains(row.value(u"article_file"_s)));
        CHECK(row.value(u"entities"_s).split(u';').contains(id));
    }
    const auto mentions = exportCsv(DataFormat::MentionsCsv, *index, selection);
    QSet<QString> mentionFiles;
    for (qsizetype i = 1; i < mentions.size(); ++i)
        mentionFiles.insert(mentions.at(i).first());
    CHECK(mentionFiles == files);
    for (const QJsonValue &value : placeFeatures(*index, selection)) {
        const QJsonObject p = value.toObject().value(u"properties"_s).toObject();
        CHECK(p.value(u"articles"_s).toInt() <= selection.rows.size());
    }

    // A date range keeps the events whose own dates meet it, whatever the
    // publication date of their article (as the timeline's event lane).
    Index::Filter ranged;
    ranged.from = QDate(2020, 9, 20);
    ranged.to = QDate(2020, 9, 30);
    QSet<QString> expected;
    for (const auto &a : index->articles()) {
        for (const auto &e : a.time.events) {
            if (e.end >= ranged.from && e.start <= ranged.to)
                expected.insert(Exchange::EventTable::eventId(a.article, e.span));
        }
    }
    const auto september =
        exportCsv(DataFormat::EventsCsv, *index, Selection::matching(*index, ranged));
    QSet<QString> exported;
    for (qsizetype i = 1; i < september.size(); ++i) {
        const auto row = named(september.first(), september.at(i));
        CHECK(row.value(u"event_end_date"_s) >= u"2020-09-20"_s);
        CHECK(row.value(u"event_date"_s) <= u"2020-09-30"_s);
        exported.insert(row.value(u"event_id"_s));
    }
    CHECK_FALSE(expected.isEmpty());
    CHECK(exported == expected);
}

TEST_CASE("Offsets count code points beyond the BMP; a place without coordinates has no geometry",
          "[exchange]")
{
    const auto index = ownIndex();
    const auto &a = index->article(0);
    const auto events = exportCsv(DataFormat::EventsCsv, *index, Selection::all(*index));
    REQUIRE(events.size() == 3); // header + the event at Shusha and at the candidate
    const auto shusha = named(events.first(), events.at(1));
    const auto candidate = named(events.first(), events.at(2));
    CHECK(shusha.value(u"event_id"_s) == candidate.value(u"event_id"_s));
    CHECK(shusha.value(u"place_id"_s) == u"shusha"_s);
    CHECK(shusha.value(u"geo_precision"_s) == u"gazetteer"_s);
    CHECK(candidate.value(u"place_id"_s) == u"taze-kend"_s);
    CHECK(candidate.value(u"geo_precision"_s) == u"none"_s);
    CHECK(candidate.value(u"longitude"_s).isEmpty());
    // Two emoji (two UTF-16 units each) before the sentence: code points are two fewer.
    CHECK(shusha.value(u"char_start"_s).toLongLong() == a.time.events.first().span.start - 2);
    CHECK(shusha.value(u"evidence"_s).contains(u"\"المتحدث\""_s));
    CHECK(shusha.value(u"published"_s) == u"2020-11-08"_s);
    CHECK(shusha.value(u"published_basis"_s) == u"metadata"_s);

    const auto mentions = exportCsv(DataFormat::MentionsCsv, *index, Selection::all(*index));
    REQUIRE(mentions.size() == 3);
    CHECK(named(mentions.first(), mentions.at(2)).value(u"candidate"_s) == u"true"_s);

    const QJsonArray features = placeFeatures(*index, Selection::all(*index));
    bool sawNull = false;
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        if (feature.value(u"id"_s) == u"taze-kend"_s) {
            CHECK(feature.value(u"geometry"_s).isNull());
            CHECK(feature.contains(u"geometry"_s)); // present, null (RFC 7946 §3.2)
            CHECK(feature.value(u"properties"_s).toObject().value(u"candidate"_s).toBool());
            sawNull = true;
        }
    }
    CHECK(sawNull);
}

TEST_CASE("Python's csv and json read the exports, and its slices find the evidence",
          "[exchange][sample]")
{
    if (!Tests::runPython(u"pass"_s, {}).available) {
        WARN("python3 is not installed: this test is skipped");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const auto &index : {Tests::sampleIndex(), ownIndex()}) {
        // The decoded texts, for Python to slice.
        QJsonObject texts;
        for (const auto &a : index->articles())
            texts.insert(a.article.file, a.article.text);
        QFile textFile(dir.filePath(u"texts.json"_s));
        REQUIRE(textFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        textFile.write(QJsonDocument(texts).toJson());
        textFile.close();
        Exchange::DataExportOptions bom;
        bom.byteOrderMark = true;
        QString error;
        const Selection all = Selection::all(*index);
        REQUIRE(DataExport::writeFile(DataFormat::EventsCsv, *index, all, bom,
                                      dir.filePath(u"events.csv"_s), &error));
        REQUIRE(DataExport::writeFile(DataFormat::MentionsCsv, *index, all, {},
                                      dir.filePath(u"mentions.csv"_s), &error));
        REQUIRE(DataExport::writeFile(DataFormat::PlacesGeoJson, *index, all, {},
                                      dir.filePath(u"places.geojson"_s), &error));
        const auto run = Tests::runPython(uR"(import csv, json, sys, os
d = sys.argv[1]
texts = json.load(open(os.path.join(d, 'texts.json'), encoding='utf-8'))
raw = open(os.path.join(d, 'events.csv'), 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'no BOM'
events = list(csv.DictReader(open(os.path.join(d, 'events.csv'), newline='', encoding='utf-8-sig'), strict=True))
assert events, 'no events'
for e in events:
    t = texts[e['article_file']]
    assert t[int(e['char_start']):int(e['char_end'])] == e['evidence'], e
    if e['latitude']:
        assert -90 <= float(e['latitude']) <= 90 and -180 <= float(e['longitude']) <= 180
mentions = list(csv.DictReader(open(os.path.join(d, 'mentions.csv'), newline='', encoding='utf-8'), strict=True))
for m in mentions:
    assert texts[m['article_file']][int(m['start']):int(m['end'])] == m['surface'], m
g = json.load(open(os.path.join(d, 'places.geojson'), encoding='utf-8'))
assert g['type'] == 'FeatureCollection'
for f in g['features']:
    assert f['type'] == 'Feature' and 'properties' in f and 'geometry' in f
    if f['geometry'] is not None:
        lon, lat = f['geometry']['coordinates']
        assert f['geometry']['type'] == 'Point' and -180 <= lon <= 180 and -90 <= lat <= 90
print(len(events), len(mentions), len(g['features']))
)"_s,
                                          {dir.path()});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
}

TEST_CASE("A failed data export leaves nothing half written", "[exchange]")
{
    const auto index = ownIndex();
    const Selection all = Selection::all(*index);
    QString error;
    CHECK_FALSE(DataExport::writeFile(DataFormat::EventsCsv, *index, all, {},
                                      u"/nonexistent/dir/x.csv"_s, &error));
    CHECK(error.contains(u"/nonexistent/dir/x.csv"_s));
    CHECK_FALSE(QFile::exists(u"/nonexistent/dir/x.csv"_s));
    // A device is never replaced by a file.
    error.clear();
    CHECK_FALSE(
        DataExport::writeFile(DataFormat::MentionsCsv, *index, all, {}, u"/dev/full"_s, &error));
    CHECK(error.contains(u"not a regular file"_s));
    CHECK(QFileInfo(u"/dev/full"_s).exists());
    CHECK_FALSE(QFileInfo(u"/dev/full"_s).isFile());
    // A folder in the way: the previous file of that name is untouched.
    QTemporaryDir dir;
    const QString blocked = dir.filePath(u"folder.csv"_s);
    REQUIRE(QDir().mkdir(blocked));
    CHECK_FALSE(DataExport::writeFile(DataFormat::EventsCsv, *index, all, {}, blocked, &error));
    CHECK(QFileInfo(blocked).isDir());
    // A good write replaces the previous file completely.
    const QString good = dir.filePath(u"events.csv"_s);
    QFile previous(good);
    REQUIRE(previous.open(QIODevice::WriteOnly));
    previous.write("previous export that is longer than nothing\n");
    previous.close();
    REQUIRE(DataExport::writeFile(DataFormat::EventsCsv, *index, all, {}, good, &error));
    CHECK(Tests::readFile(good) == DataExport::encode(DataFormat::EventsCsv, *index, all));
}
