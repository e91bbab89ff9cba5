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
#include "textdecoder.h"

#include <catch2/catch.hpp>

#include <QString>

#include <algorithm>
#include <ctime>
#include <functional>

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

// Best of three runs of \a run on an input of \a size.
double bestOfThree(qsizetype size, const std::function<void(qsizetype)> &run)
{
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        const double start = threadCpuSeconds();
        run(size);
        best = std::min(best, threadCpuSeconds() - start);
    }
    return best;
}

// Timings under sanitizers or a debugger say nothing about complexity.
bool timingDisabled()
{
    return qEnvironmentVariableIsSet("MARSAD_NO_TIMING");
}

void checkLinear(const char *stage, const char *input, const std::function<void(qsizetype)> &run)
{
    if (timingDisabled()) {
        WARN("MARSAD_NO_TIMING is set: not timing " << stage << " on " << input);
        return;
    }
    const double small = std::max(bestOfThree(Small, run), 1e-4);
    const double large = bestOfThree(Large, run);
    const double growth = large / small;
    INFO(stage << " on " << input << ": 1 MB " << small << " s, 8 MB " << large << " s, ×"
               << growth);
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

TEST_CASE("Decoding grows linearly on hostile bytes", "[hostile][complexity]")
{
    for (const Input &input : textInputs()) {
        checkLinear("decode", input.name, [&](qsizetype size) {
            const QByteArray bytes = repeated(input.unit, size).toUtf8().left(size);
            Text::TextDecoder::decode(bytes);
        });
    }
    // Bytes that are not UTF-8 go through ICU's charset detection.
    checkLinear("decode", "windows-1256 bytes", [](qsizetype size) {
        QByteArray bytes(size, '\xC7');
        for (qsizetype i = 0; i < size; i += 7)
            bytes[i] = ' ';
        Text::TextDecoder::decode(bytes);
    });
    checkLinear("decode", "lone surrogates in UTF-16", [](qsizetype size) {
        QByteArray bytes("\xFF\xFE");
        bytes.append(QByteArray("\x00\xD8", 2).repeated(size / 2));
        Text::TextDecoder::decode(bytes);
    });
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
        checkLinear("HTML extraction", input.name, [&](qsizetype size) {
            Corpus::HtmlExtractor::extract(u"<html><body>"_s + repeated(input.unit, size));
        });
    }
    checkLinear("entity decoding", "all ampersands", [](qsizetype size) {
        Corpus::HtmlExtractor::decodeEntities(repeated(u"&"_s, size));
    });
}

TEST_CASE("JSONL reading grows linearly", "[hostile][complexity]")
{
    checkLinear("JSONL", "many short lines", [](qsizetype size) {
        Corpus::JsonlReader::read(repeated(u"{\"text\": \"نص \\ud800 قصير\"}\n"_s, size),
                                  u"x.jsonl"_s);
    });
    checkLinear("JSONL", "one huge line", [](qsizetype size) {
        Corpus::JsonlReader::read(u"{\"text\": \""_s + repeated(u"نص "_s, size) + u"\"}"_s,
                                  u"x.jsonl"_s);
    });
}

TEST_CASE("Article structure and boilerplate grow linearly", "[hostile][complexity]")
{
    for (const Input &input : textInputs()) {
        checkLinear("article structure", input.name, [&](qsizetype size) {
            Corpus::Article article = articleOf(repeated(input.unit, size));
            Corpus::ArticleParser::parse(article);
        });
    }
    // isBoilerplate is asked per sentence and per mention.
    checkLinear("isBoilerplate per word", "read-more headings", [](qsizetype size) {
        Corpus::Article article = articleOf(repeated(u"اقرأ أيضا\n"_s, size));
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
        checkLinear("fold", input.name,
                    [&](qsizetype size) { Text::ArabicFolder::fold(repeated(input.unit, size)); });
        checkLinear("segment", input.name, [&](qsizetype size) {
            const QString text = repeated(input.unit, size);
            Text::Segmenter::words(text, true);
            Text::Segmenter::sentences(text);
        });
    }
}

TEST_CASE("Entity extraction grows linearly", "[hostile][complexity]")
{
    for (const Input &input : textInputs()) {
        checkLinear("entity extraction", input.name,
                    [&](qsizetype size) { Tests::extract(repeated(input.unit, size)); });
    }
}

TEST_CASE("Index building grows linearly on one huge article", "[hostile][complexity]")
{
    checkLinear("corpus index", "mentions in boilerplate", [](qsizetype size) {
        Analysis::AnalyzedArticle a;
        a.article = articleOf(repeated(u"اقرأ أيضا شوشة\n"_s, size));
        Corpus::ArticleParser::parse(a.article);
        a.mentions = Tests::extract(a.article.text);
        const Index::CorpusIndex index({a}, Tests::realGazetteer());
        CHECK(index.size() == 1);
    });
}
