// Paths of the data compiled into Marsad (Qt resource paths).
#pragma once

#include <QString>

namespace Marsad::Resources {

/// Folder of the bundled sample corpus, readable with QDir/QFile.
QString sampleCorpusPath();
/// The conflict-wide gazetteer (DESIGN.md §4).
QString gazetteerPath();
/// Natural Earth country borders as TopoJSON.
QString basemapPath();

/// Makes sure the resources of this static library are registered; safe to call
/// more than once. Call before the first use of any path above.
void initialize();

} // namespace Marsad::Resources
