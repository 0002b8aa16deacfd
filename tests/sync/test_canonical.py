"""Canonical JSON (docs/package-format.md §2): one byte form for our own objects, and a strict
reader for everyone else's bytes that refuses with a reason and never raises anything but
InvalidInput."""

from __future__ import annotations

import json
import string
import time
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import messages
from desktop.models.errors import InvalidInput
from desktop.sync import canonical
from desktop.sync.canonical import dumps, loads


def bad_json(data: bytes, reason: str, **kw: object) -> InvalidInput:
    """loads refuses `data` with package_bad_json and `reason`, in a full sentence."""
    with pytest.raises(InvalidInput) as caught:
        loads(data, **kw)
    error = caught.value
    assert (error.code, error.data["reason"]) == ("package_bad_json", reason), error
    assert error.data["reason"] in canonical.REASONS
    for lang in messages.LANGS:
        template = messages.MESSAGES[error.code][1 if lang == "en" else 0]
        text = string.Formatter().vformat(template, (), error.data)
        assert text == messages.sentence(error, lang)
        assert error.data["part"] in text
    return error


# -- dumps ---------------------------------------------------------------------------------

def test_dumps_is_sorted_compact_utf8_nfc():
    obj = {"b": [1, True, None, -2], "a": {"z": "e\u0301", "y": 'q"\\\n\t\x01/'},
           "Đ": "Sở Nội vụ", "ä": 2**53, "c": -(2**53)}
    data = dumps(obj)
    assert data == ('{"a":{"y":"q\\"\\\\\\n\\t\\u0001/","z":"é"},"b":[1,true,null,-2],'
                    '"c":-9007199254740992,"ä":9007199254740992,"Đ":"Sở Nội vụ"}').encode()
    assert "é" == unicodedata.normalize("NFC", "e\u0301")
    assert loads(data)["a"]["z"] == "é"


def test_dumps_is_independent_of_insertion_order_and_normalises_keys():
    assert dumps({"b": 1, "a": 2}) == dumps({"a": 2, "b": 1}) == b'{"a":2,"b":1}'
    assert dumps({"Nội vụ": 1}) == dumps({unicodedata.normalize("NFD", "Nội vụ"): 1})
    assert dumps({"t": (1, 2)}) == b'{"t":[1,2]}'
    assert dumps({}) == b"{}"


@pytest.mark.parametrize("value", [1.5, 0.0, float("nan"), float("inf"), Decimal("1.25"),
                                   {1: "x"}, {("a",): 1}, b"bytes", {1, 2}, object()])
def test_dumps_refuses_what_canonical_json_cannot_hold(value):
    with pytest.raises(TypeError):
        dumps({"v": value})


@pytest.mark.parametrize("value", [2**53 + 1, -(2**53) - 1, 10**100, "\ud800",
                                   {"e\u0301": 1, "é": 2}])
def test_dumps_refuses_out_of_range_values(value):
    with pytest.raises(ValueError):
        dumps({"v": value})


def test_dumps_allows_16_levels_and_refuses_17():
    def nested(levels: int) -> dict:
        obj: dict = {}
        for _ in range(levels - 1):
            obj = {"a": obj}
        return obj

    assert loads(dumps(nested(16))) == nested(16)
    with pytest.raises(ValueError):
        dumps(nested(17))
    with pytest.raises(ValueError):
        dumps({"a": [[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]})


# -- loads: refusals ---------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "reason"), [
    (b'{"a":1,"a":2}', "duplicate_key"),
    (b'{"a":{"b":1,"c":2,"b":3}}', "duplicate_key"),
    (b'{"a":NaN}', "nan"),
    (b'{"a":Infinity}', "infinity"),
    (b'{"a":-Infinity}', "infinity"),
    (b'{"a":1e400}', "float"),
    (b'{"a":1.5}', "float"),
    (b'{"a":1.0}', "float"),
    (b'{"a":1E5}', "float"),
    (b'{"a":-0.0}', "float"),
    (b'{"a":9007199254740993}', "big_integer"),
    (b'{"a":-9007199254740993}', "big_integer"),
    (b'{"a":' + b"9" * 5000 + b"}", "big_integer"),
    (b'{"a":' + b"1" * 100_000 + b"}", "big_integer"),
    (b'\xef\xbb\xbf{"a":1}', "bom"),
    (b'\xff\xfe{\x00}\x00', "bom"),
    (b'{"a":"\xff"}', "not_utf8"),
    (b'{"a":"\xed\xa0\x80"}', "not_utf8"),         # a UTF-8-encoded surrogate (CESU)
    (b'{"a":"\xc0\xaf"}', "not_utf8"),             # an overlong "/"
    (b'{"a":"\\ud800"}', "not_canonical"),          # a lone surrogate, escaped
    (b'{"a": 1}', "not_canonical"),
    (b'{"b":1,"a":2}', "not_canonical"),
    (b'{"a":1}\n', "not_canonical"),
    (b' {"a":1}', "not_canonical"),
    (b'{"a":"\\u00e9"}', "not_canonical"),          # é must be written as itself
    (b'{"a":"\\/"}', "not_canonical"),
    (b'{"a":"e\xcc\x81"}', "not_canonical"),        # not NFC
    (b'{"a":-0}', "not_canonical"),
    (b'{"a":01}', "syntax"),
    (b'{"a":1,}', "syntax"),
    (b"{'a':1}", "syntax"),
    (b'{"a":"x\ny"}', "syntax"),                    # raw control character in a string
    (b'{"a":1}{"b":2}', "syntax"),
    (b"", "syntax"),
    (b'{"a":"unterminated', "syntax"),
    (b"[]", "not_object"),
    (b"1", "not_object"),
    (b'"text"', "not_object"),
    (b"null", "not_object"),
])
def test_loads_refuses(data, reason):
    bad_json(data, reason)


