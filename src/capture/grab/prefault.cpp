#include "capture/grab/prefault.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace tierdesk {

bool prefaultForWriting(void *address, qsizetype size)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr begin = (quintptr(address) + page - 1) & ~(page - 1);
    const quintptr end = (quintptr(address) + quintptr(size)) & ~(page - 1);
    if (end <= begin)
        return false;
    return madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE) == 0;
#else
    Q_UNUSED(address);
    Q_UNUSED(size);
    return false;
#endif
}

} // namespace tierdesk
