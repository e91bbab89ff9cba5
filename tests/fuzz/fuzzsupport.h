// Shared by the fuzz targets: a Qt application object (resources, logging),
// and a crash that libFuzzer reports when an invariant does not hold.
#pragma once

#include "mention.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace Marsad::Fuzz {

inline void init()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Warnings about bad input are the expected case here, not news.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
}

/// Aborts (a finding) when \a ok is false.
inline void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

/// Spans must lie inside the text.
inline void requireInside(const TextSpan &span, qsizetype size, const char *what)
{
    require(span.start >= 0 && span.start <= span.end && span.end <= size, what);
}

} // namespace Marsad::Fuzz
