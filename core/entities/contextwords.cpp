#include "contextwords.h"

#include "arabicfolder.h"
#include "cliticanalyzer.h"
#include "wordkeys.h"

#include <QHash>

#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Marsad::Entities {
namespace {

// A small set of folded words, looked up on every token of every article:
// keyed by the project's cheap word hash (no string hash, no allocation),
// each hit confirmed by comparing the words.
class WordSet
{
public:
    void insert(const QString &word) { m_words.insert(Text::wordKey(word), word); }
    bool contains(QStringView word) const
    {
        const auto it = m_words.constFind(Text::wordKey(word));
        return it != m_words.cend() && *it == word;
    }

private:
    QHash<quint64, QString> m_words;
};

WordSet foldedSet(const QString &words)
{
    WordSet out;
    for (const QString &w : words.split(u' ', Qt::SkipEmptyParts))
        out.insert(Text::ArabicFolder::foldString(w));
    return out;
}

// Function-local statics: built once, thread-safe, read-only afterwards.
const WordSet &placeWords()
{
    static const WordSet s =
        foldedSet(u"مدينة مدن بلدة بلدات قرية قرى منطقة مناطق محافظة محافظات إقليم أقاليم عاصمة "
                  "مقاطعة ناحية قضاء ضاحية مدينتي بلدتي قريتي منطقتي محافظتي إقليمي مركز"_s);
    return s;
}

const WordSet &pluralPlaceWords()
{
    static const WordSet s =
        foldedSet(u"قرى القرى بلدات البلدات مدن المدن مناطق المناطق محافظات مستوطنات تجمعات "
                  "قريتي القريتين قريتين بلدتي بلدتين البلدتين مدينتي مدينتين المدينتين منطقتي "
                  "منطقتين المنطقتين أقاليم مقاطعات نواحي ضواحي أحياء مرتفعات"_s);
    return s;
}

const WordSet &placeQualifiers()
{
    static const WordSet s =
        foldedSet(u"العليا السفلى الكبرى الصغرى الجديدة القديمة الأولى الثانية الثالثة"_s);
    return s;
}

const WordSet &bylineWords()
{
    static const WordSet s = foldedSet(u"بقلم كتب كتبت إعداد تحرير ترجمة تقرير"_s);
    return s;
}

const WordSet &singularPlaceWords()
{
    static const WordSet s =
        foldedSet(u"مدينة بلدة قرية منطقة محافظة إقليم مقاطعة ناحية قضاء ضاحية"_s);
    return s;
}

const WordSet &titles()
{
    static const WordSet s =
        foldedSet(u"الرئيس رئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة المتحدث المتحدثة متحدث "
                  "متحدثة الناطق الناطقة ناطق نائب النائب قائد القائد السفير السفيرة سفير المستشار "
                  "مستشار مستشارة المبعوث مبعوث الأمين أمين المفوض المفوضة الجنرال اللواء العقيد "
                  "العميد المقدم الرائد النقيب الفريق المشير الملك الأمير المستشارة زعيم الزعيم "
                  "مساعد مساعدة المدعي رئيسها رئيسه نظيره نظيرها مدير المدير مديرة المديرة "
                  "ممثل الممثل ممثلة الممثلة منسق المنسق منسقة مسؤول المسؤول مسؤولة محافظ "
                  "المحافظ عضو العضو قائدة القائدة رئيسة مندوب المندوب مندوبة نائبة "
                  "المحلل محلل الخبير خبير الباحث الباحثة"_s);
    return s;
}

const WordSet &titleComplements()
{
    static const WordSet s =
        foldedSet(u"باسم وزارة وزراء الوزراء حكومة جمهورية أركان شؤون مجلس لجنة حزب جهاز هيئة فرقة "
                  "لواء كتيبة فوج وحدات قوات جيش الجيش دائرة مكتب إدارة خارجية دفاع داخلية "
                  "العام العامة الأول الأولى العسكري مركز المركز قسم معهد مؤسسة منظمة هيئة "
                  "بلدية مديرية إدارة مصلحة دائرة الشؤون شعبة"_s);
    return s;
}

const WordSet &placePrepositions()
{
    static const WordSet s =
        foldedSet(u"في على من إلى الى نحو قرب باتجاه حول داخل عبر عن لدى بمحيط محيط أطراف ضواحي "
                  "جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي جنوبها شمالها شرقها غربها تجاه "
                  "مشارف حدود"_s);
    return s;
}

const WordSet &personMarkers()
{
    static const WordSet s =
        foldedSet(u"السيد السيدة الشيخ الملاك سيدنا الأب الأخ المواطن المواطنة الجندي الشهيد الطفل "
                  "الشاب الشابة الناشط الناشطة المحامي المحامية الفنان الفنانة اللاعب الصحفي "
                  "الصحفية الكاتب الكاتبة الأستاذ الدكتور د المهندس الحاج "
                  "المدعو المدعوة الرقيب العريف ابن بن أبو أبي ابنة بنت"_s);
    return s;
}

const WordSet &mediaWords()
{
    static const WordSet s =
        foldedSet(u"مراسل مراسلة قناة شبكة موقع صحيفة وكالة المصدر مصدر لقناة لموقع بثته نشرته "
                  "إذاعة مجلة تلفزيون لصحيفة لوكالة لشبكة لإذاعة لمجلة نقلا نقلاً"_s);
    return s;
}

const WordSet &outletWords()
{
    static const WordSet s =
        foldedSet(u"قناة شبكة موقع صحيفة جريدة وكالة إذاعة مجلة تلفزيون راديو"_s);
    return s;
}

const WordSet &stopWords()
{
    static const WordSet s = foldedSet(
        // Particles, pronouns, demonstratives, relatives.
        u"في على من إلى الى عن مع بين حتى منذ عند لدى نحو قبل بعد خلال حول دون ضد عبر "
        "أن إن أنه إنه أنها إنها كان كانت قد لقد لم لن لا ما ماذا هل إذا إذ لكن بل ثم أو أم "
        "و ف هو هي هم هما نحن أنا هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين "
        "كل بعض غير أي أيضا أيضاً فقط جدا كما مثل حيث بينما عندما لما وفق حسب بحسب "
        "اليوم أمس غدا الآن مساء صباح ليل ليلا يوم أول آخر آخرين فجرا صباحا مساء ظهرا عصرا "
        "ليلة نهارا حاليا مجددا أيضا "
        // Common verbs of reporting and acting.
        "قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أشار أشارت دعا دعت "
        "يدعو تدعو أضاف أضافت أوضح أوضحت ذكر ذكرت أفاد أفادت نفى نفت بحث يبحث التقى "
        "يلتقي استقبل زار يزور أجرى أجرت شدد شددت صرح صرحت كشف كشفت حذر حذرت أعرب أعربت "
        "اتهم اتهمت رفض رفضت وصف وصفت تحدث تحدثت جدد جددت هو "
        "سقط سقطت قتل قتلت أصيب أصيبت وصل وصلت غادر غادرت عاد عادت بدأ بدأت طالب طالبت "
        "توجه توجهت استقبل استقبلت زار زارت شارك شاركت نقل نقلت أبلغ أبلغت "
        // Nouns and adjectives that follow titles and place words.
        "نظير نظيره نظيرها نظيريه الجانب الطرف الطرفين البلدين البلاد بلاده بلادها عدد "
        "كبيرة كبير صغيرة صغير واسعة واسع جديدة جديد قديمة قديم مهمة مهم محتلة محتل "
        "آمنة عازلة حدودية جبلية سكنية استراتيجية الاستراتيجية مجاورة متنازع "
        "السابق السابقة الحالي الحالية المنتخب المنتهية"_s);
    return s;
}

bool contains(const WordSet &set, QStringView word)
{
    return word.size() >= Text::CliticAnalyzer::MinimumStem &&
           set.contains(QString::fromRawData(word.data(), word.size()));
}

// The word or one of its readings without proclitics: و/ف, then ب/ك/ل, and
// ل + ال written لل. Never the article alone: a definite word is a different
// word here. Done by hand rather than with CliticAnalyzer: this runs on every
// token, and raw lookups do not allocate.
bool inSet(const WordSet &set, QStringView word)
{
    if (contains(set, word))
        return true;
    const auto isConjunction = [](QChar c) {
        return c == u'\u0648' || c == u'\u0641';
    };
    const auto isPreposition = [](QChar c) {
        return c == u'\u0628' || c == u'\u0643' || c == u'\u0644';
    };
    for (qsizetype p = 0; p <= 1 && p < word.size(); ++p) {
        if (p == 1 && !isConjunction(word[0]))
            break;
        const QStringView rest = word.sliced(p);
        if (p == 1 && contains(set, rest))
            return true;
        if (rest.size() > 3 && rest.startsWith(u"\u0644\u0644")) {
            QString restored = rest.sliced(2).toString();
            restored.prepend(QChar(0x0644));
            restored.prepend(QChar(0x0627));
            if (set.contains(restored))
                return true;
        }
        if (!rest.isEmpty() && isPreposition(rest[0]) && contains(set, rest.sliced(1)))
            return true;
    }
    return false;
}

} // namespace

