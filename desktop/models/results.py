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

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.models import campaigns, criteria, records, scoring, stages, units, workspaces
from desktop.models.decimals import format_decimal
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


def _all_totals(ws: Workspace, campaign_id: str,
                enrolled: list[dict[str, Any]]) -> dict[str, tuple[Totals, Totals]]:
    """unit id → (appraised totals, self totals) for every enrolled unit, from one read of
    the campaign's assessments: the same sums as `scoring.scoresheet` (survey leaves without
    an appraised value count their entered score in the appraised column), without building
    a score sheet per unit."""
    sets: dict[str, tuple[Any, list, set[str]]] = {}
    for set_id in {row["criteria_set_id"] for row in enrolled}:
        nodes = criteria.list_criteria(ws, set_id)
        sets[set_id] = (criteria.get_criteria_set(ws, set_id), nodes, criteria.leaf_codes(nodes))
    own_scores: dict[str, dict[str, Decimal | None]] = {}
    appraised: dict[str, dict[str, Decimal | None]] = {}
    for unit_id, criterion_id, score, appraised_score in ws.db.execute(
            "SELECT unit_id, criterion_id, score, appraised_score FROM assessments "
            "WHERE campaign_id = ?", [campaign_id]):
        own_scores.setdefault(unit_id, {})[criterion_id] = (
            Decimal(score) if score is not None else None)
        appraised.setdefault(unit_id, {})[criterion_id] = (
            Decimal(appraised_score) if appraised_score is not None else None)
    out: dict[str, tuple[Totals, Totals]] = {}
    for row in enrolled:
        criteria_set, nodes, leaves = sets[row["criteria_set_id"]]
        bands = campaigns.rating_bands(ws, campaign_id, row["group_id"])
        mine = own_scores.get(row["unit_id"], {})
        judged = appraised.get(row["unit_id"], {})
        self_column: dict[str, Decimal | None] = {}
        appraised_column: dict[str, Decimal | None] = {}
        for node in nodes:
            if node.code not in leaves:
                continue
            self_column[node.code] = mine.get(node.id)
            value = judged.get(node.id)
            if value is None and not node.self_scored:
                value = mine.get(node.id)  # survey points entered in the self column
            appraised_column[node.code] = value
        # scoring's own summing (areas, survey, bonus/penalty, convention, index, band)
        out[row["unit_id"]] = (
            scoring._totals(nodes, leaves, appraised_column, criteria_set, bands),
            scoring._totals(nodes, leaves, self_column, criteria_set, bands))
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
        for item in out:
            _store_rank(ws, campaign_id, item, totals[item.unit_id])
    return out


def _store_rank(ws: Workspace, campaign_id: str, item: RankRow,
                totals: tuple[Totals, Totals]) -> None:
    row = stages.result_row(ws, campaign_id, item.unit_id)
    changes: dict[str, Any] = {"block": item.block, "rank": item.rank, "rank_of": item.rank_of,
                               "method": RANK_METHOD_VI}
    if row["stage"] != "approved":
        changes.update(_figures(*totals))
    if any(row[key] != value for key, value in changes.items()):
        changes["computed_at"] = utc_now()
        records.update(ws.db, "unit_results", row["id"], changes, actor=ws.operator)


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
