// Every stage that is not the time module runs in linear time on hostile
// input: 8× the input may cost at most 10× the time (a quadratic stage costs
// 64×). CPU time of the calling thread, the best of three runs at each size,
// so a loaded machine does not make the test flaky.
#include "arabicfolder.h"
#include "articleparser.h"
#include "corpusindex.h"
#include "entities/entitiestest.h"
#include "htmlextractor.h"
#include "jsonlreader.h"
#include "segmenter.h"
#include "testsupport.h"
#include "textdecoder.h"

#include <catch2/catch.hpp>

#include <QString>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

#include <ctime>
#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

constexpr qsizetype Small = qsizetype(1) << 20; // 1 M characters (or bytes)
constexpr qsizetype Large = 8 * Small;
constexpr double MaxGrowth = 10.0;

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// What is timed is the algorithm, not the memory system: the kernel zeroing
// fresh pages (malloc hands large blocks back to the system and maps them
// again on every run) and a 1 MB input that fits in the cache when 8 MB does
// not would make a linear stage look 10-17× slower at 8×. So memory is kept
// once allocated, and the cache is emptied before every run at both sizes.
void steadyMemory()
{
    static const bool once = [] {
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
        return true;
    }();
    Q_UNUSED(once);
}

void evictCaches()
{
    static std::vector<char> junk(64 << 20);
    static char round = 0;
    std::memset(junk.data(), ++round, junk.size());
}

// Best of three runs of \a run on the input \a make builds (not timed).
template<typename Make, typename Run>
double bestOfThree(qsizetype size, const Make &make, const Run &run)
{
    steadyMemory();
    const auto input = make(size);
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        evictCaches();
        const double start = threadCpuSeconds();
        run(input);
        best = std::min(best, threadCpuSeconds() - start);
    }
    return best;
}

// Timings under sanitizers or a debugger say nothing about complexity.
bool timingDisabled()
{
    return qEnvironmentVariableIsSet("MARSAD_NO_TIMING");
}

QString repeated(const QString &unit, qsizetype size);

template<typename Make, typename Run>
void checkLinear(const char *stage, const char *input, const Make &make, const Run &run)
{
    if (timingDisabled()) {
        WARN("MARSAD_NO_TIMING is set: not timing " << stage << " on " << input);
        return;
    }
    // Another process taking the core mid-run can still spoil one
    // measurement: an over-limit growth is measured again, up to four times. A
    // quadratic stage grows 64× every time.
    double small = 0, large = 0, growth = 1e300;
    for (int attempt = 0; attempt < 5 && growth > MaxGrowth; ++attempt) {
        // A floor of 5 ms: below it a run is mostly timer and cache noise,
        // and a quadratic stage from even 1 ms still grows past 10× that.
        const double s = std::max(bestOfThree(Small, make, run), 5e-3);
        const double l = bestOfThree(Large, make, run);
        if (l / s / Marsad::Tests::memoryPenalty() < growth) {
            small = s;
            large = l;
            growth = l / s / Marsad::Tests::memoryPenalty();
        }
    }
    INFO(stage << " on " << input << ": 1 MB " << small << " s, 8 MB " << large << " s, ×"
               << large / small << ", ×" << growth << " after the memory penalty of ×"
               << Marsad::Tests::memoryPenalty());
    CHECK(growth <= MaxGrowth);
}

// \a unit repeated to \a size characters.
QString repeated(const QString &unit, qsizetype size)
{
    QString out;
    out.reserve(size + unit.size());
    while (out.size() < size)
        out.append(unit);
    out.truncate(size);
    return out;
}

// Hostile texts: one line of words without punctuation, nothing but '&', a
// page of "read more" headings, all dates, one word of millions of letters,
// a tag list, the same line over and over, only diacritics.
struct Input
{
    const char *name;
    QString unit;
};

const QList<Input> &textInputs()
{
    static const QList<Input> inputs{
        {"one line without punctuation", u"تواصلت المعارك في إقليم قره باغ لليوم الرابع "_s},
        {"all ampersands", u"&"_s},
        {"near-miss references", u"&#x&amp&#1&nbsp"_s},
        {"read-more headings", u"اقرأ أيضا\n"_s},
        {"related headings and headlines", u"أخبار ذات صلة\nمعارك في شوشة اليوم\n"_s},
        {"all dates", u"1 أكتوبر 2020 "_s},
        {"one endless word", u"ش"_s},
        {"tag list", u"- وسم قصير\n"_s},
        {"the same line", u"سطر يتكرر كما هو.\n"_s},
        {"only diacritics", u"\u064E\u0650\u0651"_s},
        {"mentions only", u"شوشة ستيباناكرت "_s},
    };
    return inputs;
}

Corpus::Article articleOf(const QString &text)
{
    Corpus::Article article;
    article.file = u"hostile.txt"_s;
    article.text = text;
    return article;
}

} // namespace

// How much slower per byte this machine's memory makes work on 8 MB than on
// 1 MB, from plainly linear passes (case mapping, UTF-8 round trip, a split)
// over the same sizes: 1 MB of text and its intermediates fit in a 4 MB L2
// cache, 8 MB do not, which alone makes a linear stage grow 10-12×, not 8×.
// At least 1.
double Marsad::Tests::memoryPenalty()
{
    static const double penalty = [] {
        const auto make = [](qsizetype size) {
            return repeated(u"تواصلت المعارك في إقليم قره باغ "_s, size);
        };
        const auto run = [](const QString &text) {
            const QString lower = text.toLower();
            const QString back = QString::fromUtf8(lower.toUtf8());
            const auto words = QStringView(back).split(u' ');
            Q_UNUSED(words);
        };
        const double growth = bestOfThree(Large, make, run) / bestOfThree(Small, make, run);
        return std::clamp(growth / 8.0, 1.0, 1.5);
    }();
    return penalty;
}

