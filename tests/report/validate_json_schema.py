#!/usr/bin/env python3
"""Validates a JSON document against a JSON schema with the jsonschema package
(Debian: python3-jsonschema). Usage: validate_json_schema.py SCHEMA DOCUMENT

Exit 0: valid. 1: invalid (the errors, one per line). 3: jsonschema missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("the Python package jsonschema is missing: run scripts/install-deps.sh --test (python3-jsonschema)")
    sys.exit(3)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    document = json.load(f)

validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
format_checker = getattr(validator_class, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
validator = validator_class(schema, format_checker=format_checker)
errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
for error in errors[:20]:
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    print(f"{where}: {error.message[:300]}")
if errors:
    print(f"{len(errors)} schema error(s) ({validator_class.__name__})")
    sys.exit(1)
print(f"valid ({validator_class.__name__})")
