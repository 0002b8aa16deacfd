"""Final scores, approval and ranking at Sở Nội vụ (docs/coordination.md, "Rules").

- The final score of a criterion is its appraised value (the round-2 appraisal if any, else
  round 1, as the appraisal services keep it in `assessments.appraised_score`); survey points
  are the coordinator's own figures (`desktop.models.survey`). Totals, index and band follow
  the criteria set's convention through `desktop.models.scoring`.
- Approval locks a unit's final scores (`unit_results.stage = 'approved'`); a submission that
  arrives afterwards is held in quarantine by the importer. Unlocking needs a reason, which
  the audit log keeps.
- Ranking is per block (departments; central agencies; communes, from the unit type): index
  descending, ties broken by the appraised points outside the survey, then a shared rank
  (standard competition: 1, 2, 2, 4). Every enrolled unit is ranked; while any unit of a
  block is not approved, the ranks of that block are provisional (`RankRow.provisional`), so
  the board can show a standing at any time and the final order is the one once every unit
  of the block is approved. The method text (RANK_METHOD_VI/EN) is stored with the result
  and travels in the results package.

Exact decimals throughout: Decimal in memory, canonical strings in the database."""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.models import (
    audit,
    campaigns,
    criteria,
    records,
    scoring,
    stages,
    units,
    workspaces,
)
from desktop.models.decimals import ZERO, format_decimal
from desktop.models.errors import InvalidInput
from desktop.models.scoring import Totals
from desktop.models.store import Workspace, utc_now

BLOCKS = ("departments", "central", "communes")
BLOCK_LABELS = {
    "departments": ("Sở, ban, ngành", "Departments and provincial agencies"),
    "central": ("Cơ quan ngành dọc", "Central agencies based in the province"),
    "communes": ("UBND cấp xã, phường, đặc khu", "Commune, ward and special-zone People's Committees"),
}
_BLOCK_OF_TYPE = {
    "so": "departments", "ban_nganh": "departments", "ubnd_tinh": "departments",
    "nganh_doc": "central",
    "ubnd_xa": "communes", "ubnd_phuong": "communes", "ubnd_dac_khu": "communes",
    "ubnd_huyen": "communes",
}

RANK_METHOD_VI = (
    "Xếp hạng riêng trong từng khối (Sở, ban, ngành; Cơ quan ngành dọc; UBND cấp xã, phường, "
    "đặc khu) theo Chỉ số CCHC từ cao xuống thấp. Chỉ số = tổng điểm cuối cùng (điểm thẩm định, "
    "điểm điều tra xã hội học, điểm thưởng, điểm trừ theo cách tính của bộ tiêu chí) / tổng điểm "
    "tối đa × 100%, làm tròn xuống đến 0,01. Bằng Chỉ số thì đơn vị có tổng điểm thẩm định các "
    "tiêu chí tự chấm (không kể điều tra xã hội học) cao hơn xếp trên; vẫn bằng nhau thì đồng "
    "hạng và bỏ qua các hạng kế tiếp tương ứng (1, 2, 2, 4).")
RANK_METHOD_EN = (
    "Ranked separately within each block (departments; central agencies; commune-level "
    "People's Committees) by PAR index, highest first. Index = final total (appraised points, "
    "survey points, bonus and penalty as the criteria set combines them) / maximum × 100%, "
    "truncated to 0.01. Equal indexes: the unit with more appraised points on self-scored "
    "criteria (survey excluded) ranks higher; still equal: the same rank, and the following "
    "ranks are skipped (1, 2, 2, 4).")
PROVISIONAL_VI = "Thứ hạng tạm tính: trong khối còn đơn vị chưa được phê duyệt điểm."
PROVISIONAL_EN = "Provisional rank: some units of the block are not approved yet."
KEEP_SELF_REMARK = "Giữ nguyên điểm tự đánh giá"
PROVISIONAL_META = "result_provisional:{campaign_id}"


def block_of(unit_type: str) -> str:
    """The ranking block of a unit type; types outside the three blocks (phòng, khác) rank
    with the departments."""
    return _BLOCK_OF_TYPE.get(unit_type, "departments")


