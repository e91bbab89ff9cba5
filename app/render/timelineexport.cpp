#include "timelineexport.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace Marsad::Render {

QString TimelineExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s || suffix == u"svg"_s || suffix == u"pdf"_s)
        return suffix;
    return {};
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
    const QString format = formatOf(path);
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
    const QRectF bounds(0, 0, width, height);
    layout = TimelineRenderer::layout(scene, bounds);

    if (format == u"png"_s) {
        const qreal scale = std::clamp(options.scale, 0.5, 8.0);
        QImage image(QSize(int(width * scale), int(height * scale)),
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        image.setDotsPerMeterX(int(96 * scale / 0.0254));
        image.setDotsPerMeterY(int(96 * scale / 0.0254));
        {
            QPainter painter(&image);
            painter.scale(scale, scale);
            TimelineRenderer::paint(painter, scene, layout);
        }
        if (!image.save(path, "PNG")) {
            if (error)
                *error = tr("cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    if (format == u"svg"_s) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(bounds);
        svg.setResolution(96);
        svg.setTitle(scene.title);
        svg.setDescription(scene.filterSummary);
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("cannot write %1").arg(path);
            return false;
        }
        TimelineRenderer::paint(painter, scene, layout);
        painter.end();
        return true;
    }
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(width * 72.0 / 96.0, height * 72.0 / 96.0), QPageSize::Point,
                              QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(scene.title);
    pdf.setCreator(u"Marsad"_s);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    TimelineRenderer::paint(painter, scene, layout);
    painter.end();
    return true;
}

} // namespace Marsad::Render
