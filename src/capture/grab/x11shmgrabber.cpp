#include "capture/grab/x11shmgrabber.h"

#include "capture/grab/prefault.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <atomic>

#ifdef TIERDESK_HAVE_XCB_SHM
#include <cstdlib>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <vector>
#include <xcb/shm.h>
#include <xcb/xcb.h>
#endif

namespace tierdesk {

Q_LOGGING_CATEGORY(lcShmGrab, "tierdesk.capture.shm", QtInfoMsg)

namespace {
std::atomic<int> liveSegments{0};
}

bool X11ShmGrabber::disabledByEnvironment()
{
    const QByteArray value = qgetenv("TIERDESK_CAPTURE_NO_SHM");
    return !value.isEmpty() && value != "0";
}

int X11ShmGrabber::liveSegmentCount()
{
    return liveSegments.load();
}

#ifdef TIERDESK_HAVE_XCB_SHM

namespace {

struct Segment
{
    int shmId = -1;
    uchar *address = nullptr;
    size_t size = 0;
    xcb_shm_seg_t serverId = 0;
};

} // namespace

// Shared by the grabber and every image that still uses one of its segments (through a Lease), so that the
// connection and the bookkeeping live until the last of them is gone.
struct X11ShmGrabber::Pool
{
    xcb_connection_t *connection = nullptr;
    xcb_window_t root = 0;
    QSize rootSize;
    int bitsPerPixel = 0;
    int scanlinePad = 0;

    QMutex mutex; // images may be released in any thread (e.g. a PNG encoder's)
    std::vector<Segment *> idle;
    int inUse = 0;
    bool grabberAlive = true;
    bool keepIdle = true; // off from releaseIdleSegments() to the next grab

    ~Pool()
    {
        for (Segment *segment : idle)
            destroy(segment);
        if (connection)
            xcb_disconnect(connection); // the server detaches whatever is still attached
    }

    qsizetype bytesPerLine(int width) const
    {
        const qsizetype bits = qsizetype(width) * bitsPerPixel;
        return (bits + scanlinePad - 1) / scanlinePad * scanlinePad / 8;
    }

    Segment *create(size_t size, QString *error)
    {
        const int id = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600);
        if (id < 0) {
            *error = QStringLiteral("shmget(%1 bytes) failed: %2").arg(size).arg(qt_error_string(errno));
            return nullptr;
        }
        void *address = shmat(id, nullptr, 0);
        if (address == reinterpret_cast<void *>(-1)) {
            *error = QStringLiteral("shmat failed: %1").arg(qt_error_string(errno));
            shmctl(id, IPC_RMID, nullptr);
            return nullptr;
        }
        prefaultForWriting(address, qsizetype(size)); // before the server writes: no fault per page here
        const xcb_shm_seg_t serverId = xcb_generate_id(connection);
        xcb_generic_error_t *failure =
            xcb_request_check(connection, xcb_shm_attach_checked(connection, serverId, id, 0));
        // Marked for removal now that both sides have it (or the server refused): it disappears with the
        // last detach, even if this process dies.
        shmctl(id, IPC_RMID, nullptr);
        if (failure) {
            *error = QStringLiteral("the X server could not attach the shared memory (error %1; a remote "
                                    "display?)")
                         .arg(failure->error_code);
            std::free(failure);
            shmdt(address);
            return nullptr;
        }
        ++liveSegments;
        return new Segment{id, static_cast<uchar *>(address), size, serverId};
    }

    void destroy(Segment *segment)
    {
        xcb_shm_detach(connection, segment->serverId);
        xcb_flush(connection);
        shmdt(segment->address);
        --liveSegments;
        delete segment;
    }

