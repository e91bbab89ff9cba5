#include "dataexportaction.h"

#include "filterresult.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

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

    auto enable = [this] {
        for (QAction *action : std::as_const(m_actions))
            action->setEnabled(m_result->index() != nullptr);
    };
    connect(m_result, &Index::FilterResult::indexChanged, this, enable);
    enable();
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

bool DataExportActions::exportTo(Exchange::DataFormat format, const QString &path,
                                 QString *error) const
{
    const auto &index = m_result->index();
    if (!index) {
        if (error)
            *error = tr("No corpus is open.");
        return false;
    }
    const auto selection =
        Exchange::Selection::fromRows(*index, m_result->rows(), m_result->filterState()->filter());
    Exchange::DataExportOptions options;
    options.byteOrderMark = byteOrderMark();
    return Exchange::DataExport::writeFile(format, *index, selection, options, path, error);
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
    QString error;
    if (!exportTo(format, path, &error)) {
        QMessageBox::warning(m_window, title(format), error);
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Written to %1").arg(path), 5000);
}

} // namespace Marsad::Widgets
