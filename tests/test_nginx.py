"""docker/nginx.conf, the HTTPS proxy of docs/deployment.md, is a configuration nginx accepts (`nginx -t`), mounted the
way compose mounts it: inside `http {}`, with the certificate directory beside the main configuration as tls/."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def _require_nginx() -> str:
    if NGINX:
        return NGINX
    reason = "nginx is missing (apt-get install nginx-light); .ci/run installs it"
    if os.environ.get("JINYAN_REQUIRE_NGINX") == "1":
        pytest.fail(reason + " and JINYAN_REQUIRE_NGINX=1")
    pytest.skip(reason)


def test_compose_mounts_the_file_where_nginx_includes_it():
    proxy = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text())["services"]["proxy"]
    assert "./nginx.conf:/etc/nginx/conf.d/default.conf:ro" in proxy["volumes"]
    assert any(volume.endswith(":/etc/nginx/tls:ro") for volume in proxy["volumes"])
    assert sorted(proxy["ports"]) == ["443:443", "80:80"]


def test_nginx_accepts_the_proxy_configuration(tmp_path):
    nginx = _require_nginx()
    (tmp_path / "tls").mkdir()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=jinyan.test",
                    "-keyout", str(tmp_path / "tls" / "privkey.pem"), "-out", str(tmp_path / "tls" / "fullchain.pem")],
                   check=True, capture_output=True)
    # What the official image's /etc/nginx/nginx.conf does around conf.d, with every path under tmp_path.
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {ROOT / 'docker' / 'nginx.conf'};\n}}\n")
    checked = subprocess.run([nginx, "-t", "-q", "-e", "stderr", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert "[warn]" not in checked.stderr and "[emerg]" not in checked.stderr, checked.stderr
