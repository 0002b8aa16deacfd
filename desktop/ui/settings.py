"""Typed settings in one place, over QSettings in INI format inside the data folder (so
`--data-dir` keeps tests and portable installs apart from the user's own). Only primitives are
stored; `VERSION` allows upgrades of the file later. The list of recent workspaces is kept by
`desktop.models.workspaces` (the command line shares it), not here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

VERSION = 1
LANGUAGES = ("vi", "en")


class Settings:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._q = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        if int(self._q.value("settings_version", 0)) < VERSION:
            self._q.setValue("settings_version", VERSION)

    @property
    def language(self) -> str | None:
        value = self._q.value("ui/language", None)
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._q.setValue("ui/language", value)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self._q.sync()
