#include "io/walk_in_record.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"

namespace fn::io {

std::string walk_in_record(const Household& h) {
    nlohmann::json guardians = nlohmann::json::array(), students = nlohmann::json::array();
    for (const auto& g : h.guardians)
        guardians.push_back({{"name", g.name},
                             {"phone", g.phone},
                             {"email", g.email},
                             {"preferred_contact", to_string(g.preferred_contact)},
                             {"language", g.language}});
    for (const auto& s : h.students)
        students.push_back({{"student_number", s.student_number},
                            {"first_name", s.first_name},
                            {"last_name", s.last_name},
                            {"grade", s.grade},
                            {"homeroom", s.homeroom}});
    nlohmann::json record{{"code", h.code},
                          {"language", h.language},
                          {"family_name", h.family_name_as_written},
                          {"guardians", guardians},
                          {"students", students}};
    return record.dump();
}

Household household_from_walk_in_record(const std::string& text) {
    try {
        auto j = nlohmann::json::parse(text);
        Household h;
        h.walk_in = true;
        h.code = j.at("code").get<std::string>();
        h.language = j.at("language").get<std::string>();
        h.family_name_as_written = j.at("family_name").get<std::string>();
        for (const auto& g : j.at("guardians"))
            h.guardians.push_back({0, g.at("name").get<std::string>(), g.at("phone").get<std::string>(),
                                   g.at("email").get<std::string>(),
                                   parse_contact_method(g.at("preferred_contact").get<std::string>()),
                                   g.at("language").get<std::string>()});
        for (const auto& s : j.at("students")) {
            Student st;
            st.student_number = s.at("student_number").get<std::string>();
            st.first_name = s.at("first_name").get<std::string>();
            st.last_name = s.at("last_name").get<std::string>();
            st.grade = s.at("grade").get<std::string>();
            st.homeroom = s.at("homeroom").get<std::string>();
            h.students.push_back(std::move(st));
        }
        return h;
    } catch (const nlohmann::json::exception& e) {
        throw Error(tr("a walk-in kept at this station cannot be read back: {0}", {std::string(e.what())}));
    }
}

}  // namespace fn::io
