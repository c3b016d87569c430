#include "core/contrast.h"

#include <algorithm>
#include <cmath>

namespace fn {
namespace {
double linear(int channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
Rgb mixed(Rgb from, Rgb to, double t) {
    auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return {mix(from.r, to.r), mix(from.g, to.g), mix(from.b, to.b)};
}
}  // namespace

double relative_luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb readable_on(Rgb wanted, Rgb background, double ratio) {
    if (contrast_ratio(wanted, background) >= ratio) return wanted;
    // Towards whichever end lies further from the background.
    const Rgb end = relative_luminance(background) > 0.18 ? Rgb{0, 0, 0} : Rgb{255, 255, 255};
    for (int step = 1; step <= 20; ++step) {
        const Rgb candidate = mixed(wanted, end, step / 20.0);
        if (contrast_ratio(candidate, background) >= ratio) return candidate;
    }
    return end;
}

}  // namespace fn
