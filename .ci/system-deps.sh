#!/usr/bin/env bash
# npm test's first step: a browser for the story tests (found by .ci/find-browser.mjs: CARD_ERRORS_BROWSER,
# the usual places of Chromium and Chrome, Playwright's own) and a CJK font (without it Chinese renders as
# boxes in screenshots). On Debian-like systems, and only when one is missing, apt-get installs it; anywhere
# else a missing browser stops here with how to get one. Quiet when all is present.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
node .ci/find-browser.mjs --quiet 2>/dev/null || need+=(chromium)
if command -v fc-list >/dev/null 2>&1; then
  [ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || need+=(fonts-noto-cjk)
elif command -v dpkg >/dev/null 2>&1; then
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ ! -f /etc/debian_version ] || ! command -v apt-get >/dev/null 2>&1; then
  # Not Debian-like: say what is missing; only a missing browser stops the run (a font changes pixels, not results).
  if [[ " ${need[*]} " == *" chromium "* ]]; then node .ci/find-browser.mjs; fi
  echo "note: no font with Chinese glyphs found; zh-CN/zh-Hant screenshots will show boxes (install Noto Sans CJK)." >&2
  exit 0
fi
echo "Installing ${need[*]} (Debian packages the browser tests need)..."
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Run as root, or install them yourself: apt-get install ${need[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO:-} apt-get update -qq
${SUDO:-} apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
node .ci/find-browser.mjs
