// Per-stage times on hostile input of growing size (issue 13):
//   bench_hostile [MB...] [--stage NAME] [--input NAME] [--budget S]
//   (sizes default to 1 8 30; stages: decode html jsonl structure fold segment
//   entities; inputs: one-line all-amp read-more all-dates)
// Each stage runs once per input and size; a stage that takes longer than
// --budget seconds (default 120) is not run on larger sizes. Peak memory is
// the process's (run one size at a time under /usr/bin/time -v for RSS).
#include "arabicfolder.h"
#include "articleparser.h"
#include "benchsupport.h"
#include "entityextractor.h"
#include "gazetteer.h"
#include "htmlextractor.h"
#include "jsonlreader.h"
#include "segmenter.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Marsad;

namespace {

QString repeated(const QString &unit, qsizetype size)
{
    QString out;
    out.reserve(size + unit.size());
    while (out.size() < size)
        out.append(unit);
    out.truncate(size);
    return out;
}

// {"text": "..."} with the text's line breaks escaped. Built by appending:
// QString::replace with millions of matches moves the string's tail per batch.
QString jsonLine(const QString &text)
{
    QString out = u"{\"text\": \""_s;
    out.reserve(text.size() * 2 + 16);
    for (const QChar c : text) {
        if (c == u'\n')
            out.append(u"\\n"_s);
        else
            out.append(c);
    }
    out.append(u"\"}"_s);
    return out;
}

struct Input
{
    const char *name;
    QString unit;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    double budget = 120;
    QString onlyStage, onlyInput;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--budget"_s && i + 1 < args.size())
            budget = args.at(++i).toDouble();
        else if (args.at(i) == u"--stage"_s && i + 1 < args.size())
            onlyStage = args.at(++i);
        else if (args.at(i) == u"--input"_s && i + 1 < args.size())
            onlyInput = args.at(++i);
        else
            sizes.append(args.at(i).toInt());
    }
    if (sizes.isEmpty())
        sizes = {1, 8, 30};

    const auto loaded = Entities::Gazetteer::fromFile(QStringLiteral(MARSAD_SOURCE_DIR) +
                                                      QStringLiteral("/resources/gazetteer.json"));
    const Entities::EntityExtractor extractor(loaded.gazetteer);

    const QList<Input> inputs{
        {"one-line", u"تواصلت المعارك في إقليم قره باغ لليوم الرابع "_s},
        {"all-amp", u"&"_s},
        {"read-more", u"اقرأ أيضا\n"_s},
        {"all-dates", u"1 أكتوبر 2020 "_s},
    };
    using Stage = std::function<void(const QString &)>;
    const QList<std::pair<const char *, Stage>> stages{
        {"decode",
         [](const QString &t) {
             Text::TextDecoder::decode(t.toUtf8());
         }},
        {"html",
         [](const QString &t) {
             Corpus::HtmlExtractor::extract(u"<html><body>"_s + t);
         }},
        // The input is one JSON line (escaped outside the timing, see below).
        {"jsonl",
         [](const QString &t) {
             Corpus::JsonlReader::read(t, u"x.jsonl"_s);
         }},
        {"structure",
         [](const QString &t) {
             Corpus::Article a;
             a.text = t;
             Corpus::ArticleParser::parse(a);
             qsizetype n = 0;
             for (qsizetype i = 0; i + 4 < a.text.size(); i += 64)
                 n += a.isBoilerplate({i, i + 4});
             Q_UNUSED(n);
         }},
        {"fold",
         [](const QString &t) {
             Text::ArabicFolder::fold(t);
         }},
        {"segment",
         [](const QString &t) {
             Text::Segmenter::words(t, true);
             Text::Segmenter::sentences(t);
         }},
        {"entities",
         [&](const QString &t) {
             extractor.extract(t);
         }},
    };

    std::printf("%-10s %-10s", "stage", "input");
    for (int mb : sizes)
        std::printf(" %8d MB", mb);
    std::printf("\n");
    for (const auto &[stageName, stage] : stages) {
        if (!onlyStage.isEmpty() && onlyStage != QLatin1StringView(stageName))
            continue;
        for (const Input &input : inputs) {
            if (!onlyInput.isEmpty() && onlyInput != QLatin1StringView(input.name))
                continue;
            std::printf("%-10s %-10s", stageName, input.name);
            bool skip = false;
            for (int mb : sizes) {
                if (skip) {
                    std::printf(" %11s", "skipped");
                    continue;
                }
                QString text = repeated(input.unit, qsizetype(mb) << 20);
                if (QLatin1StringView(stageName) == "jsonl"_L1)
                    text = jsonLine(text);
                QElapsedTimer timer;
                timer.start();
                stage(text);
                const double s = timer.nsecsElapsed() * 1e-9;
                std::printf(" %10.3fs", s);
                std::fflush(stdout);
                skip = s > budget;
            }
            std::printf("\n");
        }
    }
    std::printf("peak memory %.0f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
