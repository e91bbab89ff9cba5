// The analyst's corrections laid over analysis results (issue 15): anchors
// that survive edited files and re-analyses, every kind of correction, the
// pipeline (the store keeps raw results only) and the viewer's session, which
// re-applies changed corrections without analysing again.
#include "analysisstore.h"
#include "anchor.h"
#include "corpussession.h"
#include "correctionapplier.h"
#include "eventtable.h"
#include "exchange/exchangetest.h"
#include "filterstate.h"
#include "pipeline.h"
#include "resources.h"
#include "syntheticcorpus.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Marsad;
using namespace Marsad::Analyst;
using namespace Marsad::Tests;
using namespace Qt::StringLiterals;

namespace {

// Sentences written for these tests (not the sample corpus's).
const QString ShellingText =
    u"قصف الجيش مدينة شوشة صباح يوم 4 أكتوبر 2020 وأصاب عدة منازل في وسطها.\n"
    u"وقال الرئيس إلهام علييف في خطاب متلفز إن القوات ستواصل تقدمها نحو ستيباناكرت.\n"
    u"ووصل وفد من باكو إلى المنطقة يوم 5 أكتوبر 2020 لتفقد الأضرار في شوشة.\n"_s;
const QString PowerText =
    u"أكد سكان شوشا أن الكهرباء انقطعت يوم 6 أكتوبر 2020 بعد القصف الليلي.\n"
    u"وزار الصحفيون بلدة بيرزاكند القريبة من خط الجبهة يوم 7 أكتوبر 2020 برفقة الجنود.\n"_s;
const QString BriefingText =
    u"تحدث مسؤول محلي عن أوضاع بيرزاكند في مؤتمر صحفي عقده في باكو يوم 8 أكتوبر 2020 أمام الصحفيين.\n"_s;

const QByteArray SmallGazetteer = R"([
 {"id": "shusha", "type": "place", "ar": "شوشة", "en": "Shusha", "aliases": ["شوشا"],
  "lat": 39.7583, "lon": 46.7500},
 {"id": "stepanakert", "type": "place", "ar": "ستيباناكرت", "en": "Stepanakert",
  "lat": 39.8153, "lon": 46.7519},
 {"id": "aliyev", "type": "person", "ar": "إلهام علييف", "en": "Ilham Aliyev", "aliases": ["علييف"]},
 {"id": "baku", "type": "place", "ar": "باكو", "en": "Baku", "lat": 40.4093, "lon": 49.8671}
])";

std::shared_ptr<const Entities::Gazetteer> smallGazetteer(bool withAlias = true)
{
    QByteArray json = SmallGazetteer;
    if (!withAlias)
        json.replace(R"("aliases": ["شوشا"],)", "");
    const Entities::GazetteerLoad loaded = Entities::Gazetteer::fromJson(json);
    REQUIRE(loaded);
    return loaded.gazetteer;
}

std::shared_ptr<const Entities::Gazetteer> realGazetteer()
{
    static const auto loaded = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    return loaded.gazetteer;
}

/// A folder of articles written by the test.
struct Folder
{
    QTemporaryDir dir;
    Folder() { REQUIRE(dir.isValid()); }
    QString write(const QString &name, const QString &text)
    {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        return file.fileName();
    }
    QString path() const { return dir.path(); }
};

Session::PipelineResult analyse(const QString &path,
                                std::shared_ptr<const Entities::Gazetteer> gazetteer,
                                const AnalystData &data = {},
                                std::shared_ptr<const Store::AnalysisStore> store = {})
{
    Session::PipelineOptions options;
    options.buildIndex = false;
    options.analyst = data;
    options.store = std::move(store);
    options.keepRawArticles = true;
    return Session::Pipeline::run({path}, std::move(gazetteer), options);
}

const Analysis::AnalyzedArticle &articleOf(const QList<Analysis::AnalyzedArticle> &articles,
                                           const QString &fileName)
{
    for (const Analysis::AnalyzedArticle &a : articles)
        if (a.article.file.endsWith(u'/' + fileName))
            return a;
    FAIL("no article " << fileName.toStdString());
    return articles.first();
}

TextSpan spanOf(const QString &text, const QString &surface, int occurrence = 0)
{
    qsizetype at = text.indexOf(surface);
    while (occurrence-- > 0 && at >= 0)
        at = text.indexOf(surface, at + 1);
    REQUIRE(at >= 0);
    return {at, at + surface.size()};
}

const Mention *mentionAt(const Analysis::AnalyzedArticle &a, TextSpan span)
{
    for (const Mention &m : a.mentions)
        if (m.span == span)
            return &m;
    return nullptr;
}

bool sortedAndDisjoint(const QList<Mention> &mentions)
{
    for (qsizetype i = 1; i < mentions.size(); ++i)
        if (mentions.at(i).span.start < mentions.at(i - 1).span.end)
            return false;
    return true;
}

