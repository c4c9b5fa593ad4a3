#!/usr/bin/env bash
# The first-visit benchmark (FirstPictureBenchmark): navigation → first output picture and bytes
# transferred, with an empty cache in headless Chromium, on the server of this checkout (built in
# the same Maven reactor) and of any jars given: bash scripts/bench-first-picture.sh [old.jar …].
# Prints Markdown tables, also in server/target/first-picture.md. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export SE_OFFLINE=true
mkdir -p server/target
builds=""
for jar in "$@"; do builds="$builds$(realpath "$jar"),"; done
mvn -B -q -pl server -am test -Pbrowser-bench -Dtest=FirstPictureBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfirstpicture.jars="${builds}classes" > server/target/first-picture.log 2>&1 \
  || { cat server/target/first-picture.log; exit 1; }
cat server/target/first-picture.md
