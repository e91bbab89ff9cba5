// The one filter every view reads and writes (DESIGN.md §1): entities to
// include and exclude, a date range and a text query. Views never talk to each
// other; they change this object and listen to changed().
//
// It only holds the filter; CorpusIndex answers it.
#pragma once

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Marsad::Index {

/// The filter as a plain value, for CorpusIndex to answer.
struct Filter
{
    QStringList included;     ///< Articles must mention every one of these.
    QStringList excluded;     ///< Articles mentioning any of these are hidden.
    QDate from;               ///< Invalid: open.
    QDate to;                 ///< Invalid: open.
    QString query;            ///< Words that must all occur (folded, clitics aware).
    bool undatedOnly = false; ///< Only articles with no publication date.

    bool hasDateRange() const { return from.isValid() || to.isValid(); }
};

class FilterState final : public QObject
{
    Q_OBJECT
public:
    explicit FilterState(QObject *parent = nullptr);

    /// Articles must mention every included entity.
    QStringList includedEntities() const { return m_included; }
    /// Articles that mention any excluded entity are hidden.
    QStringList excludedEntities() const { return m_excluded; }
    QDate from() const { return m_from; } ///< Invalid: open.
    QDate to() const { return m_to; }     ///< Invalid: open.
    QString query() const { return m_query; }
    bool undatedOnly() const { return m_undatedOnly; }

    bool isEmpty() const;
    Filter filter() const { return {m_included, m_excluded, m_from, m_to, m_query, m_undatedOnly}; }

    /// Toggles inclusion (click on an entity); includes remove a matching exclude.
    void toggleEntity(const QString &id);
    void includeEntity(const QString &id);
    void excludeEntity(const QString &id);
    void removeEntity(const QString &id); ///< From both lists.
    void setDateRange(QDate from, QDate to);
    void clearDateRange();
    void setQuery(const QString &query);
    /// Shows only the articles no date could be found for.
    void setUndatedOnly(bool undatedOnly);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void notify();

    QStringList m_included;
    QStringList m_excluded;
    QDate m_from;
    QDate m_to;
    QString m_query;
    bool m_undatedOnly = false;
};

} // namespace Marsad::Index