int countOf(const QList<Mention> &mentions, const QString &id)
{
    return int(std::count_if(mentions.cbegin(), mentions.cend(),
                             [&id](const Mention &m) { return m.entityId == id; }));
}

Correction spanCorrection(CorrectionKind kind, const Analysis::AnalyzedArticle &a,
                          const QString &surface, const QString &entityId = {}, int occurrence = 0)
{
    Correction c;
    c.uid = newUid();
    c.kind = kind;
    c.anchor = anchorFor(a.article, spanOf(a.article.text, surface, occurrence));
    c.entityId = entityId;
    c.modified = QDateTime::currentDateTimeUtc();
    return c;
}

Correction dateCorrection(const Analysis::AnalyzedArticle &a, QDate start, QDate end,
                          const QString &note)
{
    Correction c;
    c.uid = newUid();
    c.kind = CorrectionKind::SetDate;
    c.anchor = anchorFor(a.article);
    c.dateStart = start;
    c.dateEnd = end;
    c.note = note;
    c.modified = QDateTime::currentDateTimeUtc();
    return c;
}

Correction newEntity(const QString &id, const QString &ar, const QStringList &aliases = {})
{
    Correction c;
    c.uid = newUid();
    c.kind = CorrectionKind::NewEntity;
    c.entity.id = id;
    c.entity.type = EntityType::Place;
    c.entity.ar = ar;
    c.entity.en = u"Birzakend"_s;
    c.entity.aliases = aliases;
    c.entity.lat = 40.05;
    c.entity.lon = 46.75;
    c.entity.hasCoordinates = true;
    c.modified = QDateTime::currentDateTimeUtc();
    return c;
}

bool mentionsReAnchoring(const Issues &issues, const QString &surface)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&surface](const Issue &i) {
        return !i.isError() && i.message.contains(u"could not be re-anchored"_s) &&
               i.message.contains(surface);
    });
}

} // namespace

TEST_CASE("Corrections: an article's key and an anchor's context", "[corrections]")
{
    Corpus::Article article;
    article.file = u"/tmp/x/a.txt"_s;
    article.text = ShellingText;
    const QByteArray key = articleKeyOf(article);
    CHECK(key ==
          QCryptographicHash::hash(ShellingText.toUtf8(), QCryptographicHash::Sha256).toHex());
    CHECK(key.size() == 64);

    const TextSpan span = spanOf(ShellingText, u"ستيباناكرت"_s);
    const Anchor anchor = anchorFor(article, span);
    CHECK(anchor.articleKey == key);
    CHECK(anchor.file == article.file);
    CHECK(anchor.span == span);
    CHECK(anchor.surface == u"ستيباناكرت"_s);
    CHECK(anchor.before.size() == ContextLength);
    CHECK(ShellingText.left(span.start).endsWith(anchor.before));
    CHECK(anchor.after.size() <= ContextLength);
    CHECK(ShellingText.mid(span.end).startsWith(anchor.after));
    CHECK_FALSE(anchor.isArticle());
    // At the very start: what there is.
    const Anchor first = anchorFor(article, {0, 3});
    CHECK(first.before.isEmpty());
    CHECK(anchorFor(article).isArticle());
}

