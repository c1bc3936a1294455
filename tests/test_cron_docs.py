"""The README's crontab line and systemd units are valid: croniter parses the schedule,
`systemd-analyze verify` accepts the units, and both call `newsmon run`."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

from croniter import croniter

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.DOTALL)


def test_the_crontab_line_has_a_valid_schedule_and_runs_newsmon_run_in_the_checkout():
    (block,) = blocks("crontab")
    (line,) = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    fields = line.split(None, 5)
    assert croniter.is_valid(" ".join(fields[:5])), fields[:5]
    assert re.match(r"cd \S+ && \.venv/bin/newsmon run\b", fields[5])


def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path):
    service, timer = blocks("ini")
    newsmon = Path(sys.executable).with_name("newsmon")
    assert "ExecStart=/srv/newsmon/.venv/bin/newsmon run" in service
    # the unit as installed on this machine: this checkout's newsmon, an existing folder
    service = service.replace("/srv/newsmon/.venv/bin/newsmon", str(newsmon)).replace("/srv/newsmon", str(tmp_path))
    (tmp_path / "newsmon.service").write_text(service, encoding="utf-8")
    (tmp_path / "newsmon.timer").write_text(timer, encoding="utf-8")
    analyze = shutil.which("systemd-analyze")
    if analyze is None:  # no systemd here: at least the units' structure
        units = configparser.ConfigParser(strict=True, interpolation=None)
        units.optionxform = str
        units.read_string(service)
        assert units["Service"]["Type"] == "oneshot" and units["Service"]["ExecStart"].endswith("newsmon run")
        timer_unit = configparser.ConfigParser(interpolation=None)
        timer_unit.read_string(timer)
        assert timer_unit["Install"]["WantedBy"] == "timers.target"
        return
    result = subprocess.run([analyze, "verify", "newsmon.timer", "newsmon.service"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    calendar = re.search(r"^OnCalendar=(.+)$", timer, re.MULTILINE).group(1)
    assert subprocess.run([analyze, "calendar", calendar], capture_output=True, timeout=60).returncode == 0
