// Writes the map to PNG, SVG or PDF through ImageFileWriter: nothing is
// replaced unless the whole file was written. MapView's export calls this.
#pragma once

#include "maprenderer.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace Marsad::Render {

class MapExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Render::MapExporter)
public:
    /// Renders \a viewport (sized to \a logical pixels) into \a path; a path
    /// without a suffix is written as PNG, at \a pixelRatio device pixels per
    /// logical pixel. False with \a error set (the system's reason) on failure,
    /// leaving a previous file at \a path untouched.
    static bool write(MapRenderer &renderer, Geo::Viewport viewport, QSize logical,
                      double pixelRatio, const QString &path, QString *error);
};

} // namespace Marsad::Render
