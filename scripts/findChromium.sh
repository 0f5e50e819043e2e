#!/usr/bin/env bash
# Prints the path of a Chromium for the end-to-end tests. On a fresh Debian
# machine (root, apt-get) it installs Debian's package; anywhere else it names
# the one command that gets one. Never downloads a browser build of its own.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Chromium not found: installing Debian's chromium package (apt-get)…" >&2
  apt-get update -qq >&2
  # A CJK font too, so screenshots of the Chinese interface show text, not boxes.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >&2
  echo /usr/bin/chromium
  exit 0
fi
echo "No Chromium found. Install one with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)" >&2
exit 1
