#pragma once
// The school's directory of community resources: where
// to point a family that discloses a need. Printed for families as a
// handout in their language, grouped by category; names and addresses as
// typed, the handout's own words from core/document_texts.
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn {

enum class ResourceCategory { Food, Housing, Health, AdultEducation, LegalAid, LanguageClasses, Other };
std::string to_string(ResourceCategory);
ResourceCategory parse_resource_category(const std::string&);
// Every category in the handout's order.
const std::vector<ResourceCategory>& resource_categories();
// Its heading's key in core/document_texts ("category_food").
std::string category_text_key(ResourceCategory);

enum class ResourceCost { Free, LowCost, SlidingScale, Fee };
std::string to_string(ResourceCost);
ResourceCost parse_resource_cost(const std::string&);
std::string cost_text_key(ResourceCost);  // "cost_free"

struct CommunityResource {
    Id id = 0;
    ResourceCategory category = ResourceCategory::Other;
    std::string name;
    std::string address;
    std::string hours;                   // as the school writes them ("Tue 4-7 pm")
    std::string phone;                   // the organisation's, printed for families
    std::vector<std::string> languages;  // codes served, e.g. {"en", "es"}
    ResourceCost cost = ResourceCost::Free;
    std::string notes;
};

// Throws ValidationError naming the field: a name, short texts, language codes.
void validate(const CommunityResource& r);

}  // namespace fn
