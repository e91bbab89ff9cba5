// Helpers of the entity tests: the real gazetteer, loaded once, and lookups
// over extracted mentions. Header-only: the suite compiles test_*.cpp files.
#pragma once

#include "entityextractor.h"
#include "gazetteer.h"
#include "mention.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Marsad::Tests {

inline std::shared_ptr<const Entities::Gazetteer> realGazetteer()
{
    static const std::shared_ptr<const Entities::Gazetteer> g =
        Entities::Gazetteer::fromFile(QStringLiteral(MARSAD_SOURCE_DIR) +
                                      QStringLiteral("/resources/gazetteer.json"))
            .gazetteer;
    return g;
}

inline const Entities::EntityExtractor &realExtractor()
{
    static const Entities::EntityExtractor e(realGazetteer());
    return e;
}

inline QList<Mention> extract(const QString &text)
{
    return realExtractor().extract(text);
}

/// The first mention of \a id, if any.
inline std::optional<Mention> findMention(const QList<Mention> &mentions, const QString &id)
{
    for (const Mention &m : mentions) {
        if (m.entityId == id)
            return m;
    }
    return std::nullopt;
}

/// Ids of the mentions, in order.
inline QStringList mentionIds(const QList<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions)
        out.append(m.entityId);
    return out;
}

} // namespace Marsad::Tests
