// ArticleLinker against the implementation it replaced (kept here, verbatim
// but renamed, as the reference): the same passages, spans, rarities and
// order for every article of the samples and of a generated corpus.
#include "arabicfolder.h"
#include "articlelinker.h"
#include "chronology.h"
#include "corpusjob.h"
#include "entityextractor.h"
#include "gazetteer.h"
#include "resources.h"
#include "syntheticcorpus.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Marsad::Text::ArabicFolder;

namespace Marsad::Time {
namespace {

class ReferenceLinker final
{
public:
    ReferenceLinker(const QList<Corpus::Article> &articles, int minWords,
                    const QList<QList<Mention>> *mentions, const std::atomic_bool *cancel);
    QList<SharedPassage> passagesOf(qsizetype a,
                                    const std::function<bool(qsizetype)> &eligible = {}) const;

private:
    struct Doc
    {
        QList<int> words;
        QList<TextSpan> spans;
        QList<bool> names;
        QList<float> rarities;
        QHash<size_t, QList<int>> grams;
    };
    size_t gramAt(const Doc &doc, int i) const;

    QList<Doc> m_docs;
    QList<const Corpus::Article *> m_articles;
    QHash<size_t, QList<qsizetype>> m_postings;
    int m_minWords;
    qsizetype m_maxDocs;
};

// Words that introduce a name: a run of names and titles is not a passage.
bool isTitle(const QString &folded)
{
    static const QSet<QString> titles{
        u"الرئيس"_s,   u"رئيس"_s,   u"وزير"_s,     u"وزيره"_s,   u"الوزير"_s, u"المتحدث"_s,
        u"المتحدثه"_s, u"باسم"_s,   u"السيد"_s,    u"الجنرال"_s, u"العقيد"_s, u"اللواء"_s,
        u"الخارجيه"_s, u"الدفاع"_s, u"وزاره"_s,    u"الوزراء"_s, u"رئيسه"_s,  u"الامين"_s,
        u"العام"_s,    u"مستشار"_s, u"المستشار"_s, u"سفير"_s,    u"السفير"_s, u"مساعد"_s};
    return titles.contains(folded);
}

ReferenceLinker::ReferenceLinker(const QList<Corpus::Article> &articles, int minWords,
                                 const QList<QList<Mention>> *mentions,
                                 const std::atomic_bool *cancel)
    : m_minWords(std::max(2, minWords))
{
    // Words are interned once (one hash per word); everything after works on ids.
    QHash<QString, int> ids;
    QList<int> df;         // id → articles holding it
    QList<qsizetype> last; // id → the last article that counted it
    QList<bool> titles;    // id → a title word
    m_docs.reserve(articles.size());
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const Corpus::Article &article = articles.at(a);
        m_articles.append(&article);
        Doc doc;
        if (cancel && cancel->load()) {
            m_docs.append(std::move(doc)); // keeps indices aligned; links nothing
            continue;
        }
        QList<Mention> names =
            mentions && a < mentions->size() ? mentions->at(a) : QList<Mention>();
        std::sort(names.begin(), names.end(),
                  [](const Mention &x, const Mention &y) { return x.span.end < y.span.end; });
        qsizetype nextName = 0;
        const auto folded = ArabicFolder::fold(article.text);
        const QString &text = folded.text();
        // Letter and digit runs (cheaper than ICU's word breaks, and the
        // same on both sides of a comparison).
        for (const auto &[from, to] : Chronology::words(text)) {
            const auto span = folded.toOriginal(from, to);
            const TextSpan original{span.start, span.end};
            if (article.isBoilerplate(original))
                continue;
            while (nextName < names.size() && names.at(nextName).span.end <= original.start)
                ++nextName;
            const QStringView view = QStringView(text).sliced(from, to - from);
            auto it = ids.constFind(view.toString());
            int id;
            if (it == ids.cend()) {
                id = int(df.size());
                ids.insert(view.toString(), id);
                df.append(0);
                last.append(-1);
                titles.append(isTitle(view.toString()));
            } else {
                id = *it;
            }
            if (last.at(id) != a) {
                last[id] = a;
                ++df[id];
            }
            const bool name =
                (nextName < names.size() && names.at(nextName).span.overlaps(original)) ||
                titles.at(id);
            doc.words.append(id);
            doc.spans.append(original);
            doc.names.append(name);
        }
        QSet<size_t> seen;
        for (int i = 0; i + m_minWords <= doc.words.size(); ++i) {
            const size_t g = gramAt(doc, i);
            doc.grams[g].append(i);
            seen.insert(g);
        }
        const qsizetype index = m_docs.size();
        for (size_t g : seen)
            m_postings[g].append(index);
        m_docs.append(std::move(doc));
    }
    m_maxDocs = std::clamp<qsizetype>(m_docs.size() / 2, 2, ArticleLinker::MaxSharingArticles);
    // Rarity: min(1, ln(1 + N/df) / ln 9), so a word in at most an eighth of
    // the corpus counts fully; names and titles count nothing.
    const double n = double(m_docs.size());
    QList<float> rarity(df.size());
    for (qsizetype id = 0; id < df.size(); ++id)
        rarity[id] =
            float(std::min(1.0, std::log(1.0 + n / std::max(1, df.at(id))) / std::log(9.0)));
    for (Doc &doc : m_docs) {
        doc.rarities.reserve(doc.words.size());
        for (qsizetype k = 0; k < doc.words.size(); ++k)
            doc.rarities.append(doc.names.at(k) ? 0.0f : rarity.at(doc.words.at(k)));
    }
}

size_t ReferenceLinker::gramAt(const Doc &doc, int i) const
{
    size_t seed = 0;
    for (int k = 0; k < m_minWords; ++k)
        seed = qHashMulti(seed, doc.words.at(i + k));
    return seed;
}

QList<SharedPassage>
ReferenceLinker::passagesOf(qsizetype a, const std::function<bool(qsizetype)> &eligible) const
{
    QList<SharedPassage> out;
    if (a < 0 || a >= m_docs.size())
        return out;
    const Doc &doc = m_docs.at(a);
    const Corpus::Article &article = *m_articles.at(a);
    // For every other article, walk this one and take maximal equal runs.
    QHash<qsizetype, int> cursor; // other article → next position of a to examine
    for (int i = 0; i + m_minWords <= doc.words.size(); ++i) {
        const size_t g = gramAt(doc, i);
        const auto posting = m_postings.constFind(g);
        if (posting == m_postings.cend() || posting->size() > m_maxDocs)
            continue;
        for (qsizetype b : *posting) {
            if (b == a || cursor.value(b, 0) > i || (eligible && !eligible(b)))
                continue;
            const Doc &other = m_docs.at(b);
            int bestLength = 0;
            for (int j : other.grams.value(g)) {
                int k = 0;
                while (i + k < doc.words.size() && j + k < other.words.size() &&
                       doc.words.at(i + k) == other.words.at(j + k))
                    ++k;
                bestLength = std::max(bestLength, k);
            }
            if (bestLength < m_minWords)
                continue;
            SharedPassage p;
            p.other = b;
            p.words = bestLength;
            for (int k = 0; k < bestLength; ++k)
                p.rarity += doc.rarities.at(i + k);
            if (p.rarity < 1.0)
                continue; // names and titles only

            p.span = {doc.spans.at(i).start, doc.spans.at(i + bestLength - 1).end};
            p.surface = article.text.mid(p.span.start, p.span.length());
            out.append(p);
            cursor.insert(b, i + bestLength);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SharedPassage &x, const SharedPassage &y) {
        return x.words > y.words;
    });
    return out;
}

void checkSame(const QList<Corpus::Article> &articles, const QList<QList<Mention>> &mentions)
{
    const ArticleLinker linker(articles, 6, &mentions);
    const ReferenceLinker reference(articles, 6, &mentions, nullptr);
    // Every third article counts as dated, as the time pass asks.
    const auto eligible = [](qsizetype other) {
        return other % 3 != 0;
    };
    qsizetype passages = 0;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        for (const bool filtered : {false, true}) {
            const auto mine = filtered ? linker.passagesOf(a, eligible) : linker.passagesOf(a);
            const auto theirs =
                filtered ? reference.passagesOf(a, eligible) : reference.passagesOf(a);
            INFO("article " << a << (filtered ? " (filtered)" : ""));
            REQUIRE(mine.size() == theirs.size());
            for (qsizetype k = 0; k < mine.size(); ++k) {
                CHECK(mine.at(k).other == theirs.at(k).other);
                CHECK(mine.at(k).span == theirs.at(k).span);
                CHECK(mine.at(k).surface == theirs.at(k).surface);
                CHECK(mine.at(k).words == theirs.at(k).words);
                CHECK(mine.at(k).rarity == theirs.at(k).rarity);
            }
            passages += mine.size();
        }
    }
    CHECK(passages > 0);
}

QList<QList<Mention>> mentionsOf(const QList<Corpus::Article> &articles)
{
    const auto gazetteer = Entities::Gazetteer::fromFile(Resources::gazetteerPath());
    REQUIRE(gazetteer);
    const Entities::EntityExtractor extractor(gazetteer.gazetteer);
    QList<QList<Mention>> out;
    for (const Corpus::Article &a : articles)
        out.append(extractor.extract(a.text));
    return out;
}

} // namespace
} // namespace Marsad::Time

using namespace Marsad;

TEST_CASE("The article linker finds what its reference implementation finds", "[generator][time]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(Bench::writeSyntheticCorpus(dir.path(), 300, 5) > 0);
    QList<Corpus::Article> generated = Corpus::loadCorpus({dir.path()}).articles;
    REQUIRE(generated.size() == 300);
    generated.append(Corpus::loadCorpus({Tests::sampleCorpusDir()}).articles);
    Time::checkSame(generated, Time::mentionsOf(generated));
    // Without names (every word counts) too.
    Time::checkSame(generated, QList<QList<Mention>>());
}
