// Shared vocabulary of the analysis: spans of text and entity mentions.
// Lives in common/ so that entities/ (which finds mentions) and time/ (whose
// events carry them) need not depend on each other.
#pragma once

#include <QString>

namespace Marsad {

/// A half-open range [start, end) of UTF-16 offsets into an article's text.
struct TextSpan
{
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    qsizetype length() const { return end - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(const TextSpan &o) const { return start < o.end && o.start < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

enum class EntityType
{
    Person,
    Place,
    Organization
};

/// "person", "place", "organization": the stable spelling of the JSON contract.
QString entityTypeName(EntityType type);
/// The inverse of entityTypeName; false for an unknown name.
bool entityTypeFromName(const QString &name, EntityType *type);

/// One occurrence of an entity in an article's text.
struct Mention
{
    QString entityId; ///< Gazetteer id ("shusha"), or a candidate's slug.
    EntityType type = EntityType::Place;
    TextSpan span;          ///< In the original text, clitics excluded.
    QString surface;        ///< The original text of span.
    bool candidate = false; ///< Proposed from context, not in the gazetteer.
    double confidence = 1.0;
};

} // namespace Marsad
