#include "languagemanager.h"

#include "localeformat.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Marsad::I18n {
namespace {

const auto SettingsKey = u"ui/language"_s;

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{}

LanguageManager::~LanguageManager() = default;

QString LanguageManager::resolve(const QString &choice)
{
    if (choice == u"ar"_s || choice == u"en"_s)
        return choice;
    // The messages locale decides (LC_MESSAGES / LANG), as for any program.
    return QLocale::system().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
}

QString LanguageManager::savedChoice()
{
    const QString choice = QSettings().value(SettingsKey).toString();
    return choice == u"ar"_s || choice == u"en"_s ? choice : QString();
}

void LanguageManager::saveChoice(const QString &choice)
{
    QSettings settings;
    if (choice == u"ar"_s || choice == u"en"_s)
        settings.setValue(SettingsKey, choice);
    else
        settings.remove(SettingsKey);
}

void LanguageManager::apply(const QString &language)
{
    const QString lang = resolve(language);
    m_language = lang;

    for (auto *translator : {m_qtTranslator.get(), m_appTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_qtTranslator.reset();
    m_appTranslator.reset();

    if (lang != u"en"_s) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    // English too: its catalog holds the plural forms ("1 article", "5 articles").
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/marsad_"_s + lang)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    // Set explicitly rather than trusting a catalog's QT_LAYOUT_DIRECTION
    // entry; only a GUI application has a layout direction.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(lang == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
    QLocale::setDefault(LocaleFormat::localeFor(lang));
}

} // namespace Marsad::I18n
