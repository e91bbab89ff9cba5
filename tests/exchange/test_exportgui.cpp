// File → Export Data in the viewer: what the current filter shows, nothing more.
#include "corpusindex.h"
#include "dataexportaction.h"
#include "exchangetest.h"
#include "filterresult.h"
#include "filterstate.h"
#include "gui/guitestsupport.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Marsad;
using Exchange::DataFormat;

TEST_CASE("The viewer's data export follows the filter", "[exchange][gui][sample]")
{
    Widgets::MainWindow window;
    auto *exports = window.findChild<Widgets::DataExportActions *>(u"dataExportActions"_s);
    REQUIRE(exports);
    Tests::openAndWait(window, {Tests::sampleCorpusDir()});
    for (DataFormat format :
         {DataFormat::EventsCsv, DataFormat::PlacesGeoJson, DataFormat::MentionsCsv}) {
        REQUIRE(exports->action(format));
        CHECK(exports->action(format)->isEnabled());
    }
    // The entries sit in File → Export Data.
    QAction *events = window.findChild<QAction *>(u"exportEventsAction"_s);
    REQUIRE(events);
    CHECK(events == exports->action(DataFormat::EventsCsv));

    // An entity in some articles but not all, so the filter bites.
    const auto &index = window.filterResult()->index();
    REQUIRE(index);
    QString id;
    for (const auto &s : index->entityStats(window.filterResult()->rows())) {
        if (!s.candidate && s.type == EntityType::Place && s.articles < index->size()) {
            id = s.id;
            break;
        }
    }
    REQUIRE_FALSE(id.isEmpty());
    window.filter()->includeEntity(id);
    const QList<qsizetype> rows = window.filterResult()->rows();
    REQUIRE(rows.size() < index->size());
    QSet<QString> files;
    for (const qsizetype row : rows)
        files.insert(index->article(row).article.file);

    QTemporaryDir dir;
    QString error;
    const QString eventsPath = dir.filePath(u"events.csv"_s);
    exports->setByteOrderMark(false);
    REQUIRE(exports->exportTo(DataFormat::EventsCsv, eventsPath, &error));
    QList<QStringList> records;
    REQUIRE(Tests::parseCsv(QString::fromUtf8(Tests::readFile(eventsPath)), &records));
    REQUIRE(records.size() > 1);
    const qsizetype entities = records.first().indexOf(u"entities"_s);
    const qsizetype file = records.first().indexOf(u"article_file"_s);
    for (qsizetype i = 1; i < records.size(); ++i) {
        CHECK(records.at(i).at(entities).split(u';').contains(id));
        CHECK(files.contains(records.at(i).at(file)));
    }

    const QString mentionsPath = dir.filePath(u"mentions.csv"_s);
    exports->setByteOrderMark(true);
    REQUIRE(exports->exportTo(DataFormat::MentionsCsv, mentionsPath, &error));
    const QByteArray mentions = Tests::readFile(mentionsPath);
    CHECK(mentions.startsWith("\xEF\xBB\xBF"));
    REQUIRE(Tests::parseCsv(QString::fromUtf8(mentions.mid(3)), &records));
    QSet<QString> mentionFiles;
    for (qsizetype i = 1; i < records.size(); ++i)
        mentionFiles.insert(records.at(i).first());
    CHECK(mentionFiles == files);
    exports->setByteOrderMark(false);

    const QString placesPath = dir.filePath(u"places.geojson"_s);
    REQUIRE(exports->exportTo(DataFormat::PlacesGeoJson, placesPath, &error));
    const QJsonArray features = QJsonDocument::fromJson(Tests::readFile(placesPath))
                                    .object()
                                    .value(u"features"_s)
                                    .toArray();
    bool found = false;
    for (const QJsonValue &f : features) {
        const QJsonObject p = f.toObject().value(u"properties"_s).toObject();
        CHECK(p.value(u"articles"_s).toInt() <= rows.size());
        if (p.value(u"id"_s) == id) {
            found = true;
            CHECK(p.value(u"articles"_s).toInt() == rows.size());
        }
    }
    CHECK(found);

    // A failure says why and writes nothing.
    CHECK_FALSE(exports->exportTo(DataFormat::EventsCsv, u"/nonexistent/dir/e.csv"_s, &error));
    CHECK(error.contains(u"/nonexistent/dir/e.csv"_s));
}

TEST_CASE("The viewer's data export runs off the GUI thread", "[exchange][gui][sample]")
{
    Widgets::MainWindow window;
    auto *exports = window.findChild<Widgets::DataExportActions *>(u"dataExportActions"_s);
    REQUIRE(exports);
    Tests::openAndWait(window, {Tests::sampleCorpusDir()});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"events.csv"_s);
    QList<QString> errors;
    QObject::connect(exports, &Widgets::DataExportActions::finished, exports,
                     [&](const QString &, const QString &error) { errors.append(error); });

    exports->startExport(DataFormat::EventsCsv, path);
    // The menu entries wait while a file is being written; the window does not.
    CHECK(exports->isExporting());
    CHECK_FALSE(exports->action(DataFormat::EventsCsv)->isEnabled());
    // A second export asked for meanwhile is not started.
    exports->startExport(DataFormat::PlacesGeoJson, dir.filePath(u"places.geojson"_s));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
    CHECK(errors.first().isEmpty());
    CHECK_FALSE(exports->isExporting());
    CHECK(exports->action(DataFormat::EventsCsv)->isEnabled());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("event_id,"));
    CHECK_FALSE(QFile::exists(dir.filePath(u"places.geojson"_s)));

    // A failure is reported through the same signal, with the reason.
    exports->startExport(DataFormat::EventsCsv, u"/nonexistent/dir/e.csv"_s);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 20000);
    CHECK(errors.last().contains(u"/nonexistent/dir/e.csv"_s));
}

// xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
//     MARSAD_SCREENSHOT_DIR=/tmp/shots build/tests/marsad-tests "Screenshot of File → Export Data"
TEST_CASE("Screenshot of File → Export Data", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("MARSAD_SCREENSHOT_DIR", u"/tmp"_s);
    Widgets::MainWindow window;
    window.resize(1400, 900);
    Tests::openAndWait(window, {Tests::sampleCorpusDir()});
    window.filter()->includeEntity(u"shusha"_s);
    QMenu *file = window.menuBar()->actions().first()->menu();
    REQUIRE(file);
    QAction *events = window.findChild<QAction *>(u"exportEventsAction"_s);
    REQUIRE(events);
    QMenu *data = nullptr;
    for (QAction *a : file->actions()) {
        if (a->menu() && a->menu()->actions().contains(events))
            data = a->menu();
    }
    REQUIRE(data);
    file->popup(window.mapToGlobal(QPoint(10, window.menuBar()->height())));
    QTest::qWait(300);
    file->setActiveAction(data->menuAction());
    data->popup(file->mapToGlobal(file->actionGeometry(data->menuAction()).topRight()));
    data->setActiveAction(events);
    QTest::qWait(500);
    REQUIRE(QGuiApplication::primaryScreen()->grabWindow(0).save(dir + u"/export-data-menu.png"_s));
    data->close();
    file->close();
}
