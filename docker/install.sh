#!/bin/sh
# The image's final stage (and tests/test_container.py, into a clean virtualenv): install what build-wheels.sh made
# in $1 with the `python` on PATH. pip checks every hash and resolves nothing: the lock decided.
set -eu
wheels=$1
python -m pip install --no-cache-dir --quiet --require-hashes --requirement "$wheels/requirements.txt"
python -m pip install --no-cache-dir --quiet --no-deps "$wheels"/jinyan-*.whl
python -m pip check
