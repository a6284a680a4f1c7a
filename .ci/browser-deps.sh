#!/usr/bin/env bash
# What the browser tests need on a fresh Debian machine, as root: Debian's chromium, node and npm, and
# playwright-core (pinned in package-lock.json) in ./node_modules. playwright-core downloads no browser.
# Idempotent: installs only what is missing, and `npm ci` only when node_modules is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# node_modules/.package-lock.json is npm's record of what it installed: reinstall only when the lock changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

/usr/bin/chromium --version 2>/dev/null | grep -v '^/usr/bin/chromium:' || true
node -e 'console.log("playwright-core " + require("playwright-core/package.json").version)'
