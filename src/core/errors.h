#pragma once
// One exception root for FamilyNight; every message is written for the person
// using the app or the CLI (what is wrong and where), never a raw SQL error.
#include <stdexcept>
#include <string>

namespace fn {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Input that breaks a rule: names the field and says why.
class ValidationError : public Error {
public:
    ValidationError(std::string field, const std::string& reason)
        : Error(field + ": " + reason), field_(std::move(field)) {}
    const std::string& field() const { return field_; }

private:
    std::string field_;
};

class NotFoundError : public Error {
public:
    using Error::Error;
};

// The request is well formed but conflicts with what is stored (duplicate, clash).
class ConflictError : public Error {
public:
    using Error::Error;
};

}  // namespace fn