TEST_CASE("Corrections: anchors are found again in changed corpora", "[corrections]")
{
    Corpus::Article a;
    a.file = u"/corpus/a.txt"_s;
    a.text = ShellingText;
    Corpus::Article b;
    b.file = u"/corpus/b.txt"_s;
    b.text = PowerText;
    // The second شوشة, in the third sentence.
    const TextSpan second = spanOf(ShellingText, u"شوشة"_s, 1);
    const Anchor anchor = anchorFor(a, second);

    SECTION("unchanged: exact")
    {
        const AnchorIndex index(QList<Corpus::Article>{b, a});
        const Reanchored r = index.find(anchor);
        CHECK(r.status == AnchorStatus::Exact);
        CHECK(r.article == 1);
        CHECK(r.span == second);
    }
    SECTION("a file moved elsewhere is found by its text")
    {
        Corpus::Article moved = a;
        moved.file = u"/elsewhere/renamed.txt"_s;
        const AnchorIndex index(QList<Corpus::Article>{b, moved});
        const Reanchored r = index.find(anchor);
        CHECK(r.status == AnchorStatus::Exact);
        CHECK(r.article == 1);
    }
    SECTION("a sentence inserted before: moved, the same occurrence")
    {
        Corpus::Article edited = a;
        const QString inserted = u"وفي تطور آخر، أعلنت السلطات حظر التجول في المدينة.\n"_s;
        edited.text = inserted + ShellingText;
        const AnchorIndex index(QList<Corpus::Article>{b, edited});
        const Reanchored r = index.find(anchor);
        CHECK(r.status == AnchorStatus::Moved);
        CHECK(r.article == 1);
        CHECK(r.span.start == second.start + inserted.size());
        CHECK(edited.text.mid(r.span.start, r.span.length()) == u"شوشة"_s);
    }
    SECTION("an edit right before the span: the context after still finds it")
    {
        Corpus::Article edited = a;
        edited.text = ShellingText;
        edited.text.replace(u"لتفقد الأضرار في شوشة"_s, u"لتفقد حجم الدمار في مدينة شوشة"_s);
        const AnchorIndex index(QList<Corpus::Article>{edited});
        const Reanchored r = index.find(anchor);
        CHECK(r.status == AnchorStatus::Moved);
        CHECK(r.span == spanOf(edited.text, u"شوشة"_s, 1));
    }
    SECTION("the sentence deleted: lost, even though the name occurs elsewhere")
    {
        Corpus::Article edited = a;
        edited.text = ShellingText.left(ShellingText.indexOf(u"ووصل وفد"_s));
        REQUIRE(edited.text.contains(u"شوشة"_s));
        const AnchorIndex index(QList<Corpus::Article>{edited});
        CHECK(index.find(anchor).isLost());
    }
    SECTION("a malformed anchor (a store written by hand) is lost, not a crash")
    {
        Anchor bad = anchor;
        bad.articleKey = "0";
        bad.span = {ShellingText.size() - 2, ShellingText.size() + 40};
        bad.surface = ShellingText.right(2) + u"زيادة لا وجود لها في النص"_s;
        const AnchorIndex index(QList<Corpus::Article>{a});
        CHECK(index.find(bad).isLost());
        bad.surface.clear();
        CHECK(index.find(bad).isLost());
    }
    SECTION("an article anchor: by text, else by file")
    {
        Corpus::Article edited = a;
        edited.text = ShellingText + u"تحديث: عاد الهدوء.\n"_s;
        const AnchorIndex index(QList<Corpus::Article>{b, edited});
        const Reanchored r = index.find(anchorFor(a));
        CHECK(r.status == AnchorStatus::Moved);
        CHECK(r.article == 1);
        CHECK_FALSE(r.span.isValid());
        const AnchorIndex without(QList<Corpus::Article>{b});
        CHECK(without.find(anchorFor(a)).isLost());
    }
}

