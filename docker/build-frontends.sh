#!/bin/sh
# The image's front-end stage (and tests/test_container.py, outside Docker): from the source tree, install each front
# end exactly as its package-lock.json pins it and build it as `make run` does (the mini program's H5 build, served at
# /m/; the management console, at /admin/), then put the two builds into $1/m and $1/admin. Needs node and npm.
set -eu
out=$1
(cd miniprogram && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build:h5)
(cd console && npm ci --no-audit --no-fund --loglevel=error && npx vite build --logLevel warn)
mkdir -p "$out"
rm -rf "$out/m" "$out/admin"
cp -R miniprogram/dist/build/h5 "$out/m"
cp -R console/dist "$out/admin"
