#pragma once

#include "core/content/model.h"
#include "core/content/pack_reader.h"
#include "core/content/problem.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace legease::core {

// All content the app can show, merged from every pack that loaded cleanly. Ids are unique per
// kind across packs and every reference resolves, so views can look things up without checks.
class ContentLibrary {
public:
    // Checks the rules that span files and packs (unique ids, references to regions, strokes and
    // routines, here or in packs already added) and appends what it finds to `problems`, the
    // pack's own list so far. Adds the pack only when that list holds no error, so a pack is
    // taken whole or not at all. Returns whether the pack was added.
    bool addPack(PackContent pack, Problems& problems);

    // The checks of addPack without adding anything, so a routine can be checked before it is
    // written (the editor, an import). `replacing` names a routine of the library that the pack's
    // routine of the same id will replace (the editor saving over a routine of the person's own
    // pack): its id does not count as taken.
    void checkPack(const PackContent& pack, Problems& problems, const QString& replacing = QString()) const;

    // Checks a translation pack against the packs added so far (so add those first): its id is
    // not taken, each item is translated once, and every id it names exists (a warning if not,
    // the translation of that item is ignored), as do the steps and checklist items it counts.
    // Keeps the pack, without applying it, when there is no error. Returns whether it was kept.
    bool addTranslation(PackContent pack, Problems& problems);

    // Replaces titles and texts with those of the kept translation packs for `language` ("de",
    // "de-AT", or QLocale::name()'s "de_AT"): first packs for the base language "de", then for
    // "de-AT", so the closer match wins and what neither translates stays in English. Packs of
    // one locale apply in load order. Texts are replaced in place: call it once, after every
    // pack is added (loadContent does); load again to change the language.
    void applyTranslations(const QString& language);

    const std::vector<PackInfo>& packs() const { return m_packs; }
    const std::vector<Region>& regions() const { return m_regions; }
    const std::vector<Stroke>& strokes() const { return m_strokes; }
    const std::vector<Benefit>& benefits() const { return m_benefits; }  // by order, then title
    const std::vector<Routine>& routines() const { return m_routines; }  // in load order
    const std::optional<SafetyInfo>& safety() const { return m_safety; }
    const std::vector<PackInfo>& translations() const { return m_translationInfos; }  // kept ones, in load order
    const QStringList& appliedTranslations() const { return m_applied; }  // ids of the packs applied

    const PackInfo* pack(const QString& id) const;  // content and translation packs
    const Region* region(const QString& id) const;
    const Stroke* stroke(const QString& id) const;
    const Benefit* benefit(const QString& id) const;
    const Routine* routine(const QString& id) const;

private:
    void reindex();
    void applyTranslation(const PackContent& translation);

    std::vector<PackInfo> m_packs;
    std::vector<Region> m_regions;
    std::vector<Stroke> m_strokes;
    std::vector<Benefit> m_benefits;
    std::vector<Routine> m_routines;
    std::optional<SafetyInfo> m_safety;
    std::vector<PackContent> m_translations;
    std::vector<PackInfo> m_translationInfos;
    QStringList m_applied;
    QHash<QString, std::size_t> m_regionIndex;
    QHash<QString, std::size_t> m_strokeIndex;
    QHash<QString, std::size_t> m_benefitIndex;
    QHash<QString, std::size_t> m_routineIndex;
};

}  // namespace legease::core
