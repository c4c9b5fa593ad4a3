#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, then builds and tests
# everything from the repository root. Exits with Maven's status.
set -euo pipefail
cd "$(dirname "$0")/.."

# Runs a command as root, through sudo only when we are not root already.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The browser tests drive the Debian Chromium through its chromedriver.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# The server's API tests also run against a real PostgreSQL: each test run starts a throwaway
# cluster with Debian's initdb and pg_ctl (server/src/test/java/playground/server/testing/PostgresServer).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi

# The accessibility test runs axe-core (a test tool, never committed) in the pages: fetched once
# from the npm registry into the git-ignored .cache/axe-core/ (server/.../testing/Axe.java reads it).
AXE_VERSION=4.14.1
if [ ! -f .cache/axe-core/axe.min.js ] || [ "$(cat .cache/axe-core/version 2>/dev/null)" != "$AXE_VERSION" ]; then
  mkdir -p .cache/axe-core
  (cd .cache/axe-core && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null \
    && tar xzf "axe-core-$AXE_VERSION.tgz" --strip-components=1 package/axe.min.js \
    && rm "axe-core-$AXE_VERSION.tgz" && echo "$AXE_VERSION" > version) \
    || echo "axe-core could not be fetched: AccessibilityTest will be skipped (and fail on CI)" >&2
fi

# Selenium must use the local driver, never download one.
export SE_OFFLINE=true

mvn -B verify "$@"