TEST_CASE("Corrections: each kind is applied, the raw results stay", "[corrections]")
{
    Folder folder;
    folder.write(u"a.txt"_s, ShellingText);
    folder.write(u"b.txt"_s, PowerText);
    folder.write(u"c.txt"_s, BriefingText);
    const auto gazetteer = smallGazetteer();
    const Session::PipelineResult raw = analyse(folder.path(), gazetteer);
    REQUIRE(raw.articles.size() == 3);
    const Analysis::AnalyzedArticle &a = articleOf(raw.articles, u"a.txt"_s);
    const Analysis::AnalyzedArticle &b = articleOf(raw.articles, u"b.txt"_s);
    const TextSpan stepanakert = spanOf(a.article.text, u"ستيباناكرت"_s);
    REQUIRE(mentionAt(a, stepanakert));
    REQUIRE(mentionAt(a, stepanakert)->entityId == u"stepanakert"_s);

    AnalystData data;
    SECTION("remove a mention")
    {
        data.corrections.append(spanCorrection(CorrectionKind::RemoveMention, a, u"ستيباناكرت"_s));
        const AppliedCorrections out = CorrectionApplier::apply(raw.articles, data, gazetteer);
        CHECK(out.issues.isEmpty());
        CHECK_FALSE(mentionAt(articleOf(out.articles, u"a.txt"_s), stepanakert));
        CHECK(out.anchors.value(data.corrections.first().uid) == AnchorStatus::Exact);
        // The raw results are untouched (shared, copied only where corrected).
        CHECK(mentionAt(a, stepanakert));
        CHECK(articleOf(out.articles, u"b.txt"_s).mentions.constData() == b.mentions.constData());
    }
    SECTION("change what a mention refers to")
    {
        data.corrections.append(
            spanCorrection(CorrectionKind::ChangeEntity, a, u"ستيباناكرت"_s, u"baku"_s));
        const AppliedCorrections out = CorrectionApplier::apply(raw.articles, data, gazetteer);
        const Mention *m = mentionAt(articleOf(out.articles, u"a.txt"_s), stepanakert);
        REQUIRE(m);
        CHECK(m->entityId == u"baku"_s);
        CHECK(m->type == EntityType::Place);
        CHECK_FALSE(m->candidate);
        CHECK(m->confidence == 1.0);
    }
    SECTION("add a mention the analysis missed, over an overlapping one")
    {
        // "الرئيس إلهام علييف": the analysis found إلهام علييف; the analyst
        // marks the whole title and name instead.
        const QString whole = u"الرئيس إلهام علييف"_s;
        data.corrections.append(spanCorrection(CorrectionKind::AddMention, a, whole, u"aliyev"_s));
        const TextSpan wide = spanOf(a.article.text, whole);
        const TextSpan name = spanOf(a.article.text, u"إلهام علييف"_s);
        REQUIRE(mentionAt(a, name));
        const AppliedCorrections out = CorrectionApplier::apply(raw.articles, data, gazetteer);
        const Analysis::AnalyzedArticle &corrected = articleOf(out.articles, u"a.txt"_s);
        const Mention *m = mentionAt(corrected, wide);
        REQUIRE(m);
        CHECK(m->entityId == u"aliyev"_s);
        CHECK(m->type == EntityType::Person);
        CHECK(m->surface == whole);
        CHECK_FALSE(mentionAt(corrected, name));
        CHECK(sortedAndDisjoint(corrected.mentions));
        CHECK(corrected.mentions.size() == a.mentions.size());
    }
    SECTION("an unknown entity is reported, not applied")
    {
        data.corrections.append(
            spanCorrection(CorrectionKind::ChangeEntity, a, u"ستيباناكرت"_s, u"no-such-id"_s));
        const AppliedCorrections out = CorrectionApplier::apply(raw.articles, data, gazetteer);
        REQUIRE(out.issues.size() == 1);
        CHECK(out.issues.first().message.contains(u"no-such-id"_s));
        CHECK(out.issues.first().file == a.article.file);
        CHECK(mentionAt(articleOf(out.articles, u"a.txt"_s), stepanakert)->entityId ==
              u"stepanakert"_s);
    }
    SECTION("merge one entity into another, events too")
    {
        Correction merge;
        merge.uid = newUid();
        merge.kind = CorrectionKind::MergeEntities;
        merge.entityId = u"shusha"_s;
        merge.targetEntityId = u"stepanakert"_s;
        data.corrections.append(merge);
        const AppliedCorrections out = CorrectionApplier::apply(raw.articles, data, gazetteer);
        CHECK(out.issues.isEmpty());
        int events = 0;
        for (const Analysis::AnalyzedArticle &x : out.articles) {
            CHECK(countOf(x.mentions, u"shusha"_s) == 0);
            for (const Time::Event &e : x.time.events) {
                CHECK_FALSE(e.entityIds.contains(u"shusha"_s));
                events += e.entityIds.contains(u"stepanakert"_s);
            }
        }
        CHECK(countOf(articleOf(out.articles, u"a.txt"_s).mentions, u"stepanakert"_s) ==
              countOf(a.mentions, u"stepanakert"_s) + countOf(a.mentions, u"shusha"_s));
        CHECK(events > 0);
        // A merge into nothing known is reported.
        data.corrections.first().targetEntityId = u"typo-id"_s;
        const AppliedCorrections typo = CorrectionApplier::apply(raw.articles, data, gazetteer);
        REQUIRE(typo.issues.size() == 1);
        CHECK(typo.issues.first().message.contains(u"typo-id"_s));
        CHECK(countOf(articleOf(typo.articles, u"a.txt"_s).mentions, u"shusha"_s) ==
              countOf(a.mentions, u"shusha"_s));
    }
    SECTION("correct a publication date: a day, or a range")
    {
        const QDate day(2020, 10, 12);
        data.corrections.append(dateCorrection(b, day, day, u"the outlet's archive page"_s));
        const AppliedCorrections out = CorrectionApplier::apply(raw.articles, data, gazetteer);
        const Analysis::AnalyzedArticle &corrected = articleOf(out.articles, u"b.txt"_s);
        const Time::PublishedDate &p = corrected.time.published;
        CHECK(p.date == day);
        CHECK(p.value == u"2020-10-12"_s);
        CHECK(p.precision == Time::Precision::Day);
        CHECK(p.basis == Time::PublishedDate::Basis::Override);
        CHECK(p.confidence == 1.0);
        REQUIRE(p.constraints.size() == 1);
        CHECK(p.constraints.first().kind == Time::DateEvidence::Kind::Override);
        CHECK(p.constraints.first().note == u"the outlet's archive page"_s);
        CHECK(p.evidence == QStringList{u"the outlet's archive page"_s});
        // The article's own expressions and events stay.
        CHECK(corrected.time.timexes.size() == b.time.timexes.size());
        CHECK(corrected.time.events.size() == b.time.events.size());

        data.corrections.first().dateEnd = day.addDays(2);
        const AppliedCorrections range = CorrectionApplier::apply(raw.articles, data, gazetteer);
        const Time::PublishedDate &r = articleOf(range.articles, u"b.txt"_s).time.published;
        CHECK(r.isRange());
        CHECK(r.start == day);
        CHECK(r.end == day.addDays(2));
        CHECK(r.value == u"2020-10-12/2020-10-14"_s);
    }
}

