// The pipeline with a store: a re-opened corpus is read, not recomputed; a
// change invalidates exactly what it must; the results are always those of a
// run without a store.
#include "analyserkey.h"
#include "resultcodec.h"
#include "storetestsupport.h"
#include "syntheticcorpus.h"

#include <QLocale>
#include <QThreadPool>

#include <sys/stat.h>
#include <utime.h>

using namespace Marsad;
using namespace Marsad::Tests;
using namespace Qt::StringLiterals;

namespace {

/// Serialises a whole result as the store would (a second, byte-level check).
QByteArray serialized(const Session::PipelineResult &result)
{
    QByteArray out;
    QList<Time::ArticleTime> times;
    for (const Analysis::AnalyzedArticle &a : result.articles) {
        out += Store::ResultCodec::encodeFile(a.article.file, {}, std::span(&a.article, 1),
                                              std::span(&a.mentions, 1));
        times.append(a.time);
    }
    return out + Store::ResultCodec::encodeTimes(times);
}

void setMtime(const QString &path, qint64 secondsAgo)
{
    struct stat st
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    utimbuf times{st.st_atime, st.st_mtime - time_t(secondsAgo)};
    REQUIRE(::utime(QFile::encodeName(path).constData(), &times) == 0);
}

void rewrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("Store: a re-opened corpus is read, with the same results", "[store][pipeline]")
{
    StoreFixture f;
    const auto reference = analyse({f.corpus});
    const auto cold = analyse({f.corpus}, f.store);
    CHECK(cold.filesFromStore == 0);
    CHECK_FALSE(cold.datesFromStore);
    CHECK(storeIssues(cold, f.storePath).isEmpty());
    requireSame(cold, reference);

    QStringList read;
    Session::PipelineOptions options;
    options.buildIndex = false;
    options.store = f.store;
    options.fileRead = [&read](const Corpus::FileLoadResult &r) {
        read.append(r.file);
    };
    const auto warm = Session::Pipeline::run({f.corpus}, bundledGazetteer(), options);
    CHECK(warm.filesFromStore == f.files().size());
    CHECK(warm.datesFromStore);
    CHECK(read == f.files()); // every file is still reported, in order
    requireSame(warm, reference);
    CHECK(serialized(warm) == serialized(reference));
}

TEST_CASE("Store: cold and warm are identical on a generated corpus, 1 and 2 threads",
          "[store][pipeline][threads]")
{
    StoreFixture f;
    const QString corpus = f.temp.filePath(u"generated"_s);
    Bench::writeSyntheticCorpus(corpus, 400);
    QThreadPool one, two;
    one.setMaxThreadCount(1);
    two.setMaxThreadCount(2);
    const auto reference = analyse({corpus}, nullptr, &two);
    REQUIRE(reference.articles.size() >= 400);

    const auto coldOne = analyse({corpus}, f.store, &one);
    requireSame(coldOne, reference);
    const auto warmTwo = analyse({corpus}, f.store, &two);
    CHECK(warmTwo.filesFromStore == reference.filesRead);
    CHECK(warmTwo.datesFromStore);
    requireSame(warmTwo, reference);
    CHECK(serialized(warmTwo) == serialized(reference));

    auto other = std::make_shared<Store::AnalysisStore>(f.temp.filePath(u"other.sqlite"_s));
    const auto coldTwo = analyse({corpus}, other, &two);
    requireSame(coldTwo, reference);
    const auto warmOne = analyse({corpus}, other, &one);
    CHECK(warmOne.datesFromStore);
    requireSame(warmOne, reference);
}

TEST_CASE("Store: a changed file is analysed again, the others are read", "[store][invalidate]")
{
    StoreFixture f;
    analyse({f.corpus}, f.store);
    const QStringList files = f.files();
    QByteArray bytes = readFile(files.at(1));
    bytes.append("\nسطر جديد أضيف إلى المقال يوم الخميس.\n");
    rewrite(files.at(1), bytes);

    const auto warm = analyse({f.corpus}, f.store);
    CHECK(warm.filesFromStore == files.size() - 1);
    CHECK_FALSE(warm.datesFromStore);
    requireSame(warm, analyse({f.corpus}));
    // And the new content is kept in turn.
    const auto again = analyse({f.corpus}, f.store);
    CHECK(again.filesFromStore == files.size());
    CHECK(again.datesFromStore);
}

TEST_CASE("Store: a file touched with the same content is still read from the store",
          "[store][invalidate]")
{
    StoreFixture f;
    analyse({f.corpus}, f.store);
    const QStringList files = f.files();
    setMtime(files.at(0), 3600);
    rewrite(files.at(2), readFile(files.at(2))); // rewritten, same bytes
    const auto warm = analyse({f.corpus}, f.store);
    CHECK(warm.filesFromStore == files.size());
    CHECK(warm.datesFromStore); // same paths, same contents: the same corpus
    requireSame(warm, analyse({f.corpus}));
}

TEST_CASE("Store: a file added or removed keeps the files but redoes the corpus passes",
          "[store][invalidate]")
{
    StoreFixture f;
    analyse({f.corpus}, f.store);
    const QStringList files = f.files();

    SECTION("added")
    {
        rewrite(f.corpus + u"/zz_new.txt"_s,
                "اندلعت اشتباكات جديدة في محيط مدينة شوشة أمس الأربعاء.\n"_ba);
        const auto warm = analyse({f.corpus}, f.store);
        CHECK(warm.filesFromStore == files.size());
        CHECK_FALSE(warm.datesFromStore);
        requireSame(warm, analyse({f.corpus}));
    }
    SECTION("removed")
    {
        REQUIRE(QFile::remove(files.at(3)));
        const auto warm = analyse({f.corpus}, f.store);
        CHECK(warm.filesFromStore == files.size() - 1);
        CHECK_FALSE(warm.datesFromStore);
        requireSame(warm, analyse({f.corpus}));
    }
    SECTION("renamed: same content under another name")
    {
        REQUIRE(QFile::rename(files.at(0), f.corpus + u"/renamed.txt"_s));
        const auto warm = analyse({f.corpus}, f.store);
        CHECK(warm.filesFromStore == files.size()); // found by content
        CHECK_FALSE(warm.datesFromStore);
        requireSame(warm, analyse({f.corpus}));
    }
}

TEST_CASE("Store: another gazetteer invalidates every result", "[store][invalidate]")
{
    StoreFixture f;
    analyse({f.corpus}, f.store);
    QFile file(Resources::gazetteerPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    // One more spelling of a known place.
    const qsizetype at = json.indexOf("\"aliases\": [");
    REQUIRE(at > 0);
    json.insert(at + qsizetype(qstrlen("\"aliases\": [")), "\"مكانتجريبي\", ");
    const auto changed = Entities::Gazetteer::fromJson(json);
    REQUIRE(changed);
    CHECK(Store::AnalyserKey::compute(*changed.gazetteer) !=
          Store::AnalyserKey::compute(*bundledGazetteer()));

    const auto warm = analyse({f.corpus}, f.store, nullptr, changed.gazetteer);
    CHECK(warm.filesFromStore == 0);
    CHECK_FALSE(warm.datesFromStore);
    requireSame(warm, analyse({f.corpus}, nullptr, nullptr, changed.gazetteer));
    // Both are kept side by side.
    CHECK(analyse({f.corpus}, f.store).filesFromStore == f.files().size());
}

TEST_CASE("Store: the analyser key follows code, data, gazetteer and language",
          "[store][invalidate]")
{
    const QByteArray gazetteer = Store::AnalyserKey::gazetteerFingerprint(*bundledGazetteer());
    const QString base = Store::AnalyserKey::compute("sources-a", gazetteer, u"en_US"_s);
    CHECK(base == Store::AnalyserKey::compute("sources-a", gazetteer, u"en_US"_s));
    CHECK(base != Store::AnalyserKey::compute("sources-b", gazetteer, u"en_US"_s));
    CHECK(base != Store::AnalyserKey::compute("sources-a", gazetteer + "x", u"en_US"_s));
    CHECK(base != Store::AnalyserKey::compute("sources-a", gazetteer, u"ar_EG"_s));
    // The build's hash is a real SHA-256 of the sources.
    CHECK(qstrlen(Store::analyserSourcesHash()) == 64);

    // Through the pipeline: results kept under one key are not read under another.
    StoreFixture f;
    analyse({f.corpus}, f.store);
    {
        auto connection = f.store->connect(u"some-other-analyser"_s);
        REQUIRE(connection->isUsable());
        const QByteArray hash = Store::ContentHash::of(readFile(f.files().first()));
        CHECK(connection->fileResult(hash, u"txt"_s).isEmpty());
        auto same = f.store->connect(Store::AnalyserKey::compute(*bundledGazetteer()));
        CHECK_FALSE(same->fileResult(hash, u"txt"_s).isEmpty());
    }
    // The language of the messages is part of the key.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const auto arabic = analyse({f.corpus}, f.store);
    QLocale::setDefault(before);
    CHECK(arabic.filesFromStore == 0);
    CHECK(analyse({f.corpus}, f.store).filesFromStore == f.files().size());
}

TEST_CASE("Store: a run canceled in any stage leaves the store consistent", "[store][cancel]")
{
    const auto stage = GENERATE(Session::PipelineStage::Reading, Session::PipelineStage::Entities,
                                Session::PipelineStage::Dates, Session::PipelineStage::Indexing);
    INFO("canceled in stage " << int(stage));
    StoreFixture f;
    const QString corpus = f.temp.filePath(u"generated"_s);
    Bench::writeSyntheticCorpus(corpus, 300);
    const auto reference = analyse({corpus});

    std::atomic_bool cancel{false};
    Session::PipelineOptions options;
    options.store = f.store;
    options.cancel = &cancel;
    options.progress = [&cancel, stage](const Session::PipelineProgress &p) {
        if (p.stage == stage && p.done > 0)
            cancel.store(true);
    };
    options.buildIndex = true;
    const auto canceled = Session::Pipeline::run({corpus}, bundledGazetteer(), options);
    CHECK(canceled.canceled);

    const auto next = analyse({corpus}, f.store);
    CHECK_FALSE(next.canceled);
    if (stage != Session::PipelineStage::Indexing)
        CHECK_FALSE(next.datesFromStore); // never a partial corpus pass
    requireSame(next, reference);
    const auto warm = analyse({corpus}, f.store);
    CHECK(warm.filesFromStore == reference.filesRead);
    CHECK(warm.datesFromStore);
    requireSame(warm, reference);
}
