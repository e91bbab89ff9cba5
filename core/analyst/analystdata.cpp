#include "analystdata.h"

#include <QUuid>

#include <array>
#include <utility>

namespace Marsad::Analyst {

namespace {

constexpr std::array<std::pair<CorrectionKind, const char *>, 6> kCorrectionKinds{{
    {CorrectionKind::RemoveMention, "remove-mention"},
    {CorrectionKind::ChangeEntity, "change-entity"},
    {CorrectionKind::AddMention, "add-mention"},
    {CorrectionKind::SetDate, "set-date"},
    {CorrectionKind::MergeEntities, "merge-entities"},
    {CorrectionKind::NewEntity, "new-entity"},
}};

constexpr std::array<std::pair<NoteTarget, const char *>, 3> kNoteTargets{{
    {NoteTarget::Article, "article"},
    {NoteTarget::Event, "event"},
    {NoteTarget::Span, "span"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name,
             Enum *value)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n)) {
            *value = v;
            return true;
        }
    }
    return false;
}

} // namespace

QString correctionKindName(CorrectionKind kind)
{
    return nameOf(kCorrectionKinds, kind);
}

bool correctionKindFromName(const QString &name, CorrectionKind *kind)
{
    return valueOf(kCorrectionKinds, name, kind);
}

QString noteTargetName(NoteTarget target)
{
    return nameOf(kNoteTargets, target);
}

bool noteTargetFromName(const QString &name, NoteTarget *target)
{
    return valueOf(kNoteTargets, name, target);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Marsad::Analyst