    // An idle segment of at least size bytes (the smallest such), or a new one.
    Segment *take(size_t size, QString *error)
    {
        QMutexLocker locker(&mutex);
        keepIdle = true;
        auto best = idle.end();
        for (auto it = idle.begin(); it != idle.end(); ++it) {
            if ((*it)->size >= size && (best == idle.end() || (*it)->size < (*best)->size))
                best = it;
        }
        Segment *segment = nullptr;
        if (best != idle.end()) {
            segment = *best;
            idle.erase(best);
        } else {
            segment = create(size, error);
        }
        if (segment)
            ++inUse;
        return segment;
    }

    void giveBack(Segment *segment)
    {
        QMutexLocker locker(&mutex);
        --inUse;
        if (grabberAlive && keepIdle && idle.size() < size_t(maximumIdleSegments))
            idle.push_back(segment);
        else
            destroy(segment);
    }
};

namespace {

// What a QImage's cleanup function gets: the segment to give back and the pool to give it to.
struct Lease
{
    std::shared_ptr<X11ShmGrabber::Pool> pool;
    Segment *segment;
};

void releaseLease(void *info)
{
    auto *lease = static_cast<Lease *>(info);
    lease->pool->giveBack(lease->segment);
    delete lease; // may end the pool (and its connection) when the grabber is gone
}

// Whether Qt's own X connection (when the application runs on xcb) is to the same X server and screen as ours
// (ours follows $DISPLAY; Qt may have been given -display): same root window, size and server release.
bool sameServerAsQt(const xcb_setup_t *ours, const xcb_screen_t *ourScreen)
{
#if QT_CONFIG(xcb)
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    xcb_connection_t *qt = x11 ? x11->connection() : nullptr;
    if (!qt)
        return true; // not on xcb: nothing to compare with (the caller decides whether to grab at all)
    const xcb_setup_t *theirs = xcb_get_setup(qt);
    if (theirs->release_number != ours->release_number)
        return false;
    for (auto it = xcb_setup_roots_iterator(theirs); it.rem; xcb_screen_next(&it)) {
        if (it.data->root == ourScreen->root && it.data->width_in_pixels == ourScreen->width_in_pixels &&
            it.data->height_in_pixels == ourScreen->height_in_pixels)
            return true;
    }
    return false;
#else
    Q_UNUSED(ours);
    Q_UNUSED(ourScreen);
    return true;
#endif
}

// Why the root window's pixels are not plain x8r8g8b8 in our byte order, or an empty string.
QString checkPixelFormat(const xcb_setup_t *setup, const xcb_screen_t *screen, int *bitsPerPixel,
                         int *scanlinePad)
{
    const bool littleEndian = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;
    if (setup->image_byte_order != (littleEndian ? XCB_IMAGE_ORDER_LSB_FIRST : XCB_IMAGE_ORDER_MSB_FIRST))
        return QStringLiteral("the server's image byte order is not ours");
    if (screen->root_depth != 24 && screen->root_depth != 32)
        return QStringLiteral("root depth %1").arg(screen->root_depth);
    *bitsPerPixel = 0;
    for (auto it = xcb_setup_pixmap_formats_iterator(setup); it.rem; xcb_format_next(&it)) {
        if (it.data->depth == screen->root_depth) {
            *bitsPerPixel = it.data->bits_per_pixel;
            *scanlinePad = it.data->scanline_pad;
        }
    }
    if (*bitsPerPixel != 32 || *scanlinePad <= 0 || *scanlinePad % 8 != 0)
        return QStringLiteral("%1 bits per pixel").arg(*bitsPerPixel);
    for (auto depth = xcb_screen_allowed_depths_iterator(screen); depth.rem; xcb_depth_next(&depth)) {
        if (depth.data->depth != screen->root_depth)
            continue;
        for (auto visual = xcb_depth_visuals_iterator(depth.data); visual.rem; xcb_visualtype_next(&visual)) {
            if (visual.data->visual_id != screen->root_visual)
                continue;
            if (visual.data->_class != XCB_VISUAL_CLASS_TRUE_COLOR || visual.data->red_mask != 0xff0000 ||
                visual.data->green_mask != 0x00ff00 || visual.data->blue_mask != 0x0000ff)
                return QStringLiteral("the root visual is not x8r8g8b8 TrueColor");
            return QString();
        }
    }
    return QStringLiteral("the root visual was not found");
}

} // namespace

