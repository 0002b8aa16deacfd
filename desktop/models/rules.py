"""Scoring rules of a criterion, in the notation the criteria tables use, and the exact score
each gives.

    choice kịp thời=1; chậm=0.5; không ban hành=0     pick one option
    passfail                                          đạt = maximum, không đạt = 0
    bands(rate) >90%=2; 70-90%=1; <70%=0              first band that holds, as written
    prop(rate of plan done)                           rate × maximum, rounded down to the set's step
    prop(rate) min 50%                                the same, but 0 below 50 %
    deduct 0.25/item floor 0                          maximum − 0.25 × count, never below the floor
    sum                                               total of the children
    survey                                            points entered by the coordinator
    bonus cap 2 / penalty cap 3                       points outside the 100, capped

Edges follow the text: `70-90%` includes both ends, `>90%` excludes 90, `100%` means exactly
100. Every score is clamped to [0, maximum]; all arithmetic is Decimal.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.models.decimals import ZERO, clamp, parse_decimal, round_down
from desktop.models.errors import InvalidInput

INPUT_KIND = {
    "choice": "option",
    "passfail": "option",
    "bands": "rate",
    "prop": "rate",
    "deduct": "count",
    "survey": "points",
    "bonus": "points",
    "penalty": "points",
    "sum": "none",
}
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Band:
    low: Decimal | None
    low_inclusive: bool
    high: Decimal | None
    high_inclusive: bool
    points: Decimal
    text: str

    def holds(self, rate: Decimal) -> bool:
        if self.low is not None and (rate < self.low or (rate == self.low and not self.low_inclusive)):
            return False
        return not (
            self.high is not None
            and (rate > self.high or (rate == self.high and not self.high_inclusive))
        )


@dataclass(frozen=True)
class Rule:
    kind: str
    text: str
    options: tuple[tuple[str, Decimal], ...] = ()
    bands: tuple[Band, ...] = ()
    per_item: Decimal = ZERO
    floor: Decimal = ZERO
    cap: Decimal | None = None
    min_rate: Decimal | None = None
    description: str = field(default="", compare=False)

    @property
    def input_kind(self) -> str:
        return INPUT_KIND[self.kind]

    @property
    def self_scored(self) -> bool:
        return self.kind not in ("survey", "sum")


_BAND = re.compile(
    r"^(?:(?P<op>>=|<=|>|<|≥|≤)\s*(?P<v>[\d.,]+)|(?P<a>[\d.,]+)\s*[-–]\s*(?P<b>[\d.,]+)|(?P<eq>[\d.,]+))\s*%?$"
)


def _parse_band(condition: str, points: Decimal) -> Band:
    match = _BAND.match(condition.strip())
    if not match:
        raise InvalidInput("bad_rule", rule=condition)
    if match["op"]:
        value = parse_decimal(match["v"])
        op = {"≥": ">=", "≤": "<="}.get(match["op"], match["op"])
        if op.startswith(">"):
            return Band(value, op == ">=", None, False, points, condition)
        return Band(None, False, value, op == "<=", points, condition)
    if match["a"]:
        low, high = parse_decimal(match["a"]), parse_decimal(match["b"])
        if low > high:
            raise InvalidInput("bad_rule", rule=condition)
        return Band(low, True, high, True, points, condition)
    value = parse_decimal(match["eq"])
    return Band(value, True, value, True, points, condition)


def _pairs(body: str, rule_text: str) -> list[tuple[str, Decimal]]:
    pairs = []
    for part in body.split(";"):
        if not part.strip():
            continue
        label, sep, points = part.rpartition("=")
        if not sep or not label.strip():
            raise InvalidInput("bad_rule", rule=rule_text)
        pairs.append((label.strip(), parse_decimal(points, field="points")))
    if not pairs:
        raise InvalidInput("bad_rule", rule=rule_text)
    return pairs


def parse_rule(text: str) -> Rule:
    """Parse the rule column of a criteria table. Raises InvalidInput(`bad_rule`)."""
    source = " ".join(text.split())
    head, _, rest = source.partition(" ")
    head_word = head.split("(")[0].lower()
    try:
        if head_word in ("sum", "survey", "passfail"):
            if rest:
                raise InvalidInput("bad_rule", rule=text)
            if head_word == "passfail":
                return Rule("passfail", source, options=(("đạt", ZERO), ("không đạt", ZERO)))
            return Rule(head_word, source)
        if head_word == "choice":
            labels = _pairs(rest, text)
            if len({label for label, _ in labels}) != len(labels):
                raise InvalidInput("bad_rule", rule=text)
            return Rule("choice", source, options=tuple(labels))
        if head_word in ("bands", "prop"):
            description = ""
            paren = re.match(r"^(bands|prop)\s*\(([^)]*)\)\s*(.*)$", source, re.IGNORECASE)
            if paren:
                description, rest = paren[2].strip(), paren[3]
            if head_word == "prop":
                minimum = None
                if rest.strip():
                    match = re.match(r"^min\s+([\d.,]+)\s*%?$", rest.strip())
                    if not match:
                        raise InvalidInput("bad_rule", rule=text)
                    minimum = parse_decimal(match[1])
                return Rule("prop", source, description=description, min_rate=minimum)
            bands = tuple(_parse_band(cond, pts) for cond, pts in _pairs(rest, text))
            return Rule("bands", source, bands=bands, description=description)
        if head_word == "deduct":
            match = re.match(r"^([\d.,]+)\s*/\s*\w+(?:\s+floor\s+([\d.,]+))?$", rest)
            if not match:
                raise InvalidInput("bad_rule", rule=text)
            floor = parse_decimal(match[2]) if match[2] else ZERO
            return Rule("deduct", source, per_item=parse_decimal(match[1]), floor=floor)
        if head_word in ("bonus", "penalty"):
            match = re.match(r"^cap\s+([\d.,]+)$", rest)
            if not match:
                raise InvalidInput("bad_rule", rule=text)
            return Rule(head_word, source, cap=parse_decimal(match[1]))
    except InvalidInput as exc:
        raise InvalidInput("bad_rule", rule=text, details=str(exc)) from exc
    raise InvalidInput("bad_rule", rule=text)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Không đạt' and 'khong dat' fold alike."""
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").replace("đ", "d")


