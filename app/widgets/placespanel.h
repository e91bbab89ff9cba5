// The places dock's content: the place list (pinned places first) above the
// map, both tied to the shared filter. A click filters by a place and brings
// it into view; a double click centres the map on it.
#pragma once

#include "gazetteer.h"

#include <QElapsedTimer>
#include <QSplitter>

#include <functional>
#include <memory>

class QTreeView;

namespace Marsad::Index {
class FilterState;
}
namespace Marsad::Models {
class PlaceModel;
}

namespace Marsad::Widgets {

class MapView;

class PlacesPanel final : public QSplitter
{
    Q_OBJECT
public:
    using Card = std::function<QString(const QString &placeId)>;
    PlacesPanel(Models::PlaceModel *places, Index::FilterState *filter,
                const std::shared_ptr<const Entities::Gazetteer> &gazetteer, Card card,
                QWidget *parent = nullptr);

    QTreeView *list() const { return m_list; }
    MapView *map() const { return m_map; }

Q_SIGNALS:
    /// A place was clicked or activated (list or map): filter by it.
    void placeActivated(const QString &id);
    /// The entity menu for the list row at \a pos was asked for.
    void menuRequested(const QPoint &pos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setArabicCountryNames(const Entities::Gazetteer &gazetteer);
    void bringIntoView(const QModelIndex &index);

    QTreeView *m_list;
    MapView *m_map;
    QElapsedTimer m_lastRelease; ///< The last click's end, to tell a double click.
    QPoint m_lastReleasePos;
    bool m_secondClick = false;
};

} // namespace Marsad::Widgets
