#include "resources.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Marsad::Resources {

QString sampleCorpusPath()
{
    initialize();
    return u":/corpus"_s;
}

QString gazetteerPath()
{
    initialize();
    return u":/gazetteer.json"_s;
}

QString basemapPath()
{
    initialize();
    return u":/geo/countries-10m.json"_s;
}

void initialize()
{
    // Qt links the resource object files of a static library into every target
    // that links it, so the data is registered at start-up; this check only
    // guards against a build that left it out.
    Q_ASSERT(QDir(u":/corpus"_s).exists());
}

} // namespace Marsad::Resources
