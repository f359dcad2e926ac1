"""Pure modules load neither tortoise nor fastapi (ARCHITECTURE.md rule 2)."""

import subprocess
import sys

import pytest

PURE_MODULES = ["core.errors", "core.identity", "core.access", "core.events", "demo.layout",
                "enterprises.credit_code", "enterprises.dictionary", "enterprises.login_guard", "enterprises.qr", "enterprises.boundaries",
                "enterprises.public_report_rules",
                "files.content", "inspections.checklist", "inspections.rectification", "inspections.presence",
                "inspections.answers", "inspections.corrections", "inspections.tasks",
                "inspections.reporting", "records.rules",
                "scoring.rules", "scoring.simulation", "wechat.errors", "dashboard.periods", "dashboard.cursor",
                "dashboard.shaping", "dashboard.daybook", "dashboard.projection", "dashboard.cells", "dashboard.quarterly"]


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_loads_no_framework(module):
    probe = (f"import sys, {module}\n"
             "loaded = sorted(m for m in ('tortoise', 'fastapi', 'starlette') if m in sys.modules)\n"
             "print(','.join(loaded))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"{module} pulled in {result.stdout.strip()}"


def test_the_guard_itself_detects_a_framework_import():
    probe = "import sys, core.audit\nprint('tortoise' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