def block_label(block: str, lang: str = "vi") -> str:
    vi, en = BLOCK_LABELS.get(block, (block, block))
    return en if lang == "en" else vi


def method_text(method: str, lang: str = "vi") -> str:
    """The stored method text in the user's language (the database keeps the Vietnamese)."""
    if lang == "en" and method == RANK_METHOD_VI:
        return RANK_METHOD_EN
    return method


# -- final scores ----------------------------------------------------------------------------

@dataclass
class FinalScores:
    """The appraised column of a unit's score sheet (survey included; rated by the bands of
    the unit's group), the self column, and the self-scored criteria that have a self score
    but no appraisal."""
    totals: Totals
    self_totals: Totals
    unappraised: tuple[str, ...]

    @property
    def unappraised_count(self) -> int:
        return len(self.unappraised)


def final_scores(ws: Workspace, campaign_id: str, unit_id: str) -> FinalScores:
    group = campaigns.group_of(ws, campaign_id, unit_id)
    sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
    pending = tuple(row["code"] for row in _unappraised_rows(ws, campaign_id, unit_id,
                                                             group.criteria_set_id))
    return FinalScores(sheet.appraised_totals, sheet.self_totals, pending)


def _unappraised_rows(ws: Workspace, campaign_id: str, unit_id: str,
                      set_id: str) -> list[dict[str, Any]]:
    """Self-scored criteria (always leaves) with a self score and no appraised value."""
    return records.rows(
        ws.db, "SELECT a.*, c.code FROM assessments a JOIN criteria c ON c.id = a.criterion_id "
        "WHERE a.campaign_id = ? AND a.unit_id = ? AND c.criteria_set_id = ? AND "
        "c.self_scored = 1 AND a.score IS NOT NULL AND a.appraised_score IS NULL "
        "ORDER BY c.position", [campaign_id, unit_id, set_id])


# -- approval ----------------------------------------------------------------------------------

def approve(ws: Workspace, campaign_id: str, unit_id: str, *,
            keep_self_for_unappraised: bool = False) -> dict[str, Any]:
    """Approve and lock a unit's final scores; returns its `unit_results` row. Refused
    (`approval_unappraised`, with the count and codes) while self-scored criteria with a self
    score have no appraisal, unless `keep_self_for_unappraised`: then each gets an appraisal
    equal to its self score (remark "Giữ nguyên điểm tự đánh giá", a round-1 entry in the
    appraisal history by this installation's unit). Stores the totals, index, band and block.
    Approving an approved unit changes nothing."""
    from desktop.models.setup import require_coordinator

    require_coordinator(ws)  # only Sở Nội vụ approves, ranks and enters survey points
    group = campaigns.group_of(ws, campaign_id, unit_id)
    unit = units.get_unit(ws, unit_id)
    with ws.write() as db:
        row = stages.result_row(ws, campaign_id, unit_id)
        if row["stage"] == "approved":
            return row
        pending = _unappraised_rows(ws, campaign_id, unit_id, group.criteria_set_id)
        if pending and not keep_self_for_unappraised:
            codes = [p["code"] for p in pending]
            raise InvalidInput("approval_unappraised", count=len(codes),
                               codes=", ".join(codes[:10]) + ("…" if len(codes) > 10 else ""))
        for assessment in pending:
            _keep_self_score(ws, assessment)
        scores = final_scores(ws, campaign_id, unit_id)
        stages.set_stage(ws, campaign_id, unit_id, "approved")
        _, new = records.update(db, "unit_results", row["id"], {
            "approved_at": utc_now(), "approved_by": ws.operator,
            **_figures(scores.totals, scores.self_totals), "block": block_of(unit.unit_type)},
            actor=ws.operator)
    return new


def _figures(appraised: Totals, own: Totals) -> dict[str, str | None]:
    """The totals kept in `unit_results`: self_total is the self-assessed points of the
    self-scored criteria (what the board sums), final_total/index/band the appraised column
    under the set's convention."""
    return {"self_total": format_decimal(own.self_scored),
            "survey_total": format_decimal(appraised.survey),
            "final_total": format_decimal(appraised.final),
            "index_percent": format_decimal(appraised.index), "band": appraised.band}


