#include "lineindex.h"

#include <algorithm>

namespace Marsad::Time {

LineIndex::LineIndex(QStringView text) : m_size(text.size())
{
    m_starts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == u'\n')
            m_starts.append(i + 1);
}

qsizetype LineIndex::lineOf(qsizetype pos) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), pos);
    return std::max<qsizetype>(0, (it - m_starts.cbegin()) - 1);
}

qsizetype LineIndex::lineEnd(qsizetype line) const
{
    return line + 1 < m_starts.size() ? m_starts.at(line + 1) - 1 : m_size;
}

} // namespace Marsad::Time
