#pragma once
// Runs poppler-utils on a PDF and returns what they print on stdout (a test
// that wants poppler's warnings redirects stderr itself).
#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <regex>
#include <string>
#include <vector>

namespace fn::testing {

inline std::string run(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen((command + " 2>/dev/null").c_str(), "r"), &pclose);
    if (!pipe) return out;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
    return out;
}

inline int pdf_pages(const std::string& pdf) {
    std::string info = run("pdfinfo '" + pdf + "'");
    auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

// Page 1 rendered gray at 72 dpi (one pixel a point): 0 is black, 255 white.
struct GrayPage {
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;  // row by row
    unsigned char at(int x, int y) const { return pixels[static_cast<std::size_t>(y * width + x)]; }
};
inline GrayPage render_gray(const std::string& pdf, const std::string& scratch) {
    run("pdftoppm -r 72 -gray -singlefile -f 1 -l 1 '" + pdf + "' '" + scratch + "'");
    std::ifstream in(scratch + ".pgm", std::ios::binary);
    std::string magic;
    int maxval = 0;
    GrayPage page;
    in >> magic >> page.width >> page.height >> maxval;
    in.get();
    page.pixels.resize(static_cast<std::size_t>(page.width * page.height));
    in.read(reinterpret_cast<char*>(page.pixels.data()), static_cast<std::streamsize>(page.pixels.size()));
    return page;
}

inline std::string pdf_text(const std::string& pdf) { return run("pdftotext -layout '" + pdf + "' -"); }

// One page's text without the embedding marks (U+202A..U+202E) pdftotext
// puts around the left-to-right runs of right-to-left text ("PK-2", a
// phone, a full stop inside Arabic), so it compares with what was printed.
inline std::string page_text_without_marks(const std::string& pdf, int page) {
    std::string text = run("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf + "' -");
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' && text[i + 2] >= '\xAA' &&
            text[i + 2] <= '\xAE') {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}
inline std::string pdf_fonts(const std::string& pdf) { return run("pdffonts '" + pdf + "'"); }

// The words on pages `first`..`last` with the height of their box
// (pdftotext -bbox: the font's ascent to descent, so proportional to its size).
struct PlacedWord {
    int page = 0;
    std::string text;
    double height = 0;
};
inline std::vector<PlacedWord> words_with_heights(const std::string& pdf, int first, int last) {
    std::vector<PlacedWord> words;
    for (int page = first; page <= last; ++page) {
        std::string html =
            run("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf + "' -");
        static const std::regex word(
            R"rx(<word xMin="[-0-9.]+" yMin="([-0-9.]+)" xMax="[-0-9.]+" yMax="([-0-9.]+)">([^<]*)</word>)rx");
        for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator(); ++it)
            words.push_back({page, (*it)[3], std::stod((*it)[2]) - std::stod((*it)[1])});
    }
    return words;
}

}  // namespace fn::testing
