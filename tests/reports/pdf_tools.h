#pragma once
// Runs poppler-utils on a PDF and returns what they print (stderr dropped:
// poppler warns about libharu 2.3.0's ToUnicode CMaps but reads them).
#include <array>
#include <cstdio>
#include <memory>
#include <string>

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

inline std::string pdf_text(const std::string& pdf) { return run("pdftotext -layout '" + pdf + "' -"); }
inline std::string pdf_fonts(const std::string& pdf) { return run("pdffonts '" + pdf + "'"); }

}  // namespace fn::testing
