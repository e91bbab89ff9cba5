#include "articleview.h"

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

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

ArticleView::ArticleView(QWidget *parent) : QPlainTextEdit(parent)
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
    m_display = display;
    // A carriage return would be a character of its own in the document; a
    // space keeps every offset where it is.
    QString text = display.text;
    text.replace(u'\r', u' ');
    setPlainText(text);
    applyFormats();
    if (display.focus.isValid())
        selectSpan(display.focus);
    else
        moveCursor(QTextCursor::Start);
}

void ArticleView::clearArticle()
{
    m_display = {};
    clear();
}

void ArticleView::applyFormats()
{
    const qsizetype size = document()->characterCount() - 1;
    auto format = [&](const TextSpan &span, const QTextCharFormat &f) {
        if (!span.isValid() || span.end > size)
            return;
        QTextCursor cursor(document());
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(f);
    };
    QTextCharFormat dim;
    dim.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    dim.setFontItalic(true);
    for (const Corpus::Boilerplate &b : m_display.boilerplate)
        format(b, dim);
    const QTextCharFormat date = EntityStyle::format(HighlightKind::Date);
    for (const TextSpan &d : m_display.dates)
        format(d, date);
    for (const Mention &m : m_display.mentions)
        format(m.span, EntityStyle::format(highlightKind(m.type), m.candidate));
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

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    const qsizetype index = mentionAt(event->pos());
    if (index < 0) {
        QPlainTextEdit::contextMenuEvent(event);
        return;
    }
    const Mention mention = m_display.mentions.at(index);
    QMenu menu(this);
    menu.addAction(tr("Show only articles with “%1”").arg(mention.surface), this,
                   [this, mention] { Q_EMIT entityActivated(mention.entityId); });
    menu.addAction(tr("Hide articles with “%1”").arg(mention.surface), this,
                   [this, mention] { Q_EMIT entityExcluded(mention.entityId); });
    menu.exec(event->globalPos());
}

} // namespace Marsad::Widgets
