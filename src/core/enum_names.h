#pragma once
// Table-driven conversion between enums and the stable words used in the
// database, the CLI and exports. Each enum provides a names() table.
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "core/errors.h"

namespace fn {

template <typename E, std::size_t N>
using EnumNames = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
std::string enum_to_string(const EnumNames<E, N>& table, E value) {
    for (const auto& [e, name] : table)
        if (e == value) return std::string(name);
    return "unknown";
}

template <typename E, std::size_t N>
E enum_from_string(const EnumNames<E, N>& table, std::string_view text, const std::string& field) {
    for (const auto& [e, name] : table)
        if (name == text) return e;
    std::string allowed;
    for (const auto& [e, name] : table) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    throw ValidationError(Text(field), tr("{0} is not one of: {1}", {quoted(std::string(text)), allowed}));
}

}  // namespace fn