def _keep_self_score(ws: Workspace, assessment: dict[str, Any]) -> None:
    db = ws.db
    now = utc_now()
    rounds = [r[0] for r in db.execute(
        "SELECT round FROM appraisals WHERE campaign_id = ? AND unit_id = ? AND criterion_id = ?",
        [assessment["campaign_id"], assessment["unit_id"], assessment["criterion_id"]])]
    round_ = 1 if 1 not in rounds else 2
    records.update(db, "assessments", assessment["id"], {
        "appraised_input": assessment["input_value"], "appraised_score": assessment["score"],
        "appraisal_remark": KEEP_SELF_REMARK, "appraised_by": ws.operator, "appraised_at": now,
        "appraisal_round": round_, "appraised_self_score": assessment["score"]},
        actor=ws.operator, reason=KEEP_SELF_REMARK)
    if round_ not in rounds:
        own_code = units.get_unit(ws, workspaces.own_unit_id(ws)).code
        records.insert(db, "appraisals", {
            "campaign_id": assessment["campaign_id"], "unit_id": assessment["unit_id"],
            "criterion_id": assessment["criterion_id"], "round": round_,
            "appraiser_code": own_code, "appraised_input": assessment["input_value"],
            "appraised_score": assessment["score"], "remark": KEEP_SELF_REMARK,
            "self_score_seen": assessment["score"], "recorded_at": now}, actor=ws.operator,
            reason=KEEP_SELF_REMARK)


def unlock(ws: Workspace, campaign_id: str, unit_id: str, reason: str) -> dict[str, Any]:
    """Lift the approval of a unit (back to "appraised"), with a reason the audit log keeps.
    A submission held meanwhile can then be imported again from the inbox."""
    from desktop.models.setup import require_coordinator

    require_coordinator(ws)  # only Sở Nội vụ approves, ranks and enters survey points
    reason = " ".join((reason or "").split())
    if not reason:
        raise InvalidInput("unlock_reason_required")
    campaigns.group_of(ws, campaign_id, unit_id)
    if stages.get_stage(ws, campaign_id, unit_id) != "approved":
        raise InvalidInput("unit_not_approved", unit=units.get_unit(ws, unit_id).code)
    with ws.write() as db:
        stages.set_stage(ws, campaign_id, unit_id, "appraised", reason=reason)
        row = stages.result_row(ws, campaign_id, unit_id)
        _, new = records.update(db, "unit_results", row["id"],
                                {"approved_at": None, "approved_by": ""}, actor=ws.operator,
                                reason=reason)
    return new


# -- ranking -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RankRow:
    unit_id: str
    code: str
    name: str
    group: str
    block: str
    stage: str
    self_total: Decimal          # self-assessed points of the self-scored criteria
    appraised_points: Decimal    # appraised points outside the survey (the tie-break)
    survey_total: Decimal
    final_total: Decimal
    index_percent: Decimal
    band: str | None
    rank: int
    rank_of: int
    provisional: bool

    @property
    def approved(self) -> bool:
        return self.stage == "approved"

    def to_json(self) -> dict[str, Any]:
        return {"unit": self.code, "name": self.name, "group": self.group, "block": self.block,
                "stage": self.stage, "self_total": format_decimal(self.self_total),
                "appraised_points": format_decimal(self.appraised_points),
                "survey_total": format_decimal(self.survey_total),
                "final_total": format_decimal(self.final_total),
                "index_percent": format_decimal(self.index_percent), "band": self.band,
                "rank": self.rank, "rank_of": self.rank_of, "provisional": self.provisional}


def _enrolled(ws: Workspace, campaign_id: str) -> list[dict[str, Any]]:
    return records.rows(
        ws.db, "SELECT u.id AS unit_id, u.code, u.name, u.unit_type, g.id AS group_id, "
        "g.code AS group_code, g.criteria_set_id, coalesce(r.stage, 'not_received') AS stage "
        "FROM campaign_units cu JOIN units u ON u.id = cu.unit_id "
        "JOIN unit_groups g ON g.id = cu.group_id LEFT JOIN unit_results r "
        "ON r.campaign_id = cu.campaign_id AND r.unit_id = cu.unit_id "
        "WHERE cu.campaign_id = ? ORDER BY u.code", [campaign_id])


