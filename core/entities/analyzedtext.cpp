#include "analyzedtext.h"

namespace Marsad::Entities {
namespace {

bool isLineOrSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == QChar::Nbsp;
}

} // namespace

AnalyzedText::AnalyzedText(const QString &original)
    : m_original(original), m_folded(Text::ArabicFolder::fold(original)),
      m_tokens(Text::Segmenter::words(m_folded.text()))
{}

QStringView AnalyzedText::word(qsizetype i) const
{
    const Text::Token &t = m_tokens.at(i);
    return QStringView(m_folded.text()).sliced(t.start, t.length());
}

QStringView AnalyzedText::gapAfter(qsizetype i) const
{
    const qsizetype from = m_tokens.at(i).end;
    const qsizetype to = i + 1 < m_tokens.size() ? m_tokens.at(i + 1).start : m_folded.size();
    return QStringView(m_folded.text()).sliced(from, to - from);
}

bool AnalyzedText::joinedBySpace(qsizetype i) const
{
    if (i + 1 >= m_tokens.size())
        return false;
    const QStringView gap = gapAfter(i);
    if (gap.size() == 1)
        return isLineOrSpace(gap[0]);
    return gap == u"\r\n";
}

bool AnalyzedText::joinedByComma(qsizetype i) const
{
    if (i + 1 >= m_tokens.size())
        return false;
    int commas = 0;
    for (const QChar c : gapAfter(i)) {
        if (c == u',' || c == u'\u060C')
            ++commas;
        else if (!isLineOrSpace(c))
            return false;
    }
    return commas <= 1;
}

TextSpan AnalyzedText::originalSpan(qsizetype foldedStart, qsizetype foldedEnd) const
{
    const auto span = m_folded.toOriginal(foldedStart, foldedEnd);
    return {span.start, span.end};
}

} // namespace Marsad::Entities
