// Helpers for GUI tests: the UI language for one test, and waiting for a load.
#pragma once

#include "languagemanager.h"
#include "mainwindow.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLocale>
#include <QSignalSpy>

namespace Marsad::Tests {

/// GUI tests never use the analysis store: no run depends on what an earlier
/// one left (set before any window, hence any CorpusSession, exists).
inline const bool noAnalysisStore = qputenv("MARSAD_NO_CACHE", "1");

/// Switches the UI to Arabic (right to left) or English for its lifetime.
class UiLanguage
{
public:
    explicit UiLanguage(bool arabic)
    {
        m_languages.apply(arabic ? QStringLiteral("ar") : QStringLiteral("en"));
    }
    ~UiLanguage()
    {
        m_languages.apply(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

private:
    I18n::LanguageManager m_languages;
};

/// Waits for the window's current load (reading, analysis and index) to end.
inline void waitForLoad(Widgets::MainWindow &window, int timeoutMs = 60000)
{
    QSignalSpy loaded(&window, &Widgets::MainWindow::corpusLoaded);
    REQUIRE(loaded.wait(timeoutMs));
}

/// Shows the window and opens \a paths in it, waiting for the load.
inline void openAndWait(Widgets::MainWindow &window, const QStringList &paths)
{
    window.show();
    window.openPaths(paths);
    waitForLoad(window);
}

} // namespace Marsad::Tests
