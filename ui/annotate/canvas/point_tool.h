// PointTool: a click adds a point.
#pragma once

#include "ui/annotate/canvas/abstract_tool.h"

namespace atelier {

class PointTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit PointTool(AnnotationCanvas *canvas);

    ToolId id() const override { return ToolId::Point; }
    void activate() override;
    void mousePressed(const ToolMouseEvent &event) override;
};

} // namespace atelier
