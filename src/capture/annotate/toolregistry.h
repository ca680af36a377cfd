#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace tierdesk {

class AnnotationItem;
class AnnotationTool;

// Every tool of the annotator and every item type a document may hold. Tools are listed in tool bar order;
// each registers in one line of the constructor (toolregistry.cpp), with the item class it makes when it
// has one, so JSON can turn a "type" back into an item.
class ToolRegistry
{
public:
    static const ToolRegistry &instance();

    QStringList toolIds() const { return m_toolIds; }
    std::unique_ptr<AnnotationTool> createTool(const QString &id) const;
    std::vector<std::unique_ptr<AnnotationTool>> createTools() const;

    QStringList itemTypes() const { return m_itemFactories.keys(); }
    // A new, empty item of the type, or nullptr for a type nobody registered.
    AnnotationItem *createItem(const QString &type) const;

private:
    ToolRegistry();

    template<class Tool> void addTool();
    template<class Tool, class Item> void addTool();

    QStringList m_toolIds;
    QHash<QString, std::function<std::unique_ptr<AnnotationTool>()>> m_toolFactories;
    QHash<QString, std::function<AnnotationItem *()>> m_itemFactories;
};

} // namespace tierdesk
