// Entry point: picks the headless command line or the GUI. Everything else
// lives in the marsad-app library so that tests can drive it.
#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "projectactions.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Marsad"_s);
    QCoreApplication::setApplicationName(u"marsad"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MARSAD_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = rawArguments(argc, argv);
    if (Marsad::Cli::CommandLine::isHeadless(arguments)) {
        // No display needed: drawing commands get Qt's offscreen platform.
        std::unique_ptr<QCoreApplication> app;
        if (Marsad::Cli::CommandLine::needsGui(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setApplicationInfo();
        // Messages in the language of an explicit --lang, else the system's.
        Marsad::I18n::LanguageManager languages;
        languages.apply(Marsad::Cli::CommandLine::requestedLanguage(app->arguments()));
        QFile out, err;
        if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
            !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return 2;
        return Marsad::Cli::CommandLine::run(app->arguments(), out, err);
    }

    QApplication app(argc, argv);
    setApplicationInfo();
    // The id of the installed .desktop file (packaging/): Wayland shells and
    // X11 docks match the window to its launcher and icon by it.
    QGuiApplication::setDesktopFileName(u"org.marsad.Marsad"_s);
    app.setWindowIcon(QIcon(u":/icons/marsad.svg"_s));
    const auto options = Marsad::Cli::CommandLine::parseGui(app.arguments(), nullptr);
    // --lang for this run, else the Language menu's saved choice, else the system's.
    QString language = options ? options->language : QString();
    if (language.isEmpty())
        language = Marsad::I18n::LanguageManager::savedChoice();
    Marsad::I18n::LanguageManager languages;
    languages.apply(language);

    Marsad::Widgets::MainWindow window;
    window.show();
    const QStringList paths = options ? options->paths : QStringList();
    QString error;
    if (options && !options->store.isEmpty() &&
        !window.project()->useSharedStore(options->store, false, &error))
        QMessageBox::warning(&window, window.windowTitle(), error);
    if (paths.size() == 1 && paths.first().endsWith(u".marsad"_s, Qt::CaseInsensitive)) {
        // A project: its store and its corpus.
        if (!window.project()->openProject(paths.first(), &error)) {
            QMessageBox::warning(&window, window.windowTitle(), error);
            window.openPaths({});
        }
    } else {
        window.openPaths(paths);
    }
    return app.exec();
}
