#include "report/spill.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace legalint {
namespace {

// The form is private to one process (written and read by the same build),
// so numbers go in host byte order and nothing is versioned.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void number(std::uint32_t n) { out_.append(reinterpret_cast<const char*>(&n), sizeof n); }
  void text(const std::string& s) {
    number(static_cast<std::uint32_t>(s.size()));
    out_ += s;
  }
  void position(Position p) {
    number(p.line);
    number(p.column);
  }

 private:
  std::string& out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::uint32_t number() {
    std::uint32_t n;
    std::memcpy(&n, take(sizeof n).data(), sizeof n);
    return n;
  }
  std::string text() { return std::string(take(number())); }
  Position position() {
    Position p;
    p.line = number();
    p.column = number();
    return p;
  }

 private:
  std::string_view take(std::size_t n) {
    if (n > in_.size()) throw std::runtime_error("legalint: the findings spill file is damaged");
    const std::string_view piece = in_.substr(0, n);
    in_.remove_prefix(n);
    return piece;
  }
  std::string_view in_;
};

[[noreturn]] void fail(const char* what) {
  throw std::runtime_error(std::string("legalint: cannot ") + what + " the findings spill file: " + std::strerror(errno));
}

}  // namespace

std::string serialize_findings(const std::vector<Finding>& findings) {
  std::string bytes;
  Writer w(bytes);
  w.number(static_cast<std::uint32_t>(findings.size()));
  for (const auto& f : findings) {
    w.text(f.path);
    w.text(f.rule_id);
    w.number(static_cast<std::uint32_t>(f.severity));
    w.text(f.title);
    w.text(f.message);
    w.text(f.fix);
    w.number(static_cast<std::uint32_t>(f.basis.size()));
    for (const auto& id : f.basis) w.text(id);
    w.number(f.span.begin);
    w.number(f.span.end);
    w.position(f.location.start);
    w.position(f.location.end);
    w.number(f.location.byte_begin);
    w.number(f.location.byte_end);
    w.text(f.clause);
    w.text(f.excerpt);
    w.text(f.source_line);
    w.number(static_cast<std::uint32_t>(f.kind));
    w.text(f.fingerprint);
  }
  return bytes;
}

std::vector<Finding> deserialize_findings(std::string_view bytes) {
  Reader r(bytes);
  std::vector<Finding> findings(r.number());
  for (auto& f : findings) {
    f.path = r.text();
    f.rule_id = r.text();
    f.severity = static_cast<Severity>(r.number());
    f.title = r.text();
    f.message = r.text();
    f.fix = r.text();
    f.basis.resize(r.number());
    for (auto& id : f.basis) id = r.text();
    f.span.begin = r.number();
    f.span.end = r.number();
    f.location.start = r.position();
    f.location.end = r.position();
    f.location.byte_begin = r.number();
    f.location.byte_end = r.number();
    f.clause = r.text();
    f.excerpt = r.text();
    f.source_line = r.text();
    f.kind = static_cast<DocumentKind>(r.number());
    f.fingerprint = r.text();
  }
  return findings;
}

namespace {

// The folder for the spill: $TMPDIR as the user set it, else /tmp.
std::string temporary_folder() {
  const char* folder = std::getenv("TMPDIR");
  return folder && *folder ? folder : "/tmp";
}

// An anonymous file there: made, then unlinked at once, so that it goes
// when closed or when the process ends. (std::tmpfile does the same but
// always in /tmp, which may be small or read-only where TMPDIR is not.)
std::FILE* anonymous_file(const std::string& folder) {
  std::string path = folder + "/legalint-spill-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return nullptr;
  ::unlink(path.c_str());
  std::FILE* file = ::fdopen(fd, "w+b");
  if (!file) {
    const int error = errno;
    ::close(fd);
    errno = error;
  }
  return file;
}

}  // namespace

FindingSpill::FindingSpill() : file_(nullptr) {
  const std::string folder = temporary_folder();
  file_ = anonymous_file(folder);
  if (!file_) throw std::runtime_error("legalint: cannot create the findings spill file in " + folder + ": " + std::strerror(errno));
}

FindingSpill::FindingSpill(std::FILE* file) : file_(file) {
  if (!file_) fail("create");
}

FindingSpill::~FindingSpill() { std::fclose(file_); }

namespace {
constexpr std::size_t kWriteBytes = 1 << 20;  // pending_ goes to the file once it holds this much
}  // namespace

FindingSpill::Range FindingSpill::write(const std::vector<Finding>& findings) {
  const std::string bytes = serialize_findings(findings);
  std::lock_guard lock(mutex_);
  const Range range{end_, bytes.size()};
  pending_ += bytes;
  end_ += bytes.size();
  if (pending_.size() >= kWriteBytes && !keep_in_memory_) flush();
  return range;
}

// pwrite and pread at offsets the spill hands out: no shared file position.
void FindingSpill::flush() {
  for (std::size_t done = 0; done < pending_.size();) {
    const ssize_t n = ::pwrite(::fileno(file_), pending_.data() + done, pending_.size() - done, static_cast<off_t>(written_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      keep_in_memory_ = true;
      return;
    }
    done += static_cast<std::size_t>(n);
  }
  written_ = end_;
  pending_.clear();
}

std::vector<Finding> FindingSpill::read(Range range) const {
  {
    // A range lies wholly on one side of written_: each is added to
    // pending_ whole, and pending_ goes to the file whole.
    std::lock_guard lock(mutex_);
    if (range.offset >= written_) return deserialize_findings(std::string_view(pending_).substr(range.offset - written_, range.bytes));
  }
  std::string bytes(range.bytes, '\0');
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::pread(::fileno(file_), bytes.data() + done, bytes.size() - done, static_cast<off_t>(range.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;  // shorter than it was written
    if (n <= 0) fail("read");
    done += static_cast<std::size_t>(n);
  }
  return deserialize_findings(bytes);
}

}  // namespace legalint
