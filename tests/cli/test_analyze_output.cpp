// `marsad analyze`'s output (issue 14): formatted in parallel and written in
// input order, compact by default, honest about write errors, progress on
// stderr, `-` for a list of PATHs on stdin, each subcommand's own --help.
#include "analysisoutput.h"
#include "analysisrun.h"
#include "analyzecommand.h"
#include "jsonwriter.h"
#include "progressline.h"
#include "syntheticcorpus.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Marsad;
using namespace Marsad::Tests;

namespace {

// Every line must parse on its own as a JSON object.
QList<QJsonObject> parseLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty()) {
            CHECK(i == lines.size() - 1); // only after the last newline
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        INFO(line.left(300).toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        objects.append(doc.object());
    }
    return objects;
}

qint64 folderSize(const QString &folder)
{
    qint64 bytes = 0; // the generator writes subfolders of a thousand articles
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

// A synthetic corpus of \a count articles, written once per count.
QString syntheticCorpus(int count)
{
    static QTemporaryDir dir;
    const QString folder = dir.filePath(QString::number(count));
    if (!QFileInfo::exists(folder))
        Bench::writeSyntheticCorpus(folder, count);
    return folder;
}

QList<Analysis::AnalyzedArticle> analyzed(const QString &folder)
{
    QBuffer err;
    err.open(QIODevice::WriteOnly);
    Cli::AnalysisRun run = Cli::AnalysisRunner::run({folder}, err);
    REQUIRE(run.error.isEmpty());
    return run.articles;
}

QByteArray formatted(const QList<Analysis::AnalyzedArticle> &articles,
                     const Cli::AnalysisOutputOptions &options)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(Cli::AnalysisOutput::write(articles, out, options).isEmpty());
    return out.data();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real binary, with \a input on its standard input.
Run runWithInput(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(MARSAD_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// A shell pipeline (bash), for what only a real pipe shows.
Run runShell(const QString &script)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MARSAD"_s, QStringLiteral(MARSAD_BINARY));
    process.setProcessEnvironment(env);
    process.start(u"bash"_s, {u"-c"_s, script});
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("JsonWriter escapes every control character and keeps text intact", "[cli][output]")
{
    QString text = u"quote \" backslash \\ slash / tab\t nl\n cr\r bs\b ff\f"_s;
    for (char16_t c = 0; c < 0x20; ++c)
        text.append(QChar(c));
    text += u"\x7f \u2028 \u2029 عربي 😀 end"_s;
    QByteArray out;
    Cli::JsonWriter json(out);
    json.beginObject();
    json.key("text").value(text);
    json.key("lone").value(u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00));
    json.key("n").value(qint64(-42));
    json.key("x").value(0.95);
    json.key("list").value(QStringList{u"a"_s, u""_s});
    json.key("none").stringOrNull(QString());
    json.key("empty").beginArray();
    json.endArray();
    json.endObject();
    CHECK_FALSE(out.contains('\n'));
    CHECK(out.contains("\\u0000"));
    CHECK(out.contains("\\u001f"));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(u"text"_s).toString() == text);
    CHECK(o.value(u"lone"_s).toString() == u"a\uFFFDb\uFFFD"_s);
    CHECK(o.value(u"n"_s).toInteger() == -42);
    CHECK(o.value(u"x"_s).toDouble() == 0.95);
    CHECK(o.value(u"list"_s).toArray().size() == 2);
    CHECK(o.value(u"none"_s).isNull());
    CHECK(o.value(u"empty"_s).toArray().isEmpty());
}

TEST_CASE("analyze's output is the same on one thread and on many, in input order", "[cli][output]")
{
    const QList<Analysis::AnalyzedArticle> articles = analyzed(syntheticCorpus(150));
    REQUIRE(articles.size() == 150);

    QThreadPool one;
    one.setMaxThreadCount(1);
    Cli::AnalysisOutputOptions serial;
    serial.pool = &one;
    serial.chunkSize = 1;
    Cli::AnalysisOutputOptions parallel; // the analysis pool
    parallel.chunkSize = 7;              // chunks that do not divide the corpus
    qsizetype lastWritten = 0;
    int calls = 0;
    parallel.progress = [&](qsizetype written, qsizetype total) {
        CHECK(written > lastWritten);
        CHECK(total == 150);
        lastWritten = written;
        ++calls;
    };
    const QByteArray reference = formatted(articles, serial);
    const QByteArray many = formatted(articles, parallel);
    CHECK(reference == many);
    CHECK(lastWritten == 150);
    CHECK(calls == 22); // ceil(150 / 7)

    const QList<QJsonObject> objects = parseLines(many);
    REQUIRE(objects.size() == articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        CHECK(objects.at(i).value(u"file"_s).toString() == articles.at(i).article.file);

    // One array, the same objects.
    parallel.format = Cli::OutputFormat::JsonArray;
    parallel.progress = nullptr;
    QJsonParseError error;
    const QJsonDocument array = QJsonDocument::fromJson(formatted(articles, parallel), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(array.isArray());
    REQUIRE(array.array().size() == objects.size());
    for (qsizetype i = 0; i < objects.size(); ++i)
        CHECK(array.array().at(i).toObject() == objects.at(i));
    // An empty corpus is an empty array.
    CHECK(QJsonDocument::fromJson(formatted({}, parallel)).isArray());
}

TEST_CASE("analyze stops and says why when the output cannot be written", "[cli][output]")
{
    SECTION("a full disk: exit 1 with the system's reason, for both formats")
    {
        for (const QString &format : {u"jsonl"_s, u"json"_s}) {
            QProcess process;
            process.setStandardOutputFile(u"/dev/full"_s);
            process.start(QStringLiteral(MARSAD_BINARY),
                          {u"analyze"_s, u"--format"_s, format, syntheticCorpus(150)});
            REQUIRE(process.waitForFinished(120000));
            CHECK(process.exitStatus() == QProcess::NormalExit);
            CHECK(process.exitCode() == 1);
            const QString err = QString::fromUtf8(process.readAllStandardError());
            CHECK(err.contains(
                u"marsad: analyze: cannot write the output: No space left on device"_s));
        }
    }
    SECTION("a closed pipe with SIGPIPE ignored: exit 1, 'Broken pipe'")
    {
        const Run run = runShell(u"trap '' PIPE; \"$MARSAD\" analyze '"_s + syntheticCorpus(150) +
                                 u"' | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}"_s);
        CHECK(run.out.trimmed() == "1");
        CHECK(run.err.contains("cannot write the output: Broken pipe"));
    }
    SECTION("a closed pipe by default: SIGPIPE ends it silently, as `| head` expects")
    {
        const Run run = runShell(u"\"$MARSAD\" analyze '"_s + syntheticCorpus(150) +
                                 u"' | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}"_s);
        CHECK(run.out.trimmed() == "141"); // 128 + SIGPIPE
        CHECK_FALSE(run.err.contains("cannot write"));
    }
}

TEST_CASE("analyze's output stays under three times its input, --explain adds the reasons",
          "[cli][output]")
{
    const QString corpus = syntheticCorpus(400);
    const qint64 input = folderSize(corpus);
    const auto compact = runMarsad({u"analyze"_s, corpus});
    REQUIRE(compact.exitCode == 0);
    const auto objects = parseLines(compact.out);
    REQUIRE(objects.size() == 400);
    INFO("input " << input << " bytes, output " << compact.out.size() << " bytes");
    CHECK(compact.out.size() <= 3 * input);

    const auto explained = runMarsad({u"analyze"_s, u"--explain"_s, corpus});
    REQUIRE(explained.exitCode == 0);
    const auto reasons = parseLines(explained.out);
    REQUIRE(reasons.size() == 400);
    CHECK(explained.out.size() > compact.out.size());

    qsizetype notes = 0, constraintNotes = 0, linkSurfaces = 0, links = 0;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonObject p = objects.at(i).value(u"published"_s).toObject();
        const QJsonObject e = reasons.at(i).value(u"published"_s).toObject();
        // The same article, the same date; only the explanations differ.
        CHECK(objects.at(i).value(u"file"_s) == reasons.at(i).value(u"file"_s));
        CHECK(p.value(u"value"_s) == e.value(u"value"_s));
        CHECK(objects.at(i).value(u"mentions"_s) == reasons.at(i).value(u"mentions"_s));
        CHECK(objects.at(i).value(u"events"_s) == reasons.at(i).value(u"events"_s));
        CHECK_FALSE(p.contains(u"notes"_s));
        CHECK_FALSE(p.contains(u"conflicts"_s));
        notes += e.contains(u"notes"_s) ? 1 : 0;
        const QJsonArray compactConstraints = p.value(u"constraints"_s).toArray();
        const QJsonArray explainedConstraints = e.value(u"constraints"_s).toArray();
        REQUIRE(compactConstraints.size() == explainedConstraints.size());
        for (qsizetype c = 0; c < compactConstraints.size(); ++c) {
            const QJsonObject cc = compactConstraints.at(c).toObject();
            const QJsonObject ec = explainedConstraints.at(c).toObject();
            CHECK_FALSE(cc.contains(u"note"_s));
            constraintNotes += ec.contains(u"note"_s) ? 1 : 0;
            CHECK(cc.value(u"kind"_s) == ec.value(u"kind"_s));
            CHECK(cc.value(u"start"_s) == ec.value(u"start"_s));
            if (cc.value(u"kind"_s).toString() == u"link"_s) {
                ++links;
                CHECK_FALSE(cc.contains(u"surface"_s));
                CHECK(cc.contains(u"start"_s));
                linkSurfaces += ec.contains(u"surface"_s) ? 1 : 0;
            } else {
                CHECK(cc.value(u"surface"_s) == ec.value(u"surface"_s));
            }
        }
    }
    CHECK(notes > 0);
    CHECK(constraintNotes > 0);
    CHECK(links > 0);
    CHECK(linkSurfaces == links);
}

TEST_CASE("analyze - reads a list of PATHs from standard input", "[cli][output]")
{
    QStringList files = sampleCorpusFiles();
    std::reverse(files.begin(), files.end());
    SECTION("one per line, in the order given, beside PATHs of the command line")
    {
        const QByteArray list = files.mid(1).join(u'\n').toUtf8() + "\r\n\n";
        const Run run = runWithInput({u"analyze"_s, files.first(), u"-"_s}, list);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        const auto objects = parseLines(run.out);
        REQUIRE(objects.size() == files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            CHECK(objects.at(i).value(u"file"_s).toString() == files.at(i));
    }
    SECTION("separated by NUL bytes (find -print0)")
    {
        QByteArray list;
        for (const QString &file : files)
            list += file.toUtf8() + '\0';
        const Run run = runWithInput({u"analyze"_s, u"-"_s}, list);
        CHECK(run.exitCode == 0);
        CHECK(parseLines(run.out).size() == files.size());
    }
    SECTION("an empty list is bad usage, a missing file too")
    {
        CHECK(runWithInput({u"analyze"_s, u"-"_s}, "\n").exitCode == 2);
        const Run missing = runWithInput({u"analyze"_s, u"-"_s}, "/no/such/article.txt\n");
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.contains("no such file or folder: /no/such/article.txt"));
    }
    CHECK(Cli::AnalyzeCommand::pathList("a b\nc\r\n\n") == QStringList{u"a b"_s, u"c"_s});
    CHECK(Cli::AnalyzeCommand::pathList(QByteArray("a\nb\0c", 5)) ==
          QStringList{u"a\nb"_s, u"c"_s});
}

TEST_CASE("analyze --stdin-text reads one article's text from standard input", "[cli][output]")
{
    const QByteArray text =
        "القوات تدخل المدينة\n"
        "أعلنت وزارة الدفاع الأذربيجانية يوم 12 أكتوبر 2020 أن القوات دخلت مدينة شوشة في "
        "إقليم ناغورنو قره باغ، وقال الرئيس إن المعارك مستمرة.\n"
        "وأضاف البيان أن الجيش سيطر على عدة قرى.\n";
    const Run run = runWithInput({u"analyze"_s, u"--stdin-text"_s}, text);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const auto objects = parseLines(run.out);
    REQUIRE(objects.size() == 1);
    CHECK(objects.at(0).value(u"file"_s).toString() == u"-"_s);
    CHECK(objects.at(0).value(u"title"_s).toString() == u"القوات تدخل المدينة"_s);
    bool shusha = false;
    for (const QJsonValue &m : objects.at(0).value(u"mentions"_s).toArray())
        shusha = shusha || m.toObject().value(u"surface"_s).toString() == u"شوشة"_s;
    CHECK(shusha);

    // After the PATHs; an empty text is a warning named "-".
    const Run withPaths =
        runWithInput({u"analyze"_s, sampleCorpusFiles().first(), u"--stdin-text"_s}, "");
    CHECK(withPaths.exitCode == 0);
    const auto both = parseLines(withPaths.out);
    REQUIRE(both.size() == 2);
    CHECK(both.at(1).value(u"file"_s).toString() == u"-"_s);
    CHECK(withPaths.err.contains("marsad: -: warning: "));
    CHECK_FALSE(withPaths.err.contains("marsad-stdin"));

    CHECK(runWithInput({u"analyze"_s, u"--stdin-text"_s, u"-"_s}, "x").exitCode == 2);
}

TEST_CASE("analyze --quiet keeps errors only, --progress prints the stages", "[cli][output]")
{
    const QStringList files = {dataPath(u"decoding/empty.txt"_s), dataPath(u"decoding/image.png"_s),
                               sampleCorpusDir()};
    const auto normal = runMarsad(QStringList{u"analyze"_s} + files);
    CHECK(normal.exitCode == 1);
    CHECK(normal.err.contains(": warning: "));
    CHECK(normal.err.contains(": error: "));
    CHECK_FALSE(normal.err.contains("%")); // stderr is not a terminal: no progress

    const auto quiet = runMarsad(QStringList{u"analyze"_s, u"--quiet"_s} + files);
    CHECK(quiet.exitCode == 1);
    CHECK(quiet.out == normal.out);
    CHECK_FALSE(quiet.err.contains(": warning: "));
    CHECK(quiet.err.contains("image.png: error: "));

    const auto progress = runMarsad(QStringList{u"analyze"_s, u"--progress"_s} + files);
    CHECK(progress.exitCode == 1);
    CHECK(progress.out == normal.out);
    const QString err = QString::fromUtf8(progress.err);
    CHECK_FALSE(err.contains(u'\r')); // plain lines off a terminal
    CHECK(err.contains(u"marsad: analyze: writing 100%\n"_s));
    int progressLines = 0;
    for (const QString &line : err.split(u'\n'))
        progressLines += line.startsWith(u"marsad: analyze: "_s) && line.endsWith(u'%') ? 1 : 0;
    CHECK(progressLines >= 3);

    CHECK(runMarsad({u"analyze"_s, u"--progress"_s, u"--quiet"_s, sampleCorpusDir()}).exitCode ==
          2);
}

TEST_CASE("The progress line redraws itself on a terminal", "[cli][output]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QBuffer out;
    using Mode = Cli::ProgressLine::Mode;
    CHECK(Cli::ProgressLine::modeFor(buffer, out, false, false) == Mode::Off);
    CHECK(Cli::ProgressLine::modeFor(buffer, out, true, false) == Mode::Lines);
    CHECK(Cli::ProgressLine::modeFor(buffer, out, true, true) == Mode::Off);
    CHECK_FALSE(Cli::ProgressLine::isTerminal(buffer));
    {
        Cli::ProgressLine line(buffer, u"p: "_s, Cli::ProgressLine::Mode::Terminal);
        line.show(u"reading"_s, 10);
        line.show(u"reading"_s, 10); // unchanged: nothing drawn
        line.show(u"reading"_s, 20);
    } // the line is taken off at the end
    CHECK(buffer.data() == "\rp: reading 10%\x1b[K\rp: reading 20%\x1b[K\r\x1b[K");
}

TEST_CASE("On a terminal, the progress is one line redrawn while the output goes to a file",
          "[cli][output]")
{
    // script(1) (util-linux) runs the command on a pseudo-terminal.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"out.jsonl"_s);
    const Run redirected = runShell(u"script -qec '\"$MARSAD\" analyze \""_s + sampleCorpusDir() +
                                    u"\" > \""_s + file + u"\"' /dev/null"_s);
    CHECK(redirected.exitCode == 0);
    CHECK(redirected.out.contains("\rmarsad: analyze: "));
    CHECK(redirected.out.contains("%\x1b[K"));
    CHECK(redirected.out.endsWith("\r\x1b[K")); // taken off at the end
    CHECK(parseLines(readFile(file)).size() == 5);

    // The output itself on the terminal: no progress line cuts through it.
    const Run onTerminal =
        runShell(u"script -qec '\"$MARSAD\" analyze \""_s + sampleCorpusDir() + u"\"' /dev/null"_s);
    CHECK(onTerminal.exitCode == 0);
    CHECK(onTerminal.out.contains("\"mentions\""));
    CHECK_FALSE(onTerminal.out.contains("\x1b[K"));
}

TEST_CASE("Each subcommand has its own --help", "[cli][output]")
{
    for (const QString &help : {u"--help"_s, u"-h"_s}) {
        const auto analyze = runMarsad({u"analyze"_s, help});
        CHECK(analyze.exitCode == 0);
        CHECK(analyze.err.isEmpty());
        CHECK(analyze.out.startsWith("Usage: marsad analyze"));
        for (const char *option : {"--format", "--explain", "--progress", "--quiet", "--help"})
            CHECK(analyze.out.contains(option));
        CHECK_FALSE(analyze.out.contains("--width"));

        const auto timeline = runMarsad({u"export-timeline"_s, help});
        CHECK(timeline.exitCode == 0);
        CHECK(timeline.out.startsWith("Usage: marsad export-timeline"));
        for (const char *option :
             {"--output", "--entity", "--from", "--to", "--width", "--scale", "--lang", "--help"})
            CHECK(timeline.out.contains(option));
        CHECK_FALSE(timeline.out.contains("--explain"));
    }
    // Bad usage points at the command's own help.
    CHECK(runMarsad({u"analyze"_s, u"--bogus"_s}).err.contains("marsad analyze --help"));
    // The main help's text is unchanged (and so translated); it names analyze.
    CHECK(runMarsad({u"--help"_s}).out.contains("marsad analyze PATH..."));
    // The viewer takes --store too, so the main help names it.
    CHECK(runMarsad({u"--help"_s}).out.contains("--store LOCATION"));
}

TEST_CASE("The man page and the bash completion know every subcommand's options",
          "[cli][output][packaging]")
{
    // marsad.1 is generated from `marsad --help` plus packaging/marsad.h2m,
    // whose sections describe each subcommand's options; the completion is
    // written by hand. Both must follow `marsad COMMAND --help`.
    const QString source = QStringLiteral(MARSAD_SOURCE_DIR);
    const QString manual =
        QString::fromUtf8(readFile(source + u"/packaging/marsad.h2m"_s)).replace(u"\\-"_s, u"-"_s);
    // Quotes and bars as spaces: every offered word is then " word ".
    QString completion =
        QString::fromUtf8(readFile(source + u"/packaging/marsad.bash-completion"_s));
    completion.replace(u'\'', u' ').replace(u'|', u' ');
    REQUIRE_FALSE(manual.isEmpty());
    REQUIRE_FALSE(completion.isEmpty());
    const QRegularExpression option(u"^  (?:-[a-z], )?(--[a-z][a-z-]*)"_s,
                                    QRegularExpression::MultilineOption);
    for (const QString &command : {u"analyze"_s, u"export-timeline"_s}) {
        const QString help = QString::fromUtf8(runMarsad({command, u"--help"_s}).out);
        int options = 0;
        for (auto it = option.globalMatch(help); it.hasNext();) {
            const QString name = it.next().captured(1);
            ++options;
            INFO(command.toStdString() << " " << name.toStdString());
            CHECK(completion.contains(u' ' + name + u' '));
            if (name != u"--help"_s)
                CHECK(manual.contains(name));
        }
        CHECK(options >= 5);
    }
}
