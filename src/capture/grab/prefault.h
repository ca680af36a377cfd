#pragma once

#include <QtGlobal>

namespace tierdesk {

// Maps every page of fresh memory in one system call (Linux ≥ 5.14: madvise MADV_POPULATE_WRITE) instead
// of one page fault per 4 KiB page at the first touch. A 4K image is ~8000 pages; on a virtual machine each
// fault costs ~13–18 µs, so the first pass over a fresh 4K buffer took 100–150 ms of faults alone. Only the
// whole pages inside [address, address + size) are populated; the memory's content is unchanged. Returns
// false where the system cannot (other systems, older kernels): then the pages fault in as usual.
bool prefaultForWriting(void *address, qsizetype size);

} // namespace tierdesk
