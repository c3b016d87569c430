#include "core/resource.h"

#include "core/enum_names.h"

namespace fn {
namespace {

constexpr EnumNames<ResourceCategory, 7> kCategories{{{ResourceCategory::Food, "food"},
                                                      {ResourceCategory::Housing, "housing"},
                                                      {ResourceCategory::Health, "health"},
                                                      {ResourceCategory::AdultEducation, "adult-education"},
                                                      {ResourceCategory::LegalAid, "legal-aid"},
                                                      {ResourceCategory::LanguageClasses, "language-classes"},
                                                      {ResourceCategory::Other, "other"}}};
constexpr EnumNames<ResourceCost, 4> kCosts{{{ResourceCost::Free, "free"},
                                             {ResourceCost::LowCost, "low-cost"},
                                             {ResourceCost::SlidingScale, "sliding-scale"},
                                             {ResourceCost::Fee, "fee"}}};

}  // namespace

std::string to_string(ResourceCategory v) { return enum_to_string(kCategories, v); }
ResourceCategory parse_resource_category(const std::string& s) { return enum_from_string(kCategories, s, "category"); }
std::string to_string(ResourceCost v) { return enum_to_string(kCosts, v); }
ResourceCost parse_resource_cost(const std::string& s) { return enum_from_string(kCosts, s, "cost"); }

const std::vector<ResourceCategory>& resource_categories() {
    static const std::vector<ResourceCategory> all{ResourceCategory::Food,     ResourceCategory::Housing,
                                                   ResourceCategory::Health,   ResourceCategory::AdultEducation,
                                                   ResourceCategory::LegalAid, ResourceCategory::LanguageClasses,
                                                   ResourceCategory::Other};
    return all;
}

std::string category_text_key(ResourceCategory c) {
    std::string key = "category_" + to_string(c);
    for (auto& ch : key)
        if (ch == '-') ch = '_';
    return key;
}

std::string cost_text_key(ResourceCost c) {
    switch (c) {
        case ResourceCost::Free:
            return "cost_free";
        case ResourceCost::LowCost:
            return "cost_low";
        case ResourceCost::SlidingScale:
            return "cost_sliding";
        case ResourceCost::Fee:
            return "cost_fee";
    }
    return "cost_fee";
}

}  // namespace fn
