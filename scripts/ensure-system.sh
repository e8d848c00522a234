#!/usr/bin/env bash
# Install the Debian packages Convoy's documents and tests need, when missing:
# pango (WeasyPrint), fonts with Japanese glyphs, poppler-utils (pdftoppm/pdftotext in
# tests), gettext (message catalogs), and chromium for the browser tests.
set -euo pipefail
needed=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-ipafont-gothic poppler-utils gettext)
if [ "${1:-}" = "--browser" ]; then needed+=(chromium); fi
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}" >&2
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
