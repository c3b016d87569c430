#include "store/stored_text.h"

#include <nlohmann/json.hpp>

namespace fn::store {
namespace {

nlohmann::json as_json(const Text& text) {
    nlohmann::json j = {{"format", text.format()}, {"translate", text.translated_on_show()}};
    if (!text.args().empty()) {
        j["args"] = nlohmann::json::array();
        for (const auto& a : text.args()) j["args"].push_back(as_json(a));
    }
    return j;
}

Text from_json(const nlohmann::json& j) {
    std::vector<Text> args;
    if (j.contains("args"))
        for (const auto& a : j.at("args")) args.push_back(from_json(a));
    return Text::kept(j.at("format").get<std::string>(), std::move(args), j.value("translate", false));
}

}  // namespace

std::string stored_text(const Text& text) {
    if (text.empty()) return "";
    return as_json(text).dump();
}

Text text_from_stored(const std::string& stored) {
    if (stored.empty() || stored.front() != '{') return Text(stored);
    auto j = nlohmann::json::parse(stored, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("format")) return Text(stored);
    return from_json(j);
}

}  // namespace fn::store
