// The analyst store's tables, one per item type, described once: each item is
// a list of columns (its own fields; the store adds uid, author, modified,
// created and revision), from which the CREATE TABLE, the INSERT, the
// per-field UPDATE and the SELECT are all made, the same SQL on SQLite and
// PostgreSQL.
//
// A column belongs to a field: the unit update() writes when it differs. Most
// fields are one column; those whose columns only make sense together (an
// anchor, a date range, the map's view, coordinates) are written together, so
// two clients never leave a mix of both.
#pragma once

#include "analystdata.h"

#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Marsad::Analyst::StoreColumns {

struct Column
{
    const char *name;  ///< The SQL column.
    const char *field; ///< Columns of one field are written together.
    QVariant value;    ///< A QString, qint64 or double; never null.
};
using Row = QList<Column>;

/// The tables, with their key column "uid".
inline constexpr const char *CorrectionsTable = "marsad_corrections";
inline constexpr const char *NotesTable = "marsad_notes";
inline constexpr const char *ViewsTable = "marsad_views";

Row columnsOf(const Correction &item);
Row columnsOf(const Note &item);
Row columnsOf(const SavedView &item);

/// The item in the current row of \a query, which selected columnsOf(T{})
/// then author and modified, in that order. False when a value is not one
/// this build knows (an unknown kind name).
bool read(const QSqlQuery &query, Correction *item);
bool read(const QSqlQuery &query, Note *item);
bool read(const QSqlQuery &query, SavedView *item);

/// CREATE TABLE IF NOT EXISTS for \a table with \a columns.
QString createTable(const char *table, const Row &columns);

} // namespace Marsad::Analyst::StoreColumns
