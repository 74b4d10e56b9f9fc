// Errors, in three classes, never thrown across a stage boundary.
//
// A stage that can fail returns Outcome<T>: either a value or an Error. The
// caller checks ok() and then reads value() or error(), in the manner of
// RE2's ok()/error(). An Error's message is one line, names the file, and
// says the cause in words a user can act on.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace legalint {

enum class ErrorClass {
  input,     // the user's document cannot be read (exit code 3)
  config,    // a rule pack, a configuration file or a command line is wrong (exit code 2)
  internal,  // a bug in legalint (exit code 2, never 0)
};

struct Error {
  ErrorClass error_class = ErrorClass::internal;
  std::string code;     // stable, machine-readable: "empty-file", "zip-bomb", "pack-syntax" …
  std::string path;     // the file the error is about ("" when none)
  std::string message;  // one line, without the path: "the file is empty"

  // "path: message" — the one-line form shown to users.
  std::string to_string() const { return path.empty() ? message : path + ": " + message; }
  // The class and the code, as reports name a file's error: "input/empty-file".
  std::string id() const {
    switch (error_class) {
      case ErrorClass::input: return "input/" + code;
      case ErrorClass::config: return "config/" + code;
      case ErrorClass::internal: break;
    }
    return "internal/" + code;
  }
};

template <typename T>
class Outcome {
 public:
  Outcome(T value) : state_(std::move(value)) {}
  Outcome(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

inline Error input_error(std::string code, std::string path, std::string message) {
  return Error{ErrorClass::input, std::move(code), std::move(path), std::move(message)};
}
inline Error config_error(std::string code, std::string path, std::string message) {
  return Error{ErrorClass::config, std::move(code), std::move(path), std::move(message)};
}
inline Error internal_error(std::string code, std::string path, std::string message) {
  return Error{ErrorClass::internal, std::move(code), std::move(path), std::move(message)};
}

}  // namespace legalint
