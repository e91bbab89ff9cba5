// The time stage is linear on any input (issue 13): extraction and publication
// inference on 1 MB and on 8 MB of hostile text must grow at most 10× in CPU
// time (the minimum of three runs each), for one line without punctuation,
// nothing but dates, nothing but weekday words and nothing but Arabic digits.
#include "timeanalyzer.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Marsad::Time;

namespace {

// A text of about bytes UTF-8 bytes made of unit repeated.
QString repeatedTo(const QString &unit, qsizetype bytes)
{
    const qsizetype unitBytes = unit.toUtf8().size();
    return unit.repeated(std::max<qsizetype>(1, bytes / unitBytes));
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double minCpu(const QString &text)
{
    Marsad::Corpus::Article article;
    article.file = u"hostile.txt"_s;
    article.text = text;
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        const double start = cpuSeconds();
        const ArticleTime r = TimeAnalyzer::analyze(article);
        best = std::min(best, cpuSeconds() - start);
        CHECK(r.published.confidence >= 0.0);
    }
    return best;
}

void checkLinear(const QString &unit)
{
    constexpr qsizetype MB = 1024 * 1024;
    const QString smallText = repeatedTo(unit, MB);
    const QString largeText = repeatedTo(unit, 8 * MB);
    // A floor keeps noise on a tiny figure (a loaded machine) from failing the
    // ratio; quadratic growth from 1 MB at 0.02 s would still reach 1.3 s.
    // Another process taking a core can spoil one measurement: an
    // over-limit growth is measured again, up to four times; a quadratic stage
    // grows 64× every time.
    double small = 0, large = 0, growth = 1e300;
    for (int attempt = 0; attempt < 5 && growth > 10.0; ++attempt) {
        const double s = std::max(minCpu(smallText), 0.1);
        const double l = minCpu(largeText);
        if (l / s / Marsad::Tests::memoryPenalty() < growth) {
            small = s;
            large = l;
            growth = l / s / Marsad::Tests::memoryPenalty();
        }
    }
    INFO("1 MB: " << small << " s, 8 MB: " << large << " s, ×" << growth
                  << " after the memory penalty of ×" << Marsad::Tests::memoryPenalty());
    CHECK(growth <= 10.0);
}

} // namespace

TEST_CASE("Time analysis is linear: one line without punctuation", "[time][complexity]")
{
    checkLinear(u"قالت المصادر إن القوات تقدمت نحو المدينة وسط قصف مدفعي متواصل "_s);
}

TEST_CASE("Time analysis is linear: nothing but dates", "[time][complexity]")
{
    checkLinear(u"1 أكتوبر 2020 الخميس 2020-10-09 27 أيلول/ سبتمبر الماضي "_s);
}

TEST_CASE("Time analysis is linear: nothing but weekday words", "[time][complexity]")
{
    checkLinear(u"الخميس أمس الأربعاء اليوم الجمعة ليل السبت "_s);
}

TEST_CASE("Time analysis is linear: nothing but Arabic digits", "[time][complexity]")
{
    checkLinear(u"٢٠٢٠١٠٠٩٢٧١١٢٠٢٠"_s);
}
