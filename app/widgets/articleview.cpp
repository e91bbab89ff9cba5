#include "articleview.h"

#include "articlehighlighter.h"
#include "entitystyle.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new ArticleHighlighter(document()))
{
    setObjectName(u"articleView"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
    // Arabic paragraph layout regardless of the UI language: the content is
    // Arabic even when the chrome is English.
    setLayoutDirection(Qt::RightToLeft);
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    setFont(font);
}

void ArticleView::showArticle(const ArticleDisplay &display)
{
    const bool sameArticle =
        !display.key.isEmpty() && display.key == m_display.key && display.text == m_display.text;
    const bool hitsChanged = display.searchHits != m_display.searchHits;
    // The same article with other marks: a correction re-applied while it is
    // on screen. Its text stays (and so the scroll position); its colours follow.
    const auto marksOf = [](const ArticleDisplay &d) {
        QList<std::tuple<qsizetype, qsizetype, int, bool>> marks;
        for (const Mention &m : d.mentions)
            marks.append({m.span.start, m.span.end, int(m.type), m.candidate});
        for (const TextSpan &t : d.dates)
            marks.append({t.start, t.end, -1, false});
        return marks;
    };
    const bool marksChanged = sameArticle && marksOf(display) != marksOf(m_display);
    m_display = display;
    if (marksChanged) {
        applyFormats();
        m_highlighter->rehighlight();
    }
    if (!sameArticle) {
        applyFormats();
        // A carriage return would be a character of its own in the document;
        // a space keeps every offset where it is.
        QString text = display.text;
        text.replace(u'\r', u' ');
        breakLongLines(text);
        // Every article starts from the default format: nothing typed-over
        // from the previous one (the cursor's format included).
        setCurrentCharFormat(QTextCharFormat());
        setPlainText(text);
    }
    markSearchHits();
    if (display.focus.isValid())
        selectSpan(display.focus);
    else if (!display.searchHits.isEmpty() && (!sameArticle || hitsChanged))
        selectSpan(display.searchHits.first());
    else if (!sameArticle)
        moveCursor(QTextCursor::Start);
}

void ArticleView::breakLongLines(QString &text)
{
    // A text editor lays out a paragraph whole: one line of megabytes (a
    // scraper's output) would hold the GUI thread for many seconds. Such a
    // line is cut at spaces into paragraphs of a few thousand characters; a
    // space becomes a line break, so every offset stays where it was.
    constexpr qsizetype Longest = 4000;
    constexpr qsizetype Cut = 2000;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end - start > Longest) {
            qsizetype lineStart = start;
            for (qsizetype i = start + Cut; i < end; ++i) {
                if (i - lineStart >= Cut && text.at(i) == u' ') {
                    text[i] = u'\n';
                    lineStart = i + 1;
                }
            }
        }
        start = end + 1;
    }
}

void ArticleView::clearArticle()
{
    m_display = {};
    m_highlighter->setRuns({});
    setExtraSelections({});
    setCurrentCharFormat(QTextCharFormat());
    clear();
}

void ArticleView::applyFormats()
{
    HighlightLayers layers;
    for (const Corpus::Boilerplate &b : m_display.boilerplate)
        layers.dimmed.append(b);
    layers.dates = m_display.dates;
    for (const Mention &m : m_display.mentions)
        layers.marks.append({m.span, EntityStyle::format(highlightKind(m.type), m.candidate)});
    QTextCharFormat dim;
    dim.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    dim.setFontItalic(true);
    m_highlighter->setRuns(
        ArticleHighlighter::flatten(layers, dim, EntityStyle::format(HighlightKind::Date)));
}

void ArticleView::markSearchHits()
{
    // Search hits are extra selections: drawn over the highlights, and gone
    // with the next article by construction.
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype size = document()->characterCount() - 1;
    QTextCharFormat hit;
    hit.setBackground(QColor(255, 214, 0, 150));
    hit.setFontOverline(true);
    for (const TextSpan &s : std::as_const(m_display.searchHits)) {
        if (!s.isValid() || s.end > size)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(s.start));
        selection.cursor.setPosition(int(s.end), QTextCursor::KeepAnchor);
        selection.format = hit;
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QTextCharFormat ArticleView::paintedFormat(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    QTextCursor cursor(block);
    cursor.setPosition(position + 1 <= block.position() + block.length() - 1 ? position + 1
                                                                             : position);
    QTextCharFormat format = cursor.charFormat();
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (inBlock >= r.start && inBlock < r.start + r.length)
            format.merge(r.format);
    }
    return format;
}

