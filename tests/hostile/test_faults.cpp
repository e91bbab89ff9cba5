// Faults one at a time: files that are not files, files too large, markup that
// would swallow the page, JSON escapes that spell broken text, output that
// cannot be written. Every case is either read or listed with its reason, and
// no command reports success it did not have.
#include "corpusjob.h"
#include "corpusloader.h"
#include "htmlextractor.h"
#include "jsonlreader.h"
#include "mapexport.h"
#include "testsupport.h"
#include "textdecoder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

const QByteArray goodArticle =
    u"عنوان خبر تجريبي\nقال مسؤول في باكو إن القتال استمر قرب شوشة يوم الجمعة.\n"_s.toUtf8();

QString issueText(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(issue.file + u": "_s + issue.severityName() + u": "_s + issue.message);
    return lines.join(u'\n');
}

const Issue *issueFor(const Issues &issues, const QString &fileEnd)
{
    for (const Issue &issue : issues) {
        if (issue.file.endsWith(fileEnd))
            return &issue;
    }
    return nullptr;
}

bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (s.at(i).isSurrogate())
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A folder's FIFOs, dangling links and bad names are listed, not dropped",
          "[hostile][loader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(u"good.txt"_s), goodArticle);
    REQUIRE(::mkfifo(QFile::encodeName(dir.filePath(u"pipe.txt"_s)).constData(), 0644) == 0);
    REQUIRE(QFile::link(dir.filePath(u"nowhere.txt"_s), dir.filePath(u"dangling.txt"_s)));
    // A name that is not UTF-8 (Latin-1 "é").
    const QByteArray badName = QFile::encodeName(dir.path()) + "/caf\xE9.txt";
    {
        const int fd = ::open(badName.constData(), O_WRONLY | O_CREAT, 0644);
        REQUIRE(fd >= 0);
        REQUIRE(::write(fd, goodArticle.constData(), size_t(goodArticle.size())) > 0);
        ::close(fd);
    }

    QElapsedTimer timer;
    timer.start();
    const auto corpus = Corpus::loadCorpus({dir.path()});
    CHECK(timer.elapsed() < 20000); // never blocks on the FIFO
    INFO(issueText(corpus.issues));
    REQUIRE(corpus.articles.size() == 1);
    CHECK(corpus.articles.first().file.endsWith(u"good.txt"_s));

    const Issue *pipe = issueFor(corpus.issues, u"pipe.txt"_s);
    REQUIRE(pipe);
    CHECK(pipe->isError());
    CHECK(pipe->message.contains(u"FIFO"_s));
    const Issue *dangling = issueFor(corpus.issues, u"dangling.txt"_s);
    REQUIRE(dangling);
    CHECK(dangling->message.contains(u"dangling symbolic link"_s));
    bool badNameListed = false;
    for (const Issue &issue : corpus.issues)
        badNameListed = badNameListed || issue.message.contains(u"not valid UTF-8"_s);
    CHECK(badNameListed);
    ::unlink(badName.constData()); // QTemporaryDir cannot remove it by name
}

TEST_CASE("An unreadable file is listed with the system's reason", "[hostile][loader]")
{
    if (::geteuid() == 0) {
        WARN("running as root: chmod 000 does not stop root, unreadable-file case skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secret.txt"_s);
    writeFile(path, goodArticle);
    REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions()));
    const auto corpus = Corpus::loadCorpus({dir.path()});
    CHECK(corpus.articles.isEmpty());
    REQUIRE(corpus.issues.size() == 1);
    CHECK(corpus.issues.first().message.contains(u"cannot open"_s));
}

