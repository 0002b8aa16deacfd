"""Criteria sets: versioned trees of areas, criteria and sub-criteria with their scoring rules,
keyed by (province, year, unit group, version). This module owns their validation (every
problem names the row and the code), storage, identity (a content hash) and lookup.

The in-memory form of a set is the structure of `resources/criteria/*.json`, which is also
what the Excel reader returns (`criteria_xlsx.read_workbook`)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from decimal import Decimal
from typing import Any

from desktop.models import records
from desktop.models.decimals import ZERO, format_decimal, parse_decimal
from desktop.models.entities import CriteriaSet, Criterion
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.rules import Rule, option_table, parse_rule
from desktop.models.store import Workspace
from desktop.resources import resource

SAMPLE_SETS = {
    "so-ban-nganh": ("criteria", "bo-tieu-chi-mau-so-ban-nganh.json"),
    "xa-phuong": ("criteria", "bo-tieu-chi-mau-xa-phuong.json"),
}
SAMPLE_SET_FILE = SAMPLE_SETS["so-ban-nganh"]
FINAL_CONVENTIONS = (
    "cap_then_penalty",  # min(total, self + survey + bonus) − penalty   (the sample's)
    "net_then_cap",      # min(total, self + survey + bonus − penalty)
    "uncapped",          # self + survey + bonus − penalty (may exceed the total)
)
SUGGESTIONS = ("plan_completion_rate", "overdue_tasks")
HEADER_FIELDS = ("province", "year", "unit_group", "version", "title", "total_points",
                 "rounding_step", "final_convention")
NODE_FIELDS = ("code", "title", "max", "rule", "guide", "evidence_hint", "legal_basis",
               "appraiser", "suggest")
DEFAULTS = {"version": 1, "total_points": "100", "rounding_step": "0.25",
            "final_convention": "cap_then_penalty", "is_sample": False}
TREE_CODE = re.compile(r"^\d{1,3}(\.\d{1,3}){0,3}$")
EXTRA_CODE = re.compile(r"^[A-ZĐ]{1,4}\d{0,2}$")  # bonus/penalty rows: T, P, DT1…
MAX_NODES = 2000


def nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", " ".join(value.split())) if isinstance(value, str) else value


def parent_code(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def node_kind(code: str, rule: Rule) -> str:
    if rule.kind in ("bonus", "penalty"):
        return rule.kind
    return {1: "area", 2: "criterion"}.get(code.count(".") + 1, "sub")


def with_defaults(data: dict[str, Any]) -> dict[str, Any]:
    return {**DEFAULTS, **{k: v for k, v in data.items() if v is not None}}


def _canonical_number(value: Any) -> str:
    """`4,0`, `4.00` and `4` are the same maximum, so they hash alike."""
    try:
        return format_decimal(parse_decimal(value)) or ""
    except (InvalidInput, TypeError):
        return nfc(str(value or ""))


def content_hash(data: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of what scores depend on, so a package can name the
    exact set it answers and two installations can tell whether they hold the same set.
    Row numbers and whether the set is a sample do not count."""
    data = with_defaults(data)
    canonical: dict[str, Any] = {key: nfc(str(data[key])) for key in HEADER_FIELDS}
    for key in ("total_points", "rounding_step"):
        canonical[key] = _canonical_number(data[key])
    canonical["criteria"] = []
    area_appraiser: dict[str, str] = {}
    for node in data["criteria"]:
        entry = {key: nfc(str(node.get(key) or "")) for key in NODE_FIELDS}
        entry["code"] = entry["code"].rstrip(".")
        entry["max"] = _canonical_number(node.get("max"))
        area = entry["code"].split(".")[0]
        # The appraiser as in force: a row left blank inherits its area's.
        entry["appraiser"] = entry["appraiser"] or area_appraiser.get(area, "")
        if "." not in entry["code"]:
            area_appraiser[area] = entry["appraiser"]
        canonical["criteria"].append(entry)
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


# -- validation ------------------------------------------------------------------------------

