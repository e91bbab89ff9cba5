// The small closed word lists the context rules and the candidate finder
// consult: place words, titles, prepositions, function words. Kept in code:
// they are part of the grammar of news Arabic, not data about the conflict.
//
// Every function takes a folded word and also tries it with its proclitics
// (و ف ب ل ك) split off, so "وبمدينة" is a place word too.
#pragma once

#include <QStringView>

namespace Marsad::Entities {

class ContextWords final
{
public:
    /// مدينة، بلدة، قرية، منطقة، محافظة، إقليم، عاصمة … (singular or plural).
    static bool isPlaceWord(QStringView word);
    /// Plural and dual place words that open a list: قرى، بلدات، مدن، مناطق، قريتي …
    static bool isPluralPlaceWord(QStringView word);
    /// Qualifiers after a settlement's name: العليا، السفلى، الكبرى، الصغرى …
    static bool isPlaceQualifier(QStringView word);
    /// بقلم، كتب، إعداد …: a byline; the next name is the author.
    static bool isBylineWord(QStringView word);
    /// Singular, indefinite place words that introduce a name ("منطقة ماغاديز").
    static bool introducesPlace(QStringView word);
    /// الرئيس، وزير، المتحدثة، نائب، قائد، السفير … before a person.
    static bool isTitle(QStringView word);
    /// Nouns inside a title phrase before the name: وزير *الخارجية*، رئيس *أركان* …
    static bool isTitleComplement(QStringView word);
    /// Prepositions and directions that put a place after them (في، من، قرب، جنوب).
    static bool isPlacePreposition(QStringView word);
    /// السيد، الشيخ، الجندي، الملاك …: the next name is a person.
    static bool isPersonMarker(QStringView word);
    /// مراسل، قناة، صحيفة، المصدر …: the next name is a news outlet.
    static bool isMediaWord(QStringView word);
    /// قناة، وكالة، صحيفة، موقع، شبكة، إذاعة، مجلة: the next name is an outlet's.
    static bool isOutletWord(QStringView word);
    /// Definite, possibly behind proclitics: الصواريخ، بالصواريخ، للصحفيين.
    static bool isDefinite(QStringView word);
    /// A short word starting like an imperfect verb (يدعو، تطالب).
    static bool isVerbLike(QStringView word);
    /// Has a surname's ending: -ov/-ev (وف، يف), -ova/-eva, -yan (يان), -oglu, -zade.
    static bool isSurnameLike(QStringView word);
    /// Function words, common verbs and nouns that never start or continue a name.
    static bool isStopWord(QStringView word);
};

} // namespace Marsad::Entities
