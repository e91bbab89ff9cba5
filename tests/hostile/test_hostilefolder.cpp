// The hostile folder: what a scraper leaves behind, next to good articles.
// `marsad analyze` on it must exit 1, list every bad file on stderr with its
// reason, print the good articles exactly as a clean run on them alone, and
// take at most a bounded multiple of the clean run's time.
//
// The 30 MB single-line article has no dates in it: the time module's tagger
// (TimexExtractor) is still super-linear in the number of dates on one line
// and is being made linear on another branch.
#include "corpusloader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

// Articles of our own (not the samples), with entities and dates, and no
// words shared with the hostile files' filler.
const QList<std::pair<QString, QString>> &goodArticles()
{
    static const QList<std::pair<QString, QString>> articles{
        {u"good-1.txt"_s,
         u"اشتباكات جديدة على خط التماس\n2020-10-12T09:15:00+03:00\n"
         u"أعلنت وزارة الدفاع الأذربيجانية أن قواتها تقدمت نحو جبرائيل صباح الأحد.\n"
         u"وقال المتحدث باسم الوزارة إن المعارك مستمرة قرب ستيباناكرت منذ 27 سبتمبر.\n"_s},
        {u"good-2.txt"_s, u"موسكو تدعو إلى وقف إطلاق النار\n"
                          u"دعا الكرملين أمس الأربعاء أرمينيا وأذربيجان إلى العودة إلى المفاوضات.\n"
                          u"وأشار إلى اجتماع مجموعة مينسك المقرر في جنيف.\n"_s},
        {u"sub/good-3.html"_s,
         u"<!doctype html><html><head><title>زيارة إلى شوشة</title>"
         u"<meta property=\"article:published_time\" content=\"2020-11-10T12:00:00Z\">"
         u"</head><body><nav>الرئيسية</nav><article><h1>زيارة إلى شوشة</h1>"
         u"<p>زار الرئيس إلهام علييف مدينة شوشة بعد إعلان وقف القتال في 10 نوفمبر 2020.</p>"
         u"</article></body></html>"_s},
    };
    return articles;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

void writeGood(const QString &folder)
{
    for (const auto &[name, text] : goodArticles())
        writeFile(folder + u'/' + name, text.toUtf8());
}

QByteArray utf16le(const QString &text)
{
    QByteArray out("\xFF\xFE");
    out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return out;
}

struct Expected
{
    QString file;   ///< Name in the folder.
    QString reason; ///< Part of its line on stderr.
    bool error;     ///< Exit 1 because of it.
};

// Writes the hostile files into \a folder; returns what stderr must say.
QList<Expected> writeHostile(const QString &folder, bool large)
{
    QList<Expected> expected;
    auto path = [&](const QString &name) -> QString {
        return folder + u'/' + name;
    };
    const QString filler = u"ثلج بحر ريح غيم مطر "_s; // no word of the good articles

    writeFile(path(u"binary.txt"_s),
              QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + QByteArray(200, '\x01'));
    expected.append({u"binary.txt"_s, u"not a text file"_s, true});

    QByteArray invalid = (filler.repeated(20)).toUtf8();
    invalid[10] = '\xFF';
    invalid[50] = '\xC0';
    writeFile(path(u"invalid-utf8.txt"_s), invalid);
    expected.append({u"invalid-utf8.txt"_s, u"invalid UTF-8"_s, false});

    writeFile(path(u"lone-surrogates.txt"_s),
              utf16le(u"سطر "_s + QChar(0xD800) + u" و"_s + QChar(0xDC00) + u" نص"_s));
    expected.append({u"lone-surrogates.txt"_s, u"surrogate"_s, false});

    writeFile(
        path(u"escaped-surrogates.jsonl"_s),
        (u"{\"title\": \"\\udc00\", \"text\": \""_s + filler + u"\\ud800 \\u0000\"}\n"_s).toUtf8());
    expected.append({u"escaped-surrogates.jsonl"_s, u"surrogate"_s, false});

    QByteArray nul = filler.repeated(40).toUtf8();
    nul[20] = '\0';
    writeFile(path(u"nul.txt"_s), nul);
    expected.append({u"nul.txt"_s, u"NUL"_s, false});

    writeFile(path(u"diacritics.txt"_s), QString(u"\u064E\u0650\u0651"_s).repeated(300).toUtf8());
    writeFile(path(u"scripts.txt"_s),
              (u"<script>alert(1)</script><img src=x onerror=alert(2)> "_s + filler).toUtf8());
    // windows-1256: "ثلج بحر" and friends, repeated.
    writeFile(path(u"cp1256.txt"_s),
              QByteArray("\xcb\xe1\xcc \xc8\xcd\xd1 \xd1\xed\xcd \xdb\xed\xe3 ").repeated(50));
    writeFile(path(u"crlf.txt"_s), QString(filler + u"\r\n"_s).repeated(30).toUtf8());
    writeFile(path(u"bidi.txt"_s),
              QString(u"\u202E"_s + filler + u"\u202C\u2066"_s + filler + u"\u2069\u200F"_s)
                  .repeated(20)
                  .toUtf8());
    writeFile(path(u"ampersands.html"_s),
              u"<html><body><p>"_s.toUtf8() + QByteArray(200000, '&') + "</p></body></html>");
    writeFile(
        path(u"unclosed-script.html"_s),
        (u"<html><body><p>"_s + filler + u"</p><script>var a = 1 < 2; "_s + filler.repeated(20))
            .toUtf8());
    expected.append({u"unclosed-script.html"_s, u"unclosed <script>"_s, false});
    writeFile(path(u"form.html"_s), (u"<html><body><form id=\"form1\"><div><p>"_s + filler +
                                     u"</p></div></form></body></html>"_s)
                                        .toUtf8());

    REQUIRE(::mkfifo(QFile::encodeName(path(u"pipe.txt"_s)).constData(), 0644) == 0);
    expected.append({u"pipe.txt"_s, u"FIFO"_s, true});
    REQUIRE(QFile::link(path(u"missing-target.txt"_s), path(u"dangling.txt"_s)));
    expected.append({u"dangling.txt"_s, u"dangling symbolic link"_s, true});
    if (::geteuid() == 0) {
        WARN("running as root: chmod 000 does not stop root, unreadable-file case skipped");
    } else {
        writeFile(path(u"unreadable.txt"_s), filler.toUtf8());
        REQUIRE(QFile::setPermissions(path(u"unreadable.txt"_s), QFileDevice::Permissions()));
        expected.append({u"unreadable.txt"_s, u"cannot open"_s, true});
    }
    // A folder that links back to the folder itself.
    REQUIRE(QDir().mkpath(path(u"loop"_s)));
    REQUIRE(QFile::link(folder, path(u"loop/again"_s)));

    {
        QFile big(path(u"over-limit.txt"_s));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(Corpus::CorpusLoader::MaxFileSize + 1));
    }
    expected.append({u"over-limit.txt"_s, u"too large"_s, true});

    if (large) {
        QFile line(path(u"one-line-30mb.txt"_s));
        REQUIRE(line.open(QIODevice::WriteOnly));
        const QByteArray unit = filler.toUtf8();
        for (qsizetype written = 0; written < 30 * 1024 * 1024; written += unit.size())
            line.write(unit);
    }
    return expected;
}

