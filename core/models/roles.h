// Every custom item-data role of Marsad's models, in one place.
//
// Roles carry meaning, not looks: a view or delegate in app/ decides how an
// entity type or a confidence is drawn. Values start at Qt::UserRole and never
// change meaning once used.
#pragma once

#include <Qt>

namespace Marsad::Models {

enum Role : int
{
    ArticleIndexRole = Qt::UserRole + 1, ///< int: row of the article in the corpus index.
    FilePathRole,                        ///< QString: source file of the article.
    TitleRole,                           ///< QString: article title (may be empty).
    TextRole,                            ///< QString: the article's decoded text.
    IssueCountRole,                      ///< int: problems found reading it.
    IssueSeverityRole,                   ///< int: 1 for an error, 0 for a warning.
    PublishedDateRole,                   ///< QDate: publication date (invalid: unknown).
    DateBasisRole,    ///< int: Marsad::Time::PublishedDate::Basis of an article's date.
    ConfidenceRole,   ///< double: confidence of the date or mention, 0..1.
    MentionCountRole, ///< int: mentions (outside boilerplate).
    ArticleCountRole, ///< int: articles with at least one mention.
    EntityIdRole,     ///< QString: entity id ("shusha").
    EntityTypeRole,   ///< int: Marsad::EntityType.
    CandidateRole,    ///< bool: a proposed entity, not in the gazetteer.
    SearchTextRole,   ///< QString: folded names an entity is searched by.
    SortRole,         ///< QVariant: the raw value a column sorts by.
    GroupRole,        ///< bool: a group row (entity type heading), not an entity.
    StartDateRole,    ///< QDate: first day of a timeline item.
    EndDateRole,      ///< QDate: last day of a timeline item (inclusive).
    PrecisionRole,    ///< int: Marsad::Time::Precision of a dated item (invalid: undated).
    LaneRole,         ///< int: TimelineItem::Lane (Articles, Events or Undated).
    EntityIdsRole,    ///< QStringList: entities of an item.
    FilteredOutRole,  ///< bool: the item does not pass the current filter.
    PinnedRole,       ///< bool: a place always listed (Shusha, Stepanakert, Jabrayil).
    LonLatRole,       ///< QPointF: a place's longitude and latitude (lon, lat order).
    TrendRole,        ///< QList<int>: mentions per time bucket, for a sparkline.
    SpanStartRole,    ///< qsizetype: start of the text span concerned (-1: none).
    SpanEndRole,      ///< qsizetype: its end (exclusive).
};

} // namespace Marsad::Models
