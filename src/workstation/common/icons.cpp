#include "workstation/common/icons.h"

#include <QApplication>
#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initWorkstationQrc()
{
    Q_INIT_RESOURCE(workstation);
}

namespace tierdesk {

void Icons::initResources()
{
    static bool done = false;
    if (!done) {
        initWorkstationQrc();
        done = true;
    }
}

bool Icons::svgSupported()
{
    static const bool supported = QImageReader::supportedImageFormats().contains("svg");
    return supported;
}

QIcon Icons::icon(const QString &name)
{
    initResources();
    if (svgSupported())
        return QIcon(QStringLiteral(":/workstation/icons/%1.svg").arg(name));
    static const QHash<QString, QStyle::StandardPixmap> fallback{
        {QStringLiteral("reply"), QStyle::SP_ArrowBack},
        {QStringLiteral("note"), QStyle::SP_FileDialogInfoView},
        {QStringLiteral("send"), QStyle::SP_ArrowRight},
        {QStringLiteral("attach"), QStyle::SP_FileIcon},
        {QStringLiteral("capture"), QStyle::SP_DesktopIcon},
        {QStringLiteral("annotate"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("assign"), QStyle::SP_DialogYesButton},
        {QStringLiteral("queue"), QStyle::SP_FileDialogListView},
        {QStringLiteral("kb"), QStyle::SP_DirIcon},
        {QStringLiteral("search"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("refresh"), QStyle::SP_BrowserReload},
        {QStringLiteral("edit"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("new-article"), QStyle::SP_FileDialogNewFolder},
        {QStringLiteral("link"), QStyle::SP_FileLinkIcon},
        {QStringLiteral("insert"), QStyle::SP_ArrowDown},
        {QStringLiteral("help"), QStyle::SP_DialogHelpButton},
        {QStringLiteral("conflict"), QStyle::SP_MessageBoxWarning},
        {QStringLiteral("lock"), QStyle::SP_MessageBoxInformation},
        {QStringLiteral("status"), QStyle::SP_DialogApplyButton},
        {QStringLiteral("vip"), QStyle::SP_DialogYesButton},
    };
    if (name == QLatin1String("tierdesk"))
        return application();
    const auto it = fallback.constFind(name);
    if (it == fallback.constEnd() || !qApp)
        return {};
    return QApplication::style()->standardIcon(*it);
}

QIcon Icons::application()
{
    initResources();
    if (svgSupported())
        return QIcon(QStringLiteral(":/workstation/icons/tierdesk.svg"));
    // The same picture as tierdesk.svg: three stacked tiers on a dark blue tile.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2b, 0x4a, 0x6f));
        p.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12);
        p.setBrush(QColor(0x9c, 0xc3, 0xe6));
        p.drawRoundedRect(QRectF(14, 40, 36, 8), 2, 2);
        p.setBrush(QColor(0xc9, 0xde, 0xf2));
        p.drawRoundedRect(QRectF(19, 28, 26, 8), 2, 2);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(24, 16, 16, 8), 2, 2);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon Icons::dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(140));
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace tierdesk
