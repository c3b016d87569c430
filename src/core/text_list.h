#pragma once
// Short lists as people type them and as one column keeps them: ages "4,7"
// and language codes "en,es". Plain text rules, used by every layer.
#include <string>
#include <vector>

namespace fn {

std::string join_ints(const std::vector<int>& values);
std::vector<int> split_ints(const std::string& text);
std::string join_words(const std::vector<std::string>& words);
std::vector<std::string> split_words(const std::string& text);

}  // namespace fn
