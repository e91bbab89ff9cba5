// The Language menu: Arabic, English, or the system's language. The choice
// is kept in QSettings and applies from the next start (the menu says so):
// switching live would rebuild every widget's texts, models and layout
// direction for a choice made once.
#pragma once

#include <QMenu>

class QActionGroup;

namespace Marsad::I18n {

class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// "ar", "en", or empty for the system's: what is ticked.
    QString choice() const;

Q_SIGNALS:
    /// The user picked another language (saved; effective after a restart).
    void choiceChanged(const QString &choice);

private:
    void choose(const QString &choice);

    QActionGroup *m_group = nullptr;
    QAction *m_note = nullptr;
};

} // namespace Marsad::I18n