def _check_header(data: dict[str, Any]) -> list[InvalidInput]:
    problems = []
    for key in ("province", "unit_group", "title"):
        if not str(data.get(key) or "").strip():
            problems.append(InvalidInput("crit_header_missing", field=key))
    try:
        if not 2000 <= int(str(data.get("year"))) <= 2100:
            raise ValueError
    except ValueError:
        problems.append(InvalidInput("crit_header_bad", field="year", value=data.get("year")))
    try:
        if int(str(data.get("version"))) < 1:
            raise ValueError
    except ValueError:
        problems.append(InvalidInput("crit_header_bad", field="version", value=data.get("version")))
    for key in ("total_points", "rounding_step"):
        try:
            if parse_decimal(data.get(key), field=key) <= 0:
                raise InvalidInput("bad_number")
        except (InvalidInput, TypeError):
            problems.append(InvalidInput("crit_header_bad", field=key, value=data.get(key)))
    if data.get("final_convention") not in FINAL_CONVENTIONS:
        problems.append(InvalidInput("crit_header_bad", field="final_convention",
                                 value=data.get("final_convention")))
    return problems


def _check_rule_against_max(rule: Rule, maximum: Decimal, row: int, code: str) -> list[InvalidInput]:
    over = []
    if rule.kind in ("choice", "passfail"):
        over = [(label, pts) for label, pts in option_table(rule, maximum).items()
                if pts > maximum or pts < 0]
    elif rule.kind == "bands":
        over = [(band.text, band.points) for band in rule.bands
                if band.points > maximum or band.points < 0]
    problems = [InvalidInput("crit_option_over_max", row=row, code=code, option=label,
                         points=format_decimal(points), maximum=format_decimal(maximum))
                for label, points in over]
    if rule.kind == "deduct" and (rule.per_item <= 0 or rule.floor > maximum or rule.floor < 0):
        problems.append(InvalidInput("crit_bad_deduct", row=row, code=code))
    if rule.kind in ("bonus", "penalty") and rule.cap is not None and rule.cap > maximum:
        problems.append(InvalidInput("crit_option_over_max", row=row, code=code, option="cap",
                                 points=format_decimal(rule.cap), maximum=format_decimal(maximum)))
    if rule.kind == "choice" and len(rule.options) < 2:
        problems.append(InvalidInput("crit_too_few_options", row=row, code=code))
    return problems


