"""The image's contents, built here without a Docker engine: the Dockerfile's own install lines run on a copy of its
build context (wheel and locked requirements), then into a clean virtualenv, and the result starts as a non-root
user in production mode and answers /healthz; its front-end line builds the H5 app and the console from the same
context, and the installed server serves them from where the image puts them. A Dockerfile step that breaks fails
this test."""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port
from tests.page_parts import PageParts
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


def test_the_dockerfile_builds_the_front_ends_with_the_makefiles_commands():
    """The image carries both front ends (docs/decisions/085): a Node stage runs docker/build-frontends.sh, which
    builds them as `make run` does, and the final stage serves the copies from H5_DIR and CONSOLE_DIR."""
    assert run_lines("docker/build-frontends.sh") == ["sh docker/build-frontends.sh /frontend"]
    node = re.search(r"^ARG NODE_VERSION=(\d+)\.\d+\.\d+$", DOCKERFILE, re.M)
    assert node and node.group(1) == "20", "an exact Node 20 release (the README's and CI's major)"
    assert "FROM node:${NODE_VERSION}-bookworm-slim AS frontend" in DOCKERFILE
    final_stage = DOCKERFILE.rsplit("\nFROM ", 1)[1]
    assert "COPY --from=frontend /frontend /app/frontend" in final_stage
    assert "ENV H5_DIR=/app/frontend/m CONSOLE_DIR=/app/frontend/admin" in final_stage
    script, makefile = (ROOT / "docker" / "build-frontends.sh").read_text(), (ROOT / "Makefile").read_text()
    for command in ("npm ci --no-audit --no-fund --loglevel=error", "npm run --silent build:h5",
                    "npx vite build --logLevel warn"):
        assert command in script and command in makefile, command
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert "**/node_modules" in ignored and "**/dist" in ignored  # a checkout's own builds stay out of the context


@pytest.fixture(scope="module")
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


@pytest.fixture(scope="module")
def image(shared_tmp) -> dict[str, Path]:
    """The build context, and the image's Python environment installed from it by the Dockerfile's own lines."""
    context, wheels = shared_tmp / "src", shared_tmp / "wheels"
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
    return {"context": context, "venv": venv, "path": Path(image_env["PATH"])}


@contextmanager
def _serving(image: dict[str, Path], data: Path, **extra: str):
    """`jinyan migrate` then `jinyan serve --workers 2` from the image's environment, as the image's user, in
    production mode; yields the base URL once /healthz answers."""
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "nobody")
    port = free_port()
    env = {**PRODUCTION_SECRETS, "PATH": str(image["path"]), "ENV": "production", "HOST": "127.0.0.1",
           "PORT": str(port), "DATA_DIR": str(data), "AUTO_MIGRATE": "false",
           "DATABASE_URL": f"sqlite://{data / 'jinyan.sqlite3'}", "TZ": "Asia/Shanghai", **extra}
    jinyan = str(image["venv"] / "bin" / "jinyan")
    migrated = subprocess.run(_as_image_user([jinyan, "migrate"]), env=env, cwd=data, capture_output=True, text=True)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    server = subprocess.Popen(_as_image_user([jinyan, "serve", "--workers", "2"]), env=env, cwd=data,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            if server.poll() is not None:
                pytest.fail("the server stopped: " + server.stdout.read())
            try:
                if httpx.get(f"{base}/healthz").json() == {"status": "ok"}:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not answer /healthz")
        yield base
    finally:
        server.terminate()
        server.communicate(timeout=15)


def test_the_image_contents_install_and_start_as_a_non_root_user(image, shared_tmp):
    installed = subprocess.run([str(image["venv"] / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
                               capture_output=True, text=True, check=True).stdout.lower().replace("_", "-")
    assert "jinyan==0.1.0" in installed and "fastapi-offline==" in installed
    assert not [name for name in TEST_ONLY if f"\n{name}==" in "\n" + installed], "the image has test packages"

    with _serving(image, shared_tmp / "data") as base:
        assert httpx.get(f"{base}/readyz").status_code == 200
        assert httpx.get(f"{base}/docs").status_code == 404  # production: docs off by default
        # Installed as a wheel, the package has no checkout beside it: without H5_DIR there is no build to serve.
        assert "尚未构建" in httpx.get(f"{base}/m/").text


def test_the_image_serves_the_front_ends_it_built(image, shared_tmp):
    """The Dockerfile's front-end line, run on the same build context (npm ci from the lockfiles, both builds), and
    the installed server pointed at its output as the image's ENV line points it: /m/ and /admin/ serve them."""
    if shutil.which("npm") is None:
        reason = "no npm on this machine: the image's front-end stage cannot run here"
        if os.environ.get("JINYAN_REQUIRE_NODE") == "1":
            pytest.fail(reason + " and JINYAN_REQUIRE_NODE=1")
        pytest.skip(reason)
    out = shared_tmp / "frontend"
    (build,) = run_lines("docker/build-frontends.sh")
    started = time.monotonic()
    subprocess.run(shlex.split(build.replace("/frontend", str(out))), cwd=image["context"], check=True)
    print(f"\nfront-end stage: {time.monotonic() - started:.0f} s")
    out.chmod(0o755)
    env = dict(re.search(r"^ENV (H5_DIR=\S+) (CONSOLE_DIR=\S+)$", DOCKERFILE, re.M).groups()[i].split("=")
               for i in range(2))
    env = {name: value.replace("/app/frontend", str(out)) for name, value in env.items()}
    with _serving(image, shared_tmp / "data-frontend", **env) as base:
        for page in ("/m/", "/admin/"):
            answer = httpx.get(base + page)
            assert answer.status_code == 200 and "script-src 'self'" in answer.headers["content-security-policy"]
            parts = PageParts()
            parts.feed(answer.text)
            assert parts.inline == [] and parts.sources, page
            for source in parts.sources:
                asset = httpx.get(base + page + source.removeprefix("./"))
                assert asset.status_code == 200 and asset.content, (page, source)