qsizetype ArticleView::mentionAt(const QPoint &pos) const
{
    const int position = cursorForPosition(pos).position();
    const auto &mentions = m_display.mentions;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const TextSpan &s = mentions.at(i).span;
        if (s.contains(position) || (position == s.end && position > s.start))
            return i;
    }
    return -1;
}

QRect ArticleView::mentionRect(qsizetype index) const
{
    const TextSpan span = m_display.mentions.at(index).span;
    QTextCursor cursor(document());
    cursor.setPosition(int(span.start));
    const QRect a = cursorRect(cursor);
    cursor.setPosition(int(span.end));
    const QRect b = cursorRect(cursor);
    if (a.top() != b.top()) // wrapped: the part on the first line
        return QRect(QPoint(0, a.top()), QPoint(a.left(), a.bottom()));
    return QRect(QPoint(std::min(a.left(), b.left()), a.top()),
                 QPoint(std::max(a.right(), b.right()), a.bottom()));
}

bool ArticleView::selectNextMention(const QString &entityId, bool forward)
{
    QList<TextSpan> spans;
    for (const Mention &m : m_display.mentions) {
        if (m.entityId == entityId)
            spans.append(m.span);
    }
    if (spans.isEmpty())
        return false;
    const int here = textCursor().selectionStart();
    const TextSpan *next = nullptr;
    if (forward) {
        const auto it = std::find_if(spans.cbegin(), spans.cend(),
                                     [&](const TextSpan &s) { return s.start > here; });
        next = it != spans.cend() ? &*it : &spans.first();
    } else {
        const auto it = std::find_if(spans.crbegin(), spans.crend(),
                                     [&](const TextSpan &s) { return s.start < here; });
        next = it != spans.crend() ? &*it : &spans.last();
    }
    selectSpan(*next);
    return true;
}

void ArticleView::selectSpan(const TextSpan &span)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(std::min<qsizetype>(span.end, document()->characterCount() - 1)),
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype index = mentionAt(help->pos());
        if (index >= 0 && m_tooltip)
            QToolTip::showText(help->globalPos(), m_tooltip(m_display.mentions.at(index)),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        viewport()->setCursor(mentionAt(move->position().toPoint()) >= 0 ? Qt::PointingHandCursor
                                                                         : Qt::IBeamCursor);
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    // A click, not the end of a text selection drag.
    if (event->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < 4) {
        const qsizetype index = mentionAt(pos);
        if (index >= 0)
            Q_EMIT entityActivated(m_display.mentions.at(index).entityId);
    }
}

qsizetype ArticleView::mentionAtCursor() const
{
    const QTextCursor cursor = textCursor();
    const qsizetype position = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    const auto &mentions = m_display.mentions;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const TextSpan &s = mentions.at(i).span;
        if (s.contains(position))
            return i;
    }
    return -1;
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    // Shift+F10 opens the menu at the text cursor, as the Menu key does: the
    // corrections of a mention reached with F3 need no mouse.
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        const QPoint at = cursorRect().center();
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        contextMenuEvent(&menu);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (Shift+F10, the Menu key) the menu is for the place of
    // the text cursor (a mention reached with F3), not of the mouse.
    const qsizetype index = event->reason() == QContextMenuEvent::Keyboard
                                ? mentionAtCursor()
                                : mentionAt(event->pos());
    const QTextCursor cursor = textCursor();
    const TextSpan selection = cursor.hasSelection()
                                   ? TextSpan{cursor.selectionStart(), cursor.selectionEnd()}
                                   : TextSpan{};
    std::unique_ptr<QMenu> menu;
    if (index < 0) {
        menu.reset(createStandardContextMenu(event->pos()));
    } else {
        const Mention mention = m_display.mentions.at(index);
        menu = std::make_unique<QMenu>(this);
        menu->addAction(tr("Show only articles with “%1”").arg(mention.surface), this,
                        [this, mention] { Q_EMIT entityActivated(mention.entityId); });
        menu->addAction(tr("Hide articles with “%1”").arg(mention.surface), this,
                        [this, mention] { Q_EMIT entityExcluded(mention.entityId); });
    }
    Q_EMIT contextMenuAboutToShow(menu.get(), index, selection);
    menu->exec(event->globalPos());
}

} // namespace Marsad::Widgets
