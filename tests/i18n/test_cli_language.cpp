// The command line speaks the language of --lang, else the system's.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

Marsad::Tests::ProcessResult runIn(const QString &locale, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, locale);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MARSAD_BINARY), arguments);
    process.waitForFinished(60000);
    Marsad::Tests::ProcessResult result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

TEST_CASE("--help and errors are Arabic with --lang ar or an Arabic locale", "[i18n][cli]")
{
    const auto english = runIn(u"C.UTF-8"_s, {u"--help"_s});
    CHECK(english.out.startsWith("Usage: marsad"));
    const auto arabic = runIn(u"C.UTF-8"_s, {u"--help"_s, u"--lang"_s, u"ar"_s});
    CHECK(QString::fromUtf8(arabic.out).startsWith(u"الاستخدام: marsad"_s));
    const auto system = runIn(u"ar_MA.UTF-8"_s, {u"--help"_s});
    CHECK(QString::fromUtf8(system.out).startsWith(u"الاستخدام: marsad"_s));
    const auto overridden = runIn(u"ar_EG.UTF-8"_s, {u"--help"_s, u"--lang=en"_s});
    CHECK(overridden.out.startsWith("Usage: marsad"));

    const auto missing = runIn(u"C.UTF-8"_s, {u"analyze"_s, u"--lang"_s, u"ar"_s});
    CHECK(missing.exitCode == 2);
    CHECK(QString::fromUtf8(missing.err).contains(u"يلزم مسار واحد على الأقل"_s));
    CHECK(runIn(u"C.UTF-8"_s, {u"analyze"_s, u"--lang"_s, u"xx"_s}).exitCode == 2);
}
