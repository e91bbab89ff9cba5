#include "recentcorpora.h"

#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {
namespace {

const QString SettingsKey = QStringLiteral("recentCorpora");

} // namespace

RecentCorpora::RecentCorpora(QMenu *menu, std::function<void(const QStringList &)> open,
                             QObject *parent)
    : QObject(parent), m_menu(menu), m_open(std::move(open))
{
    rebuild();
}

void RecentCorpora::add(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(SettingsKey).toStringList();
    const QString entry = paths.join(u'\n');
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > MaxEntries)
        recent.removeLast();
    settings.setValue(SettingsKey, recent);
    rebuild();
}

void RecentCorpora::rebuild()
{
    m_menu->clear();
    const QStringList recent = QSettings().value(SettingsKey).toStringList();
    for (const QString &entry : recent) {
        const QStringList paths = entry.split(u'\n');
        m_menu->addAction(paths.join(u", "_s), this, [this, paths] { m_open(paths); });
    }
    m_menu->setEnabled(!recent.isEmpty());
}

} // namespace Marsad::Widgets
