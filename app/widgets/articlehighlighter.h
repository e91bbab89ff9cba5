// Paints an article's highlights (entities, dates, dimmed boilerplate) the way
// a syntax highlighter does: as formats of each block's layout, never as
// character formats of the document.
//
// The document itself stays plain text in the default format, so nothing of
// one article can carry over into the next (the first version merged formats
// into the document, and the cursor's format leaked a highlight colour over
// every later article). The runs are built once per article in one pass, and
// each block finds its runs by binary search: linear in the text.
#pragma once

#include "article.h"
#include "mention.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Marsad::Widgets {

/// A stretch of text painted in one format; runs are sorted and disjoint.
struct FormatRun
{
    qsizetype start = 0;
    qsizetype end = 0;
    QTextCharFormat format;
};

/// The layers of an article's look, lowest first: a higher layer's format is
/// merged over a lower one where they overlap.
struct HighlightLayers
{
    QList<TextSpan> dimmed;                            ///< Boilerplate.
    QList<TextSpan> dates;                             ///< Temporal expressions.
    QList<std::pair<TextSpan, QTextCharFormat>> marks; ///< Entity mentions, with their format.
};

class ArticleHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ArticleHighlighter(QTextDocument *document);

    /// Flattens \a layers into sorted, disjoint runs.
    static QList<FormatRun> flatten(const HighlightLayers &layers, const QTextCharFormat &dim,
                                    const QTextCharFormat &date);

    /// Sets the runs for the next text; call before the document's text changes
    /// (or call rehighlight()).
    void setRuns(QList<FormatRun> runs) { m_runs = std::move(runs); }
    const QList<FormatRun> &runs() const { return m_runs; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<FormatRun> m_runs;
};

} // namespace Marsad::Widgets