TEST_CASE("Symlinked folders are followed once, link loops end", "[hostile][loader]")
{
    QTemporaryDir dir;
    QDir root(dir.path());
    REQUIRE(root.mkpath(u"real/inner"_s));
    REQUIRE(root.mkpath(u"top"_s));
    writeFile(dir.filePath(u"real/inner/a.txt"_s), goodArticle);
    REQUIRE(QFile::link(dir.filePath(u"real"_s), dir.filePath(u"top/linked"_s)));
    // A loop: real/inner/back -> real
    REQUIRE(QFile::link(dir.filePath(u"real"_s), dir.filePath(u"real/inner/back"_s)));

    const auto list = Corpus::CorpusLoader::collectFiles({dir.filePath(u"top"_s)});
    REQUIRE(list.files.size() == 1);
    CHECK(list.files.first().endsWith(u"top/linked/inner/a.txt"_s));

    // The whole tree: the folder is reached twice but read once.
    const auto all = Corpus::CorpusLoader::collectFiles({dir.path()});
    CHECK(all.files.size() == 1);
}

TEST_CASE("Non-regular files named on the command line are refused without hanging",
          "[hostile][loader]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"named-pipe"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : {fifo, u"/dev/zero"_s, u"/dev/null"_s}) {
        const auto list = Corpus::CorpusLoader::collectFiles({path});
        REQUIRE(list.files == QStringList{path});
        const auto result = Corpus::CorpusLoader::loadFile(path);
        INFO(path.toStdString() << ": " << issueText(result.issues));
        CHECK(result.articles.isEmpty());
        REQUIRE(result.issues.size() == 1);
        CHECK(result.issues.first().isError());
        CHECK(result.issues.first().message.contains(u"not a regular file"_s));
    }
    CHECK(timer.elapsed() < 10000);
}

TEST_CASE("A file just over the size limit is refused - the rest loads", "[hostile][loader]")
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"a-good.txt"_s), goodArticle);
    const QString big = dir.filePath(u"b-big.txt"_s);
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(Corpus::CorpusLoader::MaxFileSize + 1));
    }
    const auto corpus = Corpus::loadCorpus({dir.path()});
    REQUIRE(corpus.articles.size() == 1);
    REQUIRE(corpus.issues.size() == 1);
    CHECK(corpus.issues.first().file == big);
    CHECK(corpus.issues.first().message.contains(u"too large"_s));
    CHECK(corpus.issues.first().message.contains(u"64 MB"_s));
}

TEST_CASE("HTML: a page inside <form> keeps its text", "[hostile][html]")
{
    const auto doc = Corpus::HtmlExtractor::extract(
        u"<html><head><title>ع</title></head><body><form id=\"form1\" method=\"post\">"
        u"<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"/>"
        u"<div class=\"article\"><p>أعلنت وزارة الدفاع في باكو السيطرة على قرية.</p></div>"
        u"</form></body></html>"_s);
    CHECK(doc.text.contains(u"أعلنت وزارة الدفاع في باكو السيطرة على قرية."_s));
    CHECK(doc.warnings.isEmpty());
}

TEST_CASE("HTML: an unclosed <script> is reported, an unclosed <nav> keeps the page",
          "[hostile][html]")
{
    const auto script = Corpus::HtmlExtractor::extract(
        u"<html><body><p>نص أول.</p><script>var x = 1 < 2;<p>نص بعده</p></body></html>"_s);
    CHECK(script.text.contains(u"نص أول."_s));
    REQUIRE(script.warnings.size() == 1);
    CHECK(script.warnings.first().contains(u"<script>"_s));

    const auto nav = Corpus::HtmlExtractor::extract(
        u"<html><body><nav><a href=\"/\">الرئيسية</a><p>نص الخبر كله هنا.</p></body></html>"_s);
    CHECK(nav.text.contains(u"نص الخبر كله هنا."_s));
    REQUIRE(nav.warnings.size() == 1);
    CHECK(nav.warnings.first().contains(u"<nav>"_s));

    const auto comment =
        Corpus::HtmlExtractor::extract(u"<html><body><p>نص.</p><!-- <p>مخفي</p>"_s);
    REQUIRE(comment.warnings.size() == 1);
    CHECK(comment.warnings.first().contains(u"comment"_s));

    // A closed <nav> and an omitted </head> are normal pages: nothing to say.
    const auto normal = Corpus::HtmlExtractor::extract(
        u"<html><head><title>ع</title><body><nav>قائمة</nav><p>نص.</p></body></html>"_s);
    CHECK(normal.warnings.isEmpty());
    CHECK(normal.text.contains(u"نص."_s));
    CHECK_FALSE(normal.text.contains(u"قائمة"_s));
}

