// An article folded once and cut into word tokens. The matcher, the context
// rules and the candidate finder all read this one analysis, so the text is
// never folded or segmented twice.
#pragma once

#include "arabicfolder.h"
#include "mention.h"
#include "segmenter.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Marsad::Entities {

class AnalyzedText final
{
public:
    explicit AnalyzedText(const QString &original);

    const QString &original() const { return m_original; }
    const Text::FoldedText &folded() const { return m_folded; }
    /// Words and numbers of the folded text; punctuation lives in the gaps.
    const QList<Text::Token> &tokens() const { return m_tokens; }
    qsizetype tokenCount() const { return m_tokens.size(); }

    /// Folded text of token \a i.
    QStringView word(qsizetype i) const;
    /// Folded text between token \a i and token i + 1.
    QStringView gapAfter(qsizetype i) const;
    /// Tokens i and i + 1 are separated by a single space or line break: a
    /// multi-word name may continue (not across punctuation or a paragraph).
    bool joinedBySpace(qsizetype i) const;
    /// The gap after token \a i is blank or holds only a comma: list items.
    bool joinedByComma(qsizetype i) const;

    /// The original span of the folded range [start, end).
    TextSpan originalSpan(qsizetype foldedStart, qsizetype foldedEnd) const;

private:
    QString m_original;
    Text::FoldedText m_folded;
    QList<Text::Token> m_tokens;
};

} // namespace Marsad::Entities