TEST_CASE("Corrections: a promoted candidate is found in every article", "[corrections]")
{
    Folder folder;
    folder.write(u"b.txt"_s, PowerText);
    folder.write(u"c.txt"_s, BriefingText);
    const auto gazetteer = realGazetteer();
    REQUIRE(gazetteer);
    REQUIRE_FALSE(gazetteer->entity(u"x-birzakend"_s));
    const Session::PipelineResult raw = analyse(folder.path(), gazetteer);
    const Analysis::AnalyzedArticle &b = articleOf(raw.articles, u"b.txt"_s);
    const Analysis::AnalyzedArticle &c = articleOf(raw.articles, u"c.txt"_s);
    const TextSpan inB = spanOf(b.article.text, u"بيرزاكند"_s);
    const TextSpan inC = spanOf(c.article.text, u"بيرزاكند"_s);
    // The analysis proposes it only where a context word introduces it.
    const Mention *candidate = nullptr;
    for (const Mention &m : b.mentions)
        if (m.span.overlaps(inB))
            candidate = &m;
    REQUIRE(candidate);
    CHECK(candidate->candidate);
    for (const Mention &m : c.mentions)
        CHECK_FALSE(m.span.overlaps(inC));

    AnalystData data;
    data.corrections.append(newEntity(u"x-birzakend"_s, u"بيرزاكند"_s));
    const AppliedCorrections out = CorrectionApplier::apply(raw.articles, data, gazetteer);
    CHECK(out.issues.isEmpty());
    const Mention *promoted = mentionAt(articleOf(out.articles, u"b.txt"_s), inB);
    REQUIRE(promoted);
    CHECK(promoted->entityId == u"x-birzakend"_s);
    CHECK_FALSE(promoted->candidate);
    const Mention *found = mentionAt(articleOf(out.articles, u"c.txt"_s), inC);
    REQUIRE(found);
    CHECK(found->entityId == u"x-birzakend"_s);
    CHECK(sortedAndDisjoint(articleOf(out.articles, u"c.txt"_s).mentions));
    // The gazetteer mentions stay (باكو in c).
    CHECK(countOf(articleOf(out.articles, u"c.txt"_s).mentions, u"baku"_s) ==
          countOf(c.mentions, u"baku"_s));
    // The views know its names and coordinates.
    REQUIRE(out.gazetteer);
    const Entities::Entity *entity = out.gazetteer->entity(u"x-birzakend"_s);
    REQUIRE(entity);
    CHECK(entity->en == u"Birzakend"_s);
    CHECK(entity->hasCoordinates);
    CHECK(out.gazetteer->entity(u"shusha"_s));
    CHECK_FALSE(gazetteer->entity(u"x-birzakend"_s));
    const Index::CorpusIndex index(out.articles, out.gazetteer);
    CHECK(index.describe(u"x-birzakend"_s).nameEn == u"Birzakend"_s);
    CHECK(index.matching({{u"x-birzakend"_s}, {}, {}, {}, {}, false}).size() == 2);
}

TEST_CASE("Corrections: survive a gazetteer change and a re-analysis", "[corrections]")
{
    Folder folder;
    folder.write(u"a.txt"_s, ShellingText);
    folder.write(u"b.txt"_s, PowerText);
    const auto full = smallGazetteer(true);
    const auto missing = smallGazetteer(false); // no alias شوشا
    const Session::PipelineResult first = analyse(folder.path(), full);
    const Analysis::AnalyzedArticle &b = articleOf(first.articles, u"b.txt"_s);
    const TextSpan shusha = spanOf(b.article.text, u"شوشا"_s);
    REQUIRE(mentionAt(b, shusha));

    // The analyst says: this شوشا is Stepanakert (a made-up correction).
    AnalystData data;
    data.corrections.append(
        spanCorrection(CorrectionKind::ChangeEntity, b, u"شوشا"_s, u"stepanakert"_s));
    data.corrections.append(dateCorrection(b, QDate(2020, 10, 7), {}, u"dated by hand"_s));

    for (const auto &gazetteer : {full, missing}) {
        const Session::PipelineResult again = analyse(folder.path(), gazetteer, data);
        CHECK(again.issues.isEmpty());
        const Analysis::AnalyzedArticle &corrected = articleOf(again.articles, u"b.txt"_s);
        const Mention *m = mentionAt(corrected, shusha);
        REQUIRE(m);
        CHECK(m->entityId == u"stepanakert"_s);
        CHECK(corrected.time.published.date == QDate(2020, 10, 7));
        // The raw results are kept apart.
        const Analysis::AnalyzedArticle &raw = articleOf(again.rawArticles, u"b.txt"_s);
        CHECK(raw.time.published.basis != Time::PublishedDate::Basis::Override);
        const Mention *before = mentionAt(raw, shusha);
        CHECK((before == nullptr) == (gazetteer == missing));
    }
}

