// Sentence and word segmentation with offsets.
#include "segmenter.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Marsad::Text::Segmenter;
using Marsad::Text::Token;

namespace {
QStringList texts(const QString &s, const auto &segments)
{
    QStringList out;
    for (const auto &seg : segments)
        out.append(s.mid(seg.start, seg.end - seg.start));
    return out;
}
} // namespace

TEST_CASE("Words keep their offsets - numbers are told apart", "[text][segmentation]")
{
    const QString s = u"قُتل 26 جنديا في قره باغ، الجمعة."_s;
    const auto words = Segmenter::words(s);
    CHECK(texts(s, words) ==
          QStringList{u"قُتل"_s, u"26"_s, u"جنديا"_s, u"في"_s, u"قره"_s, u"باغ"_s, u"الجمعة"_s});
    CHECK(words.at(1).kind == Token::Kind::Number);
    CHECK(words.at(0).kind == Token::Kind::Word);
    const auto withPunct = Segmenter::words(s, true);
    CHECK(texts(s, withPunct).contains(u"،"_s));
}

TEST_CASE("Sentences end at full stops, question marks and line breaks", "[text][segmentation]")
{
    const QString s =
        u"أعلنت الوزارة وقف النار. هل يصمد؟ لا أحد يعرف\r\nعنوان بلا نقطة\n\n  سطر أخير.  "_s;
    CHECK(texts(s, Segmenter::sentences(s)) == QStringList{u"أعلنت الوزارة وقف النار."_s,
                                                           u"هل يصمد؟"_s, u"لا أحد يعرف"_s,
                                                           u"عنوان بلا نقطة"_s, u"سطر أخير."_s});
}

TEST_CASE("A 50 MB single line segments without trouble", "[text][segmentation][large]")
{
    const QString unit = u"وتواصلت المعارك في إقليم قره باغ بين الجيشين "_s;
    const QString huge = unit.repeated(int(50 * 1024 * 1024 / (unit.size() * 2)));
    const auto sentences = Segmenter::sentences(huge);
    REQUIRE(sentences.size() == 1);
    CHECK(sentences.first().end == huge.trimmed().size());
}
