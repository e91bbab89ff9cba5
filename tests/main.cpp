// The one Catch2 runner: creates the QApplication (offscreen unless told
// otherwise) that GUI tests need, and pins the locale so output cannot drift.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep tests away from the user's settings and recent files.
    QStandardPaths::setTestModeEnabled(true);
    // No analysis store unless a test asks for one: results never depend on
    // an earlier run, and the marsad processes tests start inherit it.
    qputenv("MARSAD_NO_CACHE", "1");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MarsadTests"));
    QCoreApplication::setApplicationName(QStringLiteral("marsad-tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
