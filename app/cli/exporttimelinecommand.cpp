#include "exporttimelinecommand.h"

#include "analysisrun.h"
#include "clioutput.h"
#include "commandline.h"
#include "corpusindex.h"
#include "corpusloader.h"
#include "storeoption.h"
#include "timelineexport.h"
#include "timelinemodel.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Marsad::Cli {

QString ExportTimelineCommand::usage()
{
    return tr("Usage: marsad export-timeline PATH... -o OUT.png|OUT.svg|OUT.pdf [OPTION...]\n"
              "Draw the timeline of the articles into a PNG, SVG or PDF image, as the\n"
              "viewer shows it; needs no display.\n"
              "\n"
              "PATH is a file or a folder, read recursively (.txt, .html, .htm, .jsonl).\n"
              "\n"
              "Options:\n"
              "  -o, --output FILE    the image to write (.png, .svg, .pdf)\n"
              "  --entity ID          only items about this entity (repeatable)\n"
              "  --from YYYY-MM-DD    first day shown\n"
              "  --to YYYY-MM-DD      last day shown\n"
              "  --width PX           width in pixels (200-20000, default 1600)\n"
              "  --scale N            PNG pixels per point (0.5-8, default 2)\n"
              "  --lang ar|en         language of the image (default ar)\n"
              "  -h, --help           print this help and exit\n") +
           StoreOption::help() +
           tr("\n"
              "Exit status:\n"
              "  0  success\n"
              "  1  some files failed (listed on stderr), or the image could not be written\n"
              "  2  bad usage\n");
}

int ExportTimelineCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("Image to write."),
                                          u"OUT.png|OUT.svg|OUT.pdf"_s);
    const QCommandLineOption entityOption(u"entity"_s, tr("Only items about this entity."),
                                          u"ID"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("First day shown."), u"YYYY-MM-DD"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Last day shown."), u"YYYY-MM-DD"_s);
    const QCommandLineOption widthOption(u"width"_s, tr("Width in pixels."), u"PX"_s, u"1600"_s);
    const QCommandLineOption langOption(u"lang"_s, tr("Language of the image."), u"ar|en"_s,
                                        u"ar"_s);
    const QCommandLineOption scaleOption(u"scale"_s, tr("PNG pixels per point."), u"N"_s, u"2"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Print this help."));
    parser.addOptions({outputOption, entityOption, fromOption, toOption, widthOption, langOption,
                       scaleOption, helpOption});
    const StoreOption storeOption(parser);
    auto usage = [&](const QString &message) {
        print(err, u"marsad: export-timeline: "_s + message + u'\n' +
                       tr("Try 'marsad export-timeline --help'.\n"));
        return int(ExitUsage);
    };
    if (!parser.parse(QStringList{u"marsad export-timeline"_s} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(out, ExportTimelineCommand::usage());
        return ExitSuccess;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usage(tr("needs -o OUT.png, OUT.svg or OUT.pdf"));
    if (Render::TimelineExporter::formatOf(output).isEmpty())
        return usage(tr("the output must end in .png, .svg or .pdf: %1").arg(output));
    const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (parser.isSet(fromOption) && !from.isValid())
        return usage(
            tr("--from takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(fromOption)));
    if (parser.isSet(toOption) && !to.isValid())
        return usage(tr("--to takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(toOption)));
    if (from.isValid() && to.isValid() && from > to)
        return usage(tr("--from is after --to"));
    bool widthOk = false;
    const int width = parser.value(widthOption).toInt(&widthOk);
    if (!widthOk || width < 200 || width > 20000)
        return usage(tr("--width takes a number of pixels from 200 to 20000"));
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || scale < 0.5 || scale > 8)
        return usage(tr("--scale takes a number from 0.5 to 8"));
    const QString language = parser.value(langOption);
    if (language != u"ar"_s && language != u"en"_s)
        return usage(tr("--lang takes ar or en, not '%1'").arg(language));
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usage(tr("needs at least one PATH (a file or a folder)"));
    const Corpus::FileList files = Corpus::CorpusLoader::collectFiles(paths);
    if (!files.missingPaths.isEmpty()) {
        for (const QString &missing : files.missingPaths)
            print(err, tr("marsad: export-timeline: no such file or folder: %1\n").arg(missing));
        return ExitUsage;
    }

    AnalysisRunOptions runOptions;
    runOptions.store = storeOption.store(parser);
    if (QString error; !storeOption.analystData(parser, &runOptions.analyst, &error)) {
        print(err, u"marsad: export-timeline: "_s + error + u'\n');
        return ExitUsage;
    }
    AnalysisRun run = AnalysisRunner::run(files.files, err, runOptions);
    if (!run.error.isEmpty()) {
        print(err, u"marsad: export-timeline: "_s + run.error + u'\n');
        return ExitSomeFailed;
    }
    const Index::CorpusIndex index(std::move(run.articles), run.gazetteer);
    Index::Filter filter;
    filter.included = parser.values(entityOption);
    for (const QString &id : std::as_const(filter.included)) {
        if (!run.gazetteer->entity(id) && index.mentionCount(id) == 0)
            return usage(tr("unknown entity id: %1").arg(id));
    }
    filter.from = from;
    filter.to = to;

    Models::TimelineModel model;
    model.setIndex(std::make_shared<const Index::CorpusIndex>(index));
    model.applyFilter(filter);

    Render::TimelineScene scene;
    scene.items = &model.items();
    auto [first, last] = model.focusRange();
    if (!first.isValid()) {
        first = model.firstDate();
        last = model.lastDate();
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    const qint64 pad = std::max<qint64>(2, first.daysTo(last) / 20);
    scene.from = from.isValid() ? from : first.addDays(-pad);
    scene.to = to.isValid() ? to : last.addDays(pad);
    if (scene.from.daysTo(scene.to) < 6)
        scene.to = scene.from.addDays(6);
    scene.language = language;
    scene.rightToLeft = language == u"ar"_s;
    scene.font = Render::TimelineExporter::defaultFont();
    scene.showHeader = true;
    scene.title = Render::TimelineRenderer::exportTitle(language);
    scene.filterSummary = Render::TimelineExporter::describeFilter(filter, index, language);

    Render::ExportOptions options;
    options.width = width;
    options.scale = scale;
    QString error;
    if (!Render::TimelineExporter::write(scene, output, options, &error)) {
        print(err, u"marsad: export-timeline: "_s + error + u'\n');
        return ExitSomeFailed;
    }
    print(out, tr("%1 written\n").arg(output));
    return run.anyFailed ? ExitSomeFailed : ExitSuccess;
}

} // namespace Marsad::Cli
