// Timeline export at scale: 10^5 synthetic events over a year, drawn to PNG,
// SVG and PDF through the same renderer as the view (clusters keep the work
// proportional to the pixels, not to the items).
#include "benchsupport.h"
#include "timelineexport.h"
#include "timelinemodel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Marsad;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;

    QList<Models::TimelineItem> items;
    items.reserve(count);
    QRandomGenerator rng(42);
    const QDate start(2020, 1, 1);
    const QStringList words{u"قصف"_s,    u"شوشة"_s,  u"ستيباناكرت"_s, u"هدنة"_s,    u"باكو"_s,
                            u"يريفان"_s, u"موسكو"_s, u"معارك"_s,      u"جبرائيل"_s, u"اتفاق"_s};
    for (int i = 0; i < count; ++i) {
        Models::TimelineItem item;
        item.lane =
            i % 10 == 0 ? Models::TimelineItem::Lane::Articles : Models::TimelineItem::Lane::Events;
        item.start = start.addDays(rng.bounded(366));
        const bool bar = rng.bounded(20) == 0;
        item.end = bar ? item.start.addDays(rng.bounded(3, 40)) : item.start;
        item.precision = bar ? Time::Precision::Range : Time::Precision::Day;
        item.basis = rng.bounded(2) == 0 ? Time::PublishedDate::Basis::Inferred
                                         : Time::PublishedDate::Basis::Dateline;
        item.label = words.at(rng.bounded(int(words.size()))) + u' ' +
                     words.at(rng.bounded(int(words.size())));
        item.passes = rng.bounded(3) != 0;
        items.append(item);
    }
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.start < b.start; });

    Render::TimelineScene scene;
    scene.items = &items;
    scene.from = start;
    scene.to = start.addDays(365);
    scene.language = u"ar"_s;
    scene.rightToLeft = true;
    scene.font = Render::TimelineExporter::defaultFont();
    scene.showHeader = true;
    scene.title = u"bench"_s;

    QTemporaryDir dir;
    std::printf("items: %d\n", count);
    QElapsedTimer timer;
    timer.start();
    const auto layout = Render::TimelineRenderer::layout(scene, QRectF(0, 0, 1600, 0));
    std::printf("layout:        %6.0f ms (%lld markers after clustering)\n",
                timer.nsecsElapsed() / 1e6, static_cast<long long>(layout.markers.size()));
    for (const QString &name : {u"t.png"_s, u"t.svg"_s, u"t.pdf"_s}) {
        timer.restart();
        Render::ExportOptions options;
        QString error;
        const bool ok = Render::TimelineExporter::write(scene, dir.filePath(name), options, &error);
        std::printf("export %s: %6.0f ms%s\n", qPrintable(name), timer.nsecsElapsed() / 1e6,
                    ok ? "" : " FAILED");
    }
    std::printf("peak memory: %.0f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
