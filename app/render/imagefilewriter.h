// Writes a drawing to a PNG, SVG or PDF file without ever leaving a truncated
// or half-written file: everything goes through QSaveFile, which replaces the
// destination only when every write, the painter and the encoder succeeded.
// A failed export leaves the previous file as it was. Shared by the timeline
// and the map exports.
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace Marsad::Render {

struct ImageFileOptions
{
    QSize size;                  ///< Logical size in pixels (96 per inch).
    qreal pngScale = 1.0;        ///< PNG only: device pixels per logical pixel.
    QString title;               ///< SVG and PDF metadata.
    QString description;         ///< SVG only.
    bool svgAt96Dpi = true;      ///< SVG: declare 96 dpi (false keeps QSvgGenerator's 72).
    bool pngDpiFromScale = true; ///< PNG: record 96 × scale dpi in the file.
};

class ImageFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Render::ImageFileWriter)
public:
    /// "png", "svg" or "pdf" from \a path's suffix, else empty.
    static QString formatOf(const QString &path);

    /// Paints with \a paint (in logical pixels, origin top left) into \a path
    /// in \a format ("png", "svg", "pdf"). On failure returns false, sets
    /// \a error to a sentence with the system's reason, and leaves \a path
    /// untouched.
    static bool write(const QString &path, const QString &format, const ImageFileOptions &options,
                      const std::function<void(QPainter &)> &paint, QString *error);
};

} // namespace Marsad::Render
