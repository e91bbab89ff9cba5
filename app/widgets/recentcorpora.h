// The "Open Recent" menu: the last corpora opened, kept in the settings.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;

namespace Marsad::Widgets {

class RecentCorpora final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 8;

    /// Fills \a menu; choosing an entry calls \a open with its paths.
    RecentCorpora(QMenu *menu, std::function<void(const QStringList &)> open,
                  QObject *parent = nullptr);

    /// Puts \a paths first in the list.
    void add(const QStringList &paths);

private:
    void rebuild();

    QMenu *m_menu;
    std::function<void(const QStringList &)> m_open;
};

} // namespace Marsad::Widgets
