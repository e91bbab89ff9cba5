// The words shown about an entity: its hover card (in the article pane and
// the entity panel), a place's card (with counts and dates under the filter),
// and its filter chip's label.
#pragma once

#include "filterresult.h"

#include <QCoreApplication>
#include <QString>

namespace Marsad::Models {
class PlaceModel;
}

namespace Marsad::Widgets {

class EntityCards final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Widgets::EntityCards)
public:
    EntityCards(const Index::FilterResult *corpus, const Models::PlaceModel *places);

    /// Rich text: names, type, corpus-wide mentions, what a click does.
    QString entityCard(const QString &entityId) const;
    /// Rich text: a place's names, mentions and articles under the filter, dates.
    QString placeCard(const QString &placeId) const;
    /// "شوشة · 2": the name and how many articles mention it.
    QString chipLabel(const QString &entityId) const;

private:
    const Index::FilterResult *m_corpus;
    const Models::PlaceModel *m_places;
};

} // namespace Marsad::Widgets
