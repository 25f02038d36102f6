#!/usr/bin/env bash
# `npm run setup`: everything a fresh machine needs to run the app and its tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# better-sqlite3 builds from source on these machines; node-gyp must use the local Node headers.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

# The browser tests drive Debian's Chromium (npm cannot download browsers here).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install it with 'sudo apt-get install -y chromium' to run the browser tests." >&2
  fi
fi

npm ci --no-audit --no-fund
npm run db:migrate
npm run seed
