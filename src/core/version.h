#pragma once
// FamilyNight's version, set once in CMake's project(VERSION ...).
namespace fn {
inline constexpr const char* kVersion = FN_VERSION;
}  // namespace fn
