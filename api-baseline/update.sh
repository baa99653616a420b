#!/usr/bin/env bash
# Regenerates the published-API baseline (api-baseline/*.jar and stable-api.txt) from the current sources, on
# purpose: after a deliberate change to a STABLE type, or to take new STABLE types into the check. Works on a
# fresh clone; compiles the shipped modules itself. Extra arguments go to Maven (e.g. -o for offline).
# Review the diff of api-baseline/stable-api.txt before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q "$@" -pl api-check -am test \
  -Dtest=UpdateApiBaseline -Dsurefire.failIfNoSpecifiedTests=false -Dkaoping.api.baseline.update=true
git status --short api-baseline/ || true
