#pragma once
// Short lists kept in one column: ages "4,7" and language codes "en,es".
#include <string>
#include <vector>

namespace fn::store {

std::string join_ints(const std::vector<int>& values);
std::vector<int> split_ints(const std::string& text);
std::string join_words(const std::vector<std::string>& words);
std::vector<std::string> split_words(const std::string& text);

}  // namespace fn::store
