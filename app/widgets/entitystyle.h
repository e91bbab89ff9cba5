// How entity types look, in one place: the article pane, the legend, the
// entity panel, the timeline and the map all ask here.
//
// Colours are the Okabe-Ito palette (distinguishable with the common forms of
// colour blindness), drawn as translucent backgrounds so they read on light
// and dark palettes alike; each type also has its own underline style, so the
// type never depends on colour alone.
#pragma once

#include "mention.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

namespace Marsad::Widgets {

/// What a highlight marks: an entity of some type, or a date expression.
enum class HighlightKind
{
    Person,
    Place,
    Organization,
    Date
};

HighlightKind highlightKind(EntityType type);

class EntityStyle final
{
public:
    /// The solid colour of a kind (underlines, legend swatches, markers).
    static QColor color(HighlightKind kind);
    /// Character format for a highlighted range; candidates are drawn lighter
    /// with a dotted underline.
    static QTextCharFormat format(HighlightKind kind, bool candidate = false);
    /// Translated name of a kind for the legend.
    static QString label(HighlightKind kind);
};

} // namespace Marsad::Widgets
