#!/usr/bin/env bash
# The portal's load benchmark: release build, then Benchmarks/portal/load.py on loopback.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product thidua
python3 Benchmarks/portal/load.py --thidua .build/release/thidua "$@"
