#pragma once
// One exception root for FamilyNight; every message is written for the person
// using the app or the CLI (what is wrong and where), never a raw SQL error.
// A message built with tr() (core/text_message.h) can be shown in the app's
// language; what() is always the English.
#include <stdexcept>
#include <string>

#include "core/text_message.h"

namespace fn {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message), text_(message) {}
    explicit Error(const char* message) : Error(std::string(message)) {}
    explicit Error(Text text) : std::runtime_error(text.english()), text_(std::move(text)) {}
    // The message as a template and values, for translation at the edge.
    const Text& text() const { return text_; }

private:
    Text text_;
};

// Input that breaks a rule: names the field and says why.
class ValidationError : public Error {
public:
    ValidationError(std::string field, const std::string& reason)
        : Error(field + ": " + reason), field_(std::move(field)) {}
    ValidationError(Text field, Text reason)
        : Error(tr("{0}: {1}", {field, std::move(reason)})), field_(field.english()) {}
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

// An operation id (made where an action was typed, so that a retry is done
// once) arrived again with a different action, event, family or numbers:
// the id was reused, and nothing is done. Front ends say so distinctly (the
// CLI exits with its own code), never "done".
class OperationReusedError : public ConflictError {
public:
    using ConflictError::ConflictError;
};

// The shared database's server cannot be reached (refused, timed out, or the
// connection dropped): nothing was done there. A door station keeps working
// from its station file and sends its outbox when the server answers again.
class ServerUnreachableError : public Error {
public:
    using Error::Error;
};

// The login may not do this: the server (or the file's permissions) refused it.
class NotAllowedError : public Error {
public:
    using Error::Error;
};

// Another station or program holds the database for a moment: try again.
class BusyError : public Error {
public:
    using Error::Error;
};

// No space left where the database or a file is written: nothing was changed.
// A database file SQLite's check finds damaged; the message says which and
// what to do (open a backup).
class DamagedDatabaseError : public Error {
public:
    using Error::Error;
};

class DiskFullError : public Error {
public:
    using Error::Error;
};

// A shared database asked for a password that was not given (or was wrong):
// a front end may ask for it and try again.
class PasswordNeededError : public Error {
public:
    using Error::Error;
};

}  // namespace fn
