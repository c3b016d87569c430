#include "core/text_list.h"

namespace fn {

std::string join_ints(const std::vector<int>& values) {
    std::string out;
    for (int v : values) out += (out.empty() ? "" : ",") + std::to_string(v);
    return out;
}

std::vector<int> split_ints(const std::string& text) {
    std::vector<int> out;
    int value = 0;
    bool digits = false, negative = false;
    for (char c : text) {  // hot when loading thousands of RSVPs: no streams
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            digits = true;
        } else if (c == '-') {
            negative = true;
        } else if (c == ',') {
            if (digits) out.push_back(negative ? -value : value);
            value = 0;
            digits = negative = false;
        }
    }
    if (digits) out.push_back(negative ? -value : value);
    return out;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ",") + w;
    return out;
}

std::vector<std::string> split_words(const std::string& text) {
    // Commas, spaces or both, as people type lists: "en,es", "en es", "en, es".
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == ',' || c == ' ' || c == '\t') {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

}  // namespace fn
