#!/usr/bin/env bash
# Counts the public top-level types of the shipped modules and their @API statuses, from target/classes
# (run ./mvnw -q package -DskipTests first). --list also prints each type with its status.
set -euo pipefail
cd "$(dirname "$0")/.."
exec java api-baseline/CountPublicTypes.java "$@" core spi rubrics-2015 reference-plugin spring-boot-starter testkit
