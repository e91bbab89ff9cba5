#include "dataexportaction.h"

#include "analysisthreadpool.h"
#include "filterresult.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {
namespace {

const auto kBomKey = u"export/csvByteOrderMark"_s;
const auto kFolderKey = u"export/dataFolder"_s;

} // namespace

DataExportActions::DataExportActions(Index::FilterResult *result, QMenu *menu, QWidget *window)
    : QObject(window), m_result(result), m_window(window)
{
    setObjectName(u"dataExportActions"_s);
    const struct
    {
        Exchange::DataFormat format;
        QString text;
        QString name;
    } entries[] = {
        {Exchange::DataFormat::EventsCsv, tr("&Events (CSV)…"), u"exportEventsAction"_s},
        {Exchange::DataFormat::PlacesGeoJson, tr("&Places (GeoJSON)…"), u"exportPlacesAction"_s},
        {Exchange::DataFormat::MentionsCsv, tr("&Mentions (CSV)…"), u"exportMentionsAction"_s},
    };
    for (const auto &entry : entries) {
        QAction *action =
            menu->addAction(entry.text, this, [this, f = entry.format] { choose(f); });
        action->setObjectName(entry.name);
        action->setToolTip(tr("Export what the current filter shows"));
        m_actions.insert(entry.format, action);
    }
    menu->addSeparator();
    m_bom = menu->addAction(tr("CSV with a &Byte Order Mark (for Spreadsheets)"));
    m_bom->setCheckable(true);
    m_bom->setChecked(QSettings().value(kBomKey, false).toBool());
    connect(m_bom, &QAction::toggled, this, [](bool on) { QSettings().setValue(kBomKey, on); });

    connect(m_result, &Index::FilterResult::indexChanged, this, &DataExportActions::enableActions);
    enableActions();
}

void DataExportActions::enableActions()
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(m_result->index() != nullptr && !m_running);
}

bool DataExportActions::byteOrderMark() const
{
    return m_bom->isChecked();
}

void DataExportActions::setByteOrderMark(bool on)
{
    m_bom->setChecked(on);
}

QString DataExportActions::title(Exchange::DataFormat format) const
{
    switch (format) {
    case Exchange::DataFormat::EventsCsv:
        return tr("Export the Events");
    case Exchange::DataFormat::PlacesGeoJson:
        return tr("Export the Places");
    case Exchange::DataFormat::MentionsCsv:
        return tr("Export the Mentions");
    }
    return {};
}

/// What one export needs, taken on the GUI thread: the index (immutable,
/// shared) and the rows the filter shows at that moment.
struct DataExportActions::Job
{
    Exchange::DataFormat format;
    std::shared_ptr<const Index::CorpusIndex> index;
    Exchange::Selection selection;
    Exchange::DataExportOptions options;
};

std::shared_ptr<DataExportActions::Job> DataExportActions::prepare(Exchange::DataFormat format,
                                                                   QString *error) const
{
    const auto &index = m_result->index();
    if (!index) {
        if (error)
            *error = tr("No corpus is open.");
        return nullptr;
    }
    auto job = std::make_shared<Job>(Job{
        format,
        index,
        Exchange::Selection::fromRows(*index, m_result->rows(), m_result->filterState()->filter()),
        {}});
    job->options.byteOrderMark = byteOrderMark();
    return job;
}

QString DataExportActions::run(const Job &job, const QString &path)
{
    QString error;
    if (!Exchange::DataExport::writeFile(job.format, *job.index, job.selection, job.options, path,
                                         &error) &&
        error.isEmpty())
        error = tr("The file could not be written.");
    return error;
}

bool DataExportActions::exportTo(Exchange::DataFormat format, const QString &path,
                                 QString *error) const
{
    const auto job = prepare(format, error);
    if (!job)
        return false;
    const QString failure = run(*job, path);
    if (error)
        *error = failure;
    return failure.isEmpty();
}

void DataExportActions::startExport(Exchange::DataFormat format, const QString &path)
{
    QString error;
    const auto job = prepare(format, &error);
    if (!job || m_running) {
        if (!job)
            report(format, path, error);
        return;
    }
    m_running = true;
    enableActions();
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Writing %1…").arg(path));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, format, path] {
        watcher->deleteLater();
        m_running = false;
        enableActions();
        report(format, path, watcher->result());
        m_fromMenu = false;
    });
    watcher->setFuture(QtConcurrent::run(jobThreadPool(), [job, path] { return run(*job, path); }));
}

void DataExportActions::report(Exchange::DataFormat format, const QString &path,
                               const QString &error)
{
    if (!error.isEmpty()) {
        if (auto *main = qobject_cast<QMainWindow *>(m_window))
            main->statusBar()->clearMessage();
        if (m_fromMenu) // startExport() alone only signals (tests, scripts)
            QMessageBox::warning(m_window, title(format), error);
    } else if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        main->statusBar()->showMessage(tr("Written to %1").arg(path), 5000);
    }
    Q_EMIT finished(path, error);
}

void DataExportActions::choose(Exchange::DataFormat format)
{
    const QString folder = QSettings().value(kFolderKey, QDir::homePath()).toString();
    const QString filter = format == Exchange::DataFormat::PlacesGeoJson
                               ? tr("GeoJSON (*.geojson *.json)")
                               : tr("CSV table (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        m_window, title(format),
        QDir(folder).filePath(Exchange::DataExport::defaultFileName(format)), filter);
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    m_fromMenu = true;
    startExport(format, path);
    m_fromMenu = m_running; // until its report
}

} // namespace Marsad::Widgets