TEST_CASE("HTML: references are looked for in a bounded window", "[hostile][html]")
{
    const QString amps(100000, u'&');
    CHECK(Corpus::HtmlExtractor::decodeEntities(amps) == amps);
    CHECK(Corpus::HtmlExtractor::decodeEntities(u"&amp;&&lt;&#x634;&#1588"_s) == u"&&<ش&#1588"_s);
    CHECK(Corpus::HtmlExtractor::decodeEntities(u"&thisnameistoolong;"_s) ==
          u"&thisnameistoolong;"_s);
}

TEST_CASE("JSONL: escaped lone surrogates and NULs are repaired like decoded files",
          "[hostile][jsonl]")
{
    const auto result = Corpus::JsonlReader::read(
        u"{\"title\": \"عنوان \\udc00\", \"text\": \"نص \\ud800 و\\u0000 هنا\"}\n"
        u"{\"text\": \"سليم \\ud83d\\ude00\"}\n"_s,
        u"feed.jsonl"_s);
    REQUIRE(result.articles.size() == 2);
    const auto &a = result.articles.first();
    CHECK(a.text == u"نص \uFFFD و\uFFFD هنا"_s);
    CHECK(a.title == u"عنوان \uFFFD"_s);
    CHECK(result.articles.at(1).text == u"سليم "_s + QString::fromUcs4(U"\U0001F600"));
    for (const auto &article : result.articles) {
        CHECK_FALSE(hasLoneSurrogate(article.text));
        CHECK_FALSE(hasLoneSurrogate(article.title));
    }
    CHECK(result.issues.size() == 3); // text: surrogate and NUL, title: surrogate
    CHECK(a.issues.size() == 3);
    for (const Issue &issue : result.issues) {
        CHECK_FALSE(issue.isError());
        CHECK(issue.message.startsWith(u"line 1:"_s));
    }
    // Every field kept from the line is repaired, the date too (found by fuzz_jsonl).
    const auto dated = Corpus::JsonlReader::read(
        u"{\"date\": \"2020-10-\\udc0010\", \"source\": \"\\ud800\", \"text\": \"نص\"}\n"_s,
        u"feed.jsonl"_s);
    REQUIRE(dated.articles.size() == 1);
    for (const QString &field : {dated.articles.first().dateline, dated.articles.first().source})
        CHECK_FALSE(hasLoneSurrogate(field));
    CHECK(dated.articles.first().dateline == u"2020-10-\uFFFD10"_s);
    // The same function repairs decoded files.
    QString text = u"a"_s + QChar(0xD800) + u"b"_s;
    const Issues repairs = Text::TextDecoder::repairCharacters(text, u"f"_s);
    CHECK(text == u"a\uFFFDb"_s);
    REQUIRE(repairs.size() == 1);
    CHECK(repairs.first().start == 1);
}

