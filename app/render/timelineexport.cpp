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
    return TimelineRenderer::describeFilter(filter, index, language);
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
