#include "core/content/content_library.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace legease::core {
namespace {

template <typename Item>
const Item* lookUp(const QHash<QString, std::size_t>& index, const std::vector<Item>& items, const QString& id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &items[*it];
}

template <typename Item>
void indexItems(const std::vector<Item>& items, QHash<QString, std::size_t>& index)
{
    index.clear();
    index.reserve(qsizetype(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
}

QString placeOf(const Origin& origin)
{
    QString place = origin.file;
    if (!origin.pointer.isEmpty())
        place += QStringLiteral(" at ") + origin.pointer;
    if (!origin.pack.isEmpty())
        place = QStringLiteral("pack \"%1\", %2").arg(origin.pack, place);
    return place;
}

// Reports ids already taken, by a pack added earlier (`known`) or earlier in this one.
template <typename Item>
void checkUniqueIds(const std::vector<Item>& items, const QString& kind,
    const std::function<const Item*(const QString&)>& known, Problems& problems)
{
    QHash<QString, const Item*> seen;
    for (const Item& item : items) {
        if (item.id.isEmpty())
            continue;  // already reported as a malformed id
        const Item* first = known(item.id);
        if (!first)
            first = seen.value(item.id);
        if (first)
            ProblemSink(problems, item.origin.file).error(item.origin.pointer + QStringLiteral("/id"),
                QStringLiteral("expected a %1 id not used before, found \"%2\", already defined in %3")
                    .arg(kind, item.id, placeOf(first->origin)));
        else
            seen.insert(item.id, &item);
    }
}

template <typename Item>
void stampPack(std::vector<Item>& items, const QString& packId)
{
    for (Item& item : items)
        item.origin.pack = packId;
}

}  // namespace

bool ContentLibrary::addPack(PackContent pack, Problems& problems)
{
    checkPack(pack, problems);
    if (countErrors(problems) > 0)
        return false;

    stampPack(pack.regions, pack.info.id);
    stampPack(pack.strokes, pack.info.id);
    stampPack(pack.benefits, pack.info.id);
    stampPack(pack.routines, pack.info.id);

    m_packs.push_back(std::move(pack.info));
    std::move(pack.regions.begin(), pack.regions.end(), std::back_inserter(m_regions));
    std::move(pack.strokes.begin(), pack.strokes.end(), std::back_inserter(m_strokes));
    std::move(pack.benefits.begin(), pack.benefits.end(), std::back_inserter(m_benefits));
    m_routines.reserve(m_routines.size() + pack.routines.size());  // one move of each, not one per growth
    std::move(pack.routines.begin(), pack.routines.end(), std::back_inserter(m_routines));
    if (!m_safety)
        m_safety = std::move(pack.safety);
    reindex();
    return true;
}

void ContentLibrary::checkPack(const PackContent& pack, Problems& problems, const QString& replacing) const
{
    if (!pack.info.id.isEmpty() && this->pack(pack.info.id))
        ProblemSink(problems, QStringLiteral("pack.json")).error(QStringLiteral("/id"),
            QStringLiteral("expected a pack id not used by another pack, found \"%1\", already used by %2")
                .arg(pack.info.id, this->pack(pack.info.id)->root));

    checkUniqueIds<Region>(pack.regions, QStringLiteral("region"), [this](const QString& id) { return region(id); }, problems);
    checkUniqueIds<Stroke>(pack.strokes, QStringLiteral("stroke"), [this](const QString& id) { return stroke(id); }, problems);
    checkUniqueIds<Benefit>(pack.benefits, QStringLiteral("benefit"), [this](const QString& id) { return benefit(id); }, problems);
    checkUniqueIds<Routine>(pack.routines, QStringLiteral("routine"),
        [this, &replacing](const QString& id) { return id == replacing ? nullptr : routine(id); }, problems);

    QSet<QString> regionIds, strokeIds, routineIds;
    for (const Region& r : pack.regions)
        regionIds.insert(r.id);
    for (const Stroke& s : pack.strokes)
        strokeIds.insert(s.id);
    for (const Routine& r : pack.routines)
        routineIds.insert(r.id);
    const auto dangling = [&problems](const Origin& origin, const QString& pointer, const QString& kind, const QString& id) {
        ProblemSink(problems, origin.file).error(pointer,
            QStringLiteral("expected the id of a %1 defined in this or another loaded pack, found \"%2\"").arg(kind, id));
    };
    for (const Routine& routine : pack.routines) {
        for (std::size_t i = 0; i < routine.steps.size(); ++i) {
            const Step& step = routine.steps[i];
            // The pointer is spelled out only for a dangling reference: most steps have none.
            if (!step.region.isEmpty() && !regionIds.contains(step.region) && !region(step.region))
                dangling(routine.origin, routine.origin.pointer + QStringLiteral("/steps/%1/region").arg(i), QStringLiteral("region"), step.region);
            if (!step.stroke.isEmpty() && !strokeIds.contains(step.stroke) && !stroke(step.stroke))
                dangling(routine.origin, routine.origin.pointer + QStringLiteral("/steps/%1/stroke").arg(i), QStringLiteral("stroke"), step.stroke);
        }
    }
    for (const Benefit& benefit : pack.benefits)
        if (!benefit.routine.isEmpty() && !routineIds.contains(benefit.routine) && !routine(benefit.routine))
            dangling(benefit.origin, benefit.origin.pointer + QStringLiteral("/routine"), QStringLiteral("routine"), benefit.routine);

    if (pack.safety && m_safety)
        ProblemSink(problems, QStringLiteral("safety.json")).warning(QString(),
            QStringLiteral("expected one safety screen in all, found another; the one loaded first is kept"));
}

void ContentLibrary::reindex()
{
    std::stable_sort(m_benefits.begin(), m_benefits.end(), [](const Benefit& a, const Benefit& b) {
        return a.order != b.order ? a.order < b.order : a.title.localeAwareCompare(b.title) < 0;
    });
    indexItems(m_regions, m_regionIndex);
    indexItems(m_strokes, m_strokeIndex);
    indexItems(m_benefits, m_benefitIndex);
    indexItems(m_routines, m_routineIndex);
}

const PackInfo* ContentLibrary::pack(const QString& id) const
{
    for (const auto* infos : {&m_packs, &m_translationInfos}) {
        const auto it = std::find_if(infos->begin(), infos->end(), [&id](const PackInfo& p) { return p.id == id; });
        if (it != infos->end())
            return &*it;
    }
    return nullptr;
}

const Region* ContentLibrary::region(const QString& id) const { return lookUp(m_regionIndex, m_regions, id); }
const Stroke* ContentLibrary::stroke(const QString& id) const { return lookUp(m_strokeIndex, m_strokes, id); }
const Benefit* ContentLibrary::benefit(const QString& id) const { return lookUp(m_benefitIndex, m_benefits, id); }
const Routine* ContentLibrary::routine(const QString& id) const { return lookUp(m_routineIndex, m_routines, id); }

}  // namespace legease::core
