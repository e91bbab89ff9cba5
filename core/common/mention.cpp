#include "mention.h"

using namespace Qt::StringLiterals;

namespace Marsad {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return u"person"_s;
    case EntityType::Place:
        return u"place"_s;
    case EntityType::Organization:
        return u"organization"_s;
    }
    return {};
}

bool entityTypeFromName(const QString &name, EntityType *type)
{
    for (const EntityType t : {EntityType::Person, EntityType::Place, EntityType::Organization}) {
        if (entityTypeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

} // namespace Marsad
