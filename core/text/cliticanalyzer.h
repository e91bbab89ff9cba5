// Candidate readings of an Arabic word with its proclitics split off.
//
// Arabic glues conjunctions (و ف), prepositions (ب ل ك) and the article (ال)
// to the next word: وجبرائيل، بالصواريخ، للقوات. Which split is right depends
// on what the rest is, so this returns every plausible analysis and lets the
// matcher (which knows the gazetteer) decide. Works on folded words.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Marsad::Text {

struct CliticAnalysis
{
    QString prefix;         ///< Clitics removed, as written ("", "و", "بال", "لل" …).
    QString stem;           ///< What remains; "لل" also yields the stem with ال restored.
    qsizetype stemOffset{}; ///< Where the stem's own letters start in the word.
    bool hasArticle{};      ///< The analysis removed or restored the article ال.
};

class CliticAnalyzer final
{
public:
    /// Never reduces a word to fewer than this many letters.
    static constexpr qsizetype MinimumStem = 2;

    /// All analyses of folded \a word, the word as written first, then by
    /// growing prefix length. No duplicates.
    static QList<CliticAnalysis> analyses(QStringView word);
};

} // namespace Marsad::Text