TEST_CASE("analyze > /dev/full fails with the system's reason", "[hostile][cli]")
{
    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(MARSAD_BINARY), {u"analyze"_s, Tests::sampleCorpusDir()});
    REQUIRE(process.waitForFinished(120000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() != 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    CHECK(err.contains(u"cannot write the output"_s));
    CHECK(err.contains(u"No space left on device"_s));
}

TEST_CASE("A failed timeline export says why and leaves the previous file", "[hostile][cli]")
{
    QTemporaryDir dir;
    SECTION("into a folder that does not exist")
    {
        const QString out = dir.filePath(u"no/such/folder/t.png"_s);
        const auto r =
            Tests::runMarsad({u"export-timeline"_s, Tests::sampleCorpusDir(), u"-o"_s, out});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("cannot write"));
        CHECK_FALSE(r.out.contains("written"));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("onto a full disk (a file size limit), for every format")
    {
        for (const QString &name : {u"t.png"_s, u"t.svg"_s, u"t.pdf"_s}) {
            const QString out = dir.filePath(name);
            writeFile(out, "previous export");
            // ulimit -f makes every write past 1 KiB fail with EFBIG, as a full
            // disk would; SIGXFSZ is ignored so the write returns the error.
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            process.setProcessEnvironment(env);
            process.start(u"bash"_s,
                          {u"-c"_s,
                           u"trap '' XFSZ; ulimit -f 1; exec \"$0\" export-timeline "
                           u"\"$1\" -o \"$2\""_s,
                           QStringLiteral(MARSAD_BINARY), Tests::sampleCorpusDir(), out});
            REQUIRE(process.waitForFinished(120000));
            const QByteArray err = process.readAllStandardError();
            INFO(name.toStdString() << ": " << err.toStdString());
            CHECK(process.exitCode() == 1);
            CHECK(err.contains("cannot write"));
            CHECK(err.contains("too large"));
            CHECK(Tests::readFile(out) == "previous export");
            // No temporary file left behind.
            for (const QString &left : QDir(dir.path()).entryList(QDir::Files))
                CHECK(QStringList{u"t.png"_s, u"t.svg"_s, u"t.pdf"_s}.contains(left));
        }
    }
}

TEST_CASE("A failed map export says why and leaves the previous file", "[hostile][render]")
{
    QTemporaryDir dir;
    Render::MapRenderer renderer;
    const Geo::Viewport viewport(QPointF(46.75, 39.8), 4, QSizeF(300, 200));
    QString error;
    for (const QString &name : {u"m.png"_s, u"m.svg"_s, u"m.pdf"_s}) {
        const QString out = dir.filePath(name);
        writeFile(out, "previous export");
        CHECK(Render::MapExporter::write(renderer, viewport, QSize(300, 200), 1.0, out, &error));
        CHECK(Tests::readFile(out).size() > 100);
    }
    const QString missing = dir.filePath(u"no/such/folder/m.png"_s);
    CHECK_FALSE(
        Render::MapExporter::write(renderer, viewport, QSize(300, 200), 1.0, missing, &error));
    CHECK(error.contains(u"cannot write"_s));
    // A folder in the file's place stays a folder.
    REQUIRE(QDir(dir.path()).mkdir(u"taken.svg"_s));
    CHECK_FALSE(Render::MapExporter::write(renderer, viewport, QSize(300, 200), 1.0,
                                           dir.filePath(u"taken.svg"_s), &error));
    CHECK(QFileInfo(dir.filePath(u"taken.svg"_s)).isDir());
}

TEST_CASE("HTML: the article's own container is preferred over the page around it",
          "[hostile][html]")
{
    const QString body =
        u"قالت وزارة الدفاع إن القوات تقدمت نحو المدينة وسط قصف متواصل. "_s.repeated(6);
    const QString teaser = u"اقرأ أيضا خبرا آخر عن الاقتصاد والرياضة في المنطقة. "_s;
    const auto page = Corpus::HtmlExtractor::extract(
        u"<html><body><div>"_s + teaser + u"</div><article><h1>عنوان</h1><p>"_s + body +
        u"</p></article><div>"_s + teaser + u"</div></body></html>"_s);
    CHECK(page.text.contains(body.trimmed()));
    CHECK_FALSE(page.text.contains(u"الاقتصاد"_s));
    CHECK(page.warnings.isEmpty()); // more kept than left out: a normal page

    // <main> when there is no <article>; a tiny container is not trusted.
    const auto main =
        Corpus::HtmlExtractor::extract(u"<html><body><div>"_s + teaser + u"</div><main><p>"_s +
                                       body + u"</p></main></body></html>"_s);
    CHECK_FALSE(main.text.contains(u"الاقتصاد"_s));
    const auto tiny = Corpus::HtmlExtractor::extract(u"<html><body><article>قصير</article><p>"_s +
                                                     body + u"</p></body></html>"_s);
    CHECK(tiny.text.contains(body.trimmed()));

    // A container much smaller than the page around it is used, and said so.
    const auto lopsided = Corpus::HtmlExtractor::extract(
        u"<html><body><div>"_s + teaser.repeated(20) + u"</div><article><p>"_s + body +
        u"</p></article></body></html>"_s);
    CHECK_FALSE(lopsided.text.contains(u"الاقتصاد"_s));
    REQUIRE(lopsided.warnings.size() == 1);
    CHECK(lopsided.warnings.first().contains(u"<article>"_s));
}

TEST_CASE("HTML without <article> or <main>: the densest block of paragraphs is the article",
          "[hostile][html]")
{
    // A page as older news CMSs write it: menus and teasers of links around a
    // <div> of paragraphs, split by an advert; own sentences throughout.
    const QString para1 = u"أعلنت وزارة الخارجية أن وفدا رسميا سيزور العاصمة لبحث وقف إطلاق النار، "
                          u"وأضافت أن المحادثات ستتناول تبادل الأسرى وفتح الممرات الإنسانية."_s;
    const QString para2 =
        u"وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الاتصالات مستمرة مع الوسطاء الدوليين، "
        u"مشيرا إلى أن الوضع الميداني ما زال متوترا في عدد من القرى الحدودية."_s;
    const QString para3 = u"ولم يصدر تعليق فوري من الجانب الآخر على هذه التصريحات حتى الآن."_s;
    QString menu;
    for (const QString &item : {u"الرئيسية"_s, u"سياسة"_s, u"اقتصاد"_s, u"رياضة"_s, u"منوعات"_s})
        menu += u"<li><a href=\"/x\">"_s + item + u"</a></li>"_s;
    QString teasers;
    for (int i = 0; i < 6; ++i)
        teasers += u"<div class=\"teaser\"><a href=\"/n\">خبر ذو صلة عن مباراة كرة القدم "
                   u"والبورصة اليوم</a><p><a href=\"/n\">التفاصيل الكاملة هنا</a></p></div>"_s;
    const QString html =
        u"<html><head><title>عنوان الخبر</title></head><body><div id=\"page\">"
        u"<div class=\"header\"><ul>"_s +
        menu + u"</ul></div><div class=\"content\"><div class=\"story\"><h1>عنوان الخبر</h1><p>"_s +
        para1 + u"</p><p>"_s + para2 +
        u"</p></div><div class=\"ad\"><a href=\"/ad\">إعلان</a></div><div class=\"story\"><p>"_s +
        para3 + u"</p></div></div><div class=\"related\">"_s + teasers +
        u"</div><div class=\"footer\"><a href=\"/about\">من نحن</a> جميع الحقوق محفوظة</div>"
        u"</div></body></html>"_s;
    const auto page = Corpus::HtmlExtractor::extract(html);
    CHECK(page.text.contains(para1));
    CHECK(page.text.contains(para2));
    CHECK(page.text.contains(para3)); // the block after the advert belongs to the article too
    CHECK(page.text.contains(u"عنوان الخبر"_s));
    CHECK_FALSE(page.text.contains(u"البورصة"_s));
    CHECK_FALSE(page.text.contains(u"رياضة"_s));
    CHECK_FALSE(page.text.contains(u"جميع الحقوق"_s));
    REQUIRE(page.warnings.size() == 1); // what was left out is said
    CHECK(page.warnings.first().contains(u"paragraph"_s));

    // A page that is one text, no clear block: everything is kept, nothing said.
    const QString plain = u"<html><body><p>"_s + para1 + u"</p><p>"_s + para2 + u"</p><p>"_s +
                          para3 + u"</p></body></html>"_s;
    const auto whole = Corpus::HtmlExtractor::extract(plain);
    CHECK(whole.text.contains(para1));
    CHECK(whole.text.contains(para3));
    CHECK(whole.warnings.isEmpty());
}
