#!/usr/bin/env bash
# The project's test command: installs what the tests need beyond Cargo
# (Debian's chromium, for the HTML report tests) and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "scripts/test.sh: chromium is missing; install Debian's chromium package (sudo apt-get install chromium)" >&2
        exit 2
    fi
fi
cargo test --release
