// The translation half of ContentLibrary: checking translation packs against the content they
// translate, and putting their texts in place of the English ones.
#include "core/content/content_library.h"
#include "core/content/item_texts.h"

#include <QSet>

namespace legease::core {
namespace {

QString placeInPack(const Origin& origin)
{
    return origin.pointer.isEmpty() ? origin.file : QStringLiteral("%1 at %2").arg(origin.file, origin.pointer);
}

// Checks the items of one kind: each translated once in this pack, each naming an item that
// exists. Returns the ones to keep.
template <typename Item, typename Find>
std::vector<Item> checkTranslatedItems(std::vector<Item> items, const QString& kind, Find find, Problems& problems)
{
    std::vector<Item> kept;
    QHash<QString, Origin> seen;
    for (Item& item : items) {
        if (item.id.isEmpty())
            continue;  // already reported as a malformed id
        ProblemSink sink(problems, item.origin.file);
        const QString pointer = item.origin.pointer + QStringLiteral("/id");
        if (const auto first = seen.constFind(item.id); first != seen.constEnd()) {
            sink.error(pointer, QStringLiteral("expected each %1 to be translated once in a pack, found \"%2\" again, "
                                               "already translated in %3")
                                    .arg(kind, item.id, placeInPack(*first)));
            continue;
        }
        seen.insert(item.id, item.origin);
        if (!find(item.id)) {
            sink.warning(pointer, QStringLiteral("expected the id of a %1 in a loaded pack, found \"%2\"; "
                                                 "there is nothing to translate, ignored")
                                      .arg(kind, item.id));
            continue;
        }
        kept.push_back(std::move(item));
    }
    return kept;
}

// A translation counts steps and checklist items by place; more than the original has would be
// texts for nothing.
void checkCount(std::size_t translated, std::size_t original, const QString& itemsName, const QString& of,
    ProblemSink sink, const QString& pointer)
{
    if (translated > original)
        sink.warning(pointer, QStringLiteral("expected no more %1 than %2 has (%3), found %4; the extra ones are ignored")
                                  .arg(itemsName, of)
                                  .arg(original)
                                  .arg(translated));
}

// "de_AT" or "de-AT" → "de", "de-AT": every language tag from the broadest to the exact one.
QStringList languageTags(QString language)
{
    language.replace(QLatin1Char('_'), QLatin1Char('-'));
    QStringList tags;
    QString tag;
    for (const QString& part : language.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
        tag += (tag.isEmpty() ? QString() : QStringLiteral("-")) + part;
        tags << tag;
    }
    return tags;
}

}  // namespace

bool ContentLibrary::addTranslation(PackContent pack, Problems& problems)
{
    if (!pack.info.id.isEmpty() && this->pack(pack.info.id))
        ProblemSink(problems, QStringLiteral("pack.json")).error(QStringLiteral("/id"),
            QStringLiteral("expected a pack id not used by another pack, found \"%1\", already used by %2")
                .arg(pack.info.id, this->pack(pack.info.id)->root));

    pack.regions = checkTranslatedItems(std::move(pack.regions), QStringLiteral("region"),
        [this](const QString& id) { return region(id); }, problems);
    pack.strokes = checkTranslatedItems(std::move(pack.strokes), QStringLiteral("stroke"),
        [this](const QString& id) { return stroke(id); }, problems);
    pack.benefits = checkTranslatedItems(std::move(pack.benefits), QStringLiteral("benefit"),
        [this](const QString& id) { return benefit(id); }, problems);
    pack.routines = checkTranslatedItems(std::move(pack.routines), QStringLiteral("routine"),
        [this](const QString& id) { return routine(id); }, problems);

    for (const Routine& translated : pack.routines)
        checkCount(translated.steps.size(), routine(translated.id)->steps.size(), QStringLiteral("steps"),
            QStringLiteral("routine \"%1\"").arg(translated.id), ProblemSink(problems, translated.origin.file),
            QStringLiteral("/steps"));
    if (pack.safety) {
        ProblemSink sink(problems, QStringLiteral("safety.json"));
        if (!m_safety) {
            sink.warning(QString(), QStringLiteral("expected a safety screen in a loaded pack to translate, found none; ignored"));
            pack.safety.reset();
        } else {
            checkCount(pack.safety->checklist.size(), m_safety->checklist.size(), QStringLiteral("checklist items"),
                QStringLiteral("the safety screen"), sink, QStringLiteral("/checklist"));
        }
    }

    if (countErrors(problems) > 0)
        return false;
    m_translationInfos.push_back(pack.info);
    m_translations.push_back(std::move(pack));
    return true;
}

void ContentLibrary::applyTranslations(const QString& language)
{
    for (const QString& tag : languageTags(language)) {
        for (const PackContent& translation : m_translations) {
            if (translation.info.locale.compare(tag, Qt::CaseInsensitive) == 0) {
                applyTranslation(translation);
                m_applied << translation.info.id;
            }
        }
    }
    reindex();  // benefits with the same order are sorted by title, which may have changed
}

void ContentLibrary::applyTranslation(const PackContent& translation)
{
    // addTranslation kept only items whose ids exist, and nothing has been removed since.
    for (const Region& texts : translation.regions)
        replaceTexts(m_regions[m_regionIndex.value(texts.id)], texts, regionTexts);
    for (const Stroke& texts : translation.strokes)
        replaceTexts(m_strokes[m_strokeIndex.value(texts.id)], texts, strokeTexts);
    for (const Benefit& texts : translation.benefits) {
        Benefit& benefit = m_benefits[m_benefitIndex.value(texts.id)];
        if (!texts.body.isEmpty())
            benefit.bodyFolder = texts.bodyFolder;  // a translated article shows the translation pack's images
        replaceTexts(benefit, texts, benefitTexts);
        replaceTexts(benefit, texts, benefitTextLists);
    }
    for (const Routine& texts : translation.routines) {
        Routine& routine = m_routines[m_routineIndex.value(texts.id)];
        replaceTexts(routine, texts, routineTexts);
        replaceTexts(routine, texts, routineTextLists);
        for (std::size_t i = 0; i < std::min(texts.steps.size(), routine.steps.size()); ++i)
            replaceTexts(routine.steps[i], texts.steps[i], stepTexts);
    }
    if (translation.safety && m_safety) {
        replaceTexts(*m_safety, *translation.safety, safetyTexts);
        for (std::size_t i = 0; i < std::min(translation.safety->checklist.size(), m_safety->checklist.size()); ++i)
            replaceTexts(m_safety->checklist[i], translation.safety->checklist[i], safetyItemTexts);
    }
}

}  // namespace legease::core
