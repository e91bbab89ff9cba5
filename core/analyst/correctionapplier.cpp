#include "correctionapplier.h"

#include "analysisthreadpool.h"
#include "entitymatcher.h"
#include "timex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Marsad::Analyst {
namespace {

bool isCanceled(const ApplyOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

/// Inserts \a m into \a mentions (sorted by start, disjoint), removing the
/// mentions it overlaps.
void putMention(QList<Mention> &mentions, const Mention &m)
{
    mentions.removeIf([&m](const Mention &x) { return x.span.overlaps(m.span); });
    const auto at =
        std::upper_bound(mentions.begin(), mentions.end(), m.span.start,
                         [](qsizetype start, const Mention &x) { return start < x.span.start; });
    mentions.insert(at, m);
}

/// The ids of the mentions inside each event's sentence, in order, unique:
/// the time module's rule (EventExtractor), after the mentions changed.
void relinkEvents(Analysis::AnalyzedArticle &a)
{
    const QList<Mention> &mentions = a.mentions;
    for (qsizetype e = 0; e < a.time.events.size(); ++e) {
        const TextSpan span = a.time.events.at(e).span;
        QStringList ids;
        auto m =
            std::lower_bound(mentions.cbegin(), mentions.cend(), span.start,
                             [](const Mention &x, qsizetype pos) { return x.span.start < pos; });
        for (; m != mentions.cend() && m->span.start < span.end; ++m) {
            if (m->span.end <= span.end && !ids.contains(m->entityId))
                ids.append(m->entityId);
        }
        if (ids != a.time.events.at(e).entityIds)
            a.time.events[e].entityIds = ids;
    }
}

QByteArray gazetteerJson(const QList<AnalystEntity> &entities)
{
    QJsonArray array;
    for (const AnalystEntity &e : entities) {
        QJsonObject o{{u"id"_s, e.id},
                      {u"type"_s, entityTypeName(e.type)},
                      {u"ar"_s, e.ar},
                      {u"en"_s, e.en},
                      {u"aliases"_s, QJsonArray::fromStringList(e.aliases)}};
        if (e.hasCoordinates) {
            o.insert(u"lat"_s, e.lat);
            o.insert(u"lon"_s, e.lon);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

/// The corrections not deleted, oldest first: of two corrections of one
/// thing, the latest wins.
QList<Correction> liveCorrections(const AnalystData &data)
{
    QList<Correction> out;
    for (const Correction &c : data.corrections) {
        if (!c.deleted)
            out.append(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const Correction &a, const Correction &b) {
        return a.modified.isValid() && b.modified.isValid()
                   ? a.modified < b.modified
                   : !a.modified.isValid() && b.modified.isValid();
    });
    return out;
}

/// The analyst's entities of \a corrections (sorted oldest first): one per
/// id, the latest; those without an id or an Arabic name are left out.
QList<AnalystEntity> analystEntities(const QList<Correction> &corrections)
{
    QList<AnalystEntity> out;
    QHash<QString, qsizetype> byId;
    for (const Correction &c : corrections) {
        if (c.kind != CorrectionKind::NewEntity || c.entity.id.isEmpty() ||
            c.entity.ar.trimmed().isEmpty())
            continue;
        const auto it = byId.constFind(c.entity.id);
        if (it != byId.cend()) {
            out[*it] = c.entity;
        } else {
            byId.insert(c.entity.id, out.size());
            out.append(c.entity);
        }
    }
    return out;
}

/// What the applier works with: the corrections, the gazetteer and the
/// corrected articles, detached one by one as they change.
class Applier
{
public:
    Applier(const QList<Analysis::AnalyzedArticle> &raw, const AnalystData &data,
            std::shared_ptr<const Entities::Gazetteer> gazetteer, const ApplyOptions &options)
        : m_raw(raw), m_options(options)
    {
        m_out.articles = raw;
        m_out.gazetteer = std::move(gazetteer);
        m_out.anchorIndex = options.anchorIndex;
        m_corrections = liveCorrections(data);
    }

    AppliedCorrections run()
    {
        if (m_corrections.isEmpty())
            return std::move(m_out);
        m_entities = analystEntities(m_corrections);
        if (!m_entities.isEmpty()) {
            QList<Entities::Entity> extra;
            for (const AnalystEntity &e : std::as_const(m_entities))
                extra.append(CorrectionApplier::toEntity(e));
            m_out.gazetteer = Entities::Gazetteer::withExtra(m_out.gazetteer, extra);
        }
        if (!findNewEntities() || !mergeEntities() || isCanceled(m_options)) {
            m_out.canceled = true;
            return std::move(m_out);
        }
        correctSpansAndDates();
        for (const qsizetype row : std::as_const(m_changed))
            relinkEvents(m_out.articles[row]);
        m_out.canceled = isCanceled(m_options);
        return std::move(m_out);
    }

private:
    Analysis::AnalyzedArticle &changeable(qsizetype row)
    {
        m_changed.insert(row);
        return m_out.articles[row];
    }

    bool known(const QString &id) const { return m_out.gazetteer && m_out.gazetteer->entity(id); }

    QString fileName(const QString &path) const { return QFileInfo(path).fileName(); }

    void report(const QString &file, const QString &message)
    {
        m_out.issues.append(Issue::warning(file, message));
    }

    void reportLost(const Correction &c)
    {
        const QString what = c.anchor.isArticle() ? fileName(c.anchor.file) : c.anchor.surface;
        report(c.anchor.file,
               CorrectionApplier::tr("A correction could not be re-anchored: %1 «%2»")
                   .arg(CorrectionApplier::kindLabel(c.kind), what));
    }

    void reportUnknown(const QString &file, const Correction &c, const QString &id)
    {
        report(file, CorrectionApplier::tr("A correction names an unknown entity: %1 «%2»")
                         .arg(CorrectionApplier::kindLabel(c.kind), id));
    }

    /// The analyst's entities found in every article, where the analysis
    /// found nothing better (a gazetteer mention wins; a candidate gives way).
    bool findNewEntities()
    {
        if (m_entities.isEmpty())
            return true;
        const Entities::GazetteerLoad small =
            Entities::Gazetteer::fromJson(gazetteerJson(m_entities));
        if (!small) {
            report({}, CorrectionApplier::tr("The analyst's entities could not be used: %1")
                           .arg(small.error));
            return true;
        }
        const Entities::EntityMatcher matcher(small.gazetteer);
        QThreadPool *pool = m_options.pool ? m_options.pool : analysisThreadPool();
        constexpr qsizetype Batch = 256;
        const bool background = m_options.background;
        for (qsizetype start = 0; start < m_raw.size(); start += Batch) {
            if (isCanceled(m_options))
                return false;
            const qsizetype end = std::min(start + Batch, m_raw.size());
            const QList<QList<Mention>> found = QtConcurrent::blockingMapped<QList<QList<Mention>>>(
                pool, m_raw.cbegin() + start, m_raw.cbegin() + end,
                [&matcher, background](const Analysis::AnalyzedArticle &a) {
                    if (background)
                        runThisThreadInBackground();
                    return matcher.match(a.article.text);
                });
            for (qsizetype i = 0; i < found.size(); ++i) {
                const qsizetype row = start + i;
                for (const Mention &m : found.at(i)) {
                    const QList<Mention> &now = m_out.articles.at(row).mentions;
                    const bool taken =
                        std::any_of(now.cbegin(), now.cend(), [&m](const Mention &x) {
                            return !x.candidate && x.span.overlaps(m.span);
                        });
                    if (!taken)
                        putMention(changeable(row).mentions, m);
                }
            }
        }
        return true;
    }

    /// Every mention of a merged entity becomes one of the entity kept.
    bool mergeEntities()
    {
        QHash<QString, QString> into;
        QHash<QString, const Correction *> by;
        for (const Correction &c : std::as_const(m_corrections)) {
            if (c.kind != CorrectionKind::MergeEntities || c.entityId.isEmpty() ||
                c.targetEntityId.isEmpty() || c.entityId == c.targetEntityId)
                continue;
            into.insert(c.entityId, c.targetEntityId);
            by.insert(c.entityId, &c);
        }
        if (into.isEmpty())
            return true;
        // Chains (a into b, b into c) end at their last entity; a cycle is
        // reported and left out.
        QHash<QString, QString> final;
        for (auto it = into.cbegin(); it != into.cend(); ++it) {
            QString target = it.value();
            qsizetype steps = 0;
            while (into.contains(target) && target != it.key() && steps++ <= into.size())
                target = into.value(target);
            if (target == it.key() || into.contains(target)) {
                report({}, CorrectionApplier::tr("Merged entities form a cycle: %1 «%2»")
                               .arg(CorrectionApplier::kindLabel(CorrectionKind::MergeEntities),
                                    it.key()));
                continue;
            }
            final.insert(it.key(), target);
        }
        // A target that is no entity of the gazetteer must be a candidate
        // the corpus has (two candidates made one); its type is taken there.
        QHash<QString, EntityType> candidateTypes;
        QSet<QString> unknownTargets;
        for (const QString &t : std::as_const(final))
            if (!known(t))
                unknownTargets.insert(t);
        if (!unknownTargets.isEmpty()) {
            for (const Analysis::AnalyzedArticle &a : m_raw) {
                for (const Mention &m : a.mentions)
                    if (unknownTargets.contains(m.entityId))
                        candidateTypes.insert(m.entityId, m.type);
            }
            for (auto it = final.begin(); it != final.end();) {
                if (!known(it.value()) && !candidateTypes.contains(it.value())) {
                    reportUnknown({}, *by.value(it.key()), it.value());
                    it = final.erase(it);
                } else {
                    ++it;
                }
            }
        }
        if (final.isEmpty())
            return true;
        m_merged = final;
        for (qsizetype row = 0; row < m_out.articles.size(); ++row) {
            if (row % 1024 == 0 && isCanceled(m_options))
                return false;
            const QList<Mention> &mentions = m_out.articles.at(row).mentions;
            if (std::none_of(mentions.cbegin(), mentions.cend(),
                             [&](const Mention &m) { return final.contains(m.entityId); }))
                continue;
            for (Mention &m : changeable(row).mentions) {
                const auto it = final.constFind(m.entityId);
                if (it == final.cend())
                    continue;
                m.entityId = it.value();
                if (const Entities::Entity *e =
                        m_out.gazetteer ? m_out.gazetteer->entity(m.entityId) : nullptr) {
                    m.type = e->type;
                    m.candidate = false;
                } else {
                    m.type = candidateTypes.value(m.entityId, m.type);
                    m.candidate = true;
                }
            }
        }
        return true;
    }

    void correctSpansAndDates()
    {
        const auto anchored = [](const Correction &c) {
            return c.kind == CorrectionKind::RemoveMention ||
                   c.kind == CorrectionKind::ChangeEntity || c.kind == CorrectionKind::AddMention ||
                   c.kind == CorrectionKind::SetDate;
        };
        if (std::none_of(m_corrections.cbegin(), m_corrections.cend(), anchored))
            return;
        if (!m_out.anchorIndex || m_out.anchorIndex->size() != m_raw.size())
            m_out.anchorIndex = std::make_shared<const AnchorIndex>(m_raw);
        const AnchorIndex &anchors = *m_out.anchorIndex;
        // Spans first, then dates: the order of the whole (dates touch no mention).
        for (const bool dates : {false, true}) {
            for (const Correction &c : std::as_const(m_corrections)) {
                if (!anchored(c) || (c.kind == CorrectionKind::SetDate) != dates)
                    continue;
                if (dates)
                    setDate(anchors, c);
                else
                    correctSpan(anchors, c);
            }
        }
    }

    void correctSpan(const AnchorIndex &anchors, const Correction &c)
    {
        const Reanchored where = c.anchor.isArticle() ? Reanchored{} : anchors.find(c.anchor);
        m_out.anchors.insert(c.uid, where.status);
        if (where.isLost()) {
            reportLost(c);
            return;
        }
        const qsizetype row = where.article;
        if (c.kind == CorrectionKind::RemoveMention) {
            const QList<Mention> &now = m_out.articles.at(row).mentions;
            if (std::any_of(now.cbegin(), now.cend(),
                            [&](const Mention &m) { return m.span.overlaps(where.span); }))
                changeable(row).mentions.removeIf(
                    [&](const Mention &m) { return m.span.overlaps(where.span); });
            return;
        }
        const QString id = m_merged.value(c.entityId, c.entityId);
        const Entities::Entity *entity = m_out.gazetteer ? m_out.gazetteer->entity(id) : nullptr;
        if (!entity) {
            reportUnknown(m_raw.at(row).article.file, c, c.entityId);
            return;
        }
        Mention m;
        m.entityId = id;
        m.type = entity->type;
        m.span = where.span;
        m.surface = m_raw.at(row).article.text.mid(where.span.start, where.span.length());
        m.candidate = false;
        m.confidence = 1.0;
        putMention(changeable(row).mentions, m);
    }

    void setDate(const AnchorIndex &anchors, const Correction &c)
    {
        bool sameText = false;
        const qsizetype row = anchors.findArticle(c.anchor, &sameText);
        m_out.anchors.insert(c.uid, row < 0    ? AnchorStatus::Lost
                                    : sameText ? AnchorStatus::Exact
                                               : AnchorStatus::Moved);
        if (row < 0) {
            reportLost(c);
            return;
        }
        if (!c.dateStart.isValid()) {
            report(m_raw.at(row).article.file,
                   CorrectionApplier::tr("A date correction has no valid date: «%1»")
                       .arg(m_raw.at(row).article.displayTitle()));
            return;
        }
        const QDate first = c.dateStart;
        const QDate last = c.dateEnd.isValid() && c.dateEnd > first ? c.dateEnd : first;
        Time::PublishedDate p;
        p.date = p.start = first;
        p.end = last;
        p.precision = first == last ? Time::Precision::Day : Time::Precision::Range;
        p.value = Time::formatValue(first, last, p.precision);
        p.confidence = 1.0;
        p.basis = Time::PublishedDate::Basis::Override;
        const QString note = c.note.trimmed();
        if (!note.isEmpty()) {
            p.evidence.append(note);
            p.notes.append(note);
        }
        p.constraints.append({Time::DateEvidence::Kind::Override, note, {}, note, false});
        changeable(row).time.published = std::move(p);
    }

    const QList<Analysis::AnalyzedArticle> &m_raw;
    const ApplyOptions &m_options;
    AppliedCorrections m_out;
    QList<Correction> m_corrections;
    QList<AnalystEntity> m_entities;
    QHash<QString, QString> m_merged;
    QSet<qsizetype> m_changed;
};

} // namespace

AppliedCorrections CorrectionApplier::apply(const QList<Analysis::AnalyzedArticle> &raw,
                                            const AnalystData &data,
                                            std::shared_ptr<const Entities::Gazetteer> gazetteer,
                                            const ApplyOptions &options)
{
    return Applier(raw, data, std::move(gazetteer), options).run();
}

Entities::Entity CorrectionApplier::toEntity(const AnalystEntity &entity)
{
    Entities::Entity e;
    e.id = entity.id;
    e.type = entity.type;
    e.ar = entity.ar.trimmed();
    e.en = entity.en;
    e.aliases = entity.aliases;
    e.lat = entity.lat;
    e.lon = entity.lon;
    e.hasCoordinates = entity.hasCoordinates;
    return e;
}

std::shared_ptr<const Entities::Gazetteer>
CorrectionApplier::extendedGazetteer(std::shared_ptr<const Entities::Gazetteer> gazetteer,
                                     const AnalystData &data)
{
    QList<Entities::Entity> extra;
    for (const AnalystEntity &e : analystEntities(liveCorrections(data)))
        extra.append(toEntity(e));
    return Entities::Gazetteer::withExtra(std::move(gazetteer), extra);
}

QString CorrectionApplier::kindLabel(CorrectionKind kind)
{
    switch (kind) {
    case CorrectionKind::RemoveMention:
        return tr("removed mention");
    case CorrectionKind::ChangeEntity:
        return tr("changed entity");
    case CorrectionKind::AddMention:
        return tr("added mention");
    case CorrectionKind::SetDate:
        return tr("corrected date");
    case CorrectionKind::MergeEntities:
        return tr("merged entities");
    case CorrectionKind::NewEntity:
        return tr("new entity");
    }
    return {};
}

} // namespace Marsad::Analyst
