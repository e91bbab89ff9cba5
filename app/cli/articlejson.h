// The JSON form of an analysed article: the stable contract of DESIGN.md §6.
// Offsets are converted here from QString (UTF-16) units to code points.
#pragma once

#include "analyzedarticle.h"

#include <QJsonObject>

namespace Marsad::Cli {

class ArticleJson final
{
public:
    static QJsonObject toJson(const Analysis::AnalyzedArticle &analyzed);
};

} // namespace Marsad::Cli
