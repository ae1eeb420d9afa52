#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

// A table of the values of one enum with the word each is written as (in a file, a setting or
// on the command line). One table per enum, used both to read and to write it.
namespace legease::core {

template <typename E>
struct Choice {
    E value;
    std::string_view name;
};

template <typename E, std::size_t N>
constexpr std::string_view nameOf(const std::array<Choice<E>, N>& choices, E value)
{
    for (const auto& choice : choices)
        if (choice.value == value)
            return choice.name;
    return {};
}

template <typename E, std::size_t N>
constexpr std::optional<E> valueOf(const std::array<Choice<E>, N>& choices, std::string_view name)
{
    for (const auto& choice : choices)
        if (choice.name == name)
            return choice.value;
    return std::nullopt;
}

}  // namespace legease::core
