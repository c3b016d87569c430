#include "store/text_list.h"


namespace fn::store {

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
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        if (comma > start) out.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

}  // namespace fn::store
