// The article pane: an article's text as written, right to left, with its
// entities and dates highlighted and its boilerplate dimmed.
//
// Text is always set as plain text, so an article that contains markup such as
// <b> or <script> shows those characters instead of rendering them. Clicking a
// highlighted entity emits entityActivated(); the pane itself filters nothing.
#pragma once

#include "article.h"
#include "mention.h"

#include <QPlainTextEdit>

#include <functional>

class QMenu;

namespace Marsad::Widgets {

/// Everything the pane shows for one article.
struct ArticleDisplay
{
    /// Which article this is (file and position in it): showing the same
    /// article again keeps the reading position and only refreshes its marks.
    QString key;
    QString text;
    QList<Corpus::Boilerplate> boilerplate;
    QList<Mention> mentions;    ///< Sorted by start, not overlapping.
    QList<TextSpan> dates;      ///< Temporal expressions.
    TextSpan focus;             ///< A span to scroll to and select (an event's sentence).
    QList<TextSpan> searchHits; ///< Words of the text search, marked; the pane opens at the first.
};

class ArticleHighlighter;

class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    /// Shows \a display. The same article again (same key and text) keeps the
    /// reading position: only the search marks and the focus change.
    void showArticle(const ArticleDisplay &display);
    void clearArticle();

    const ArticleDisplay &display() const { return m_display; }
    const QList<Mention> &mentions() const { return m_display.mentions; }
    const QList<TextSpan> &searchHits() const { return m_display.searchHits; }

    /// The format the pane paints at \a position: the document's character
    /// format with the highlight layers over it (what a test or a screen
    /// reader would see there).
    QTextCharFormat paintedFormat(int position) const;

    /// Text for the tooltip of a mention (canonical names, counts); the pane
    /// knows no gazetteer, so the window provides this.
    using TooltipProvider = std::function<QString(const Mention &)>;
    void setTooltipProvider(TooltipProvider provider) { m_tooltip = std::move(provider); }

    /// Index of the mention under viewport point \a pos, or -1.
    qsizetype mentionAt(const QPoint &pos) const;
    /// The viewport rectangle of mention \a index (its first line).
    QRect mentionRect(qsizetype index) const;

    /// Scrolls to and selects \a span of the text.
    void showSpan(const TextSpan &span) { selectSpan(span); }

    /// Selects the next (or previous) mention of \a entityId after the cursor,
    /// wrapping around; false when the article has none.
    bool selectNextMention(const QString &entityId, bool forward = true);

Q_SIGNALS:
    /// A mention was clicked.
    void entityActivated(const QString &entityId);
    /// A mention was right-clicked and "exclude" chosen.
    void entityExcluded(const QString &entityId);
    /// The context menu is about to open: connected slots may add to \a menu
    /// (the corrections do). \a mention: index of the mention it is for, or
    /// -1; \a selection: the selected text's span, invalid when none.
    void contextMenuAboutToShow(QMenu *menu, qsizetype mention, Marsad::TextSpan selection);

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyFormats();
    void markSearchHits();
    static void breakLongLines(QString &text);
    void selectSpan(const TextSpan &span);
    /// Index of the mention holding the text cursor, or -1.
    qsizetype mentionAtCursor() const;

    ArticleDisplay m_display;
    ArticleHighlighter *m_highlighter;
    TooltipProvider m_tooltip;
    QPoint m_pressPos;
};

} // namespace Marsad::Widgets