X11ShmGrabber::X11ShmGrabber()
{
    if (disabledByEnvironment()) {
        m_unavailableReason = QStringLiteral("TIERDESK_CAPTURE_NO_SHM is set");
        return;
    }
    auto pool = std::make_shared<Pool>();
    int screenNumber = 0;
    pool->connection = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(pool->connection)) {
        m_unavailableReason = QStringLiteral("no connection to the X server");
        xcb_disconnect(pool->connection);
        pool->connection = nullptr;
        return;
    }
    const xcb_query_extension_reply_t *extension = xcb_get_extension_data(pool->connection, &xcb_shm_id);
    if (!extension || !extension->present) {
        m_unavailableReason = QStringLiteral("the X server has no MIT-SHM extension");
        return;
    }
    const xcb_setup_t *setup = xcb_get_setup(pool->connection);
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(setup);
    for (int i = 0; i < screenNumber && screens.rem; ++i)
        xcb_screen_next(&screens);
    if (!screens.rem) {
        m_unavailableReason = QStringLiteral("X screen %1 not found").arg(screenNumber);
        return;
    }
    const xcb_screen_t *screen = screens.data;
    m_unavailableReason = checkPixelFormat(setup, screen, &pool->bitsPerPixel, &pool->scanlinePad);
    if (!m_unavailableReason.isEmpty())
        return;
    if (!sameServerAsQt(setup, screen)) {
        m_unavailableReason = QStringLiteral("$DISPLAY is not the display Qt uses");
        return;
    }
    pool->root = screen->root;
    pool->rootSize = QSize(screen->width_in_pixels, screen->height_in_pixels);

    // A remote display answers MIT-SHM but cannot attach our memory: find out now, with one small segment.
    QString error;
    Segment *probe = pool->create(4096, &error);
    if (!probe) {
        m_unavailableReason = error;
        return;
    }
    pool->destroy(probe);
    m_pool = std::move(pool);
    qCDebug(lcShmGrab) << "MIT-SHM grabbing of" << m_pool->rootSize << "root pixels";
}

X11ShmGrabber::~X11ShmGrabber()
{
    if (!m_pool)
        return;
    QMutexLocker locker(&m_pool->mutex);
    m_pool->grabberAlive = false;
    for (Segment *segment : m_pool->idle)
        m_pool->destroy(segment);
    m_pool->idle.clear();
    // Segments still in images are destroyed when those images go (the pool lives on in their leases).
}

bool X11ShmGrabber::isAvailable() const
{
    return bool(m_pool);
}

QSize X11ShmGrabber::rootSize() const
{
    return m_pool ? m_pool->rootSize : QSize();
}

int X11ShmGrabber::segmentCount() const
{
    if (!m_pool)
        return 0;
    QMutexLocker locker(&m_pool->mutex);
    return m_pool->inUse + int(m_pool->idle.size());
}

void X11ShmGrabber::releaseIdleSegments()
{
    if (!m_pool)
        return;
    QMutexLocker locker(&m_pool->mutex);
    for (Segment *segment : m_pool->idle)
        m_pool->destroy(segment);
    m_pool->idle.clear();
    m_pool->keepIdle = false;
}

int X11ShmGrabber::idleSegmentCount() const
{
    if (!m_pool)
        return 0;
    QMutexLocker locker(&m_pool->mutex);
    return int(m_pool->idle.size());
}

QList<qsizetype> X11ShmGrabber::idleSegmentSizes() const
{
    QList<qsizetype> sizes;
    if (!m_pool)
        return sizes;
    QMutexLocker locker(&m_pool->mutex);
    for (const Segment *segment : m_pool->idle)
        sizes.append(qsizetype(segment->size));
    return sizes;
}

