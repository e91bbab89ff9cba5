#include "analysisthreadpool.h"

#include <QCoreApplication>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Marsad {

QThreadPool *analysisThreadPool()
{
    // Its default size is one thread per core. At exit its destructor waits
    // for running tasks, which a canceled load ends promptly.
    static QThreadPool *pool = [] {
        static QThreadPool p;
        p.setExpiryTimeout(-1);
        // A load canceled at exit must end while the application and the
        // statics it uses (word lists, patterns) still exist.
        qAddPostRoutine([] { analysisThreadPool()->waitForDone(); });
        return &p;
    }();
    return pool;
}

QThreadPool *jobThreadPool()
{
    static QThreadPool *pool = [] {
        static QThreadPool p;
        // A canceled job ends promptly; a few may overlap (a load canceled by
        // a newer one, a re-application dropped for a newer one).
        p.setMaxThreadCount(4);
        qAddPostRoutine([] { jobThreadPool()->waitForDone(); });
        return &p;
    }();
    return pool;
}

void runThisThreadInBackground()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value; QThread's priorities do not
    // change anything under the default scheduler.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace Marsad
