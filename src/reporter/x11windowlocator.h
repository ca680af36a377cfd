#pragma once

#include <QCoreApplication>
#include <QRect>
#include <QString>

namespace tierdesk {

// Where the active window of *any* program is on an X11 desktop — what Qt does not tell (QtScreenBackend
// can only crop to our own windows). Asks the window manager (_NET_ACTIVE_WINDOW on the root window) and,
// where no window manager runs, the X server's input focus; climbs to the top-level window (the frame,
// when a window manager reparents) and returns its rectangle in root-window pixels, which on X11 are the
// device pixels of a full-desktop capture.
class X11WindowLocator
{
    Q_DECLARE_TR_FUNCTIONS(X11WindowLocator)

public:
    // Built with xcb and running on the xcb platform.
    static bool isAvailable();
    // The active window's frame; an empty rectangle and *error when there is none (the desktop itself has
    // the focus) or X11 is not available.
    static QRect activeWindowFrame(QString *error);
};

} // namespace tierdesk
