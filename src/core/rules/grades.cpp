#include "core/rules/grades.h"

#include <cctype>

namespace fn {
namespace {

std::string upper_trimmed(const std::string& s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::optional<int> grade_rank(const std::string& grade) {
    std::string g = upper_trimmed(grade);
    if (g.rfind("GRADE", 0) == 0) g = g.substr(5);
    if (g == "PK" || g == "TK" || g == "PREK" || g == "PRE-K" || g == "P") return -1;
    if (g == "K" || g == "KG" || g == "KINDERGARTEN") return 0;
    // Student information systems that number grades (PowerSchool): 0 is
    // kindergarten, -1 and -2 the pre-kindergarten years.
    if (g == "0" || g == "00") return 0;
    if (g == "-1" || g == "-2") return -1;
    // "3", "03", "3RD", "11TH"
    std::size_t digits = 0;
    while (digits < g.size() && std::isdigit(static_cast<unsigned char>(g[digits]))) ++digits;
    if (digits == 0 || digits > 2) return std::nullopt;
    const std::string rest = g.substr(digits);
    if (!rest.empty() && rest != "ST" && rest != "ND" && rest != "RD" && rest != "TH") return std::nullopt;
    const int n = std::stoi(g.substr(0, digits));
    if (n < 1 || n > 12) return std::nullopt;
    return n;
}

int grade_sort_key(const std::string& grade) { return grade_rank(grade).value_or(99); }

std::optional<std::string> next_grade(const std::string& grade) {
    auto rank = grade_rank(grade);
    if (!rank) return std::nullopt;
    if (*rank < 0) return "K";
    return std::to_string(*rank + 1);
}

std::string grade_band(const std::string& grade) {
    auto rank = grade_rank(grade);
    if (!rank) return "";
    if (*rank <= 2) return "PK-2";
    if (*rank <= 5) return "3-5";
    if (*rank <= 8) return "6-8";
    return "9-12";
}

const Student* paper_carrier(const Household& h) {
    const Student* carrier = nullptr;
    for (const auto& s : h.students)
        if (s.left_on.empty() && (!carrier || grade_sort_key(s.grade) < grade_sort_key(carrier->grade))) carrier = &s;
    return carrier;
}

const std::vector<std::string>& grade_bands() {
    static const std::vector<std::string> bands{"PK-2", "3-5", "6-8", "9-12"};
    return bands;
}

}  // namespace fn