bool ContextWords::isPlaceWord(QStringView word)
{
    return inSet(placeWords(), word);
}

bool ContextWords::isPluralPlaceWord(QStringView word)
{
    return inSet(pluralPlaceWords(), word);
}

bool ContextWords::isPlaceQualifier(QStringView word)
{
    return contains(placeQualifiers(), word);
}

bool ContextWords::isBylineWord(QStringView word)
{
    return contains(bylineWords(), word);
}

bool ContextWords::introducesPlace(QStringView word)
{
    return inSet(singularPlaceWords(), word);
}

bool ContextWords::isTitle(QStringView word)
{
    return inSet(titles(), word);
}

bool ContextWords::isTitleComplement(QStringView word)
{
    return inSet(titleComplements(), word);
}

bool ContextWords::isPlacePreposition(QStringView word)
{
    return inSet(placePrepositions(), word);
}

bool ContextWords::isPersonMarker(QStringView word)
{
    return inSet(personMarkers(), word);
}

bool ContextWords::isMediaWord(QStringView word)
{
    return inSet(mediaWords(), word);
}

bool ContextWords::isOutletWord(QStringView word)
{
    return inSet(outletWords(), word);
}

bool ContextWords::isDefinite(QStringView w)
{
    for (qsizetype k = 0; k <= 2 && k + 2 < w.size(); ++k) {
        if (w.sliced(k).startsWith(u"\u0627\u0644"))
            return true;
        if (k > 0 && w.sliced(k - 1).startsWith(u"\u0644\u0644"))
            return true; // ل + ال, alef unwritten
        const QChar c = w[k];
        if (c != u'\u0648' && c != u'\u0641' && c != u'\u0628' && c != u'\u0643' && c != u'\u0644')
            return false;
    }
    return false;
}

bool ContextWords::isVerbLike(QStringView w)
{
    return w.size() <= 5 && (w.startsWith(u'\u064A') || w.startsWith(u'\u062A'));
}

bool ContextWords::isSurnameLike(QStringView w)
{
    if (w.size() < 5 || w.startsWith(u"\u0627\u0644"))
        return false;
    // Behind a proclitic, ال + a stem too short to be a noun with that ending
    // is a name's own letters: فالييف is Valiyev, بالبيان is not a surname.
    if (isDefinite(w)) {
        const qsizetype article = w.indexOf(u"\u0627\u0644");
        if (article < 0 || w.size() - article - 2 > 3)
            return false;
    }
    static const QStringList endings = [] {
        QStringList out;
        for (const QString &e : u"وف يف وفا يفا يان ييان اوغلو زاده"_s.split(u' '))
            out.append(Text::ArabicFolder::foldString(e));
        return out;
    }();
    for (const QString &e : endings) {
        if (w.endsWith(e))
            return true;
    }
    return false;
}

bool ContextWords::isStopWord(QStringView word)
{
    return inSet(stopWords(), word);
}

} // namespace Marsad::Entities