@pytest.mark.parametrize("make", [
    lambda n: b"[" * n + b"]" * n,
    lambda n: b'{"a":' * n + b"1" + b"}" * n,
    lambda n: b"[" * n,                              # unclosed as well
    lambda n: b'{"a":[' * (n // 2) + b"]}" * (n // 2),
])
def test_deep_nesting_is_refused_without_recursion(make):
    started = time.perf_counter()
    bad_json(make(10_000), "too_deep")
    bad_json(make(100_000), "too_deep")
    assert time.perf_counter() - started < 1


def test_depth_limit_is_exact_and_brackets_in_strings_do_not_count():
    sixteen = b'{"a":' * 15 + b"[]" + b"}" * 15
    assert loads(sixteen)
    bad_json(b'{"a":' * 16 + b"[]" + b"}" * 16, "too_deep")
    bad_json(sixteen, "too_deep", max_depth=15)
    tricky = b'{"a":"' + b"[{" * 1000 + b'\\"[[[","b":"]]]\\\\"}'
    assert loads(tricky) == {"a": "[{" * 1000 + '"[[[', "b": "]]]\\"}


def test_size_limit_and_part_name():
    data = dumps({"a": "x" * 100})
    error = bad_json(data, "too_big", max_bytes=50, part="data/" + "a" * 64 + ".json")
    assert error.data["part"] == "data/" + "a" * 64 + ".json"
    assert loads(data, max_bytes=len(data)) == {"a": "x" * 100}


# -- loads: acceptance and round trips ------------------------------------------------------

def test_loads_accepts_canonical_bytes_of_every_kind():
    obj = {"int": -42, "zero": 0, "max": 2**53, "t": True, "f": False, "n": None,
           "s": "Bản tự đánh giá \"2026\" \\ \u2028", "l": [[], {}, [1, [2, [3]]]],
           "ctl": "\x00\x1f\x7f", "emoji": "🗂"}
    assert loads(dumps(obj)) == obj


def test_loads_takes_bytearray_and_refuses_str():
    assert loads(bytearray(b'{"a":1}')) == {"a": 1}
    with pytest.raises(TypeError):
        loads('{"a":1}')  # type: ignore[arg-type]


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53),
                         st.text(max_size=20))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=25)


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def _nfc(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {unicodedata.normalize("NFC", k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def _has_surrogate(value: object) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in json.dumps(value, ensure_ascii=False)
               if len(ch) == 1)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=8), json_values, max_size=5))
def test_dumps_then_loads_is_the_identity(obj):
    keys_nfc = {unicodedata.normalize("NFC", k) for k in obj}
    if _depth(obj) > 16 or len(keys_nfc) != len(obj) or _has_surrogate(obj):
        with pytest.raises(ValueError):
            dumps(obj)
        return
    try:
        data = dumps(obj)
    except ValueError:      # two keys of a nested object equal after NFC
        return
    parsed = loads(data)
    assert parsed == _nfc(obj)
    assert dumps(parsed) == data
    assert data == json.dumps(parsed, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":")).encode()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_loads_on_random_bytes_raises_only_invalid_input(data):
    try:
        result = loads(data)
    except InvalidInput as exc:
        assert exc.code == "package_bad_json" and exc.data["reason"] in canonical.REASONS
    else:
        assert dumps(result) == data


json_alphabet = st.sampled_from(list('{}[]",:0123456789-+.eE \\/tfnrualsuNIy\n') + ["\\u00", "é",
                                                                                 '"a"', "1e9"])


@settings(max_examples=500, deadline=None)
@given(st.lists(json_alphabet, max_size=60).map("".join))
def test_loads_on_json_like_text_raises_only_invalid_input(text):
    data = text.encode()
    try:
        result = loads(data)
    except InvalidInput as exc:
        assert exc.code == "package_bad_json" and exc.data["reason"] in canonical.REASONS
    else:
        assert dumps(result) == data
