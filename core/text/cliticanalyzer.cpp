#include "cliticanalyzer.h"

using namespace Qt::StringLiterals;

namespace Marsad::Text {
namespace {

constexpr QChar Waw(0x0648), Fa(0x0641), Ba(0x0628), Lam(0x0644), Kaf(0x0643), Alef(0x0627);

void add(QList<CliticAnalysis> &out, QStringView word, qsizetype offset, QString stem, bool article)
{
    if (stem.size() < CliticAnalyzer::MinimumStem)
        return;
    for (const CliticAnalysis &a : out) {
        if (a.stem == stem)
            return;
    }
    out.append({word.first(offset).toString(), std::move(stem), offset, article});
}

} // namespace

QList<CliticAnalysis> CliticAnalyzer::analyses(QStringView word)
{
    QList<CliticAnalysis> out;
    out.append({QString(), word.toString(), 0, false});

    // Conjunction: و or ف (at most one).
    QList<qsizetype> afterConjunction{0};
    if (word.size() > MinimumStem && (word[0] == Waw || word[0] == Fa))
        afterConjunction.append(1);

    for (const qsizetype c : afterConjunction) {
        if (c > 0)
            add(out, word, c, word.sliced(c).toString(), false);
        const QStringView rest = word.sliced(c);
        // Preposition ب/ك/ل, then the article; ل + ال is written لل.
        if (rest.size() > MinimumStem + 1 && rest[0] == Lam && rest[1] == Lam) {
            const qsizetype stem = c + 2;
            add(out, word, stem, u"\u0627\u0644"_s + word.sliced(stem), true);
            add(out, word, stem, word.sliced(stem).toString(), true);
        }
        qsizetype p = c;
        if (rest.size() > MinimumStem && (rest[0] == Ba || rest[0] == Kaf || rest[0] == Lam)) {
            p = c + 1;
            add(out, word, p, word.sliced(p).toString(), false);
        }
        for (const qsizetype start : {c, p}) {
            const QStringView afterPrep = word.sliced(start);
            if (afterPrep.size() > MinimumStem + 1 && afterPrep[0] == Alef && afterPrep[1] == Lam)
                add(out, word, start + 2, word.sliced(start + 2).toString(), true);
        }
    }
    return out;
}

} // namespace Marsad::Text
