#include "filterstate.h"

namespace Marsad::Index {

FilterState::FilterState(QObject *parent) : QObject(parent)
{}

bool FilterState::isEmpty() const
{
    return m_included.isEmpty() && m_excluded.isEmpty() && !m_from.isValid() && !m_to.isValid() &&
           m_query.trimmed().isEmpty() && !m_undatedOnly;
}

void FilterState::toggleEntity(const QString &id)
{
    if (m_included.contains(id)) {
        m_included.removeAll(id);
        notify();
    } else {
        includeEntity(id);
    }
}

void FilterState::includeEntity(const QString &id)
{
    if (id.isEmpty() || m_included.contains(id))
        return;
    m_excluded.removeAll(id);
    m_included.append(id);
    notify();
}

void FilterState::excludeEntity(const QString &id)
{
    if (id.isEmpty() || m_excluded.contains(id))
        return;
    m_included.removeAll(id);
    m_excluded.append(id);
    notify();
}

void FilterState::removeEntity(const QString &id)
{
    if (m_included.removeAll(id) + m_excluded.removeAll(id) > 0)
        notify();
}

void FilterState::setDateRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && from > to)
        std::swap(from, to);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    notify();
}

void FilterState::clearDateRange()
{
    setDateRange({}, {});
}

void FilterState::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    notify();
}

void FilterState::setUndatedOnly(bool undatedOnly)
{
    if (undatedOnly == m_undatedOnly)
        return;
    m_undatedOnly = undatedOnly;
    notify();
}

void FilterState::clear()
{
    if (isEmpty() && m_query.isEmpty())
        return;
    m_included.clear();
    m_excluded.clear();
    m_from = {};
    m_to = {};
    m_query.clear();
    m_undatedOnly = false;
    notify();
}

void FilterState::notify()
{
    Q_EMIT changed();
}

} // namespace Marsad::Index