TEST_CASE("Corrections: an edited file keeps its corrections, a deleted span is reported",
          "[corrections]")
{
    Folder folder;
    const QString aPath = folder.write(u"a.txt"_s, ShellingText);
    folder.write(u"b.txt"_s, PowerText);
    const auto gazetteer = smallGazetteer();
    const Session::PipelineResult first = analyse(folder.path(), gazetteer);
    const Analysis::AnalyzedArticle &a = articleOf(first.articles, u"a.txt"_s);

    AnalystData data;
    // The second شوشة (third sentence) is not a mention; ستيباناكرت is Baku.
    data.corrections.append(spanCorrection(CorrectionKind::RemoveMention, a, u"شوشة"_s, {}, 1));
    data.corrections.append(
        spanCorrection(CorrectionKind::ChangeEntity, a, u"ستيباناكرت"_s, u"baku"_s));
    data.corrections.append(dateCorrection(a, QDate(2020, 10, 5), {}, u"from the print edition"_s));

    SECTION("a sentence inserted before the spans: moved, still applied")
    {
        const QString inserted = u"وفي تطور آخر، أعلنت السلطات حظر التجول في المدينة.\n"_s;
        folder.write(u"a.txt"_s, inserted + ShellingText);
        const Session::PipelineResult edited = analyse(folder.path(), gazetteer, data);
        CHECK(edited.issues.isEmpty());
        const Analysis::AnalyzedArticle &now = articleOf(edited.articles, u"a.txt"_s);
        const TextSpan second = spanOf(now.article.text, u"شوشة"_s, 1);
        const TextSpan firstShusha = spanOf(now.article.text, u"شوشة"_s, 0);
        CHECK_FALSE(mentionAt(now, second));
        CHECK(mentionAt(now, firstShusha));
        const Mention *m = mentionAt(now, spanOf(now.article.text, u"ستيباناكرت"_s));
        REQUIRE(m);
        CHECK(m->entityId == u"baku"_s);
        CHECK(now.time.published.date == QDate(2020, 10, 5));
        for (const Correction &c : data.corrections)
            CHECK(edited.anchors.value(c.uid) == AnchorStatus::Moved);
    }
    SECTION("the sentence of a span deleted: lost and reported, the rest applied")
    {
        const QString shorter = ShellingText.left(ShellingText.indexOf(u"ووصل وفد"_s));
        folder.write(u"a.txt"_s, shorter);
        const Session::PipelineResult edited = analyse(folder.path(), gazetteer, data);
        REQUIRE(edited.correctionIssues.size() == 1);
        const Issue &issue = edited.correctionIssues.first();
        CHECK_FALSE(issue.isError());
        CHECK(issue.file == aPath);
        CHECK(mentionsReAnchoring(edited.correctionIssues, u"شوشة"_s));
        // Also among the run's problems.
        CHECK(mentionsReAnchoring(edited.issues, u"شوشة"_s));
        CHECK(edited.anchors.value(data.corrections.first().uid) == AnchorStatus::Lost);
        const Analysis::AnalyzedArticle &now = articleOf(edited.articles, u"a.txt"_s);
        CHECK(mentionAt(now, spanOf(now.article.text, u"شوشة"_s)));
        CHECK(mentionAt(now, spanOf(now.article.text, u"ستيباناكرت"_s))->entityId == u"baku"_s);
        CHECK(now.time.published.date == QDate(2020, 10, 5));
    }
    SECTION("the file removed: every correction of it reported")
    {
        REQUIRE(QFile::remove(aPath));
        const Session::PipelineResult edited = analyse(folder.path(), gazetteer, data);
        CHECK(edited.correctionIssues.size() == 3);
        for (const Issue &issue : edited.correctionIssues)
            CHECK(issue.file == aPath);
    }
}