// Builds the text of an input at a size.
auto textOf(const QString &unit)
{
    return [unit](qsizetype size) {
        return repeated(unit, size);
    };
}

TEST_CASE("Decoding grows linearly on hostile bytes", "[hostile][complexity]")
{
    const auto decode = [](const QByteArray &bytes) {
        Text::TextDecoder::decode(bytes);
    };
    for (const Input &input : textInputs()) {
        checkLinear(
            "decode", input.name,
            [&](qsizetype size) -> QByteArray {
                return repeated(input.unit, size).toUtf8().left(size);
            },
            decode);
    }
    // Bytes that are not UTF-8 go through ICU's charset detection.
    checkLinear(
        "decode", "windows-1256 bytes",
        [](qsizetype size) {
            QByteArray bytes(size, '\xC7');
            for (qsizetype i = 0; i < size; i += 7)
                bytes[i] = ' ';
            return bytes;
        },
        decode);
    checkLinear(
        "decode", "lone surrogates in UTF-16",
        [](qsizetype size) -> QByteArray {
            return "\xFF\xFE" + QByteArray("\x00\xD8", 2).repeated(size / 2);
        },
        decode);
}

TEST_CASE("HTML extraction grows linearly on hostile markup", "[hostile][complexity]")
{
    const QList<Input> html{
        {"all ampersands", u"&"_s},
        {"paragraphs", u"<p>نص قصير</p>"_s},
        {"lone '<'", u"<"_s},
        {"'<' before letters", u"<a"_s},
        {"unclosed nav elements", u"<nav>نص"_s},
        {"unclosed script", u"<script>x<y"_s},
        {"comment openers", u"<!--"_s},
        {"meta tags", u"<meta property=\"og:title\" content=\"x\">"_s},
        {"one line without punctuation", textInputs().first().unit},
    };
    for (const Input &input : html) {
        checkLinear(
            "HTML extraction", input.name,
            [&](qsizetype size) -> QString {
                return u"<html><body>"_s + repeated(input.unit, size);
            },
            [](const QString &page) { Corpus::HtmlExtractor::extract(page); });
    }
    checkLinear("entity decoding", "all ampersands", textOf(u"&"_s),
                [](const QString &text) { Corpus::HtmlExtractor::decodeEntities(text); });
}

TEST_CASE("JSONL reading grows linearly", "[hostile][complexity]")
{
    const auto read = [](const QString &text) {
        Corpus::JsonlReader::read(text, u"x.jsonl"_s);
    };
    checkLinear("JSONL", "many short lines", textOf(u"{\"text\": \"نص \\ud800 قصير\"}\n"_s), read);
    checkLinear(
        "JSONL", "one huge line",
        [](qsizetype size) -> QString {
            return u"{\"text\": \""_s + repeated(u"نص "_s, size) + u"\"}"_s;
        },
        read);
}

TEST_CASE("Article structure and boilerplate grow linearly", "[hostile][complexity]")
{
    for (const Input &input : textInputs()) {
        checkLinear("article structure", input.name, textOf(input.unit), [](const QString &text) {
            Corpus::Article article = articleOf(text);
            Corpus::ArticleParser::parse(article);
        });
    }
    // isBoilerplate is asked per sentence and per mention.
    checkLinear("isBoilerplate per word", "read-more headings", textOf(u"اقرأ أيضا\n"_s),
                [](const QString &text) {
                    Corpus::Article article = articleOf(text);
                    Corpus::ArticleParser::parse(article);
                    qsizetype marked = 0;
                    for (qsizetype i = 0; i + 4 < article.text.size(); i += 10)
                        marked += article.isBoilerplate({i, i + 4});
                    CHECK(marked > 0);
                });
}

TEST_CASE("Folding and segmentation grow linearly", "[hostile][complexity]")
{
    for (const Input &input : textInputs()) {
        checkLinear("fold", input.name, textOf(input.unit),
                    [](const QString &text) { Text::ArabicFolder::fold(text); });
        checkLinear("segment", input.name, textOf(input.unit), [](const QString &text) {
            Text::Segmenter::words(text, true);
            Text::Segmenter::sentences(text);
        });
    }
}

TEST_CASE("Entity extraction grows linearly", "[hostile][complexity]")
{
    for (const Input &input : textInputs()) {
        checkLinear("entity extraction", input.name, textOf(input.unit),
                    [](const QString &text) { Tests::extract(text); });
    }
}

TEST_CASE("Index building grows linearly on one huge article", "[hostile][complexity]")
{
    checkLinear(
        "corpus index", "mentions in boilerplate",
        [](qsizetype size) {
            Analysis::AnalyzedArticle a;
            a.article = articleOf(repeated(u"اقرأ أيضا شوشة\n"_s, size));
            Corpus::ArticleParser::parse(a.article);
            a.mentions = Tests::extract(a.article.text);
            return a;
        },
        [](const Analysis::AnalyzedArticle &a) {
            const Index::CorpusIndex index({a}, Tests::realGazetteer());
            CHECK(index.size() == 1);
        });
}
