#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace tierdesk {

// The workstation's icons: simple SVGs in resources/workstation/icons (":/workstation/icons/NAME.svg").
// Where Qt cannot draw SVG (the SVG icon engine, package libqt6svg6, is missing) a similar standard icon of
// the style is used instead, so that no button is left blank; the buttons carry text as well.
class Icons
{
public:
    // Registers the compiled resources of the static library (icons); call once from the program and tests.
    static void initResources();

    static QIcon icon(const QString &name);
    // The program's icon (window and tray), drawn when SVG is unavailable.
    static QIcon application();
    // A filled circle, for the connection state.
    static QIcon dot(const QColor &color);
    static bool svgSupported();
};

} // namespace tierdesk