def option_table(rule: Rule, maximum: Decimal) -> dict[str, Decimal]:
    if rule.kind == "passfail":
        return {"đạt": maximum, "không đạt": ZERO}
    return dict(rule.options)


def resolve_option(rule: Rule, maximum: Decimal, label: str) -> str:
    """The option a user meant: exact, then case/accent-insensitive, then a unique folded
    prefix. Ambiguous or unknown input is refused with the list of options."""
    table = option_table(rule, maximum)
    wanted = " ".join(label.split())
    if wanted in table:
        return wanted
    folded = fold(wanted)
    exact = [name for name in table if fold(name) == folded]
    if len(exact) == 1:
        return exact[0]
    prefixed = [name for name in table if fold(name).startswith(folded)] if folded else []
    if len(prefixed) == 1:
        return prefixed[0]
    if len(prefixed) > 1 or len(exact) > 1:
        raise InvalidInput("ambiguous_option", option=label, options="; ".join(table))
    raise InvalidInput("unknown_option", option=label, options="; ".join(table))


def option_points(rule: Rule, maximum: Decimal, label: str) -> Decimal:
    return option_table(rule, maximum)[resolve_option(rule, maximum, label)]


def compute_score(rule: Rule, maximum: Decimal, value: str, *, step: Decimal = Decimal("0.25")) -> Decimal:
    """The score the rule gives for one input (an option label, a rate in percent, a count or
    points). The result lies in [0, maximum] (for bonus/penalty: [0, cap])."""
    kind = rule.kind
    if kind in ("choice", "passfail"):
        score = option_points(rule, maximum, value)
    elif kind in ("bands", "prop"):
        rate = parse_decimal(value, field="rate")
        if rate < 0 or rate > HUNDRED:
            raise InvalidInput("rate_out_of_range", value=value)
        if kind == "prop":
            below_minimum = rule.min_rate is not None and rate < rule.min_rate
            score = ZERO if below_minimum else round_down(rate * maximum / HUNDRED, step)
        else:
            score = next((band.points for band in rule.bands if band.holds(rate)), ZERO)
    elif kind == "deduct":
        count = parse_decimal(value, field="count")
        if count < 0 or count != count.to_integral_value():
            raise InvalidInput("bad_count", value=value)
        score = max(rule.floor, maximum - rule.per_item * count)
    elif kind in ("survey", "bonus", "penalty"):
        score = parse_decimal(value, field="points")
        if score < 0:
            raise InvalidInput("points_out_of_range", value=value, maximum=str(maximum))
        limit = rule.cap if rule.cap is not None else maximum
        if score > limit:
            raise InvalidInput("points_out_of_range", value=value, maximum=str(limit))
        return score
    else:
        raise InvalidInput("not_scorable", rule=rule.text)
    return clamp(score, ZERO, maximum)
