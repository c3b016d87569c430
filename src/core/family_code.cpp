#include "core/family_code.h"

#include "core/errors.h"

namespace fn {

FamilyCodeGenerator::FamilyCodeGenerator(std::uint64_t seed) : rng_(seed) {}

std::string FamilyCodeGenerator::next(const std::function<bool(const std::string&)>& taken) { return next("", taken); }

std::string FamilyCodeGenerator::next(const std::string& prefix, const std::function<bool(const std::string&)>& taken) {
    std::uniform_int_distribution<std::size_t> pick(0, kFamilyCodeAlphabet.size() - 1);
    for (int attempt = 0; attempt < 1000; ++attempt) {
        std::string code = prefix.substr(0, kFamilyCodeLength);
        while (code.size() < kFamilyCodeLength) code.push_back(kFamilyCodeAlphabet[pick(rng_)]);
        if (!taken(code)) return code;
    }
    throw Error(tr("could not find a free family code after 1000 tries"));
}

std::string station_code_prefix(std::string_view station) {
    // FNV-1a: the same name gives the same letters on every machine.
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : station) hash = (hash ^ c) * 16777619u;
    const auto n = kFamilyCodeAlphabet.size();
    return {kFamilyCodeAlphabet[hash % n], kFamilyCodeAlphabet[(hash / n) % n]};
}

std::string normalize_family_code(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        out.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

bool looks_like_family_code(std::string_view normalized) {
    if (normalized.size() != kFamilyCodeLength) return false;
    for (char c : normalized)
        if (kFamilyCodeAlphabet.find(c) == std::string_view::npos) return false;
    return true;
}

}  // namespace fn
