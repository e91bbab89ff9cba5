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
    ArticleIndexRole = Qt::UserRole + 1, ///< int: row of the article in the corpus.
    FilePathRole,                        ///< QString: source file of the article.
    TitleRole,                           ///< QString: article title (may be empty).
    TextRole,                            ///< QString: the article's decoded text.
    IssueCountRole,                      ///< int: problems found reading it.
    IssueSeverityRole,                   ///< int: 1 for an error, 0 for a warning.
};

} // namespace Marsad::Models
