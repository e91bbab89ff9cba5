// The article pane's key: one swatch per highlight kind, in its own style.
#pragma once

#include <QLabel>

namespace Marsad::Widgets {

class HighlightLegend final : public QLabel
{
    Q_OBJECT
public:
    explicit HighlightLegend(QWidget *parent = nullptr);
};

} // namespace Marsad::Widgets
