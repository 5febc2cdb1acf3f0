#!/usr/bin/env bash
# Validates the AppStream metainfo and the desktop entry; exit status 77 (skipped) when a validator is missing.
set -euo pipefail

if (($# != 2)); then
  echo "usage: $0 METAINFO.xml ENTRY.desktop" >&2
  exit 2
fi
metainfo=$1
desktop=$2

missing=()
command -v appstreamcli >/dev/null || missing+=(appstream)
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
if ((${#missing[@]})); then
  echo "SKIP: the validators are not installed (Debian packages: ${missing[*]})"
  exit 77
fi

# --strict fails on anything above pedantic severity: errors, warnings and infos alike.
appstreamcli validate --no-net --strict --explain "$metainfo"

# desktop-file-validate exits non-zero only on errors; warnings count as failures here too.
report=$(desktop-file-validate "$desktop" 2>&1) || {
  printf '%s\n' "$report"
  exit 1
}
if [[ -n $report ]]; then
  printf '%s\n' "$report"
fi
if grep -qE ': (error|warning):' <<<"$report"; then
  exit 1
fi
echo "desktop entry $desktop is valid"
