// The analyst's corrections as undoable steps (issue 15): each command writes
// one correction to the AnalystSession and takes it back on undo. The session
// keeps a tombstone for a removed correction, so an undone "add" comes back
// with the same uid on redo.
#pragma once

#include "analystdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Marsad::Session {
class AnalystSession;
}

namespace Marsad::Widgets {

/// The words for a correction in Edit → Undo/Redo ("Mark “شوشة” as not a mention").
class CorrectionText final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Widgets::CorrectionText)
public:
    /// The display name of an entity id (the window's gazetteer and the analyst's entities).
    using EntityName = std::function<QString(const QString &id)>;
    static QString describe(const Analyst::Correction &correction, const EntityName &name);
};

/// Adds a correction; undo removes it.
class AddCorrectionCommand final : public QUndoCommand
{
public:
    AddCorrectionCommand(Session::AnalystSession *session, Analyst::Correction correction,
                         const QString &text);
    void redo() override;
    void undo() override;

private:
    Session::AnalystSession *m_session;
    Analyst::Correction m_correction;
};

/// Removes a correction; undo brings it back.
class RemoveCorrectionCommand final : public QUndoCommand
{
public:
    RemoveCorrectionCommand(Session::AnalystSession *session, Analyst::Correction correction,
                            const QString &text);
    void redo() override;
    void undo() override;

private:
    Session::AnalystSession *m_session;
    Analyst::Correction m_correction;
};

/// Changes a correction's fields; undo writes the ones before.
class UpdateCorrectionCommand final : public QUndoCommand
{
public:
    UpdateCorrectionCommand(Session::AnalystSession *session, Analyst::Correction before,
                            Analyst::Correction after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Session::AnalystSession *m_session;
    Analyst::Correction m_before;
    Analyst::Correction m_after;
};

} // namespace Marsad::Widgets
