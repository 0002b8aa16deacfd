"""Dataclasses the services hand out. They are plain values (no database handles), so the UI
and the CLI can hold them, show them and pass them back."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Self

from desktop.models.decimals import format_decimal

UNIT_TYPES = (
    "so",            # sở
    "ban_nganh",     # ban, ngành tỉnh
    "nganh_doc",     # cơ quan ngành dọc đóng trên địa bàn
    "ubnd_tinh",
    "ubnd_huyen",    # until 1/7/2025
    "ubnd_xa",
    "ubnd_phuong",
    "ubnd_dac_khu",
    "phong",         # phòng, đơn vị trực thuộc
    "khac",
)
ROLES = ("unit", "coordinator", "appraiser")
TASK_STATUSES = ("not_started", "in_progress", "done", "cancelled")
TASK_SOURCES = ("province_plan", "own")
SUCCESSION_KINDS = ("merge", "split", "rename", "transfer")
DEADLINE_KINDS = ("self_scoring", "round1_appraisal", "explanation", "round2_appraisal",
                  "publication", "proposals", "quarterly_meeting", "other")


class _Row:
    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{key: value for key, value in row.items() if key in names})

    def to_json(self) -> dict[str, Any]:
        """Plain JSON: decimals as strings, never floats."""
        out = {}
        for key, value in dataclasses.asdict(self).items():  # type: ignore[call-overload]
            out[key] = format_decimal(value) if isinstance(value, Decimal) else value
        return out


@dataclass(frozen=True)
class Unit(_Row):
    id: str
    code: str
    name: str
    unit_type: str
    parent_id: str | None = None
    province: str = ""
    valid_from: str | None = None
    valid_to: str | None = None
    is_demo: int = 0
    change_count: int = 0


@dataclass(frozen=True)
class Succession(_Row):
    id: str
    predecessor_id: str
    successor_id: str
    kind: str
    effective_date: str
    note: str = ""


@dataclass(frozen=True)
class Campaign(_Row):
    id: str
    year: int
    title: str
    province: str = ""
    status: str = "open"
    is_demo: int = 0
    is_sample: int = 0
    change_count: int = 0


@dataclass(frozen=True)
class UnitGroup(_Row):
    id: str
    campaign_id: str
    code: str
    name: str
    criteria_set_id: str


@dataclass(frozen=True)
class Deadline(_Row):
    id: str
    campaign_id: str
    kind: str
    due_date: str
    label: str = ""


@dataclass(frozen=True)
class RatingBand(_Row):
    id: str
    campaign_id: str
    label: str
    min_percent: str
    position: int
    group_id: str | None = None


@dataclass(frozen=True)
class CriteriaSet(_Row):
    id: str
    province: str
    year: int
    unit_group: str
    version: int
    title: str
    total_points: str
    rounding_step: str
    final_convention: str
    content_hash: str
    is_sample: int = 0


@dataclass(frozen=True)
class Criterion(_Row):
    id: str
    criteria_set_id: str
    code: str
    title: str
    kind: str
    max_points: str
    rule: str
    parent_id: str | None = None
    guide: str = ""
    evidence_hint: str = ""
    legal_basis: str = ""
    appraiser: str = ""
    self_scored: int = 1
    position: int = 0
    suggest: str = ""

    @property
    def maximum(self) -> Decimal:
        return Decimal(self.max_points)


@dataclass(frozen=True)
class Assessment(_Row):
    id: str
    campaign_id: str
    unit_id: str
    criterion_id: str
    input_kind: str = "none"
    input_value: str = ""
    score: str | None = None
    explanation: str = ""
    status: str = "not_started"
    updated_by: str = ""
    updated_at: str = ""
    appraised_input: str = ""
    appraised_score: str | None = None
    appraisal_remark: str = ""
    appraised_by: str = ""
    appraised_at: str | None = None
    appraisal_round: int = 0
    appraisal_reason: str = ""
    explanation_requested: int = 0
    explanation_response: str = ""
    explanation_responded_at: str | None = None
    appraised_self_score: str | None = None
    changed_after_appraisal: int = 0
    change_count: int = 0


@dataclass(frozen=True)
class Evidence(_Row):
    id: str
    sha256: str
    original_name: str
    media_type: str
    size: int
    unit_id: str | None = None
    doc_number: str = ""
    doc_date: str | None = None
    issuer: str = ""
    pages: str = ""
    created_at: str = ""
    change_count: int = 0


@dataclass(frozen=True)
class Task(_Row):
    id: str
    unit_id: str
    title: str
    source: str = "own"
    source_ref: str = ""
    owner: str = ""
    deadline: str | None = None
    status: str = "not_started"
    progress: int = 0
    completed_on: str | None = None
    notes: str = ""
    campaign_id: str | None = None
    parent_id: str | None = None
    expected_output: str = ""
    area_code: str = ""
    change_count: int = 0
    overdue: bool = False
