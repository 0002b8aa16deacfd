"""Repository-level promises: the code passes ruff, every CLI command is documented in the
README, and .ci/run runs the README's test command."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run([str(ruff), "check", "desktop", "tests", "bench", "installer", "dev.py"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _commands(parser: argparse.ArgumentParser, prefix: str = "cchc") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix} {name}")
                found.extend(_commands(sub, f"{prefix} {name}"))
    return found


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands(build_parser())
    assert "cchc tasks update" in commands and "cchc evidence add" in commands
    missing = [c for c in commands if f"`{c}" not in readme]
    assert missing == []


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^(python3 dev\.py \w+)", quick, re.MULTILINE)
    assert commands == ["python3 dev.py run", "python3 dev.py test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^python3 dev\.py test\s*$", ci, re.MULTILINE)
