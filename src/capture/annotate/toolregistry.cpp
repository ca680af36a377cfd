#include "capture/annotate/toolregistry.h"

#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationtool.h"
#include "capture/annotate/tools/arrow/arrowitem.h"
#include "capture/annotate/tools/arrow/arrowtool.h"
#include "capture/annotate/tools/crop/croptool.h"
#include "capture/annotate/tools/ellipse/ellipseitem.h"
#include "capture/annotate/tools/ellipse/ellipsetool.h"
#include "capture/annotate/tools/highlighter/highlighteritem.h"
#include "capture/annotate/tools/highlighter/highlightertool.h"
#include "capture/annotate/tools/line/lineitem.h"
#include "capture/annotate/tools/line/linetool.h"
#include "capture/annotate/tools/pen/penitem.h"
#include "capture/annotate/tools/pen/pentool.h"
#include "capture/annotate/tools/pixelate/pixelateitem.h"
#include "capture/annotate/tools/pixelate/pixelatetool.h"
#include "capture/annotate/tools/rectangle/rectangleitem.h"
#include "capture/annotate/tools/rectangle/rectangletool.h"
#include "capture/annotate/tools/redact/redactitem.h"
#include "capture/annotate/tools/redact/redacttool.h"
#include "capture/annotate/tools/select/selecttool.h"
#include "capture/annotate/tools/stepmarker/stepmarkeritem.h"
#include "capture/annotate/tools/stepmarker/stepmarkertool.h"
#include "capture/annotate/tools/text/textitem.h"
#include "capture/annotate/tools/text/texttool.h"

namespace tierdesk {

const ToolRegistry &ToolRegistry::instance()
{
    static const ToolRegistry registry;
    return registry;
}

ToolRegistry::ToolRegistry()
{
    // Tool bar order. One line per tool.
    addTool<SelectTool>();
    addTool<ArrowTool, ArrowItem>();
    addTool<LineTool, LineItem>();
    addTool<RectangleTool, RectangleItem>();
    addTool<EllipseTool, EllipseItem>();
    addTool<PenTool, PenItem>();
    addTool<HighlighterTool, HighlighterItem>();
    addTool<TextTool, TextItem>();
    addTool<StepMarkerTool, StepMarkerItem>();
    addTool<RedactTool, RedactItem>();
    addTool<PixelateTool, PixelateItem>();
    addTool<CropTool>();
}

template<class Tool> void ToolRegistry::addTool()
{
    const QString id = Tool().id();
    Q_ASSERT(!m_toolFactories.contains(id));
    m_toolIds.append(id);
    m_toolFactories.insert(id, [] { return std::unique_ptr<AnnotationTool>(new Tool); });
}

template<class Tool, class Item> void ToolRegistry::addTool()
{
    addTool<Tool>();
    const QString type = Item().typeName();
    Q_ASSERT(!m_itemFactories.contains(type));
    m_itemFactories.insert(type, [] { return static_cast<AnnotationItem *>(new Item); });
}

std::unique_ptr<AnnotationTool> ToolRegistry::createTool(const QString &id) const
{
    const auto factory = m_toolFactories.value(id);
    return factory ? factory() : nullptr;
}

std::vector<std::unique_ptr<AnnotationTool>> ToolRegistry::createTools() const
{
    std::vector<std::unique_ptr<AnnotationTool>> tools;
    for (const QString &id : m_toolIds)
        tools.push_back(createTool(id));
    return tools;
}

AnnotationItem *ToolRegistry::createItem(const QString &type) const
{
    const auto factory = m_itemFactories.value(type);
    return factory ? factory() : nullptr;
}

} // namespace tierdesk
