#include "timelineexport.h"

#include "imagefilewriter.h"

#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Marsad::Render {

QString TimelineExporter::formatOf(const QString &path)
{
    return ImageFileWriter::formatOf(path);
}

QFont TimelineExporter::defaultFont()
{
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"Noto Naskh Arabic"_s, u"DejaVu Sans"_s});
    // Pixels, not points: layout and painting then agree on every device
    // (a 2× PNG, an SVG or a PDF at 96 dpi, a screen).
    font.setPixelSize(13);
    return font;
}

QString TimelineExporter::describeFilter(const Index::Filter &filter,
                                         const Index::CorpusIndex &index, const QString &language)
{
    const bool ar = language == u"ar"_s;
    QStringList parts;
    auto name = [&](const QString &id) {
        const Index::EntityStats d = index.describe(id);
        if (ar || d.nameEn.isEmpty())
            return d.nameAr.isEmpty() ? id : d.nameAr;
        return d.nameEn;
    };
    for (const QString &id : filter.included)
        parts.append(name(id));
    for (const QString &id : filter.excluded)
        parts.append((ar ? u"بدون "_s : u"not "_s) + name(id));
    if (filter.hasDateRange()) {
        const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : u"…"_s;
        const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : u"…"_s;
        parts.append(from + u" – "_s + to);
    }
    if (!filter.query.trimmed().isEmpty())
        parts.append(u"“"_s + filter.query.trimmed() + u"”"_s);
    if (parts.isEmpty())
        return ar ? u"كل المقالات"_s : u"All articles"_s;
    return (ar ? u"التصفية: "_s : u"Filter: "_s) + parts.join(ar ? u"، "_s : u", "_s);
}

bool TimelineExporter::write(const TimelineScene &scene, const QString &path,
                             const ExportOptions &options, QString *error)
{
    const QString format = ImageFileWriter::formatOf(path);
    if (format.isEmpty()) {
        if (error)
            *error = tr("unknown image format for %1 (use .png, .svg or .pdf)").arg(path);
        return false;
    }
    const int width = std::clamp(options.width, 200, 20000);
    // Exports are laid out at 96 dpi, whatever the screen: fonts in points
    // then have the same size relative to the drawing everywhere.
    const QRectF probe(0, 0, width, 0);
    TimelineLayout layout = TimelineRenderer::layout(scene, probe);
    const int height = int(std::ceil(layout.preferredHeight));
    layout = TimelineRenderer::layout(scene, QRectF(0, 0, width, height));

    ImageFileOptions file;
    file.size = QSize(width, height);
    file.pngScale = std::clamp(options.scale, 0.5, 8.0);
    file.title = scene.title;
    file.description = scene.filterSummary;
    return ImageFileWriter::write(
        path, format, file,
        [&](QPainter &painter) { TimelineRenderer::paint(painter, scene, layout); }, error);
}

} // namespace Marsad::Render
