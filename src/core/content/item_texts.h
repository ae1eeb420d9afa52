#pragma once

#include "core/content/article_check.h"
#include "core/content/model.h"

#include <array>
#include <string_view>

// The texts people read in each kind of item, listed once. The readers take them from here (as
// the table says in a full pack, all optional in a translation pack), and a translation replaces
// exactly these. A new text field is one row here and one member in model.h.
namespace legease::core {

inline constexpr int kMaxTitleCharacters = 120;

template <typename Item>
struct TextField {
    std::string_view key;
    QString Item::*member;
    bool required;
    int maxCharacters = 0;  // 0: no limit beyond the file's
};

// The only lists of texts in the format: cautions, always optional.
template <typename Item>
struct TextListField {
    std::string_view key;
    QStringList Item::*member;
    int maxItems;
    int maxCharacters;  // of each
};

inline const std::array regionTexts{
    TextField<Region>{"name", &Region::name, true, kMaxTitleCharacters},
    TextField<Region>{"description", &Region::description, false}};

inline const std::array strokeTexts{
    TextField<Stroke>{"name", &Stroke::name, true, kMaxTitleCharacters},
    TextField<Stroke>{"howTo", &Stroke::howTo, true}};

inline const std::array stepTexts{TextField<Step>{"instruction", &Step::instruction, true}};

inline const std::array routineTexts{
    TextField<Routine>{"title", &Routine::title, true, kMaxTitleCharacters},
    TextField<Routine>{"summary", &Routine::summary, true}};
inline const std::array routineTextLists{
    TextListField<Routine>{"cautions", &Routine::cautions, kMaxCautions, kMaxCautionCharacters}};

inline const std::array benefitTexts{
    TextField<Benefit>{"title", &Benefit::title, true, kMaxTitleCharacters},
    TextField<Benefit>{"summary", &Benefit::summary, true, kMaxSummaryCharacters},
    TextField<Benefit>{"body", &Benefit::body, true}};  // limited as an article (article_check.h)
inline const std::array benefitTextLists{
    TextListField<Benefit>{"cautions", &Benefit::cautions, kMaxCautions, kMaxCautionCharacters}};

inline const std::array safetyTexts{
    TextField<SafetyInfo>{"title", &SafetyInfo::title, true, kMaxTitleCharacters},
    TextField<SafetyInfo>{"intro", &SafetyInfo::intro, true},
    TextField<SafetyInfo>{"stopIfItHurts", &SafetyInfo::stopIfItHurts, true}};

inline const std::array safetyItemTexts{
    TextField<SafetyItem>{"title", &SafetyItem::title, true, kMaxTitleCharacters},
    TextField<SafetyItem>{"detail", &SafetyItem::detail, true}};

// Puts each text the translation gives in place of the original's; an empty one keeps it.
template <typename Item, std::size_t N>
void replaceTexts(Item& original, const Item& translation, const std::array<TextField<Item>, N>& fields)
{
    for (const auto& field : fields)
        if (!(translation.*field.member).isEmpty())
            original.*field.member = translation.*field.member;
}

template <typename Item, std::size_t N>
void replaceTexts(Item& original, const Item& translation, const std::array<TextListField<Item>, N>& fields)
{
    for (const auto& field : fields)
        if (!(translation.*field.member).isEmpty())
            original.*field.member = translation.*field.member;
}

}  // namespace legease::core
