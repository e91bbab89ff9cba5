#include "correctioncommands.h"

#include "analystsession.h"
#include "localeformat.h"

using namespace Qt::StringLiterals;

namespace Marsad::Widgets {

namespace {

/// Arabic inside an English sentence (or the reverse) as a unit of its own:
/// without the isolates the quotes around it are drawn reversed.
QString isolate(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

QString CorrectionText::describe(const Analyst::Correction &c, const EntityName &entityName)
{
    const QString surface = isolate(c.anchor.surface);
    auto name = [&](const QString &id) {
        return isolate(entityName(id));
    };
    switch (c.kind) {
    case Analyst::CorrectionKind::RemoveMention:
        return tr("Mark “%1” as not a mention").arg(surface);
    case Analyst::CorrectionKind::ChangeEntity:
        return tr("Change entity of “%1” to “%2”").arg(surface, name(c.entityId));
    case Analyst::CorrectionKind::AddMention:
        return tr("Add mention “%1” of “%2”").arg(surface, name(c.entityId));
    case Analyst::CorrectionKind::SetDate:
        return tr("Set publication date %1")
            .arg(c.dateEnd.isValid() && c.dateEnd != c.dateStart
                     ? I18n::LocaleFormat::dateRange(c.dateStart, c.dateEnd)
                     : I18n::LocaleFormat::date(c.dateStart));
    case Analyst::CorrectionKind::MergeEntities:
        return tr("Merge “%1” into “%2”").arg(name(c.entityId), name(c.targetEntityId));
    case Analyst::CorrectionKind::NewEntity:
        return tr("New entity “%1”")
            .arg(isolate(c.entity.ar.isEmpty() ? c.entity.id : c.entity.ar));
    }
    return {};
}

AddCorrectionCommand::AddCorrectionCommand(Session::AnalystSession *session,
                                           Analyst::Correction correction, const QString &text)
    : QUndoCommand(text), m_session(session), m_correction(std::move(correction))
{}

void AddCorrectionCommand::redo()
{
    // A store that refuses the first write leaves nothing to undo.
    if (!m_session->add(m_correction))
        setObsolete(true);
}

void AddCorrectionCommand::undo()
{
    m_session->removeCorrection(m_correction.uid);
}

RemoveCorrectionCommand::RemoveCorrectionCommand(Session::AnalystSession *session,
                                                 Analyst::Correction correction,
                                                 const QString &text)
    : QUndoCommand(text), m_session(session), m_correction(std::move(correction))
{}

void RemoveCorrectionCommand::redo()
{
    if (!m_session->removeCorrection(m_correction.uid))
        setObsolete(true);
}

void RemoveCorrectionCommand::undo()
{
    m_session->add(m_correction);
}

UpdateCorrectionCommand::UpdateCorrectionCommand(Session::AnalystSession *session,
                                                 Analyst::Correction before,
                                                 Analyst::Correction after, const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{}

void UpdateCorrectionCommand::redo()
{
    if (!m_session->update(m_after))
        setObsolete(true);
}

void UpdateCorrectionCommand::undo()
{
    m_session->update(m_before);
}

} // namespace Marsad::Widgets
