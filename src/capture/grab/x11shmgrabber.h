#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <memory>

namespace tierdesk {

// Grabs parts of the X11 root window through the MIT-SHM extension (XShmGetImage): the X server writes the
// pixels straight into a shared memory segment that the returned QImage then points at. Qt's own grab
// (QScreen::grabWindow on xcb) moves the pixels through the socket and copies them twice more into freshly
// allocated memory; at 4K that is ~100 MB of fresh pages per grab, and the first touch of fresh pages is what
// made grabbing slow.
//
// Segments are kept between grabs and used again, but only once no QImage refers to their pixels any more
// (the QImage's cleanup function gives the segment back): a later grab never changes an earlier capture's
// pixels. At most maximumIdleSegments unused segments are kept; the rest are detached and removed. The
// segments are marked for removal (IPC_RMID) as soon as the server has attached them, so even a crash
// leaves none behind.
//
// The grabber has an X connection of its own, so its lifetime does not depend on Qt's: a QImage may outlive
// the grabber (and the QGuiApplication); its segment is freed when the image is.
//
// Only for the common pixel layout: a TrueColor root visual of depth 24 or 32 stored as 32-bit x8r8g8b8 in
// the host's byte order (what QImage::Format_RGB32 is). Anything else, no MIT-SHM, a remote display (no
// shared memory), a build without xcb-shm, or TIERDESK_CAPTURE_NO_SHM=1 in the environment: isAvailable() is
// false, and the caller uses Qt's grab.
class X11ShmGrabber
{
public:
    static constexpr int maximumIdleSegments = 4; // one per screen of a grab, for up to four screens

    // Connects to $DISPLAY and checks the extension and the pixel format (a few ms).
    X11ShmGrabber();
    ~X11ShmGrabber();
    X11ShmGrabber(const X11ShmGrabber &) = delete;
    X11ShmGrabber &operator=(const X11ShmGrabber &) = delete;

    bool isAvailable() const;
    // Why not, when !isAvailable() (for the log).
    QString unavailableReason() const { return m_unavailableReason; }

    // rootRect in root window pixels. A Format_RGB32 image of exactly that size with a device pixel ratio of
    // 1, whose pixels live in a shared segment; null (and *error set) when the rect is not inside the root
    // window or the server refuses.
    QImage grab(const QRect &rootRect, QString *error = nullptr);

    // The root window's size in pixels.
    QSize rootSize() const;

    // Segments this grabber holds: in use by images plus idle.
    int segmentCount() const;
    int idleSegmentCount() const;
    // The sizes in bytes of the idle segments, and the size a grab of that many pixels needs (0 when not
    // available): whether the next grabs will find segments made already (CaptureResources).
    QList<qsizetype> idleSegmentSizes() const;
    qsizetype segmentSizeFor(const QSize &size) const;
    // Detaches and removes the idle segments (the next grab makes a new one: slower); segments in use are
    // removed when their images go, until the next grab.
    void releaseIdleSegments();
    // Segments attached in this process by all grabbers (including those of images that outlived theirs).
    static int liveSegmentCount();

    // TIERDESK_CAPTURE_NO_SHM is set to something other than 0: use Qt's grab.
    static bool disabledByEnvironment();

    struct Pool; // the segments and the connection (internal; shared with the images' cleanup)

private:
    std::shared_ptr<Pool> m_pool;
    QString m_unavailableReason;
};

} // namespace tierdesk
