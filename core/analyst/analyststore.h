// Where the analyst's data is kept: one interface, the same portable SQL on
// SQLite (the embedded default: a project file, or a file in the user's data
// folder) and on PostgreSQL (QPSQL: a team sharing one set of corrections and
// notes).
//
// Writes are per item and per field: update() writes only the fields that
// differ between the item as the client last saw it and as it is now, so two
// clients changing different fields of one correction both keep their change,
// and on the same field the last write wins. Items are keyed by their uid, so
// nothing is duplicated. changed() tells a client that another one wrote.
//
// One connection per store object; use it from the thread that opened it.
// A PostgreSQL connection that the server dropped is opened again by the
// next call (or the next poll), and the write retried: writes are idempotent.
//
// (Interface fixed for the helpers; implemented in analyststore.cpp.)
#pragma once

#include "analystdata.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

namespace Marsad::Analyst {

/// A parsed `--store` value: "sqlite:PATH", a plain PATH (SQLite), or
/// "postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir]".
struct StoreLocation
{
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };
    Kind kind = Kind::SQLite;
    QString path; ///< SQLite: the database file.
    QString host; ///< PostgreSQL: a host name, or a socket folder (starts with '/').
    int port = 5432;
    QString database;
    QString user;
    QString password;

    /// False (and *error set, translated) when \a text is neither form.
    static bool parse(const QString &text, StoreLocation *location, QString *error);
    /// The text that parse() reads back (the password left out).
    QString toString() const;

    Q_DECLARE_TR_FUNCTIONS(Marsad::Analyst::StoreLocation) // last: it ends with "private:"
};

class AnalystStore final : public QObject
{
    Q_OBJECT
public:
    /// The schema this build writes; a store with a newer one is refused
    /// (never rewritten), an older one would be upgraded.
    static constexpr int SchemaVersion = 1;

    /// Opens (creating the tables when needed) the store at \a location; null
    /// with *error set (translated, naming the location) when it cannot be used.
    static std::unique_ptr<AnalystStore> open(const StoreLocation &location, QString *error);
    ~AnalystStore() override;

    const StoreLocation &location() const;

    /// Everything not deleted, as one value.
    AnalystData load();

    /// Inserts \a item when its uid is new (nothing happens when it exists),
    /// stamping author and modified. False with lastError() on failure.
    bool insert(const Correction &item);
    bool insert(const Note &item);
    bool insert(const SavedView &item);

    /// Writes the fields in which \a now differs from \a before (same uid);
    /// the other fields keep whatever another client wrote meanwhile.
    bool update(const Correction &before, const Correction &now);
    bool update(const Note &before, const Note &now);
    bool update(const SavedView &before, const SavedView &now);

    /// Sets or clears the tombstone of the item with \a uid (undo, remove).
    bool setCorrectionDeleted(const QString &uid, bool deleted);
    bool setNoteDeleted(const QString &uid, bool deleted);
    bool setViewDeleted(const QString &uid, bool deleted);

    /// A project's own settings (corpus paths, the last state…): key → value.
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    QString lastError() const;

    /// How often the store looks, unasked, for other connections' writes
    /// (SQLite; 1 s by default) or for a lost connection (PostgreSQL, which
    /// is told of writes at once by NOTIFY; 10 s by default).
    void setPollInterval(int ms);

Q_SIGNALS:
    /// Another client (or another connection of this process) wrote: load()
    /// again. Not emitted for this object's own writes.
    void changed();

private:
    AnalystStore();
    AnalystData loadOnce();
    QString settingOnce(const QString &key) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Marsad::Analyst
