#include "catalog.h"

#include "localeformat.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Marsad::I18n {

QString Catalog::translate(const QString &language, const char *context, const char *source, int n)
{
    // One translator per language, loaded once, never installed: it must not
    // change the UI's language.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::shared_ptr<QTranslator> translator;
    {
        const QMutexLocker lock(&mutex);
        auto it = translators.find(language);
        if (it == translators.end()) {
            auto loaded = std::make_shared<QTranslator>();
            if (!loaded->load(u":/i18n/marsad_"_s + language))
                loaded.reset();
            it = translators.insert(language, loaded);
        }
        translator = *it;
    }
    QString text = translator ? translator->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // %n and %Ln alike: an image in a language has that language's digits.
    if (n >= 0) {
        const QString number = LocaleFormat::number(n, LocaleFormat::localeFor(language));
        text.replace(u"%Ln"_s, number).replace(u"%n"_s, number);
    }
    return text;
}

} // namespace Marsad::I18n
