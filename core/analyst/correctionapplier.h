// Lays the analyst's corrections over the raw results of an analysis (issue
// 15): what the index, the views, the exports and the command line show.
//
// The raw results are never changed (the analysis store keeps them as they
// are, and the viewer re-applies corrections to them without re-analysing);
// the corrected list shares every article no correction touches.
//
// Order: the analyst's new entities are found in every article, then merges,
// then the corrections of single spans (oldest first, so the latest wins),
// then publication dates. A correction that cannot be re-anchored, or names
// an entity nobody knows, becomes a warning Issue: nothing is dropped silently.
#pragma once

#include "analystdata.h"
#include "analyzedarticle.h"
#include "anchor.h"
#include "gazetteer.h"
#include "issue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>

class QThreadPool;

namespace Marsad::Analyst {

struct ApplyOptions
{
    /// Null: the process-wide analysis pool.
    QThreadPool *pool = nullptr;
    /// Set from any thread to stop; the result is then incomplete (canceled).
    const std::atomic_bool *cancel = nullptr;
    /// Run the pool's work below the GUI thread's priority (the viewer).
    bool background = false;
    /// The anchors of the same raw articles, from an earlier application
    /// (AppliedCorrections::anchorIndex): hashing every article again is
    /// then saved. Null: built when some correction is anchored.
    std::shared_ptr<const AnchorIndex> anchorIndex;
};

struct AppliedCorrections
{
    /// The corrected articles, in the same order as given.
    QList<Analysis::AnalyzedArticle> articles;
    /// The gazetteer extended with the analyst's entities, for the index and
    /// the views (the given one when there are none).
    std::shared_ptr<const Entities::Gazetteer> gazetteer;
    /// Every correction that could not be applied (warnings).
    Issues issues;
    /// Per correction uid, where its anchor was found (anchored kinds only).
    QHash<QString, AnchorStatus> anchors;
    /// The anchor index used (null when none was needed), to pass again with
    /// the same raw articles.
    std::shared_ptr<const AnchorIndex> anchorIndex;
    bool canceled = false;
};

class CorrectionApplier final
{
    Q_DECLARE_TR_FUNCTIONS(Marsad::Analyst::CorrectionApplier)
public:
    /// Applies the corrections of \a data to \a raw, analysed with
    /// \a gazetteer. Thread-safe; the parallel parts run on the pool.
    static AppliedCorrections apply(const QList<Analysis::AnalyzedArticle> &raw,
                                    const AnalystData &data,
                                    std::shared_ptr<const Entities::Gazetteer> gazetteer,
                                    const ApplyOptions &options = {});

    /// The gazetteer entity of an analyst entity.
    static Entities::Entity toEntity(const AnalystEntity &entity);
    /// \a gazetteer extended with the entities of \a data's NewEntity corrections.
    static std::shared_ptr<const Entities::Gazetteer>
    extendedGazetteer(std::shared_ptr<const Entities::Gazetteer> gazetteer,
                      const AnalystData &data);

    /// Translated name of a correction kind, for messages ("removed mention").
    static QString kindLabel(CorrectionKind kind);
};

} // namespace Marsad::Analyst
