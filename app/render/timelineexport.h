// Writes the timeline to PNG, SVG or PDF through the same renderer as the
// view, so the file looks like the screen. Needs a QGuiApplication (the
// command line creates an offscreen one) but no display.
#pragma once

#include "corpusindex.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QString>

namespace Marsad::Render {

struct ExportOptions
{
    int width = 1600;  ///< Logical width in pixels (points × 96/72 for PDF).
    qreal scale = 2.0; ///< PNG only: device pixels per logical pixel (2× for print).
};

class TimelineExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Render::TimelineExporter)
public:
    /// The format from \a path's suffix: "png", "svg", "pdf", or empty.
    static QString formatOf(const QString &path);

    /// Renders \a scene into \a path; false with \a error set on failure (the
    /// system's reason), leaving a previous file at \a path untouched.
    static bool write(const TimelineScene &scene, const QString &path, const ExportOptions &options,
                      QString *error);

    /// The default font of exports and the view: Noto for Latin and Arabic.
    static QFont defaultFont();

    /// One line describing \a filter for an image header, in \a language.
    static QString describeFilter(const Index::Filter &filter, const Index::CorpusIndex &index,
                                  const QString &language);
};

} // namespace Marsad::Render
