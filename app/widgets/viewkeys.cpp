#include "viewkeys.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>

namespace Marsad::Widgets {

ItemKeys::ItemKeys(QAbstractItemView *view, Activate activate)
    : QObject(view), m_view(view), m_activate(std::move(activate))
{
    view->installEventFilter(this);
}

bool ItemKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const QModelIndex current = m_view->currentIndex();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (current.isValid() && key->modifiers() == Qt::NoModifier) {
            m_activate(current);
            return true;
        }
        break;
    case Qt::Key_F10:
        if (key->modifiers() != Qt::ShiftModifier)
            break;
        [[fallthrough]];
    case Qt::Key_Menu:
        if (current.isValid() && m_view->contextMenuPolicy() == Qt::CustomContextMenu) {
            m_view->scrollTo(current);
            Q_EMIT m_view->customContextMenuRequested(m_view->visualRect(current).center());
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

ShortcutPriority::ShortcutPriority(QList<QAction *> actions, QObject *parent)
    : QObject(parent), m_actions(std::move(actions))
{
    qApp->installEventFilter(this);
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QAction *action : std::as_const(m_actions)) {
            if (action->isEnabled() && action->shortcut() == pressed) {
                // Left unaccepted, the key goes to the shortcut, not the widget.
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Marsad::Widgets
