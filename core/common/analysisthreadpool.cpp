#include "analysisthreadpool.h"

#include <QThreadPool>

namespace Marsad {

QThreadPool *analysisThreadPool()
{
    // Its default size is one thread per core. At exit its destructor waits
    // for running tasks, which a canceled load ends promptly.
    static QThreadPool pool;
    return &pool;
}

} // namespace Marsad
