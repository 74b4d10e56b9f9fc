// A value made on first use, once, from whichever thread asks first.
//
//   Lazy<std::vector<Fact>> facts_;                 // a member
//   facts_.get([&] { return extract_facts(text); }) // made here, then kept
//
// Movable, so that what holds it can be returned by value: the value moves,
// the mutex is made anew.
#pragma once

#include <mutex>
#include <optional>
#include <utility>

namespace legalint {

template <typename T>
class Lazy {
 public:
  Lazy() = default;
  Lazy(Lazy&& other) noexcept {
    const std::lock_guard lock(other.mutex_);
    value_ = std::move(other.value_);
  }
  Lazy& operator=(Lazy&& other) noexcept {
    if (this != &other) {
      const std::scoped_lock lock(mutex_, other.mutex_);
      value_ = std::move(other.value_);
    }
    return *this;
  }

  // The value, made by `make()` on the first call; later calls ignore `make`.
  template <typename Make>
  const T& get(Make make) const {
    const std::lock_guard lock(mutex_);
    if (!value_) value_.emplace(make());
    return *value_;
  }

 private:
  mutable std::mutex mutex_;
  mutable std::optional<T> value_;
};

}  // namespace legalint
