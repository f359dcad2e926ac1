"""`jinyan rescore` as a subprocess on the demo street: the demo is scored when seeded, so a rescore scores every
enterprise and changes nothing, both times."""

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import copy_seeded_demo

JINYAN = str(Path(sys.executable).parent / "jinyan")


def test_rescore_scores_the_demo_street_then_changes_nothing(tmp_path, seeded_demo_dir):
    env = {**os.environ, "DATA_DIR": str(tmp_path), "DATABASE_URL": "", "ENV": "dev"}
    copy_seeded_demo(seeded_demo_dir, str(tmp_path))
    first = subprocess.run([JINYAN, "rescore"], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout + first.stderr
    scored, changed = map(int, re.search(r"已评分 (\d+) 家,变化 (\d+) 家", first.stdout).groups())
    assert scored > 0 and changed == 0
    second = subprocess.run([JINYAN, "rescore"], env=env, capture_output=True, text=True)
    assert f"已评分 {scored} 家,变化 0 家" in second.stdout