struct Run
{
    int exitCode = -1;
    QList<QByteArray> lines;
    QString err;
    qint64 ms = 0;
};

Run analyze(const QString &folder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(MARSAD_BINARY), {u"analyze"_s, folder});
    process.waitForFinished(-1);
    Run run;
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.lines = process.readAllStandardOutput().split('\n');
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The output lines of the good articles, with the folder's path taken out.
QMap<QString, QByteArray> goodLines(const Run &run, const QString &folder)
{
    QMap<QString, QByteArray> lines;
    for (const QByteArray &line : run.lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString file = o.value(u"file"_s).toString();
        for (const auto &[name, text] : goodArticles()) {
            if (file == folder + u'/' + name)
                lines.insert(name, QByteArray(line).replace(QFile::encodeName(folder), "DIR"));
        }
    }
    return lines;
}

void checkHostileFolder(bool large)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clean = dir.filePath(u"clean"_s);
    const QString hostile = dir.filePath(u"hostile"_s);
    writeGood(clean);
    writeGood(hostile);
    const QList<Expected> expected = writeHostile(hostile, large);

    const Run cleanRun = analyze(clean);
    REQUIRE(cleanRun.exitCode == 0);
    const Run hostileRun = analyze(hostile);
    INFO("stderr:\n" << hostileRun.err.toStdString());

    CHECK(hostileRun.exitCode == 1);
    for (const Expected &e : expected) {
        bool listed = false;
        for (const QString &line : hostileRun.err.split(u'\n')) {
            listed = listed || (line.contains(hostile + u'/' + e.file) && line.contains(e.reason) &&
                                line.contains(e.error ? u": error: "_s : u": warning: "_s));
        }
        INFO(e.file.toStdString() << " should be listed with \"" << e.reason.toStdString() << "\"");
        CHECK(listed);
    }

    const auto cleanLines = goodLines(cleanRun, clean);
    const auto hostileLines = goodLines(hostileRun, hostile);
    CHECK(cleanLines.size() == goodArticles().size());
    CHECK(hostileLines == cleanLines);
    // Every line on stdout is valid JSON without escaped surrogates.
    for (const QByteArray &line : hostileRun.lines) {
        if (line.isEmpty())
            continue;
        CHECK(QJsonDocument::fromJson(line).isObject());
        CHECK_FALSE(line.contains("\\ud8"));
        CHECK_FALSE(line.contains("\\udc"));
    }

    INFO("clean run " << cleanRun.ms << " ms, hostile run " << hostileRun.ms << " ms");
    // The 30 MB line is 55 MB of UTF-8 that has to be analysed (about 9 s of
    // CPU on the 2-core CI machine): its allowance is 1 MB/s, however loaded.
    const qint64 allowanceMs = large ? 15000 + 55000 : 15000;
    CHECK(hostileRun.ms <= 30 * cleanRun.ms + allowanceMs);
}

} // namespace

TEST_CASE("The hostile folder: bad files listed, good output unchanged, time bounded",
          "[hostile][cli]")
{
    checkHostileFolder(false);
}

TEST_CASE("The hostile folder with a 30 MB single-line article", "[hostile][cli][large]")
{
    checkHostileFolder(true);
}
