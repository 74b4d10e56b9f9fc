// Names of fact kinds, for messages and JSON output.
#include "facts/fact.h"

namespace legalint {

const char* to_string(FactKind kind) {
  switch (kind) {
    case FactKind::money: return "money";
    case FactKind::duration: return "duration";
    case FactKind::date: return "date";
    case FactKind::date_range: return "date_range";
    case FactKind::ratio: return "ratio";
    case FactKind::quantity: return "quantity";
  }
  return "unknown";
}

}  // namespace legalint
