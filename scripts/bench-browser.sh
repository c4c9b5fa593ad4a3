#!/usr/bin/env bash
# The browser benchmark: builds the core and both client bundles, serves web/bench.html from the
# real server on a free port, measures the JavaScript and the WebAssembly bundle in headless
# Chromium, and prints a Markdown table (also written to server/target/bench-browser.md).
# Takes about a minute and a half on two cores; run it on a quiet machine (see BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

# Selenium must use the Debian chromedriver, never download one.
export SE_OFFLINE=true
mkdir -p server/target

# -am builds shared and client in the same reactor, so the bundles measured are this checkout's
# (not whatever another build last installed into ~/.m2).
mvn -B -q -pl server -am test -Pbrowser-bench -Dtest=BrowserBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  > server/target/bench-browser.log 2>&1 || { cat server/target/bench-browser.log; exit 1; }
cat server/target/bench-browser.md
