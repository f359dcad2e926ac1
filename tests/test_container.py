"""The image's contents, built here without a Docker engine: the Dockerfile's own install lines run on a copy of its
build context (wheel and locked requirements), then into a clean virtualenv, and the result starts as a non-root
user in production mode and answers /healthz. A Dockerfile step that breaks fails this test."""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from tests.test_cli import _free_port
from tests.test_deployment import PRODUCTION_SECRETS

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "docker" / "Dockerfile").read_text()
# Not in the image: what the test extra adds.
TEST_ONLY = ("pytest", "playwright", "opencv-python-headless", "moto", "schemathesis", "hypothesis", "psutil")

pytestmark = pytest.mark.skipif(bool(os.environ.get("TEST_DB_URL")),
                                reason="the image's contents do not depend on the database: checked in the SQLite run")


def uv() -> str:
    """The uv the Makefile installs (.uv/bin/uv), installed now if this checkout has none yet."""
    subprocess.run(["make", "-s", "-C", str(ROOT), ".uv/bin/uv"], check=True, capture_output=True)
    return str(ROOT / ".uv" / "bin" / "uv")


def run_lines(stage_marker: str) -> list[str]:
    """The Dockerfile's RUN commands that call our install scripts, in order."""
    return [line.removeprefix("RUN ").strip() for line in DOCKERFILE.splitlines()
            if line.startswith("RUN ") and stage_marker in line]


def _build_context(target: Path) -> None:
    """What `COPY . .` copies: the checkout's files less .dockerignore's entries (top-level names and patterns)."""
    ignored = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines() if line.strip()]
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    for name in listed:
        first = name.split("/", 1)[0]
        if first in ignored or not (ROOT / name).is_file():
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)


def test_the_dockerfile_installs_through_the_scripts_this_test_runs():
    assert run_lines("docker/build-wheels.sh") == ["sh docker/build-wheels.sh /wheels"]
    assert run_lines("install.sh") == ["sh /wheels/install.sh /wheels && rm -rf /wheels"]
    assert "COPY docker/install.sh /wheels/install.sh" in DOCKERFILE
    makefile_uv = re.search(r"^UV_VERSION := (\S+)$", (ROOT / "Makefile").read_text(), re.M).group(1)
    assert f"ARG UV_VERSION={makefile_uv}\n" in DOCKERFILE
    assert "RUN pip install --no-cache-dir uv==${UV_VERSION}" in DOCKERFILE


@pytest.fixture
def shared_tmp():
    """A directory the non-root user can read (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="jinyan-image-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _system_python() -> str:
    """A Python 3.11+ that any user may run (root's own, e.g. under /root/.pyenv, is private to root)."""
    if os.geteuid() != 0:
        return sys.executable
    for candidate in ("/usr/local/bin/python3", "/usr/bin/python3"):
        check = "import sys, venv; print(sys.version_info >= (3, 11))"
        probe = subprocess.run(_as_image_user([candidate, "-c", check]), capture_output=True, text=True)
        if probe.stdout.strip() == "True":
            return candidate
    pytest.fail("no Python 3.11+ with venv that a non-root user can run (/usr/bin/python3, python3-venv)")


def _as_image_user(command: list[str]) -> list[str]:
    """The image runs as a system user, not root; so does this, with `nobody` standing in for `jinyan`."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "nobody", "--", *command]


def test_the_image_contents_install_and_start_as_a_non_root_user(shared_tmp):
    context, wheels, data = shared_tmp / "src", shared_tmp / "wheels", shared_tmp / "data"
    context.mkdir()
    _build_context(context)
    build_env = {**os.environ, "PATH": f"{Path(uv()).parent}:{os.environ['PATH']}", "UV_PYTHON": sys.executable,
                 "UV_PYTHON_DOWNLOADS": "never"}
    (build,) = run_lines("docker/build-wheels.sh")
    subprocess.run(shlex.split(build.replace("/wheels", str(wheels))), cwd=context, env=build_env, check=True)

    # The image's Python is the base image's; here a clean virtualenv of a system-wide Python plays it.
    venv = shared_tmp / "venv"
    subprocess.run([_system_python(), "-m", "venv", str(venv)], check=True)
    shutil.copy(context / "docker" / "install.sh", wheels / "install.sh")
    (install,) = run_lines("install.sh")
    # As in the image: no pip configuration of this machine (its extra indexes and wheel folders), PyPI only.
    image_env = {**{name: value for name, value in os.environ.items() if name not in ("VIRTUAL_ENV", "PIP_FIND_LINKS")},
                 "PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "PIP_CONFIG_FILE": os.devnull}
    subprocess.run(["sh", "-c", install.replace("/wheels", str(wheels))], env=image_env, check=True)

    installed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
                               capture_output=True, text=True, check=True).stdout.lower().replace("_", "-")
    assert "jinyan==0.1.0" in installed and "fastapi-offline==" in installed
    assert not [name for name in TEST_ONLY if f"\n{name}==" in "\n" + installed], "the image has test packages"

    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "nobody")
    port = _free_port()
    env = {**PRODUCTION_SECRETS, "PATH": image_env["PATH"], "ENV": "production", "HOST": "127.0.0.1", "PORT": str(port),
           "DATA_DIR": str(data), "AUTO_MIGRATE": "false", "DATABASE_URL": f"sqlite://{data / 'jinyan.sqlite3'}",
           "TZ": "Asia/Shanghai"}
    jinyan = str(venv / "bin" / "jinyan")
    migrated = subprocess.run(_as_image_user([jinyan, "migrate"]), env=env, cwd=data, capture_output=True, text=True)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    server = subprocess.Popen(_as_image_user([jinyan, "serve", "--workers", "2"]), env=env, cwd=data,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(200):
            if server.poll() is not None:
                pytest.fail("the server stopped: " + server.stdout.read())
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").json() == {"status": "ok"}:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not answer /healthz")
        assert httpx.get(f"http://127.0.0.1:{port}/readyz").status_code == 200
        assert httpx.get(f"http://127.0.0.1:{port}/docs").status_code == 404  # production: docs off by default
    finally:
        server.terminate()
        server.communicate(timeout=15)
