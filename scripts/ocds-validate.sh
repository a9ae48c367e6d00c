#!/usr/bin/env bash
# Validates every demo cycle's OCDS export (GET /api/cycles/{reference}/ocds) against the official
# OCDS 1.1.5 release package schema. Downloads nothing: give the directory holding
# release-package-schema.json and release-schema.json as published at
# https://standard.open-contracting.org/schema/1__1__5/ (the schema is not kept in this repository).
#   scripts/ocds-validate.sh /path/to/ocds-1.1.5
# Errors, one per line, are written to target/ocds-validation.txt.
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1/release-package-schema.json" ] || [ ! -f "$1/release-schema.json" ]; then
  echo "usage: $0 DIR   (DIR holds the OCDS 1.1.5 release-package-schema.json and release-schema.json)" >&2
  exit 2
fi
dir="$(cd "$1" && pwd)"
cd "$(dirname "$0")/.."
OCDS_SCHEMA_DIR="$dir" exec mvn -B -ntp test -Dtest=CycleOcdsSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -DOCDS_SCHEMA_DIR="$dir"
