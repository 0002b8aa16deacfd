"""Bad input through the real `cchc` command: exit code 1, one sentence on stderr in Vietnamese
(English with --lang en), and nothing changed; usage mistakes exit with 2."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from clihelpers import (
    DB_FILENAME,
    FreezableDir,
    cchc,
    copy_data_dir,
    dump_file,
    snapshot,
    tmpfs,
    workspace_folder,
)

VIETNAMESE_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def assert_refused(data_dir: Path, args: list[str], vi_words: list[str], en_words: list[str]):
    """Exit 1 with one Vietnamese line (one English line with --lang en), no traceback."""
    for lang, words in ((None, vi_words), ("en", en_words)):
        done = cchc(data_dir, *args, lang=lang)
        assert done.returncode == 1, (lang, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        line = lines[0]
        assert "Traceback" not in line and "Error" not in line
        for word in words:
            assert word.lower() in line.lower(), (lang, word, line)
        if lang is None:
            assert VIETNAMESE_ONLY & set(line.lower()), line
        else:
            assert not VIETNAMESE_ONLY & set(line.lower().replace(str(data_dir).lower(), "")), line
        assert done.stdout == ""


@pytest.fixture
def scan(tmp_path) -> Path:
    path = tmp_path / "Báo cáo CCHC quý I.pdf"
    path.write_bytes(b"%PDF-1.4\n% bao cao quy I\n")
    return path


BAD_INPUT = {
    "missing_file": (lambda t, s: ["evidence", "add", str(t / "khong-co.pdf")],
                     ["Không tìm thấy tệp", "khong-co.pdf"], ["does not exist"]),
    "directory": (lambda t, s: ["evidence", "add", str(t)],
                  ["là thư mục"], ["is a folder"]),
    "empty_file": (lambda t, s: ["evidence", "add", str(_empty(t))],
                   ["rỗng"], ["empty"]),
    "impossible_date": (lambda t, s: ["evidence", "add", str(s), "--date", "31/02/2026"],
                        ["Ngày", "31/02/2026", "không hợp lệ"], ["31/02/2026", "not a valid date"]),
    "unknown_criterion": (lambda t, s: ["evidence", "add", str(s), "--criterion", "9.9.9"],
                          ["tiêu chí", "9.9.9"], ["criterion", "9.9.9"]),
    "unknown_task": (lambda t, s: ["evidence", "add", str(s), "--task", "ffffffff"],
                     ["nhiệm vụ", "ffffffff"], ["task", "ffffffff"]),
    "task_bad_deadline": (lambda t, s: ["tasks", "add", "Báo cáo", "--deadline", "30/02/2026"],
                          ["30/02/2026", "không hợp lệ"], ["not a valid date"]),
    "already_initialised": (lambda t, s: ["init", "--role", "unit", "--unit-code", "B",
                                          "--unit-name", "Khác"],
                            ["đã được thiết lập"], ["already set up"]),
}


def _empty(folder: Path) -> Path:
    path = folder / "rong.pdf"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize("case", BAD_INPUT)
def test_bad_input_is_refused_and_changes_nothing(data_dir, tmp_path, scan, case):
    """Each kind of bad input is refused in one plain sentence and leaves the data as it was."""
    make_args, vi_words, en_words = BAD_INPUT[case]
    before = snapshot(data_dir)
    assert_refused(data_dir, make_args(tmp_path, scan), vi_words, en_words)
    assert snapshot(data_dir) == before


def test_read_only_data_directory(tmp_path, initialised_template, scan):
    """On a read-only data folder, adding evidence says 'read-only' and changes nothing."""
    with FreezableDir(tmp_path / "ro") as place:
        data = copy_data_dir(initialised_template, place.path / "data")
        before = snapshot(data)
        place.freeze()
        assert_refused(data, ["evidence", "add", str(scan)], ["chỉ đọc", "--data-dir"],
                       ["read-only", "--data-dir"])
        assert_refused(data, ["tasks", "add", "Việc mới"], ["chỉ đọc"], ["read-only"])
        place.thaw()
        assert snapshot(data) == before


def test_read_only_empty_data_directory(tmp_path):
    """Setting up a workspace in a read-only folder says 'read-only' and creates nothing."""
    with FreezableDir(tmp_path / "ro") as place:
        place.freeze()
        assert_refused(place.path, ["init", "--role", "unit", "--unit-code", "A",
                                    "--unit-name", "Đơn vị A"], ["chỉ đọc"], ["read-only"])
        place.thaw()
        assert [p.name for p in place.path.iterdir()] == []


def test_full_disk(tmp_path, initialised_template):
    """On a full disk (real tmpfs), adding a large scan says 'disk full' and changes nothing."""
    with tmpfs(tmp_path / "disk", size="512k") as mount:
        data = copy_data_dir(initialised_template, mount / "data")
        before = snapshot(data)
        stat = os.statvfs(mount)
        big = tmp_path / "Bản scan lớn.pdf"
        big.write_bytes(os.urandom(stat.f_bavail * stat.f_frsize + 64 * 1024))
        assert_refused(data, ["evidence", "add", str(big), "--criterion", "1.1.1"],
                       ["Ổ đĩa đã đầy"], ["disk is full"])
        folder = workspace_folder(data)
        assert not any((folder / "evidence" / ".tmp").glob("*")), "no stray temp file"
        assert snapshot(data) == before
        shutil.rmtree(data)


def test_verbose_adds_the_technical_detail(data_dir, tmp_path):
    """With -v the sentence is followed by the error code and data for support staff."""
    done = cchc(data_dir, "-v", "evidence", "add", str(tmp_path / "khong-co.pdf"))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2 and "[file_missing]" in lines[1]


@pytest.mark.parametrize("args", [
    ["khong-co-lenh"],
    ["status", "--khong-co-tuy-chon"],
    ["evidence", "add"],
    ["evidence"],
    ["tasks", "update"],
    ["tasks", "add", "Việc", "--source", "tinh"],
    ["init", "--role", "giam-doc", "--unit-code", "A", "--unit-name", "B"],
])
def test_usage_errors_exit_with_2(data_dir, args):
    """A mistyped command or option is a usage error (exit 2) with the usage line."""
    database = workspace_folder(data_dir) / DB_FILENAME
    before = dump_file(database)
    done = cchc(data_dir, *args)
    assert done.returncode == 2, done.stderr
    assert "usage:" in done.stderr
    assert done.stdout == ""
    assert dump_file(database) == before


def test_unknown_language_is_a_usage_error(data_dir):
    """Only vi and en are offered; another language is a usage error."""
    done = cchc(data_dir, "status", lang="fr")
    assert done.returncode == 2
