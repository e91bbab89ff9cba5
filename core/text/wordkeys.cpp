#include "wordkeys.h"

#include "arabicfolder.h"
#include "cliticanalyzer.h"

#include <algorithm>
#include <iterator>

namespace Marsad::Text {

quint64 wordKey(QStringView folded)
{
    quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a, 64 bits
    for (const QChar c : folded) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

QList<quint64> wordKeys(QStringView folded, const QList<Token> &tokens)
{
    QList<quint64> keys;
    keys.reserve(tokens.size() * 2);
    for (const Token &t : tokens) {
        const QStringView word = folded.sliced(t.start, t.length());
        for (const CliticAnalysis &a : CliticAnalyzer::analyses(word))
            keys.push_back(wordKey(a.stem));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    keys.squeeze();
    return keys;
}

QList<quint64> wordKeysOf(QStringView text)
{
    const QString folded = ArabicFolder::foldString(text);
    return wordKeys(folded, Segmenter::words(folded));
}

QList<quint64> mergeWordKeys(const QList<quint64> &a, const QList<quint64> &b)
{
    QList<quint64> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

} // namespace Marsad::Text
