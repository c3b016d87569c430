#pragma once
// Colours people can read: WCAG 2's contrast ratio, and a colour moved just
// far enough towards black or white to read on a given background (a red
// meant for a light theme, shown on a dark or high-contrast one).
namespace fn {

struct Rgb {
    int r = 0, g = 0, b = 0;  // 0-255, sRGB
};

// WCAG 2 relative luminance, 0 (black) to 1 (white).
double relative_luminance(Rgb colour);
// (lighter + 0.05) / (darker + 0.05): 1 to 21; text needs 4.5 (WCAG AA).
double contrast_ratio(Rgb a, Rgb b);
// `wanted` itself when it reads at `ratio` on `background`; else mixed
// towards black (on a light background) or white (on a dark one) until it
// does, keeping as much of its hue as it can.
Rgb readable_on(Rgb wanted, Rgb background, double ratio = 4.5);

}  // namespace fn
