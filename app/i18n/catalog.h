// Marsad's translations for a language given explicitly, whatever the UI's:
// an exported image is drawn in the language asked for (export-timeline
// --lang, or the view's), not in the one the application runs in. Texts come
// from the same Qt Linguist catalogs as tr(); mark them for lupdate with
// QT_TRANSLATE_NOOP("Context", "text").
#pragma once

#include <QString>

namespace Marsad::I18n {

class Catalog final
{
public:
    /// \a source from \a context translated into \a language ("ar", "en");
    /// \a n selects the plural form and replaces %n (in that language's
    /// digits); the source itself when there is no translation.
    static QString translate(const QString &language, const char *context, const char *source,
                             int n = -1);
};

} // namespace Marsad::I18n
