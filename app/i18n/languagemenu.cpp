#include "languagemenu.h"

#include "languagemanager.h"

#include <QActionGroup>

using namespace Qt::StringLiterals;

namespace Marsad::I18n {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const QString saved = LanguageManager::savedChoice();
    // Each language in its own name, so that it can be found whatever the
    // current one is.
    const struct
    {
        QString choice;
        QString text;
    } entries[] = {
        {u"ar"_s, u"العربية"_s},
        {u"en"_s, u"English"_s},
        {QString(), tr("System Language")},
    };
    for (const auto &entry : entries) {
        QAction *action = addAction(entry.text);
        action->setCheckable(true);
        action->setChecked(entry.choice == saved);
        action->setData(entry.choice);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, choice = entry.choice] { choose(choice); });
    }
    addSeparator();
    m_note = addAction(tr("Takes effect when Marsad is restarted"));
    m_note->setEnabled(false);
}

QString LanguageMenu::choice() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString &choice)
{
    if (choice == LanguageManager::savedChoice())
        return;
    LanguageManager::saveChoice(choice);
    Q_EMIT choiceChanged(choice);
}

} // namespace Marsad::I18n
