#include "reporter/x11windowlocator.h"

#include <QGuiApplication>

#ifdef TIERDESK_HAVE_XCB
#include <QtGui/qguiapplication_platform.h>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <xcb/xcb.h>
#endif

namespace tierdesk {

#ifdef TIERDESK_HAVE_XCB
namespace {

template<class Reply> using ReplyPointer = std::unique_ptr<Reply, decltype(&std::free)>;

template<class Reply> ReplyPointer<Reply> owned(Reply *reply)
{
    return ReplyPointer<Reply>(reply, &std::free);
}

xcb_connection_t *connection()
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    return x11 ? x11->connection() : nullptr;
}

xcb_window_t rootWindow(xcb_connection_t *c)
{
    const xcb_setup_t *setup = xcb_get_setup(c);
    return xcb_setup_roots_iterator(setup).data->root;
}

xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    auto reply =
        owned(xcb_intern_atom_reply(c, xcb_intern_atom(c, 1, uint16_t(strlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

xcb_window_t activeWindow(xcb_connection_t *c, xcb_window_t root)
{
    // The window manager's answer, when one runs.
    const xcb_atom_t netActive = atom(c, "_NET_ACTIVE_WINDOW");
    if (netActive != XCB_ATOM_NONE) {
        auto reply = owned(xcb_get_property_reply(
            c, xcb_get_property(c, 0, root, netActive, XCB_ATOM_WINDOW, 0, 1), nullptr));
        if (reply && xcb_get_property_value_length(reply.get()) >= int(sizeof(xcb_window_t))) {
            const xcb_window_t window = *static_cast<xcb_window_t *>(xcb_get_property_value(reply.get()));
            if (window != XCB_WINDOW_NONE)
                return window;
        }
    }
    // No window manager: the X server's own focus.
    auto focus = owned(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), nullptr));
    if (!focus || focus->focus == XCB_WINDOW_NONE || focus->focus == XCB_INPUT_FOCUS_POINTER_ROOT ||
        focus->focus == root)
        return XCB_WINDOW_NONE;
    return focus->focus;
}

// The child of the root that holds window (its frame when a window manager reparented it).
xcb_window_t topLevel(xcb_connection_t *c, xcb_window_t window, xcb_window_t root)
{
    for (int depth = 0; depth < 64 && window != XCB_WINDOW_NONE; ++depth) {
        auto tree = owned(xcb_query_tree_reply(c, xcb_query_tree(c, window), nullptr));
        if (!tree)
            return XCB_WINDOW_NONE;
        if (tree->parent == root || tree->parent == XCB_WINDOW_NONE)
            return window;
        window = tree->parent;
    }
    return XCB_WINDOW_NONE;
}

} // namespace
#endif

bool X11WindowLocator::isAvailable()
{
#ifdef TIERDESK_HAVE_XCB
    return QGuiApplication::platformName() == QLatin1String("xcb") && connection();
#else
    return false;
#endif
}

QRect X11WindowLocator::activeWindowFrame(QString *error)
{
#ifdef TIERDESK_HAVE_XCB
    xcb_connection_t *c = connection();
    if (!c || QGuiApplication::platformName() != QLatin1String("xcb")) {
        *error = tr("The active window can only be found on an X11 desktop.");
        return {};
    }
    const xcb_window_t root = rootWindow(c);
    const xcb_window_t active = activeWindow(c, root);
    const xcb_window_t top = topLevel(c, active, root);
    if (top == XCB_WINDOW_NONE) {
        *error = tr("No window is active; click the window to capture first.");
        return {};
    }
    auto attributes = owned(xcb_get_window_attributes_reply(c, xcb_get_window_attributes(c, top), nullptr));
    if (!attributes || attributes->map_state != XCB_MAP_STATE_VIEWABLE) {
        *error = tr("The active window is not on the screen.");
        return {};
    }
    auto geometry = owned(xcb_get_geometry_reply(c, xcb_get_geometry(c, top), nullptr));
    auto position =
        owned(xcb_translate_coordinates_reply(c, xcb_translate_coordinates(c, top, root, 0, 0), nullptr));
    if (!geometry || !position) {
        *error = tr("The X server did not say where the active window is.");
        return {};
    }
    const int border = geometry->border_width;
    return QRect(position->dst_x - border, position->dst_y - border, geometry->width + 2 * border,
                 geometry->height + 2 * border);
#else
    *error = tr("This build cannot find the active window of other programs (it was built without xcb).");
    return {};
#endif
}

} // namespace tierdesk
