"""The API types the front ends import are the app's current API: frontend/api-types/openapi.json is what the app
describes, and schema.d.ts is what the generator makes of it (docs/decisions/045). After changing a route or a
schema, run `make api-types` and commit both files."""

import os
import shutil
import subprocess

import pytest

from tools import api_types

STALE = "the API changed but frontend/api-types/ was not regenerated: run `make api-types` and commit the result"


def test_the_committed_openapi_is_the_apps():
    assert api_types.SPEC.read_text(encoding="utf-8") == api_types.render(api_types.current_spec()), STALE


def test_the_api_index_lists_every_operation_of_the_app():
    assert api_types.INDEX.read_text(encoding="utf-8") == api_types.render_index(api_types.current_spec()), STALE


def test_the_committed_types_are_generated_from_it():
    if shutil.which("node") is None or not (api_types.ROOT / "miniprogram" / "node_modules").is_dir():
        reason = "Node or miniprogram/node_modules is missing (`make test` installs them when Node is present)"
        if os.environ.get("JINYAN_REQUIRE_NODE") == "1":
            pytest.fail(reason + " and JINYAN_REQUIRE_NODE=1")
        pytest.skip(reason)
    check = subprocess.run(["node", str(api_types.OUTPUT / "generate.mjs"), "--check"], capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0, check.stderr + STALE
