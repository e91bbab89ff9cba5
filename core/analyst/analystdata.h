// The analyst's own data (issue 15): corrections of what the analysis found,
// notes, tags and bookmarks, saved views, and the entities the analyst added.
//
// Kept apart from the analysis results (which can always be recomputed and
// may be thrown away); applied on top of every re-analysis. Every item has a
// uid made by the client that created it, so a retried or concurrent write
// never duplicates it, and is never deleted outright: a tombstone (deleted)
// lets undo, and the other clients of a shared store, see the removal.
#pragma once

#include "mention.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Marsad::Analyst {

/// Where an item is attached in the corpus. An article is known by the hash
/// of its decoded text (so it is found wherever the file moves), with its file
/// and position as a fallback; a span by its offsets, its surface text and a
/// little context on each side (so it re-anchors when the file changes
/// slightly, and is reported, never dropped, when it cannot).
struct Anchor
{
    QByteArray articleKey; ///< Hex SHA-256 of the article's decoded text (articleKeyOf).
    QString file;          ///< The article's file as last seen (relative to a project when in one).
    int indexInFile = 0;   ///< Position inside a multi-article file (JSONL).
    TextSpan span;         ///< Invalid: the whole article.
    QString surface;       ///< The text of span when anchored.
    QString before;        ///< Up to 32 characters before span, for re-anchoring.
    QString after;         ///< Up to 32 characters after span.

    bool isArticle() const { return !span.isValid(); }
    friend bool operator==(const Anchor &, const Anchor &) = default;
};

/// An entity the analyst added ("mark a candidate as a new entity"). It is
/// found in every article of the corpus, like a gazetteer entity.
struct AnalystEntity
{
    QString id; ///< Stable slug, unique against the gazetteer ("x-aghdara").
    EntityType type = EntityType::Place;
    QString ar;
    QString en;
    QStringList aliases;
    double lat = 0.0;
    double lon = 0.0;
    bool hasCoordinates = false;
    friend bool operator==(const AnalystEntity &, const AnalystEntity &) = default;
};

enum class CorrectionKind
{
    RemoveMention, ///< anchor: the mention's span; it is not a mention.
    ChangeEntity,  ///< anchor: the mention's span; entityId: what it refers to instead.
    AddMention,    ///< anchor: a span the analysis missed; entityId: what it refers to.
    SetDate,       ///< anchor: the article; dateStart..dateEnd (equal: a day); note: why.
    MergeEntities, ///< entityId is merged into targetEntityId everywhere (no anchor).
    NewEntity      ///< entity: added to what is matched in every article (no anchor).
};

struct Correction
{
    QString uid; ///< Made by the creating client (QUuid); the key everywhere.
    CorrectionKind kind = CorrectionKind::RemoveMention;
    Anchor anchor;
    QString entityId; ///< ChangeEntity, AddMention: the entity; MergeEntities: the one merged away.
    QString targetEntityId; ///< MergeEntities: the one kept.
    QDate dateStart;        ///< SetDate.
    QDate dateEnd;          ///< SetDate: = dateStart for one day.
    QString note;           ///< Why (free text; required by the GUI for SetDate).
    AnalystEntity entity;   ///< NewEntity.
    QString author;         ///< Who wrote it last (the user name), for a shared store.
    QDateTime modified;     ///< When it was written last (UTC).
    bool deleted = false;   ///< A tombstone (undone or removed).
};

enum class NoteTarget
{
    Article,
    Event, ///< anchor: the event's evidence span in its article.
    Span
};

struct Note
{
    QString uid;
    NoteTarget target = NoteTarget::Article;
    Anchor anchor;
    QString text;
    QStringList tags;
    bool bookmark = false; ///< A bookmark is a note, perhaps without text.
    QString author;
    QDateTime modified;
    bool deleted = false;
};

/// A named state of the views: the filter, the timeline's range, the map's view.
struct SavedView
{
    QString uid;
    QString name;
    QStringList includedEntities;
    QStringList excludedEntities;
    QDate filterFrom;
    QDate filterTo;
    QString query;
    bool undatedOnly = false;
    QDate timelineFrom; ///< The timeline's visible range.
    QDate timelineTo;
    double mapLat = 0.0; ///< The map's centre and zoom.
    double mapLon = 0.0;
    double mapZoom = 0.0;
    QString author;
    QDateTime modified;
    bool deleted = false;
};

/// Everything of the analyst's, as one value (a snapshot of the store): what
/// the pipeline applies and the views list. Deleted items are left out.
struct AnalystData
{
    QList<Correction> corrections;
    QList<Note> notes;
    QList<SavedView> views;

    bool isEmpty() const { return corrections.isEmpty() && notes.isEmpty() && views.isEmpty(); }
    /// Only the corrections change what the analysis shows.
    bool hasCorrections() const { return !corrections.isEmpty(); }
};

/// Stable names for the closed sets (store columns, CLI, JSON): "remove-mention",
/// "change-entity", "add-mention", "set-date", "merge-entities", "new-entity".
QString correctionKindName(CorrectionKind kind);
bool correctionKindFromName(const QString &name, CorrectionKind *kind);
/// "article", "event", "span".
QString noteTargetName(NoteTarget target);
bool noteTargetFromName(const QString &name, NoteTarget *target);

/// A new uid for an item (a QUuid without braces).
QString newUid();

} // namespace Marsad::Analyst
