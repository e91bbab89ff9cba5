// The Language menu: three choices, saved for the next start, and it says so.
#include "languagemanager.h"
#include "languagemenu.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLocale>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using Marsad::I18n::LanguageManager;
using Marsad::I18n::LanguageMenu;

TEST_CASE("The Language menu saves the choice and says it applies on restart", "[i18n][gui]")
{
    LanguageManager::saveChoice(QString());
    LanguageMenu menu;
    QList<QAction *> choices;
    bool saysRestart = false;
    for (QAction *action : menu.actions()) {
        if (action->isCheckable())
            choices.append(action);
        else if (!action->isSeparator())
            saysRestart = action->text().contains(u"restart"_s);
    }
    REQUIRE(choices.size() == 3);
    CHECK(saysRestart);
    CHECK(menu.choice().isEmpty()); // the system's language is ticked
    CHECK(choices.at(2)->isChecked());

    QSignalSpy changed(&menu, &LanguageMenu::choiceChanged);
    choices.at(0)->trigger(); // العربية
    CHECK(LanguageManager::savedChoice() == u"ar"_s);
    CHECK(menu.choice() == u"ar"_s);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toString() == u"ar"_s);

    choices.at(2)->trigger();
    CHECK(LanguageManager::savedChoice().isEmpty());
    const bool arabicSystem = QLocale::system().language() == QLocale::Arabic;
    CHECK(LanguageManager::resolve(QString()) == (arabicSystem ? u"ar"_s : u"en"_s));
    CHECK(LanguageManager::resolve(u"en"_s) == u"en"_s);
}
