// Precision and recall on sentences written for issue 12: own_sentences.tsv
// (written with the rules) and own_heldout.tsv (written after them, measured
// once, never tuned on). Scored per sentence as sets of ids; candidates by
// type and surface.
#include "entities/entitiestest.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;
using Marsad::EntityType;
using Marsad::Mention;

namespace {

QString key(const Mention &m)
{
    if (!m.candidate)
        return m.entityId;
    const QString type = m.type == EntityType::Place    ? u"?place:"_s
                         : m.type == EntityType::Person ? u"?person:"_s
                                                        : u"?org:"_s;
    return type + QString(m.surface).replace(u' ', u'_');
}

struct Score
{
    qsizetype correct = 0;
    qsizetype predicted = 0;
    qsizetype expected = 0;
    qsizetype sentences = 0;
    double precision() const { return predicted ? double(correct) / predicted : 1.0; }
    double recall() const { return expected ? double(correct) / expected : 1.0; }
};

Score score(const QString &file)
{
    const QString data = QString::fromUtf8(Marsad::Tests::readFile(
        QStringLiteral(MARSAD_SOURCE_DIR) + u"/tests/data/entities/"_s + file));
    Score sc;
    for (const QString &line : data.split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QString sentence = line.section(u'\t', 0, 0);
        const QStringList want = line.section(u'\t', 1).split(u' ', Qt::SkipEmptyParts);
        QSet<QString> got;
        for (const Mention &m : Marsad::Tests::extract(sentence))
            got.insert(key(m));
        const QSet<QString> wanted(want.begin(), want.end());
        for (const QString &g : got) {
            if (!wanted.contains(g))
                std::printf("  %s: false positive %s in: %s\n", qPrintable(file), qPrintable(g),
                            qPrintable(sentence));
        }
        for (const QString &w : wanted) {
            if (!got.contains(w))
                std::printf("  %s: missed %s in: %s\n", qPrintable(file), qPrintable(w),
                            qPrintable(sentence));
        }
        sc.correct += (got & wanted).size();
        sc.predicted += got.size();
        sc.expected += wanted.size();
        ++sc.sentences;
    }
    std::printf("%s: %lld sentences, %lld correct, %lld predicted, %lld expected; "
                "precision %.3f, recall %.3f\n",
                qPrintable(file), qlonglong(sc.sentences), qlonglong(sc.correct),
                qlonglong(sc.predicted), qlonglong(sc.expected), sc.precision(), sc.recall());
    return sc;
}

} // namespace

TEST_CASE("Own sentences: precision and recall", "[entities][ownsentences]")
{
    const Score sc = score(u"own_sentences.tsv"_s);
    REQUIRE(sc.sentences >= 25);
    CHECK(sc.precision() >= 0.9);
    CHECK(sc.recall() >= 0.9);
}

TEST_CASE("Held-out own sentences: measured, not tuned on", "[entities][ownsentences]")
{
    const Score sc = score(u"own_heldout.tsv"_s);
    REQUIRE(sc.sentences >= 15);
    // A floor, not a target: these sentences are for measuring.
    CHECK(sc.precision() >= 0.7);
    CHECK(sc.recall() >= 0.7);
}