def validate_set_data(data: dict[str, Any]) -> list[InvalidInput]:
    """Every problem of a set, in row order, each an InvalidInput naming the row and code
    (turn it into words with `desktop.messages.sentence`). An empty list: the set is valid."""
    data = with_defaults(data)
    problems = _check_header(data)
    nodes = data.get("criteria") or []
    if not nodes:
        return [*problems, InvalidInput("crit_empty")]
    if len(nodes) > MAX_NODES:
        return [*problems, InvalidInput("crit_too_many", count=len(nodes), limit=MAX_NODES)]
    seen: dict[str, int] = {}
    parsed: dict[str, tuple[Rule, Decimal, int]] = {}
    children: dict[str, list[str]] = {}
    for position, node in enumerate(nodes, start=1):
        row = int(node.get("row") or position)
        code = nfc(str(node.get("code") or "")).rstrip(".")
        if not (TREE_CODE.match(code) or EXTRA_CODE.match(code)):
            problems.append(InvalidInput("crit_bad_code", row=row, code=code))
            continue
        if code in seen:
            problems.append(InvalidInput("crit_duplicate_code", row=row, code=code, first=seen[code]))
            continue
        seen[code] = row
        if not nfc(str(node.get("title") or "")):
            problems.append(InvalidInput("crit_missing_title", row=row, code=code))
        parent = parent_code(code)
        if parent is not None:
            if parent not in seen:
                problems.append(InvalidInput("crit_missing_parent", row=row, code=code, parent=parent))
            else:
                children.setdefault(parent, []).append(code)
        try:
            maximum = parse_decimal(node.get("max"), field="max")
            if maximum <= 0:
                raise InvalidInput("bad_number")
        except (InvalidInput, TypeError):
            problems.append(InvalidInput("crit_bad_max", row=row, code=code, value=node.get("max")))
            continue
        try:
            rule = parse_rule(str(node.get("rule") or ""))
        except InvalidInput as exc:
            problems.append(InvalidInput("crit_bad_rule", row=row, code=code,
                                     rule=node.get("rule") or "", details=str(exc)))
            continue
        if EXTRA_CODE.match(code) and rule.kind not in ("bonus", "penalty"):
            problems.append(InvalidInput("crit_bad_code", row=row, code=code))
            continue
        if rule.kind in ("bonus", "penalty") and parent is not None:
            problems.append(InvalidInput("crit_extra_nested", row=row, code=code))
        suggest = str(node.get("suggest") or "").strip()
        if suggest and suggest not in SUGGESTIONS:
            problems.append(InvalidInput("crit_bad_suggest", row=row, code=code, value=suggest,
                                     allowed=", ".join(SUGGESTIONS)))
        problems.extend(_check_rule_against_max(rule, maximum, row, code))
        parsed[code] = (rule, maximum, row)
    for code, (rule, maximum, row) in parsed.items():
        kids = children.get(code, [])
        if rule.kind == "sum":
            if not kids:
                problems.append(InvalidInput("crit_sum_without_children", row=row, code=code))
            elif all(k in parsed for k in kids):
                total = sum((parsed[k][1] for k in kids), ZERO)
                if total != maximum:
                    problems.append(InvalidInput("crit_sum_mismatch", row=row, code=code,
                                             maximum=format_decimal(maximum),
                                             children=format_decimal(total)))
        elif kids:
            problems.append(InvalidInput("crit_children_under_leaf", row=row, code=code))
    areas = [(code, maximum) for code, (rule, maximum, _) in parsed.items()
             if "." not in code and rule.kind not in ("bonus", "penalty")]
    try:
        declared = parse_decimal(data.get("total_points"))
    except (InvalidInput, TypeError):
        declared = None
    # Compare with the declared total only when every top-level row could be read.
    if declared is not None and areas and all(c in parsed for c in seen if "." not in c):
        actual = sum((m for _, m in areas), ZERO)
        if actual != declared:
            problems.append(InvalidInput("crit_total_mismatch", declared=format_decimal(declared),
                                     actual=format_decimal(actual)))
    return sorted(problems, key=lambda p: int(p.data.get("row") or 0))


# -- storage ---------------------------------------------------------------------------------

def load_criteria_set(ws: Workspace, data: dict[str, Any]) -> CriteriaSet:
    """Validate and store a set. Nothing is stored unless the whole set is valid; then the
    error carries every problem (`error.data['problems']`). Loading the same content again
    returns the stored set."""
    for key in ("criteria",):
        if key not in data:
            raise InvalidInput("criteria_missing_field", field=key)
    data = with_defaults(data)
    problems = validate_set_data(data)
    if problems:
        raise InvalidInput("criteria_invalid", count=len(problems), problems=problems)
    digest = content_hash(data)
    with ws.write() as db:
        existing = records.rows(db, "SELECT * FROM criteria_sets WHERE content_hash = ?", [digest])
        if existing:
            return CriteriaSet.from_row(existing[0])
        key = [nfc(str(data["province"])), int(data["year"]), nfc(str(data["unit_group"])),
               int(data["version"])]
        if db.execute("SELECT 1 FROM criteria_sets WHERE province = ? AND year = ? AND "
                      "unit_group = ? AND version = ?", key).fetchone():
            raise InvalidInput("criteria_version_exists", province=key[0], year=key[1],
                               group=key[2], version=key[3])
        header = records.insert(db, "criteria_sets", {
            "province": key[0], "year": key[1], "unit_group": key[2], "version": key[3],
            "title": nfc(str(data["title"])),
            "total_points": format_decimal(parse_decimal(data["total_points"])),
            "rounding_step": format_decimal(parse_decimal(data["rounding_step"])),
            "final_convention": str(data["final_convention"]), "content_hash": digest,
            "is_sample": int(bool(data.get("is_sample"))),
        }, actor=ws.operator)
        ids: dict[str, str] = {}
        area_appraiser: dict[str, str] = {}
        for position, node in enumerate(data["criteria"], start=1):
            code = nfc(str(node["code"])).rstrip(".")
            rule = parse_rule(str(node["rule"]))
            area = code.split(".")[0]
            appraiser = nfc(str(node.get("appraiser") or "")) or area_appraiser.get(area, "")
            if "." not in code:
                area_appraiser[area] = appraiser
            row = records.insert(db, "criteria", {
                "criteria_set_id": header["id"], "parent_id": ids.get(parent_code(code) or ""),
                "code": code, "title": nfc(str(node["title"])), "kind": node_kind(code, rule),
                "max_points": format_decimal(parse_decimal(node["max"])), "rule": rule.text,
                "guide": nfc(str(node.get("guide") or "")),
                "evidence_hint": nfc(str(node.get("evidence_hint") or "")),
                "legal_basis": nfc(str(node.get("legal_basis") or "")),
                "appraiser": appraiser, "self_scored": int(rule.self_scored),
                "suggest": str(node.get("suggest") or "").strip(), "position": position,
            }, actor=ws.operator)
            ids[code] = row["id"]
    return CriteriaSet.from_row(header)


