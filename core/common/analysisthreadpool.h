// The thread pool every analysis stage runs on.
//
// Never Qt's global pool: the raster paint engine uses that one too and waits
// on it, so analysis filling it froze the GUI thread in painting (DESIGN.md §7).
#pragma once

class QThreadPool;

namespace Marsad {

/// A process-wide pool with one thread per core, for loading and analysis.
QThreadPool *analysisThreadPool();

} // namespace Marsad
