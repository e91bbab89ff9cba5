// The thread pool every analysis stage runs on.
//
// Never Qt's global pool: the raster paint engine uses that one too and waits
// on it, so analysis filling it froze the GUI thread in painting (DESIGN.md §7).
#pragma once

class QThreadPool;

namespace Marsad {

/// A process-wide pool with one thread per core, for loading and analysis.
/// Its threads never expire, so a priority given to one stays with it.
QThreadPool *analysisThreadPool();

/// Threads that run whole jobs (a load, the re-application of corrections,
/// an export) whose parallel parts run on analysisThreadPool(). A job that
/// waited on that pool from one of its own threads could take every thread
/// and deadlock (two overlapping jobs did, each waiting for a map that had no
/// thread left); jobs therefore never run there.
QThreadPool *jobThreadPool();

/// Lowers the calling thread's scheduling priority (nice 10 on Linux) once:
/// background analysis in the viewer then yields the cores to the GUI thread.
void runThisThreadInBackground();

} // namespace Marsad
