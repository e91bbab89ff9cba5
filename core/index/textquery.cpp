#include "textquery.h"

#include "arabicfolder.h"
#include "cliticanalyzer.h"
#include "segmenter.h"

#include <QSet>

#include <algorithm>

namespace Marsad::Index {
namespace {

QStringList stemsOf(QStringView word)
{
    QStringList stems;
    for (const Text::CliticAnalysis &a : Text::CliticAnalyzer::analyses(word)) {
        if (!stems.contains(a.stem))
            stems.append(a.stem);
    }
    return stems;
}

} // namespace

TextQuery::TextQuery(const QString &query, const Entities::Gazetteer *gazetteer)
{
    const QString folded = Text::ArabicFolder::foldString(query);
    QStringList words;
    for (const Text::Token &t : Text::Segmenter::words(folded)) {
        if (t.kind == Text::Token::Kind::Punctuation)
            continue;
        words.append(folded.sliced(t.start, t.length()));
        m_terms.append({stemsOf(words.constLast()), {}});
    }
    if (!gazetteer)
        return;
    QList<std::pair<qsizetype, qsizetype>> spellings; // (term, entity)
    // An alias that the query spells out, in whole or after a clitic, adds its
    // entity to every word it covers.
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        for (const QString &stem : std::as_const(m_terms[i].stems)) {
            const QList<qsizetype> *candidates = gazetteer->aliasesStartingWith(stem);
            if (!candidates)
                continue;
            for (const qsizetype a : *candidates) {
                const Entities::Alias &alias = gazetteer->aliases().at(a);
                const qsizetype n = alias.tokens.size();
                if (i + n > words.size())
                    continue;
                bool whole = true;
                for (qsizetype k = 1; k < n && whole; ++k)
                    whole = m_terms.at(i + k).stems.contains(alias.tokens.at(k));
                if (!whole)
                    continue;
                const QString id = gazetteer->entityAt(alias.entity).id;
                for (qsizetype k = 0; k < n; ++k) {
                    if (!m_terms.at(i + k).entityIds.contains(id))
                        m_terms[i + k].entityIds.append(id);
                }
                // The entity's other one-word spellings are words of the
                // term too: a text where the matcher saw no mention (a
                // spelling that needs context) is still found.
                if (n == 1)
                    spellings.append({i, alias.entity});
            }
        }
    }
    for (const auto &[term, entity] : std::as_const(spellings)) {
        for (const Entities::Alias &alias : gazetteer->aliases()) {
            if (alias.entity == entity && alias.tokens.size() == 1 &&
                !m_terms.at(term).stems.contains(alias.tokens.first()))
                m_terms[term].stems.append(alias.tokens.first());
        }
    }
}

QList<TextSpan> TextQuery::hits(const QString &text, const QList<Mention> &mentions) const
{
    if (m_terms.isEmpty())
        return {};
    QSet<QString> stems;
    QSet<QString> entities;
    for (const Term &t : m_terms) {
        for (const QString &s : t.stems)
            stems.insert(s);
        for (const QString &id : t.entityIds)
            entities.insert(id);
    }
    QList<TextSpan> spans;
    for (const Mention &m : mentions) {
        if (entities.contains(m.entityId))
            spans.append(m.span);
    }
    const Text::FoldedText folded = Text::ArabicFolder::fold(text);
    for (const Text::Token &t : Text::Segmenter::words(folded.text())) {
        if (t.kind == Text::Token::Kind::Punctuation)
            continue;
        const QStringView word = QStringView(folded.text()).sliced(t.start, t.length());
        bool hit = false;
        for (const Text::CliticAnalysis &a : Text::CliticAnalyzer::analyses(word)) {
            if (stems.contains(a.stem)) {
                hit = true;
                break;
            }
        }
        if (hit) {
            const auto original = folded.toOriginal(t.start, t.end);
            spans.append(TextSpan{original.start, original.end});
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QList<TextSpan> merged;
    for (const TextSpan &s : spans) {
        if (!merged.isEmpty() && s.start < merged.constLast().end)
            merged.last().end = std::max(merged.constLast().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

} // namespace Marsad::Index
