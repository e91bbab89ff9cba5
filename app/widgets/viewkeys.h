// Keyboard reach for item views and application shortcuts.
#pragma once

#include <QAbstractItemView>
#include <QObject>

#include <functional>

class QAction;

namespace Marsad::Widgets {

/// Enter, Return or Space on a view's current item activates it (what a
/// click does), and Shift+F10 or the Menu key opens its context menu at the
/// item instead of at the mouse.
class ItemKeys final : public QObject
{
    Q_OBJECT
public:
    using Activate = std::function<void(const QModelIndex &)>;
    ItemKeys(QAbstractItemView *view, Activate activate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    Activate m_activate;
};

/// Gives the window's own shortcuts priority over text fields: a line edit
/// claims Ctrl+E, Ctrl+F and others for editing, so Export and Search did
/// nothing while the search box had the focus.
class ShortcutPriority final : public QObject
{
    Q_OBJECT
public:
    /// Watches the whole application for shortcuts of \a actions (their
    /// shortcuts are read at each key press, so later changes count).
    ShortcutPriority(QList<QAction *> actions, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QAction *> m_actions;
};

} // namespace Marsad::Widgets
