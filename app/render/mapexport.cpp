#include "mapexport.h"

#include "imagefilewriter.h"

#include <QFileInfo>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Marsad::Render {

bool MapExporter::write(MapRenderer &renderer, Geo::Viewport viewport, QSize logical,
                        double pixelRatio, const QString &path, QString *error)
{
    QString format = ImageFileWriter::formatOf(path);
    if (format.isEmpty() && QFileInfo(path).suffix().isEmpty())
        format = u"png"_s;
    if (format.isEmpty()) {
        if (error)
            *error = tr("Unknown image format \"%1\": use .png, .svg or .pdf.")
                         .arg(QFileInfo(path).suffix());
        return false;
    }
    viewport.setSize(QSizeF(logical));
    ImageFileOptions options;
    options.size = logical;
    options.pngScale = pixelRatio > 0.0 ? pixelRatio : 1.0;
    options.title = tr("Map");
    options.description = tr("Exported from Marsad");
    options.svgAt96Dpi = false; // as the map's SVG export always was
    options.pngDpiFromScale = false;
    return ImageFileWriter::write(
        path, format, options, [&](QPainter &painter) { renderer.render(painter, viewport); },
        error);
}

} // namespace Marsad::Render
