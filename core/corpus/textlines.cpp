#include "textlines.h"

namespace Marsad::Corpus {

QList<TextSpan> trimmedLines(const QString &text)
{
    QList<TextSpan> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        qsizetype s = start, e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            lines.append({s, e});
        start = end + 1;
    }
    return lines;
}

} // namespace Marsad::Corpus