@dataclass(frozen=True)
class _SetPlan:
    """A criteria set laid out once for summing many units (`_all_totals`): what
    `scoring._totals` looks up node by node, precomputed. `leaves`: (criterion id, role,
    area code, whether the appraised column falls back to the entered score) in the set's
    order; role one of _SELF, _SURVEY, _BONUS, _PENALTY."""
    criteria_set: Any
    area_max: dict[str, Decimal]
    area_titles: dict[str, str]
    maximum: Decimal
    scorable: int
    total_points: Decimal
    leaves: tuple[tuple[str, int, str, bool], ...]


_SELF, _SURVEY, _BONUS, _PENALTY = range(4)


def _set_plan(ws: Workspace, set_id: str) -> _SetPlan:
    nodes = criteria.list_criteria(ws, set_id)
    leaf_codes = criteria.leaf_codes(nodes)
    area_max: dict[str, Decimal] = {}
    area_titles: dict[str, str] = {}
    maximum = ZERO
    for node in nodes:
        if node.kind == "area":
            area_max[node.code] = node.maximum
            area_titles[node.code] = node.title
            maximum += node.maximum
    leaves: list[tuple[str, int, str, bool]] = []
    scorable = 0
    for node in nodes:
        if node.code not in leaf_codes:
            continue
        if node.kind == "bonus":
            role = _BONUS
        elif node.kind == "penalty":
            role = _PENALTY
        else:
            role = _SELF if node.self_scored else _SURVEY
            scorable += role == _SELF
        leaves.append((node.id, role, node.code.split(".")[0], not node.self_scored))
    criteria_set = criteria.get_criteria_set(ws, set_id)
    return _SetPlan(criteria_set, area_max, area_titles, maximum, scorable,
                    Decimal(criteria_set.total_points), tuple(leaves))


def _column_totals(plan: _SetPlan, values: list[Decimal | None], band_of: Any) -> Totals:
    """`scoring._totals` for one column (`values` in the order of `plan.leaves`): the same
    Decimal additions, so the same figures."""
    points: dict[str, Decimal] = dict.fromkeys(plan.area_max, ZERO)
    own = survey = bonus = penalty = ZERO
    scored = 0
    for (_, role, area, _), score in zip(plan.leaves, values, strict=True):
        if score is None:
            continue
        if role == _SELF:
            points[area] = points.get(area, ZERO) + score
            own += score
            scored += 1
        elif role == _SURVEY:
            points[area] = points.get(area, ZERO) + score
            survey += score
        elif role == _BONUS:
            bonus += score
        else:
            penalty += score
    convention = plan.criteria_set.final_convention
    final = scoring.final_total(own + survey, bonus, penalty, plan.total_points, convention)
    index = scoring.index_percent(final, plan.total_points)
    return Totals(areas={code: (value, plan.area_max.get(code, ZERO))
                         for code, value in points.items()},
                  area_titles=dict(plan.area_titles), self_scored=own, survey=survey,
                  bonus=bonus, penalty=penalty, maximum=plan.maximum, final=final,
                  index=index, band=band_of(index), scored=scored, scorable=plan.scorable)


class _Decimals(dict):
    """Stored score text → Decimal, each distinct text converted once (None stays None)."""

    def __missing__(self, text: str | None) -> Decimal | None:
        value = self[text] = Decimal(text) if text is not None else None
        return value


