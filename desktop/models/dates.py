"""Dates as people type them: ISO `2026-03-31` or the Vietnamese `31/03/2026`. Impossible
dates such as 31/02/2026 are refused, never rolled over."""

from __future__ import annotations

import datetime as dt
import re

from desktop.models.errors import InvalidInput

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(text: str | dt.date | None, *, field: str = "date") -> dt.date | None:
    if text is None or isinstance(text, dt.date):
        return text
    value = text.strip()
    if not value:
        return None
    if match := _ISO.match(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY.match(value):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise InvalidInput("bad_date", field=field, value=text)
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise InvalidInput("bad_date", field=field, value=text, details=str(exc)) from exc


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def vn_date(value: str | dt.date | None) -> str:
    """`2026-01-08` → `08/01/2026`, the way Vietnamese documents write dates."""
    if not value:
        return ""
    day = parse_date(value) if isinstance(value, str) else value
    return day.strftime("%d/%m/%Y") if day else ""


def today() -> dt.date:
    return dt.date.today()
