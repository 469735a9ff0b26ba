#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>

namespace Dorfplatz {

// "The first of these arrangements that fits": a layout lists its variants from the richest to
// the least that must stay (a smaller font, a line less, a button without its icon), so the list
// alone says what gives way first, and tries them in that order with one of these.

// The first of `variants` for which `fits` is true; nothing when none is. `fits` may lay the
// variant out as it tries it.
template <std::ranges::forward_range Variants, typename Fits>
std::optional<std::ranges::range_value_t<Variants>> firstThatFits(const Variants &variants,
                                                                  Fits &&fits)
{
    for (const auto &variant : variants) {
        if (std::invoke(fits, variant))
            return variant;
    }
    return std::nullopt;
}

// Measures the variants in order and returns the first measurement that `fits`; nothing when none
// does. `measure` returns a std::optional: nothing for a variant that cannot be laid out at all,
// which is passed over.
template <std::ranges::forward_range Variants, typename Measure, typename Fits>
auto firstThatFits(const Variants &variants, Measure &&measure, Fits &&fits)
    -> std::invoke_result_t<Measure &, const std::ranges::range_value_t<Variants> &>
{
    for (const auto &variant : variants) {
        auto layout = std::invoke(measure, variant);
        if (layout && std::invoke(fits, std::as_const(*layout)))
            return layout;
    }
    return std::nullopt;
}

// Measures the variants in order and returns the first measurement that `fits`; when none does,
// the last one's: the least that must stay is shown even where it does not fit. `measure` may set
// fonts as it goes: its last call is always the one for the measurement returned.
template <std::ranges::forward_range Variants, typename Measure, typename Fits>
auto firstThatFitsOrLast(const Variants &variants, Measure &&measure, Fits &&fits)
    -> std::invoke_result_t<Measure &, const std::ranges::range_value_t<Variants> &>
{
    using Layout = std::invoke_result_t<Measure &, const std::ranges::range_value_t<Variants> &>;
    Q_ASSERT(!std::ranges::empty(variants));
    std::optional<Layout> layout;
    for (const auto &variant : variants) {
        layout.emplace(std::invoke(measure, variant));
        if (std::invoke(fits, std::as_const(*layout)))
            break;
    }
    return std::move(*layout);
}

} // namespace Dorfplatz
