// Where the lines of a text start, computed once, so that "which line is this
// offset on" costs a binary search instead of a scan (linear time on any input).
#pragma once

#include <QList>
#include <QStringView>

namespace Marsad::Time {

class LineIndex final
{
public:
    explicit LineIndex(QStringView text);

    /// 0-based line of pos.
    qsizetype lineOf(qsizetype pos) const;
    /// First offset of line.
    qsizetype lineStart(qsizetype line) const { return m_starts.at(line); }
    /// Offset just past the line's last character (its '\n' or the text's end).
    qsizetype lineEnd(qsizetype line) const;
    qsizetype lineCount() const { return m_starts.size(); }

private:
    QList<qsizetype> m_starts;
    qsizetype m_size = 0;
};

} // namespace Marsad::Time
