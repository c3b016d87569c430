#pragma once
// Names and texts for the demo school, per home language.
#include <string>
#include <vector>

namespace fn::ops::demo {

struct NamePool {
    std::string language;
    int weight;  // share of households, in percent
    std::vector<std::string> given;
    std::vector<std::string> family;
};

const std::vector<NamePool>& name_pools();

struct DemoEventText {
    std::string language, title, description;
};
std::vector<DemoEventText> literacy_night_texts();
std::vector<DemoEventText> math_night_texts();

const std::vector<std::string>& workshop_titles();
const std::vector<std::string>& teacher_names();
const std::vector<std::string>& streets();

}  // namespace fn::ops::demo
