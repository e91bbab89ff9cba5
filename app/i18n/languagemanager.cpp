#include "languagemanager.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Marsad::I18n {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{}

LanguageManager::~LanguageManager() = default;

void LanguageManager::apply(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
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
        auto app = std::make_unique<QTranslator>();
        if (app->load(u":/i18n/marsad_"_s + lang)) {
            QCoreApplication::installTranslator(app.get());
            m_appTranslator = std::move(app);
        }
    }
    // Set explicitly rather than trusting a catalog's QT_LAYOUT_DIRECTION entry.
    QGuiApplication::setLayoutDirection(lang == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
    QLocale::setDefault(QLocale(lang == u"ar"_s ? QLocale::Arabic : QLocale::English));
}

} // namespace Marsad::I18n
