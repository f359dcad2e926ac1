"""docs/deployment.md says what the code and the tests do: its template table is the code's, its settings exist, and
its backup and proxy commands are the ones tests/test_backup.py and tests/test_nginx.py run."""

import re
from pathlib import Path

from core.settings import Settings, default_wechat_templates

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
# Variables of the compose file and of uvicorn, not of core/settings.py.
NOT_SETTINGS = {"MYSQL_PASSWORD", "TLS_DIR", "FORWARDED_ALLOW_IPS"}


def test_the_template_table_is_the_codes():
    rows = re.findall(r"^\s*\| `(\w+)` \| `([\w/]+)` \| (.+) \|$", GUIDE, re.M)
    table = {kind: (page, re.findall(r"(\w+) \((thing|time|phrase)\)", fields)) for kind, page, fields in rows}
    code = default_wechat_templates()
    assert set(table) == set(code)
    for kind, template in code.items():
        page, fields = table[kind]
        assert page == template.page, kind
        # Our field names in order, each with the keyword type of the fake's default data key.
        assert fields == [(name, re.sub(r"\d+$", "", key)) for name, key in template.fields.items()], kind


def _error_codes() -> set[str]:
    """Every quoted upper-case name in the packages' code: the error codes answers carry."""
    sources = [path for path in ROOT.glob("*/**/*.py") if path.parts[len(ROOT.parts)] not in ("tests", ".venv", ".uv")]
    return {code for path in sources for code in re.findall(r'"([A-Z][A-Z0-9_]{3,})"', path.read_text())}


def test_every_setting_and_error_code_the_guide_names_exists():
    named = set(re.findall(r"`([A-Z][A-Z0-9_]{3,})(?:=[^`]*)?`", GUIDE)) - NOT_SETTINGS
    settings = {name.upper() for name in Settings.model_fields}
    assert named and named <= settings | _error_codes(), sorted(named - settings - _error_codes())


def test_the_backup_and_proxy_commands_are_the_tested_ones():
    backup_test = (ROOT / "tests" / "test_backup.py").read_text()
    assert '"--single-transaction", "--routines"' in backup_test
    assert "mysqldump --single-transaction --routines" in GUIDE and "audit verify" in GUIDE
    assert "exec proxy nginx -t" in GUIDE and "nginx.conf" in (ROOT / "tests" / "test_nginx.py").read_text()
    for script in ("docker/build-wheels.sh", "docker/install.sh"):
        assert script in GUIDE and (ROOT / script).exists()
