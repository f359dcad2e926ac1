"""uv.lock is the one source of installed versions (docs/decisions/039-uv-lockfile.md): it matches pyproject.toml, the
runtime it pins carries no test package, and `make run`, `make test`, .ci/run and the image all install from it."""

import re
import subprocess
import tomllib
from pathlib import Path

from tests.test_container import TEST_ONLY, uv

ROOT = Path(__file__).resolve().parents[1]
MAKEFILE = (ROOT / "Makefile").read_text()


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_lock_matches_pyproject():
    checked = subprocess.run([uv(), "lock", "--check", "--offline"], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0, "uv.lock is stale: run `make lock`\n" + checked.stderr


def test_every_declared_dependency_is_locked_once():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    locked = {package["name"]: package for package in lock["package"]}
    declared = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    assert [name for name in map(_name, declared) if name not in locked] == []
    (ours,) = [package for package in lock["package"] if package["name"] == project["name"]]
    assert {_name(d["name"]) for d in ours["dependencies"]} == {_name(r) for r in project["dependencies"]}
    assert set(ours["optional-dependencies"]) == set(project["optional-dependencies"]) == {"test", "bench"}


def test_the_runtime_closure_has_no_test_package():
    exported = subprocess.run([uv(), "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes",
                               "--format", "requirements-txt"], cwd=ROOT, capture_output=True, text=True, check=True)
    runtime = {_name(line) for line in exported.stdout.splitlines() if line and not line.startswith(("#", " "))}
    assert "fastapi" in runtime and "tortoise-orm" in runtime
    assert runtime.isdisjoint(TEST_ONLY)


def test_make_installs_from_the_lock_only():
    targets = dict(re.findall(r"^([\w-]+): .*\n((?:\t.*\n)+)", MAKEFILE, re.M))
    assert "$(SYNC) --inexact" in targets["run"] and "--extra" not in targets["run"]  # the runtime only
    assert "$(SYNC) --extra test" in targets["test"] and "$(SYNC) --extra test" in targets["test-mariadb"]
    assert "SYNC := $(UV) sync --frozen" in MAKEFILE  # never re-resolves: a stale lock fails instead
    assert "pip install" not in "".join(body for name, body in targets.items() if name != "$(UV)")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci and "pip install" not in ci
