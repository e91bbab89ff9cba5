// Generates the Arabic spellings of a Latin place name (Azerbaijani, or an
// English-style romanisation of Armenian): "Yuxarı Seyidəhmədli" →
// "سيدأحمدلي العليا", "يوخاري سيداحمدلي" … The rules are data
// (resources/transliteration.json); this class only combines them.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marsad::Entities {

class Transliterator final
{
public:
    /// The rules from \a json, or nullopt with \a error set.
    static std::optional<Transliterator> fromJson(const QByteArray &json, QString *error);

    /// Up to \a limit Arabic spellings of \a latin, commonest first, no duplicates.
    QStringList variants(const QString &latin, qsizetype limit = 12) const;

private:
    struct Qualifier
    {
        QStringList latin;
        QStringList before; ///< Transliterated, placed before the name.
        QStringList after;  ///< Translated, placed after it (العليا، السفلى …).
    };

    /// Spellings of one word, commonest first.
    QStringList wordVariants(const QString &word, qsizetype limit) const;

    QList<std::pair<QString, QStringList>> m_morphemes; ///< Longest first.
    QHash<QString, QStringList> m_digraphs;
    QHash<QString, QStringList> m_consonants;
    QHash<QString, QStringList> m_initialVowels;
    QHash<QString, QStringList> m_medialVowels;
    QHash<QString, QStringList> m_finalVowels;
    QList<std::pair<QString, QStringList>> m_endings; ///< Longest first.
    QList<Qualifier> m_qualifiers;
};

} // namespace Marsad::Entities
