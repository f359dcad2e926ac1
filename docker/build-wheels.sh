#!/bin/sh
# The image's build stage (and tests/test_container.py, outside Docker): into $1, the project's wheel and the
# runtime dependencies exactly as uv.lock pins them, with their hashes. Run from the source tree, with uv on PATH.
set -eu
out=$1
mkdir -p "$out"
uv export --frozen --no-dev --no-emit-project --format requirements-txt --quiet --output-file "$out/requirements.txt"
uv build --wheel --quiet --out-dir "$out"
