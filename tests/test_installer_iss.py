"""The Windows installer script (installer/cchc.iss, Inno Setup 6) cannot be built here; its
essentials are read from the text so it does not rot: a per-user install without
administrator rights, the `.cchc` association under HKCU running the window with the file,
nothing of the user's data deleted on uninstall, the version and the folder the frozen build
produces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import APP_NAME, __version__

REPO = Path(__file__).resolve().parents[1]
ISS = REPO / "installer" / "cchc.iss"


def _parse(text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The preprocessor defines and each section's lines (comments and blank lines left out,
    `{#Name}` expanded)."""
    defines = dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
            continue
        for name, value in defines.items():
            line = line.replace("{#" + name + "}", value)
        sections.setdefault(current or "", []).append(line)
    return defines, sections


def _setup(sections: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections["Setup"])


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "x"; Flags: y` lines as dicts (quoted values unquoted, "" → ")."""
    entries = []
    for line in lines:
        entry = {}
        for key, quoted, bare in re.findall(r'(\w+):\s*(?:"((?:[^"]|"")*)"|([^;]*))', line):
            entry[key] = quoted.replace('""', '"') if quoted else bare.strip()
        entries.append(entry)
    return entries


@pytest.fixture(scope="module")
def iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    return _parse(ISS.read_text(encoding="utf-8"))


def test_per_user_without_administrator_rights(iss):
    _, sections = iss
    setup = _setup(sections)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to an all-users install
    assert setup["DefaultDirName"].startswith(("{localappdata}\\Programs\\", "{userpf}\\"))
    assert setup["ChangesAssociations"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])


def test_the_package_association_is_per_user_and_passes_the_file(iss):
    defines, sections = iss
    registry = _entries(sections["Registry"])
    assert registry and all(e["Root"] == "HKCU" for e in registry)
    assert all(e["Subkey"].startswith("Software\\Classes\\") for e in registry)
    by_key = {e["Subkey"]: e for e in registry}
    extension = by_key["Software\\Classes\\.cchc"]
    prog_id = extension["ValueData"]
    command = by_key[f"Software\\Classes\\{prog_id}\\shell\\open\\command"]["ValueData"]
    assert command == f'"{{app}}\\{defines["AppExe"]}" "%1"'
    assert "uninsdeletevalue" in extension["Flags"]
    assert "uninsdeletekey" in by_key[f"Software\\Classes\\{prog_id}"]["Flags"]


def test_uninstalling_leaves_the_users_workspaces(iss):
    """[UninstallDelete] deletes nothing; no line of the script names the data folder."""
    _, sections = iss
    assert sections.get("UninstallDelete", []) == []
    assert "InstallDelete" not in sections
    text = "\n".join(line for lines in sections.values() for line in lines).lower()
    for data_place in ("workspaces", "cchc desk data", "{localappdata}\\cchc",
                       "{userappdata}", "{app}\\*", "deltree", "delfile"):
        assert data_place not in text, data_place
    flags = " ".join(e.get("Flags", "") for e in _entries(sections["Files"]))
    assert "uninsneveruninstall" not in flags and "deleteafterinstall" not in flags


def test_shortcuts_files_and_version(iss):
    defines, sections = iss
    assert defines["AppVersion"] == __version__  # `iscc /DAppVersion=…` may override it
    assert defines["AppName"] == APP_NAME and defines["AppExe"] == f"{APP_NAME}.exe"
    # the folder installer/build.py (PyInstaller's COLLECT) produces
    assert defines["SourceDir"] == "..\\dist\\CCHC Desk"
    spec = (REPO / "installer" / "cchc.spec").read_text(encoding="utf-8")
    assert f'NAME = "{APP_NAME}"' in spec and "name=NAME" in spec
    icons = _entries(sections["Icons"])
    assert {e["Name"] for e in icons} == {"{autoprograms}\\CCHC Desk", "{autodesktop}\\CCHC Desk"}
    assert next(e for e in icons if e["Name"].startswith("{autodesktop}"))["Tasks"] == "desktopicon"
    assert "unchecked" in _entries(sections["Tasks"])[0]["Flags"]
    files = _entries(sections["Files"])
    assert files == [{"Source": "..\\dist\\CCHC Desk\\*", "DestDir": "{app}",
                      "Flags": "ignoreversion recursesubdirs createallsubdirs"}]
    setup = _setup(sections)
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()


def test_the_script_is_plain_ascii():
    """iscc reads a script without a byte-order mark in the system's code page."""
    ISS.read_bytes().decode("ascii")
