"""`cchc FILE.cchc` opens the window on that package's import (tests/ui/test_open_file.py);
here the command line around it: a file that is not a package gets one sentence, and every
command keeps working as before (a command name always wins over a file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from clihelpers import cchc

from desktop.cli import split_open_files


def test_a_file_that_is_not_a_package_gets_one_sentence(tmp_path: Path):
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("không phải gói", encoding="utf-8")
    done = cchc(tmp_path / "data", str(notes))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"{notes} không phải là gói dữ liệu CCHC Desk (tệp .cchc); hãy chọn tệp gói nhận "
        "được qua thư điện tử hoặc USB."]
    assert not (tmp_path / "data").exists()  # nothing was opened or made


def test_a_missing_package_and_a_folder_are_named(tmp_path: Path):
    done = cchc(tmp_path / "data", str(tmp_path / "khong-co.cchc"), lang="en")
    assert done.returncode == 1
    assert done.stderr.strip() == f"The package file {tmp_path / 'khong-co.cchc'} does not exist."
    folder = tmp_path / "goi.cchc"
    folder.mkdir()
    done = cchc(tmp_path / "data", str(folder), lang="en")
    assert done.returncode == 1 and "is not a CCHC Desk package" in done.stderr


def test_commands_are_unchanged(tmp_path: Path):
    """A typo is still a usage error (exit 2, argparse's words), not a file."""
    done = cchc(tmp_path / "data", "stauts")
    assert done.returncode == 2 and "invalid choice" in done.stderr
    assert cchc(tmp_path / "data", "--version").returncode == 0


@pytest.mark.parametrize(("argv", "words", "files"), [
    (["a.cchc"], [], ["a.cchc"]),
    (["--data-dir", "D", "--lang", "en", "a.cchc", "b.CCHC"],
     ["--data-dir", "D", "--lang", "en"], ["a.cchc", "b.CCHC"]),
    (["a.cchc", "--workspace", "w"], ["--workspace", "w"], ["a.cchc"]),
    (["status"], ["status"], []),
    (["--workspace", "x.cchc", "status"], ["--workspace", "x.cchc", "status"], []),
    (["package", "import", "a.cchc"], ["package", "import", "a.cchc"], []),
    (["a.cchc", "status"], ["a.cchc", "status"], []),  # left to argparse: a usage error
    (["stauts"], ["stauts"], []),
    ([], [], []),
])
def test_which_words_are_files(argv: list[str], words: list[str], files: list[str]):
    assert split_open_files(argv) == (words, files)
