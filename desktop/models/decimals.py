"""Exact decimals for points and rates. Never a binary float: a float that reaches this module
is refused, because 0.1 + 0.2 is not 0.3 and scores must match a specialist's hand sums."""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal, InvalidOperation

from desktop.models.errors import InvalidInput

ZERO = Decimal(0)
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_decimal(value: object, *, field: str = "value") -> Decimal:
    """Read a decimal from user input or storage. Accepts `1.5` and the Vietnamese `1,5`;
    a trailing `%` is allowed for rates. Refuses floats, NaN, infinities and thousands
    separators (ambiguous between `1.000` and `1,000`)."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidInput("bad_number", field=field, value=str(value))
        return value
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError("binary floats are not accepted for points; pass a str or Decimal")
    if isinstance(value, int):
        return Decimal(value)
    text = str(value).strip().removesuffix("%").strip()
    if not _NUMBER.match(text):
        raise InvalidInput("bad_number", field=field, value=str(value))
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern already rules these out
        raise InvalidInput("bad_number", field=field, value=str(value)) from exc


def format_decimal(value: Decimal | None) -> str | None:
    """Canonical text for storage and JSON: no exponent, no trailing zeros (`1.50` → `1.5`,
    `2.00` → `2`)."""
    if value is None:
        return None
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "") else text


def round_down(value: Decimal, step: Decimal) -> Decimal:
    """Round down to a multiple of `step` (e.g. 0.25), exactly."""
    if step <= 0:
        return value
    return (value / step).to_integral_value(rounding=ROUND_FLOOR) * step


def clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(low, min(high, value))