TEST_CASE("Corrections: a corrected date changes the events' export", "[corrections]")
{
    Folder folder;
    folder.write(u"b.txt"_s, PowerText);
    const auto gazetteer = smallGazetteer();
    const Session::PipelineResult raw = analyse(folder.path(), gazetteer);
    const Analysis::AnalyzedArticle &b = articleOf(raw.articles, u"b.txt"_s);
    REQUIRE_FALSE(b.time.events.isEmpty());
    AnalystData data;
    data.corrections.append(dateCorrection(b, QDate(2020, 10, 9), {}, u"note"_s));

    const auto exported = [&gazetteer](const QList<Analysis::AnalyzedArticle> &articles) {
        const Index::CorpusIndex index(articles, gazetteer);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Exchange::CsvWriter csv(buffer);
        Exchange::EventTable::write(index, Exchange::Selection::all(index), csv);
        QList<QStringList> records;
        REQUIRE(parseCsv(QString::fromUtf8(buffer.data()), &records));
        return records;
    };
    const QList<QStringList> before = exported(raw.articles);
    const QList<QStringList> after =
        exported(CorrectionApplier::apply(raw.articles, data, gazetteer).articles);
    REQUIRE(before.size() == after.size());
    REQUIRE(after.size() > 1);
    const qsizetype published = Exchange::EventTable::header().indexOf(u"published"_s);
    const qsizetype basis = Exchange::EventTable::header().indexOf(u"published_basis"_s);
    const qsizetype eventDate = Exchange::EventTable::header().indexOf(u"event_date"_s);
    for (qsizetype row = 1; row < after.size(); ++row) {
        CHECK(after.at(row).at(published) == u"2020-10-09"_s);
        CHECK(after.at(row).at(basis) == u"override"_s);
        CHECK(before.at(row).at(published) != u"2020-10-09"_s);
        CHECK(after.at(row).at(eventDate) == before.at(row).at(eventDate));
    }
}

TEST_CASE("Corrections: the analysis store keeps raw results only", "[corrections]")
{
    Folder folder;
    folder.write(u"a.txt"_s, ShellingText);
    const auto gazetteer = smallGazetteer();
    auto store =
        std::make_shared<Store::AnalysisStore>(folder.dir.filePath(u"data/analysis.sqlite"_s));
    const QString corpus = folder.dir.filePath(u"a.txt"_s);
    const Session::PipelineResult first = analyse(corpus, gazetteer, {}, store);
    const Analysis::AnalyzedArticle &a = first.articles.first();
    const TextSpan stepanakert = spanOf(a.article.text, u"ستيباناكرت"_s);
    AnalystData data;
    data.corrections.append(spanCorrection(CorrectionKind::RemoveMention, a, u"ستيباناكرت"_s));
    data.corrections.append(dateCorrection(a, QDate(2020, 10, 20), {}, u"n"_s));

    const Session::PipelineResult corrected = analyse(corpus, gazetteer, data, store);
    CHECK(corrected.filesFromStore == 1);
    CHECK_FALSE(mentionAt(corrected.articles.first(), stepanakert));
    CHECK(corrected.articles.first().time.published.date == QDate(2020, 10, 20));

    const Session::PipelineResult again = analyse(corpus, gazetteer, {}, store);
    CHECK(again.filesFromStore == 1);
    CHECK(again.datesFromStore);
    CHECK(mentionAt(again.articles.first(), stepanakert));
    CHECK(again.articles.first().time.published.date == a.time.published.date);
}

