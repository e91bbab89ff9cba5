#include "imagefilewriter.h"

#include "wholefilewriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Marsad::Render {
namespace {

bool paintPng(QIODevice &file, const ImageFileOptions &options,
              const std::function<void(QPainter &)> &paint)
{
    const qreal scale = options.pngScale > 0 ? options.pngScale : 1.0;
    QImage image(QSize(qRound(options.size.width() * scale), qRound(options.size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false; // out of memory for that many pixels
    image.fill(Qt::white);
    if (options.pngDpiFromScale) {
        image.setDotsPerMeterX(int(96 * scale / 0.0254));
        image.setDotsPerMeterY(int(96 * scale / 0.0254));
    }
    QPainter painter;
    if (!painter.begin(&image))
        return false;
    painter.scale(scale, scale);
    paint(painter);
    if (!painter.end())
        return false;
    return image.save(&file, "PNG");
}

bool paintSvg(QIODevice &file, const ImageFileOptions &options,
              const std::function<void(QPainter &)> &paint)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    if (options.svgAt96Dpi)
        svg.setResolution(96);
    svg.setTitle(options.title);
    svg.setDescription(options.description);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paint(painter);
    return painter.end();
}

bool paintPdf(QIODevice &file, const ImageFileOptions &options,
              const std::function<void(QPainter &)> &paint)
{
    QPdfWriter pdf(&file);
    pdf.setResolution(96);
    // One page of exactly the drawing's size (96 px per inch = 72 pt per 96 px).
    pdf.setPageSize(
        QPageSize(QSizeF(options.size.width() * 72.0 / 96.0, options.size.height() * 72.0 / 96.0),
                  QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(options.title);
    pdf.setCreator(u"Marsad"_s);
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const double scale = std::min(pdf.width() / double(std::max(1, options.size.width())),
                                  pdf.height() / double(std::max(1, options.size.height())));
    if (std::abs(scale - 1.0) > 0.01)
        painter.scale(scale, scale);
    paint(painter);
    return painter.end();
}

} // namespace

QString ImageFileWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s || suffix == u"svg"_s || suffix == u"pdf"_s)
        return suffix;
    return {};
}

bool ImageFileWriter::write(const QString &path, const QString &format,
                            const ImageFileOptions &options,
                            const std::function<void(QPainter &)> &paint, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, reason);
        return false;
    };
    if (format != u"png"_s && format != u"svg"_s && format != u"pdf"_s)
        return fail(tr("unknown image format (use .png, .svg or .pdf)"));
    if (options.size.isEmpty())
        return fail(tr("empty drawing"));

    // A device or a pipe is refused before anything is drawn.
    if (const QFileInfo target(path); target.exists() && !target.isFile())
        return fail(QCoreApplication::translate("Marsad::WholeFileWriter", "not a regular file"));

    // Encode in memory first: an encoder's failure and the disk's are then
    // told apart, and the disk's comes with the system's reason.
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    bool painted = false;
    if (format == u"png"_s)
        painted = paintPng(encoded, options, paint);
    else if (format == u"svg"_s)
        painted = paintSvg(encoded, options, paint);
    else
        painted = paintPdf(encoded, options, paint);
    if (!painted || encoded.data().isEmpty())
        return fail(tr("the %1 encoder failed").arg(format.toUpper()));

    QString reason;
    if (!WholeFileWriter::write(path, encoded.data(), &reason))
        return fail(reason);
    return true;
}

} // namespace Marsad::Render
