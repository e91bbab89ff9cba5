#include "articlehighlighter.h"

#include <QTextBlock>

#include <algorithm>

namespace Marsad::Widgets {

ArticleHighlighter::ArticleHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{}

QList<FormatRun> ArticleHighlighter::flatten(const HighlightLayers &layers,
                                             const QTextCharFormat &dim,
                                             const QTextCharFormat &date)
{
    // Each span opens and closes its format at a boundary; a sweep over the
    // sorted boundaries merges what is open, layer by layer.
    struct Edge
    {
        qsizetype at;
        int layer;
        qsizetype item;
        bool open;
    };
    QList<Edge> edges;
    auto add = [&edges](int layer, qsizetype item, const TextSpan &s) {
        if (!s.isValid() || s.end <= s.start)
            return;
        edges.append({s.start, layer, item, true});
        edges.append({s.end, layer, item, false});
    };
    for (qsizetype i = 0; i < layers.dimmed.size(); ++i)
        add(0, i, layers.dimmed.at(i));
    for (qsizetype i = 0; i < layers.dates.size(); ++i)
        add(1, i, layers.dates.at(i));
    for (qsizetype i = 0; i < layers.marks.size(); ++i)
        add(2, i, layers.marks.at(i).first);
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        return a.at != b.at ? a.at < b.at : a.open < b.open; // closes before opens
    });

    int open[3] = {0, 0, 0};
    qsizetype topMark = -1; // the mention most recently opened
    QList<FormatRun> runs;
    qsizetype from = 0;
    auto flush = [&](qsizetype to) {
        if (to <= from || (open[0] == 0 && open[1] == 0 && open[2] == 0))
            return;
        QTextCharFormat f;
        if (open[0] > 0)
            f.merge(dim);
        if (open[1] > 0)
            f.merge(date);
        if (open[2] > 0 && topMark >= 0)
            f.merge(layers.marks.at(topMark).second);
        if (!runs.isEmpty() && runs.constLast().end == from && runs.constLast().format == f)
            runs.last().end = to;
        else
            runs.append({from, to, f});
    };
    for (const Edge &e : std::as_const(edges)) {
        flush(e.at);
        from = e.at;
        open[e.layer] += e.open ? 1 : -1;
        if (e.layer == 2)
            topMark = e.open ? e.item : (open[2] > 0 ? topMark : -1);
    }
    return runs;
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), blockStart,
                               [](qsizetype pos, const FormatRun &r) { return pos < r.end; });
    for (; it != m_runs.cend() && it->start < blockEnd; ++it) {
        const qsizetype start = std::max(it->start, blockStart);
        const qsizetype end = std::min(it->end, blockEnd);
        if (end > start)
            setFormat(int(start - blockStart), int(end - start), it->format);
    }
}

} // namespace Marsad::Widgets