qsizetype X11ShmGrabber::segmentSizeFor(const QSize &size) const
{
    if (!m_pool || size.isEmpty())
        return 0;
    return m_pool->bytesPerLine(size.width()) * size.height();
}

QImage X11ShmGrabber::grab(const QRect &rootRect, QString *error)
{
    QString problem;
    if (!error)
        error = &problem;
    if (!m_pool) {
        *error = m_unavailableReason;
        return QImage();
    }
    if (rootRect.isEmpty() || !QRect(QPoint(0, 0), m_pool->rootSize).contains(rootRect)) {
        *error = QStringLiteral("%1,%2 %3×%4 is not inside the root window")
                     .arg(rootRect.x())
                     .arg(rootRect.y())
                     .arg(rootRect.width())
                     .arg(rootRect.height());
        return QImage();
    }
    const qsizetype bytesPerLine = m_pool->bytesPerLine(rootRect.width());
    const size_t size = size_t(bytesPerLine) * size_t(rootRect.height());
    Segment *segment = m_pool->take(size, error);
    if (!segment)
        return QImage();

    QElapsedTimer timer;
    timer.start();
    xcb_generic_error_t *failure = nullptr;
    xcb_shm_get_image_reply_t *reply = xcb_shm_get_image_reply(
        m_pool->connection,
        xcb_shm_get_image(m_pool->connection, m_pool->root, int16_t(rootRect.x()), int16_t(rootRect.y()),
                          uint16_t(rootRect.width()), uint16_t(rootRect.height()), ~0u,
                          XCB_IMAGE_FORMAT_Z_PIXMAP, segment->serverId, 0),
        &failure);
    if (!reply) {
        *error = QStringLiteral("XShmGetImage failed (error %1)").arg(failure ? failure->error_code : -1);
        std::free(failure);
        m_pool->giveBack(segment);
        return QImage();
    }
    std::free(reply);
    const qint64 serverNs = timer.nsecsElapsed();

    // The byte above a 24-bit pixel is undefined in X; Format_RGB32 wants 0xff there.
    for (int y = 0; y < rootRect.height(); ++y) {
        quint32 *line = reinterpret_cast<quint32 *>(segment->address + y * bytesPerLine);
        for (int x = 0; x < rootRect.width(); ++x)
            line[x] |= 0xff000000u;
    }
    qCDebug(lcShmGrab) << "XShmGetImage" << rootRect << serverNs / 1e6 << "ms, alpha pass"
                       << (timer.nsecsElapsed() - serverNs) / 1e6 << "ms";
    return QImage(segment->address, rootRect.width(), rootRect.height(), bytesPerLine, QImage::Format_RGB32,
                  releaseLease, new Lease{m_pool, segment});
}

#else // no xcb-shm in this build

struct X11ShmGrabber::Pool
{};

X11ShmGrabber::X11ShmGrabber()
    : m_unavailableReason(QStringLiteral("built without xcb-shm"))
{}

X11ShmGrabber::~X11ShmGrabber() = default;

bool X11ShmGrabber::isAvailable() const
{
    return false;
}

QSize X11ShmGrabber::rootSize() const
{
    return QSize();
}

int X11ShmGrabber::segmentCount() const
{
    return 0;
}

int X11ShmGrabber::idleSegmentCount() const
{
    return 0;
}

void X11ShmGrabber::releaseIdleSegments() {}

QList<qsizetype> X11ShmGrabber::idleSegmentSizes() const
{
    return {};
}

qsizetype X11ShmGrabber::segmentSizeFor(const QSize &) const
{
    return 0;
}

QImage X11ShmGrabber::grab(const QRect &, QString *error)
{
    if (error)
        *error = m_unavailableReason;
    return QImage();
}

#endif

} // namespace tierdesk