def _all_totals(ws: Workspace, campaign_id: str,
                enrolled: list[dict[str, Any]]) -> dict[str, tuple[Totals, Totals]]:
    """unit id → (appraised totals, self totals) for every enrolled unit, from one read of
    the campaign's assessments: the same sums as `scoring.scoresheet` (survey leaves without
    an appraised value count their entered score in the appraised column), without building
    a score sheet per unit. Each criteria set is laid out once (`_SetPlan`), each distinct
    stored score string becomes a Decimal once, the bands are read once per group."""
    plans = {set_id: _set_plan(ws, set_id)
             for set_id in dict.fromkeys(row["criteria_set_id"] for row in enrolled)}
    cursor = ws.db.execute(
        "SELECT unit_id, criterion_id, score, appraised_score FROM assessments "
        "WHERE campaign_id = ? ORDER BY unit_id", [campaign_id])
    stored = {unit_id: {cells[1]: cells for cells in group}
              for unit_id, group in itertools.groupby(cursor, key=operator.itemgetter(0))}
    number = _Decimals()

    band_makers: dict[str, Any] = {}

    def bands_of(group_id: str) -> Any:
        maker = band_makers.get(group_id)
        if maker is None:
            bands = campaigns.rating_bands(ws, campaign_id, group_id)
            seen: dict[Decimal, str | None] = {}

            def maker(index: Decimal) -> str | None:
                if index not in seen:
                    seen[index] = scoring.rating_band(index, bands)
                return seen[index]

            band_makers[group_id] = maker
        return maker

    missing = (None, None, None, None)
    out: dict[str, tuple[Totals, Totals]] = {}
    for row in enrolled:
        plan = plans[row["criteria_set_id"]]
        cells = stored.get(row["unit_id"], {})
        own_column: list[Decimal | None] = []
        appraised_column: list[Decimal | None] = []
        for criterion_id, _, _, fallback in plan.leaves:
            _, _, score, appraised_score = cells.get(criterion_id, missing)
            mine = number[score]
            own_column.append(mine)
            value = number[appraised_score]
            if value is None and fallback:
                value = mine  # survey points entered in the self column
            appraised_column.append(value)
        band_of = bands_of(row["group_id"])
        out[row["unit_id"]] = (_column_totals(plan, appraised_column, band_of),
                               _column_totals(plan, own_column, band_of))
    return out


def _competition_ranks(keys: list[tuple[Decimal, Decimal]]) -> list[int]:
    """Standard competition ranking of keys already sorted best first: 1, 2, 2, 4."""
    ranks: list[int] = []
    for position, key in enumerate(keys, start=1):
        ranks.append(ranks[-1] if ranks and keys[position - 2] == key else position)
    return ranks


def rank(ws: Workspace, campaign_id: str) -> list[RankRow]:
    """Rank every enrolled unit within its block and store rank, rank of, block, method and
    (for units not approved) the totals in `unit_results`; rows whose figures did not change
    are not rewritten (`computed_at` is when they last changed). Approved units keep the totals
    stored at approval (they are locked, so they equal the live ones). Returns the rows sorted
    by block (BLOCKS order), rank and code."""
    from desktop.models.setup import require_coordinator

    require_coordinator(ws)  # only Sở Nội vụ approves, ranks and enters survey points
    enrolled = _enrolled(ws, campaign_id)
    totals = _all_totals(ws, campaign_id, enrolled)
    by_block: dict[str, list[dict[str, Any]]] = {}
    for row in enrolled:
        by_block.setdefault(block_of(row["unit_type"]), []).append(row)
    out: list[RankRow] = []
    for block in BLOCKS:
        members = by_block.get(block, [])
        members.sort(key=lambda r: (-totals[r["unit_id"]][0].index,
                                    -totals[r["unit_id"]][0].self_scored, r["code"]))
        keys = [(totals[r["unit_id"]][0].index, totals[r["unit_id"]][0].self_scored)
                for r in members]
        provisional = any(r["stage"] != "approved" for r in members)
        for row, place in zip(members, _competition_ranks(keys), strict=True):
            final, own = totals[row["unit_id"]]
            out.append(RankRow(
                unit_id=row["unit_id"], code=row["code"], name=row["name"],
                group=row["group_code"], block=block, stage=row["stage"],
                self_total=own.self_scored, appraised_points=final.self_scored,
                survey_total=final.survey, final_total=final.final,
                index_percent=final.index, band=final.band, rank=place,
                rank_of=len(members), provisional=provisional))
    with ws.write():
        _store_ranks(ws, campaign_id, out, totals)
    return out


