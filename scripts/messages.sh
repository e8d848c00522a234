#!/usr/bin/env bash
# Update Convoy's shared message catalog, src/convoy/locale/{es,en}/LC_MESSAGES/django.{po,mo}:
# the CLI, the models' names and choices, the importers' errors… every gettext string of
# src/convoy except the apps that keep a catalog of their own (any package with a locale/
# directory, e.g. web/ and agenda/), which this script never reads nor writes.
#
#   scripts/messages.sh            extract, merge into the catalogs, compile the .mo files
#   scripts/messages.sh OUT_DIR    the same into OUT_DIR instead (the tests' freshness check)
#
# How: Django's makemessages runs on a temporary copy of the sources (so it cannot touch
# another team's catalog), merging into copies of the current catalogs; a catalog is only
# replaced when something other than its POT-Creation-Date changed, and a .mo only when its
# bytes changed, so running the script twice changes nothing. Locations are kept as file
# names without line numbers (--add-location=file): translators see where a text is used,
# and moving code within a file does not rewrite the catalog. Compiling is what
# compilemessages does (msgfmt --check-format), limited to this catalog.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src=$root/src/convoy
out=${1:-$src/locale}
python=${PYTHON:-$root/.venv/bin/python}
languages=(es en)

for program in xgettext msgmerge msguniq msgattrib msgfmt; do
  command -v "$program" >/dev/null || { echo "$program is missing: run scripts/ensure-system.sh" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy=$work/convoy
mkdir -p "$copy"

# Packages with their own catalog (…/PACKAGE/locale), relative to src/convoy.
mapfile -t own_catalogs < <(cd "$src" && find . -mindepth 2 -type d -name locale -prune -printf '%h\n' | sed 's|^\./||' | sort)
prune=(-path ./locale)
for package in "${own_catalogs[@]}"; do prune+=(-o -path "./$package"); done

# The files makemessages reads (Python, HTML and text templates), outside those packages.
(cd "$src" && find . \( "${prune[@]}" \) -prune -o -type f \( -name '*.py' -o -name '*.html' -o -name '*.txt' \) -print0 |
  xargs -0 -r cp --parents -t "$copy")
for lang in "${languages[@]}"; do
  mkdir -p "$copy/locale/$lang/LC_MESSAGES"
  if [ -f "$out/$lang/LC_MESSAGES/django.po" ]; then cp "$out/$lang/LC_MESSAGES/django.po" "$copy/locale/$lang/LC_MESSAGES/"; fi
done

(cd "$copy" && DJANGO_SETTINGS_MODULE=convoy.settings "$python" -P -m django makemessages \
  --verbosity 0 --no-obsolete --add-location=file "${languages[@]/#/--locale=}")

# Replace $2 by $1 unless they differ at most in the line matching $3.
replace_if_changed() {
  local new=$1 old=$2 ignore=$3
  if [ -f "$old" ] && diff -q <(grep -v "$ignore" "$new") <(grep -v "$ignore" "$old") >/dev/null; then return; fi
  mkdir -p "$(dirname "$old")"
  cp "$new" "$old"
}

for lang in "${languages[@]}"; do
  folder=$out/$lang/LC_MESSAGES
  replace_if_changed "$copy/locale/$lang/LC_MESSAGES/django.po" "$folder/django.po" '^"POT-Creation-Date: '
  msgfmt --check-format -o "$work/$lang.mo" "$folder/django.po"
  if ! cmp -s "$work/$lang.mo" "$folder/django.mo"; then cp "$work/$lang.mo" "$folder/django.mo"; fi
done
