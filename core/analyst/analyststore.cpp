// Placeholder so that the interface links while it is being written: every
// call fails. Replaced by the real SQLite/PostgreSQL store.
#include "analyststore.h"

namespace Marsad::Analyst {

struct AnalystStore::Private
{
    StoreLocation location;
};

bool StoreLocation::parse(const QString &text, StoreLocation *location, QString *error)
{
    Q_UNUSED(text);
    Q_UNUSED(location);
    if (error)
        *error = QStringLiteral("not implemented");
    return false;
}

QString StoreLocation::toString() const
{
    return path;
}

std::unique_ptr<AnalystStore> AnalystStore::open(const StoreLocation &, QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented");
    return nullptr;
}

AnalystStore::AnalystStore() : d(std::make_unique<Private>())
{}
AnalystStore::~AnalystStore() = default;
const StoreLocation &AnalystStore::location() const
{
    return d->location;
}
AnalystData AnalystStore::load()
{
    return {};
}
bool AnalystStore::insert(const Correction &)
{
    return false;
}
bool AnalystStore::insert(const Note &)
{
    return false;
}
bool AnalystStore::insert(const SavedView &)
{
    return false;
}
bool AnalystStore::update(const Correction &, const Correction &)
{
    return false;
}
bool AnalystStore::update(const Note &, const Note &)
{
    return false;
}
bool AnalystStore::update(const SavedView &, const SavedView &)
{
    return false;
}
bool AnalystStore::setCorrectionDeleted(const QString &, bool)
{
    return false;
}
bool AnalystStore::setNoteDeleted(const QString &, bool)
{
    return false;
}
bool AnalystStore::setViewDeleted(const QString &, bool)
{
    return false;
}
QString AnalystStore::setting(const QString &) const
{
    return {};
}
bool AnalystStore::setSetting(const QString &, const QString &)
{
    return false;
}
QString AnalystStore::lastError() const
{
    return QStringLiteral("not implemented");
}

} // namespace Marsad::Analyst