def _store_ranks(ws: Workspace, campaign_id: str, ranked: list[RankRow],
                 totals: dict[str, tuple[Totals, Totals]]) -> None:
    """Store each unit's rank (and, unless approved, its totals) in `unit_results`, inside
    the caller's unit of work: what `records.update` would write row by row — only the fields
    that changed, `change_count` + 1, `updated_at`, one audit entry per changed row, in the
    order of `ranked` — read with one query and written in batches (the audit entries
    through `audit.Batch`). A missing `unit_results` row is created through
    `stages.result_row`, whose own audit entry comes after the batch's pending ones."""
    db = ws.db
    stored = {row["unit_id"]: row for row in records.rows(
        db, "SELECT * FROM unit_results WHERE campaign_id = ?", [campaign_id])}
    updates: dict[tuple[str, ...], list[list[Any]]] = {}

    def flush() -> None:
        for columns, values in updates.items():
            assignments = ", ".join(f"{key} = ?" for key in columns)
            db.conn.executemany(f"UPDATE unit_results SET {assignments} WHERE id = ?", values)
        updates.clear()

    with audit.Batch(db) as log:
        for item in ranked:
            row = stored.get(item.unit_id)
            if row is None:
                flush()  # the row is made through the usual path (its own audit entry)
                row = stages.result_row(ws, campaign_id, item.unit_id)
            changes: dict[str, Any] = {"block": item.block, "rank": item.rank,
                                       "rank_of": item.rank_of, "method": RANK_METHOD_VI}
            if row["stage"] != "approved":
                changes.update(_figures(*totals[item.unit_id]))
            if not any(row[key] != value for key, value in changes.items()):
                continue
            changes["computed_at"] = utc_now()
            changed = {key: value for key, value in changes.items() if row.get(key) != value}
            changed_row = {**changed, "change_count": row["change_count"] + 1,
                           "updated_at": utc_now()}
            updates.setdefault(tuple(changed_row), []).append([*changed_row.values(), row["id"]])
            log.add(actor=ws.operator, action="update", entity="unit_results",
                    entity_id=row["id"], old={key: row[key] for key in changed}, new=changed)
        flush()


# -- what a unit's window shows ----------------------------------------------------------------

@dataclass(frozen=True)
class ResultView:
    """A unit's stored result, for the window beside its own scores (at the coordinator and,
    once a results package arrived, at the unit)."""
    stage: str
    approved_at: str | None
    self_total: Decimal | None
    survey_total: Decimal | None
    final_total: Decimal | None
    index_percent: Decimal | None
    band: str | None
    block: str
    rank: int | None
    rank_of: int | None
    method: str
    provisional: bool

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "approved_at": self.approved_at,
                "self_total": format_decimal(self.self_total),
                "survey_total": format_decimal(self.survey_total),
                "final_total": format_decimal(self.final_total),
                "index_percent": format_decimal(self.index_percent), "band": self.band,
                "block": self.block, "rank": self.rank, "rank_of": self.rank_of,
                "method": self.method, "provisional": self.provisional}


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def result_view(ws: Workspace, campaign_id: str, unit_id: str) -> ResultView | None:
    """The stored result of a unit, or None when there is none yet. Provisional: at the
    coordinator, while a unit of the same block is not approved; at a unit, as the latest
    results package said."""
    rows = records.rows(ws.db, "SELECT * FROM unit_results WHERE campaign_id = ? AND unit_id = ?",
                        [campaign_id, unit_id])
    if not rows:
        return None
    row = rows[0]
    if ws.meta("role") == "coordinator":
        unit = units.get_unit(ws, unit_id)
        block = row["block"] or block_of(unit.unit_type)
        provisional = any(block_of(r["unit_type"]) == block and r["stage"] != "approved"
                          for r in _enrolled(ws, campaign_id))
    else:
        block = row["block"]
        provisional = ws.meta(PROVISIONAL_META.format(campaign_id=campaign_id)) == "1"
    return ResultView(
        stage=row["stage"], approved_at=row["approved_at"],
        self_total=_decimal(row["self_total"]), survey_total=_decimal(row["survey_total"]),
        final_total=_decimal(row["final_total"]), index_percent=_decimal(row["index_percent"]),
        band=row["band"], block=block, rank=row["rank"], rank_of=row["rank_of"],
        method=row["method"], provisional=provisional)