TEST_CASE("Corrections: the viewer re-applies changed corrections without a new load",
          "[corrections]")
{
    Folder folder;
    folder.write(u"a.txt"_s, ShellingText);
    folder.write(u"b.txt"_s, PowerText);
    const auto gazetteer = smallGazetteer();
    const Session::PipelineResult raw = analyse(folder.path(), gazetteer);
    const Analysis::AnalyzedArticle &a = articleOf(raw.articles, u"a.txt"_s);

    Session::AnalystSession analyst;
    Session::CorpusSession session(gazetteer);
    session.setAnalystSession(&analyst);
    // A correction made before the load is laid over it.
    REQUIRE(
        analyst.add(spanCorrection(CorrectionKind::ChangeEntity, a, u"ستيباناكرت"_s, u"baku"_s)));
    QSignalSpy changed(&session, &Session::CorpusSession::corpusChanged);
    QSignalSpy updated(&session, &Session::CorpusSession::corpusUpdated);
    session.open({folder.path()});
    REQUIRE(changed.wait(60000));
    REQUIRE(session.index());
    const auto rowOf = [&session](const QString &name) {
        for (qsizetype row = 0; row < session.index()->size(); ++row)
            if (session.index()->article(row).article.file.endsWith(u'/' + name))
                return row;
        return qsizetype(-1);
    };
    const TextSpan stepanakert = spanOf(a.article.text, u"ستيباناكرت"_s);
    CHECK(mentionAt(session.index()->article(rowOf(u"a.txt"_s)), stepanakert)->entityId ==
          u"baku"_s);

    // The window's filter: articles naming Shusha.
    Index::FilterState filter;
    filter.includeEntity(u"shusha"_s);
    REQUIRE(session.index()->matching(filter.filter()).size() == 2);
    QSignalSpy filterChanged(&filter, &Index::FilterState::changed);

    // Shusha is removed from b by a correction: re-applied, not reloaded.
    const Analysis::AnalyzedArticle &b = articleOf(raw.articles, u"b.txt"_s);
    const auto before = session.index();
    REQUIRE(analyst.add(spanCorrection(CorrectionKind::RemoveMention, b, u"شوشا"_s)));
    CHECK(session.isApplying());
    CHECK_FALSE(session.isLoading());
    REQUIRE(updated.wait(60000));
    CHECK(changed.size() == 1);
    CHECK(session.index() != before);
    CHECK(session.index()->size() == before->size());
    CHECK(filter.includedEntities() == QStringList{u"shusha"_s});
    CHECK(filterChanged.isEmpty());
    const QList<qsizetype> rows = session.index()->matching(filter.filter());
    CHECK(rows == QList<qsizetype>{rowOf(u"a.txt"_s)});
    CHECK(mentionAt(session.index()->article(rowOf(u"a.txt"_s)), stepanakert)->entityId ==
          u"baku"_s);

    // Undone: back as the analysis found it.
    REQUIRE(analyst.removeCorrection(analyst.data().corrections.last().uid));
    REQUIRE(updated.wait(60000));
    CHECK(session.index()->matching(filter.filter()).size() == 2);

    // A change of notes only changes nothing the corpus shows.
    Note note;
    note.uid = newUid();
    note.anchor = anchorFor(a.article);
    note.text = u"check this"_s;
    REQUIRE(analyst.add(note));
    CHECK_FALSE(session.isApplying());

    // The next load uses the current corrections too.
    session.open({folder.path()});
    REQUIRE(changed.wait(60000));
    CHECK(mentionAt(session.index()->article(rowOf(u"a.txt"_s)), stepanakert)->entityId ==
          u"baku"_s);
    CHECK(updated.size() == 2);

    // A correction made while a load runs is applied once it ends.
    session.open({folder.path()});
    REQUIRE(session.isLoading());
    REQUIRE(analyst.add(spanCorrection(CorrectionKind::RemoveMention, b, u"شوشا"_s)));
    CHECK_FALSE(session.isApplying());
    REQUIRE(changed.wait(60000));
    if (session.isApplying())
        REQUIRE(updated.wait(60000));
    CHECK(session.index()->matching(filter.filter()) == QList<qsizetype>{rowOf(u"a.txt"_s)});
}

TEST_CASE("Corrections: applying scales with the corpus", "[.][corrections-scale]")
{
    // Hidden (run by name): prints how long the applier takes on a generated
    // corpus, to compare with the analysis itself.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const int count = qEnvironmentVariableIntValue("MARSAD_SCALE_ARTICLES") > 0
                          ? qEnvironmentVariableIntValue("MARSAD_SCALE_ARTICLES")
                          : 5000;
    REQUIRE(Bench::writeSyntheticCorpus(dir.path(), count) > 0);
    const auto gazetteer = realGazetteer();
    QElapsedTimer timer;
    timer.start();
    const Session::PipelineResult raw = analyse(dir.path(), gazetteer);
    const qint64 analysis = timer.restart();
    AnalystData data;
    for (qsizetype i = 0; i < raw.articles.size(); i += 50) {
        const Analysis::AnalyzedArticle &a = raw.articles.at(i);
        if (!a.mentions.isEmpty()) {
            Correction c;
            c.uid = newUid();
            c.kind = CorrectionKind::RemoveMention;
            c.anchor = anchorFor(a.article, a.mentions.first().span);
            data.corrections.append(c);
        }
        data.corrections.append(dateCorrection(a, QDate(2020, 10, 1), {}, u"n"_s));
    }
    data.corrections.append(newEntity(u"x-birzakend"_s, u"بيرزاكند"_s));
    Correction merge;
    merge.uid = newUid();
    merge.kind = CorrectionKind::MergeEntities;
    merge.entityId = u"shusha"_s;
    merge.targetEntityId = u"stepanakert"_s;
    data.corrections.append(merge);
    const AppliedCorrections first = CorrectionApplier::apply(raw.articles, data, gazetteer);
    const qint64 applyCold = timer.restart();
    ApplyOptions again;
    again.anchorIndex = first.anchorIndex;
    const AppliedCorrections second =
        CorrectionApplier::apply(raw.articles, data, gazetteer, again);
    const qint64 applyWarm = timer.restart();
    const Index::CorpusIndex index(second.articles, second.gazetteer);
    const qint64 indexing = timer.restart();
    // As the viewer re-indexes: the open corpus's index lends its words.
    const Index::CorpusIndex reindexed(second.articles, second.gazetteer, nullptr, {}, &index);
    const qint64 reindexing = timer.elapsed();
    CHECK(first.issues.isEmpty());
    WARN(count << " articles, " << data.corrections.size() << " corrections: analysis " << analysis
               << " ms, apply " << applyCold << " ms (anchors kept: " << applyWarm << " ms), index "
               << indexing << " ms (words lent: " << reindexing << " ms)");
}
