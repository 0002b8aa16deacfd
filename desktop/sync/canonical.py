"""Canonical JSON (docs/package-format.md §2): the one byte form of a manifest or a records
document, so a signature over the bytes is a signature over the meaning.

    UTF-8, no byte-order mark, keys sorted by code point, separators "," and ":", no other
    whitespace, strings in NFC, \\u escapes only where JSON requires them, no floating-point
    numbers (decimals travel as strings), integers within ±2**53, nesting at most 16 levels.

`dumps` is for our own objects: anything outside the rules is a programming error on the
sending side (ValueError / TypeError). `loads` is for bytes from someone else: it refuses
anything outside the rules with `InvalidInput("package_bad_json", part=…, reason=…)` and
never raises anything else — no RecursionError on deep nesting, no huge-integer conversion,
no float, NaN or Infinity, no duplicate key, and nothing that would not re-encode to exactly
the bytes it was given.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from desktop.models.errors import InvalidInput

MAX_DEPTH = 16
MAX_BYTES = 16 * 1024 * 1024
MAX_INT = 2**53
# `reason` values of package_bad_json, for callers and tests.
REASONS = ("too_big", "bom", "not_utf8", "too_deep", "syntax", "duplicate_key", "float", "nan",
           "infinity", "big_integer", "not_object", "not_canonical")

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# A JSON string (escapes included) or one structural bracket. Unrolled so long strings are
# matched in linear time; an unterminated quote simply does not match and the parser that
# runs next refuses it.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")
# A JSON integer literal never needs more digits than 2**53 has (16).
_MAX_INT_DIGITS = len(str(MAX_INT))


# -- writing ---------------------------------------------------------------------------------

def dumps(obj: Any) -> bytes:
    """The canonical bytes of `obj` (a dict, list, str, int, bool or None, nested ≤ 16)."""
    return json.dumps(_normalise(obj, 1), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), allow_nan=False).encode("utf-8")


def _normalise(value: Any, depth: int) -> Any:
    """A copy of `value` with every string in NFC, after checking every rule of §2."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -MAX_INT <= value <= MAX_INT:
            raise ValueError(f"integer {value} is outside ±2**53; send it as a string")
        return int(value)
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, dict | list | tuple):
        if depth > MAX_DEPTH:
            raise ValueError(f"nesting deeper than {MAX_DEPTH} levels")
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for key, item in value.items():
                if not isinstance(key, str):
                    raise TypeError(f"object key {key!r} is not a string")
                norm = _nfc(key)
                if norm in out:
                    raise ValueError(f"two keys are the same in NFC: {norm!r}")
                out[norm] = _normalise(item, depth + 1)
            return out
        return [_normalise(item, depth + 1) for item in value]
    if isinstance(value, float):
        raise TypeError(f"float {value!r} in canonical JSON; send decimals as strings")
    raise TypeError(f"{type(value).__name__} is not allowed in canonical JSON "
                    "(Decimal and dates must be strings first)")


def _nfc(text: str) -> str:
    if _SURROGATE.search(text):
        raise ValueError("string holds a lone surrogate (not Unicode text)")
    return unicodedata.normalize("NFC", text)


# -- reading ---------------------------------------------------------------------------------

def loads(data: bytes, *, part: str = "manifest.json", max_bytes: int = MAX_BYTES,
          max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """Parse untrusted canonical JSON; the top level must be an object. `part` names the
    document in the error (e.g. "manifest.json" or "data/<sha256>.json")."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("canonical.loads takes bytes")
    data = bytes(data)

    def bad(reason: str, details: str = "") -> InvalidInput:
        return InvalidInput("package_bad_json", part=part, reason=reason, details=details)

    if len(data) > max_bytes:
        raise bad("too_big", f"{len(data)} bytes, limit {max_bytes}")
    if data.startswith(_BOMS):
        raise bad("bom")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad("not_utf8", str(exc)) from None
    depth = _max_depth(text, max_depth)
    if depth > max_depth:
        raise bad("too_deep", f"more than {max_depth} levels")

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) != len(items):
            seen: set[str] = set()
            dup = next(k for k, _ in items if k in seen or seen.add(k))
            raise bad("duplicate_key", f"key {dup[:80]!r}")
        return obj

    def no_float(literal: str) -> Any:
        raise bad("float", literal[:40])

    def no_constant(literal: str) -> Any:
        raise bad("nan" if literal == "NaN" else "infinity", literal)

    def bounded_int(literal: str) -> int:
        if len(literal.lstrip("-")) > _MAX_INT_DIGITS:
            raise bad("big_integer", literal[:40] + ("…" if len(literal) > 40 else ""))
        value = int(literal)
        if not -MAX_INT <= value <= MAX_INT:
            raise bad("big_integer", literal)
        return value

    try:
        result = json.loads(text, object_pairs_hook=pairs, parse_float=no_float,
                            parse_constant=no_constant, parse_int=bounded_int)
    except InvalidInput:
        raise
    except RecursionError:  # cannot happen after the depth scan; belt and braces
        raise bad("too_deep") from None
    except ValueError as exc:  # json.JSONDecodeError
        raise bad("syntax", str(exc)[:200]) from None
    if not isinstance(result, dict):
        raise bad("not_object", type(result).__name__)
    try:
        again = dumps(result)
    except (ValueError, TypeError) as exc:  # e.g. a lone surrogate written as \ud800
        raise bad("not_canonical", str(exc)[:200]) from None
    if again != data:
        at = next((i for i, (a, b) in enumerate(zip(again, data, strict=False)) if a != b),
                  min(len(again), len(data)))
        raise bad("not_canonical", f"differs from the canonical form at byte {at}")
    return result


def _max_depth(text: str, limit: int) -> int:
    """The deepest bracket nesting outside strings, stopping as soon as it passes `limit`.
    A plain scan, no recursion, so it is safe on any input."""
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token == "[" or token == "{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        elif token == "]" or token == "}":
            depth -= 1
    return deepest
