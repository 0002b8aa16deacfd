"""Criteria sets: versioned trees of areas, criteria and sub-criteria with their scoring
rules. This module owns their identity, storage and content hash; the full rule grammar,
validation report and Excel import/export grow in the criteria-set issue."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from decimal import Decimal
from typing import Any

from desktop.models import records
from desktop.models.decimals import format_decimal, parse_decimal
from desktop.models.entities import CriteriaSet, Criterion
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.rules import parse_rule
from desktop.models.store import Workspace
from desktop.resources import resource

SAMPLE_SET_FILE = ("criteria", "bo-tieu-chi-mau-so-ban-nganh.json")
_HEADER_FIELDS = ("province", "year", "unit_group", "version", "title", "total_points",
                  "rounding_step", "final_convention")
_NODE_FIELDS = ("code", "title", "max", "rule", "guide", "evidence_hint", "legal_basis",
                "appraiser")


def _nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", " ".join(value.split())) if isinstance(value, str) else value


def _kind(code: str) -> str:
    if code == "T":
        return "bonus"
    if code == "P":
        return "penalty"
    return {1: "area", 2: "criterion"}.get(code.count(".") + 1, "sub")


def _parent_code(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def content_hash(data: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of what scores depend on, so a package can name the
    exact set it answers and two installations can tell whether they hold the same set."""
    canonical = {key: _nfc(str(data[key])) for key in _HEADER_FIELDS}
    canonical["criteria"] = [
        {key: _nfc(str(node.get(key, ""))) for key in _NODE_FIELDS} for node in data["criteria"]
    ]
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def load_criteria_set(ws: Workspace, data: dict[str, Any]) -> CriteriaSet:
    """Store a criteria set given as the JSON structure of `resources/criteria/*.json`.
    Loading the same content again returns the stored set. Structural errors name the code."""
    for key in ("province", "year", "unit_group", "title", "criteria"):
        if key not in data:
            raise InvalidInput("criteria_missing_field", field=key)
    data = {"version": 1, "total_points": "100", "rounding_step": "0.25",
            "final_convention": "cap_then_penalty", **data}
    digest = content_hash(data)
    nodes = data["criteria"]
    codes = [str(node.get("code", "")).strip() for node in nodes]
    seen: set[str] = set()
    for position, (node, code) in enumerate(zip(nodes, codes, strict=True), start=1):
        if not code:
            raise InvalidInput("criteria_bad_row", row=position, code="")
        if code in seen:
            raise InvalidInput("criteria_duplicate_code", row=position, code=code)
        parent = _parent_code(code)
        if parent and parent not in seen:
            raise InvalidInput("criteria_missing_parent", row=position, code=code)
        seen.add(code)
        try:
            parse_decimal(node.get("max", ""), field="max")
            parse_rule(str(node.get("rule", "")))
        except InvalidInput as exc:
            raise InvalidInput("criteria_bad_row", row=position, code=code,
                               details=str(exc)) from exc
    with ws.write() as db:
        existing = records.rows(db, "SELECT * FROM criteria_sets WHERE content_hash = ?", [digest])
        if existing:
            return CriteriaSet.from_row(existing[0])
        header = records.insert(db, "criteria_sets", {
            "province": _nfc(str(data["province"])), "year": int(data["year"]),
            "unit_group": _nfc(str(data["unit_group"])), "version": int(data["version"]),
            "title": _nfc(str(data["title"])),
            "total_points": format_decimal(parse_decimal(data["total_points"])),
            "rounding_step": format_decimal(parse_decimal(data["rounding_step"])),
            "final_convention": str(data["final_convention"]), "content_hash": digest,
            "is_sample": int(bool(data.get("is_sample"))),
        }, actor=ws.operator)
        ids: dict[str, str] = {}
        area_appraiser: dict[str, str] = {}
        for position, (node, code) in enumerate(zip(nodes, codes, strict=True), start=1):
            rule = parse_rule(str(node["rule"]))
            area = code.split(".")[0]
            appraiser = _nfc(str(node.get("appraiser", ""))) or area_appraiser.get(area, "")
            if "." not in code:
                area_appraiser[area] = appraiser
            row = records.insert(db, "criteria", {
                "criteria_set_id": header["id"], "parent_id": ids.get(_parent_code(code) or ""),
                "code": code, "title": _nfc(str(node["title"])), "kind": _kind(code),
                "max_points": format_decimal(parse_decimal(node["max"])), "rule": rule.text,
                "guide": _nfc(str(node.get("guide", ""))),
                "evidence_hint": _nfc(str(node.get("evidence_hint", ""))),
                "legal_basis": _nfc(str(node.get("legal_basis", ""))),
                "appraiser": appraiser, "self_scored": int(rule.self_scored),
                "position": position,
            }, actor=ws.operator)
            ids[code] = row["id"]
    return CriteriaSet.from_row(header)


def load_sample_criteria_set(ws: Workspace) -> CriteriaSet:
    data = json.loads(resource(*SAMPLE_SET_FILE).read_text(encoding="utf-8"))
    return load_criteria_set(ws, data)


def get_criteria_set(ws: Workspace, set_id: str) -> CriteriaSet:
    return CriteriaSet.from_row(records.fetch(ws.db, "criteria_sets", set_id))


def list_criteria(ws: Workspace, set_id: str) -> list[Criterion]:
    rows = records.rows(ws.db, "SELECT * FROM criteria WHERE criteria_set_id = ? ORDER BY position",
                        [set_id])
    return [Criterion.from_row(r) for r in rows]


def find_criterion(ws: Workspace, set_id: str, code: str) -> Criterion:
    rows = records.rows(ws.db, "SELECT * FROM criteria WHERE criteria_set_id = ? AND code = ?",
                        [set_id, code.strip()])
    if not rows:
        raise NotFound("unknown_criterion", code=code)
    return Criterion.from_row(rows[0])


def leaf_codes(criteria: list[Criterion]) -> set[str]:
    parents = {c.parent_id for c in criteria if c.parent_id}
    return {c.code for c in criteria if c.id not in parents}


def declared_total(criteria: list[Criterion]) -> Decimal:
    return sum((c.maximum for c in criteria if c.kind == "area"), Decimal(0))
