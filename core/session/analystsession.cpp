#include "analystsession.h"

#include <QDateTime>

#include <algorithm>

namespace Marsad::Session {

using namespace Analyst;

namespace {

template<typename Item>
const Item *findItem(const QList<Item> &items, const QString &uid)
{
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [&](const Item &item) { return item.uid == uid; });
    return it == items.cend() ? nullptr : &*it;
}

bool storeRemove(AnalystStore *store, const Correction *, const QString &uid)
{
    return store->setCorrectionDeleted(uid, true);
}
bool storeRemove(AnalystStore *store, const Note *, const QString &uid)
{
    return store->setNoteDeleted(uid, true);
}
bool storeRemove(AnalystStore *store, const SavedView *, const QString &uid)
{
    return store->setViewDeleted(uid, true);
}

} // namespace

AnalystSession::AnalystSession(QObject *parent) : QObject(parent)
{}

AnalystSession::~AnalystSession() = default;

void AnalystSession::setStore(std::unique_ptr<AnalystStore> store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = std::move(store);
    if (m_store)
        connect(m_store.get(), &AnalystStore::changed, this, &AnalystSession::reload);
    reload();
}

void AnalystSession::reload()
{
    m_data = m_store ? m_store->load() : AnalystData{};
    Q_EMIT correctionsChanged();
    Q_EMIT notesChanged();
    Q_EMIT viewsChanged();
}

const Correction *AnalystSession::correction(const QString &uid) const
{
    return findItem(m_data.corrections, uid);
}

const Note *AnalystSession::note(const QString &uid) const
{
    return findItem(m_data.notes, uid);
}

const SavedView *AnalystSession::view(const QString &uid) const
{
    return findItem(m_data.views, uid);
}

template<typename Item>
bool AnalystSession::addItem(QList<Item> &items, const Item &given)
{
    Item item = given;
    item.deleted = false;
    item.modified = QDateTime::currentDateTimeUtc();
    if (m_store) {
        // A uid the store knows (a removed item brought back by undo or redo):
        // revive it and write every field it has, whatever was stored; a new
        // uid is simply inserted.
        Item blank;
        blank.uid = item.uid;
        blank.deleted = true;
        if (!m_store->insert(item) || !m_store->update(blank, item)) {
            m_lastError = m_store->lastError();
            return false;
        }
    }
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const Item &known) { return known.uid == item.uid; });
    if (it == items.end())
        items.append(item);
    else
        *it = item;
    emitChanged(static_cast<const Item *>(nullptr));
    return true;
}

template<typename Item>
bool AnalystSession::updateItem(QList<Item> &items, const Item &given)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const Item &known) { return known.uid == given.uid; });
    if (it == items.end())
        return addItem(items, given);
    Item item = given;
    item.modified = QDateTime::currentDateTimeUtc();
    if (m_store && !m_store->update(*it, item)) {
        m_lastError = m_store->lastError();
        return false;
    }
    *it = item;
    emitChanged(static_cast<const Item *>(nullptr));
    return true;
}

template<typename Item>
bool AnalystSession::removeItem(QList<Item> &items, const QString &uid)
{
    if (m_store && !storeRemove(m_store.get(), static_cast<const Item *>(nullptr), uid)) {
        m_lastError = m_store->lastError();
        return false;
    }
    items.removeIf([&](const Item &item) { return item.uid == uid; });
    emitChanged(static_cast<const Item *>(nullptr));
    return true;
}

void AnalystSession::emitChanged(const Correction *)
{
    Q_EMIT correctionsChanged();
}
void AnalystSession::emitChanged(const Note *)
{
    Q_EMIT notesChanged();
}
void AnalystSession::emitChanged(const SavedView *)
{
    Q_EMIT viewsChanged();
}

bool AnalystSession::add(const Correction &item)
{
    return addItem(m_data.corrections, item);
}
bool AnalystSession::add(const Note &item)
{
    return addItem(m_data.notes, item);
}
bool AnalystSession::add(const SavedView &item)
{
    return addItem(m_data.views, item);
}
bool AnalystSession::update(const Correction &item)
{
    return updateItem(m_data.corrections, item);
}
bool AnalystSession::update(const Note &item)
{
    return updateItem(m_data.notes, item);
}
bool AnalystSession::update(const SavedView &item)
{
    return updateItem(m_data.views, item);
}
bool AnalystSession::removeCorrection(const QString &uid)
{
    return removeItem(m_data.corrections, uid);
}
bool AnalystSession::removeNote(const QString &uid)
{
    return removeItem(m_data.notes, uid);
}
bool AnalystSession::removeView(const QString &uid)
{
    return removeItem(m_data.views, uid);
}

} // namespace Marsad::Session