def sample_set_data(group: str = "so-ban-nganh") -> dict[str, Any]:
    return json.loads(resource(*SAMPLE_SETS[group]).read_text(encoding="utf-8"))


def load_sample_criteria_set(ws: Workspace, group: str = "so-ban-nganh") -> CriteriaSet:
    return load_criteria_set(ws, sample_set_data(group))


def set_as_data(ws: Workspace, set_id: str) -> dict[str, Any]:
    """A stored set back in its in-memory form (for export); its content hash is unchanged."""
    header = get_criteria_set(ws, set_id)
    nodes = list_criteria(ws, set_id)
    data: dict[str, Any] = {key: getattr(header, key) for key in HEADER_FIELDS}
    data["is_sample"] = bool(header.is_sample)
    data["criteria"] = []
    area_appraiser = {n.code: n.appraiser for n in nodes if "." not in n.code}
    for node in nodes:
        inherited = "." in node.code and node.appraiser == area_appraiser.get(node.code.split(".")[0])
        data["criteria"].append({
            "code": node.code, "title": node.title, "max": node.max_points, "rule": node.rule,
            "guide": node.guide, "evidence_hint": node.evidence_hint,
            "legal_basis": node.legal_basis, "appraiser": "" if inherited else node.appraiser,
            "suggest": node.suggest,
        })
    return data


def get_criteria_set(ws: Workspace, set_id: str) -> CriteriaSet:
    return CriteriaSet.from_row(records.fetch(ws.db, "criteria_sets", set_id))


def list_criteria_sets(ws: Workspace) -> list[CriteriaSet]:
    return [CriteriaSet.from_row(r) for r in records.rows(
        ws.db, "SELECT * FROM criteria_sets ORDER BY year DESC, province, unit_group, version DESC")]


def find_criteria_set(ws: Workspace, key: str) -> CriteriaSet:
    """By id or content-hash prefix (at least 6 characters)."""
    key = key.strip().lower()
    rows = [s for s in list_criteria_sets(ws)
            if s.id == key or (len(key) >= 6 and s.content_hash.startswith(key))]
    if len(rows) != 1:
        raise NotFound("unknown_criteria_set", key=key)
    return rows[0]


def list_criteria(ws: Workspace, set_id: str) -> list[Criterion]:
    rows = records.rows(ws.db, "SELECT * FROM criteria WHERE criteria_set_id = ? ORDER BY position",
                        [set_id])
    return [Criterion.from_row(r) for r in rows]


def find_criterion(ws: Workspace, set_id: str, code: str) -> Criterion:
    rows = records.rows(ws.db, "SELECT * FROM criteria WHERE criteria_set_id = ? AND code = ?",
                        [set_id, nfc(code).rstrip(".")])
    if not rows:
        raise NotFound("unknown_criterion", code=code)
    return Criterion.from_row(rows[0])


def leaf_codes(criteria: list[Criterion]) -> set[str]:
    parents = {c.parent_id for c in criteria if c.parent_id}
    return {c.code for c in criteria if c.id not in parents}


def declared_total(criteria: list[Criterion]) -> Decimal:
    return sum((c.maximum for c in criteria if c.kind == "area"), Decimal(0))
