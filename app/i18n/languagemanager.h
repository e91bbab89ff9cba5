// Chooses the UI language: installs Qt's own and Marsad's translations, sets
// the layout direction explicitly (right to left for Arabic) and the default
// QLocale that LocaleFormat formats numbers and dates with.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace Marsad::I18n {

class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// "ar" or "en"; empty picks the system locale's language (Arabic for any
    /// Arabic locale, else English).
    void apply(const QString &language);
    QString language() const { return m_language; }

    /// "ar" or "en" for \a choice ("ar", "en", or empty for the system's).
    static QString resolve(const QString &choice);
    /// The language the user chose in the Language menu (QSettings), empty
    /// for the system's.
    static QString savedChoice();
    static void saveChoice(const QString &choice);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
};

} // namespace Marsad::I18n
