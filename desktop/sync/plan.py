"""The plan, the area appraisers and the per-group rating bands in the campaign package, and
the `proposal` package (docs/coordination.md).

Campaign package (coordinator → every unit), documents added here:
- `plan`: `{"tasks": [{id, unit, title, deadline, expected_output, area_code, source_ref}]}`,
  every province-plan task of the campaign with its responsible unit's code. A unit stores
  only its own: a new one is inserted under the coordinator's task id; a known one gets the
  province's title, deadline, expected output, area and reference, and keeps the unit's own
  status, progress, completion date, notes and owner (which travel back in submissions).
- `appraisers`: `{"areas": [{group, area_code, appraiser_code, appraiser_name}]}`, the
  campaign's `area_appraisers` rows as stored (`desktop.models.setup.publish_problems` refuses
  to publish while an area has none); at the receiver they replace the campaign's rows. An
  appraiser that is not itself assessed takes the package because its code is listed here.
- `group_bands`: `{"groups": [{group, bands: [{label, min_percent}]}]}`, the rating bands of
  the groups that have their own (the campaign-wide ones travel in `campaign`); at the
  receiver they replace each group's own bands.

Proposal package (unit → coordinator): `proposal` = `{"for_year", "items": [{id, title,
expected_output, area_code, deadline, note}]}`, the unit's proposals for next year's plan.
Merged by proposal id: a proposal sent again updates the same row, never a second one; one
Sở Nội vụ has already adopted or declined is left as it is. A package created after the
campaign's "proposals" deadline is flagged `late:<deadline>`, and each proposal it brings for
the first time is marked late (`desktop.models.plan.LATE_KEY`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.models import campaigns, plan, records, setup, units
from desktop.models.dates import iso, parse_date
from desktop.models.entities import Unit
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace
from desktop.sync import exchange, package

PLAN_FIELDS = ("title", "deadline", "expected_output", "area_code", "source_ref")


# --- campaign package ----------------------------------------------------------------------
def campaign_documents(ws: Workspace, campaign_id: str) -> dict[str, Any]:
    """(Export hook) The plan, appraisers and group-bands documents of the campaign."""
    tasks = records.rows(ws.db, "SELECT t.*, u.code AS unit_code FROM tasks t JOIN units u ON "
                         "u.id = t.unit_id WHERE t.campaign_id = ? AND t.source = 'province_plan' "
                         "ORDER BY u.code, t.deadline, t.id", [campaign_id])
    areas = records.rows(ws.db, "SELECT g.code AS group_code, a.* FROM area_appraisers a JOIN "
                         "unit_groups g ON g.id = a.group_id WHERE a.campaign_id = ? "
                         "ORDER BY g.code, a.area_code", [campaign_id])
    groups = records.rows(ws.db, "SELECT id, code FROM unit_groups WHERE campaign_id = ? "
                          "ORDER BY code", [campaign_id])
    own_bands = []
    for group in groups:
        bands = [{"label": b.label, "min_percent": b.min_percent}
                 for b in campaigns.rating_bands(ws, campaign_id, group["id"])
                 if b.group_id == group["id"]]
        if bands:
            own_bands.append({"group": group["code"], "bands": bands})
    return {
        "plan": {"tasks": [{"id": t["id"], "unit": t["unit_code"],
                            **{k: t[k] or "" for k in PLAN_FIELDS}} for t in tasks]},
        "appraisers": {"areas": [{"group": a["group_code"], "area_code": a["area_code"],
                                  "appraiser_code": a["appraiser_code"],
                                  "appraiser_name": a["appraiser_name"]} for a in areas]},
        "group_bands": {"groups": own_bands},
    }


def merge_campaign_documents(ws: Workspace, campaign_id: str, documents: dict[str, Any],
                             own_unit: Unit) -> None:
    """(Merge hook, inside the campaign package's merge) Store our plan tasks, the area
    appraisers and the groups' own rating bands. A package without these documents (from an
    older version) leaves them as they are."""
    if "plan" in documents:
        _merge_plan(ws, campaign_id, documents["plan"]["tasks"], own_unit)
    if "appraisers" in documents:
        _merge_appraisers(ws, campaign_id, documents["appraisers"]["areas"])
    if "group_bands" in documents:
        _merge_group_bands(ws, campaign_id, documents["group_bands"]["groups"])


def _check_id(value: object) -> str:
    if not isinstance(value, str) or not package.UUID_RE.match(value):
        raise InvalidInput("package_bad_records", reason="id", details=str(value)[:40])
    return value


def _merge_plan(ws: Workspace, campaign_id: str, items: list[dict[str, Any]],
                own_unit: Unit) -> None:
    db = ws.db
    for item in items:
        if item["unit"] != own_unit.code:
            continue  # another unit's task: not stored here
        task_id = _check_id(item["id"])
        fields = {k: str(item.get(k) or "") for k in PLAN_FIELDS}
        fields["deadline"] = iso(parse_date(fields["deadline"], field="deadline"))
        existing = db.execute("SELECT unit_id, source FROM tasks WHERE id = ?",
                              [task_id]).fetchone()
        if existing is None:
            records.insert(db, "tasks", {"id": task_id, "unit_id": own_unit.id,
                                         "campaign_id": campaign_id, "source": "province_plan",
                                         **fields}, actor=ws.operator)
        elif tuple(existing) != (own_unit.id, "province_plan"):
            raise InvalidInput("package_bad_records", reason="plan task", details=task_id)
        else:
            records.update(db, "tasks", task_id, {**fields, "campaign_id": campaign_id},
                           actor=ws.operator)


def _merge_appraisers(ws: Workspace, campaign_id: str, items: list[dict[str, Any]]) -> None:
    """The campaign's appraiser of each (group, area) as sent; rows no longer sent go."""
    db = ws.db
    groups = dict(db.execute("SELECT code, id FROM unit_groups WHERE campaign_id = ?",
                             [campaign_id]).fetchall())
    kept: set[str] = set()
    for item in items:
        if item["group"] not in groups:
            raise InvalidInput("package_bad_records", reason="appraisers",
                               details=str(item["group"])[:40])
        fields = {"appraiser_code": str(item["appraiser_code"]),
                  "appraiser_name": str(item.get("appraiser_name") or "")}
        key = [campaign_id, groups[item["group"]], str(item["area_code"])]
        row = db.execute("SELECT id FROM area_appraisers WHERE campaign_id = ? AND group_id = ? "
                         "AND area_code = ?", key).fetchone()
        if row is None:
            row = (records.insert(db, "area_appraisers", {
                "campaign_id": key[0], "group_id": key[1], "area_code": key[2], **fields},
                actor=ws.operator)["id"],)
        else:
            records.update(db, "area_appraisers", row[0], fields, actor=ws.operator)
        kept.add(row[0])
    for (row_id,) in db.execute("SELECT id FROM area_appraisers WHERE campaign_id = ?",
                                [campaign_id]).fetchall():
        if row_id not in kept:
            records.delete(db, "area_appraisers", row_id, actor=ws.operator)


def _merge_group_bands(ws: Workspace, campaign_id: str, items: list[dict[str, Any]]) -> None:
    given = {item["group"]: [(b["label"], b["min_percent"]) for b in item["bands"]]
             for item in items}
    codes = [row[0] for row in ws.db.execute(
        "SELECT code FROM unit_groups WHERE campaign_id = ?", [campaign_id])]
    unknown = set(given) - set(codes)
    if unknown:
        raise InvalidInput("package_bad_records", reason="group_bands",
                           details=sorted(unknown)[0][:40])
    for code in codes:
        campaigns.set_rating_bands(ws, campaign_id, given.get(code, []), group_code=code)


def publish_campaign(ws: Workspace, out: Path, *,
                     passphrase: str | None = None) -> tuple[package.Built, list[setup.Problem]]:
    """(Sở Nội vụ) The check before publishing, then the campaign package of the active
    campaign (`exchange.export_campaign`). Refused (`publish_refused`, the errors in
    `problems`) while the check finds errors, with nothing written; else returns the package
    and the warnings to show."""
    campaign = campaigns.require_active_campaign(ws)
    problems = setup.publish_problems(ws, campaign.id)
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        raise InvalidInput("publish_refused", count=len(errors), problems=errors)
    return exchange.export_campaign(ws, out, passphrase=passphrase), problems


# --- proposal package ----------------------------------------------------------------------
def export_proposals(ws: Workspace, out: Path, *, passphrase: str | None = None) -> package.Built:
    """(A unit) Send all its proposals for next year's plan, made in the active campaign, to
    Sở Nội vụ as one signed package. Sending again after a change is safe: Sở Nội vụ updates
    the proposals it holds, by id."""
    role = ws.meta("role") or "unit"
    if role == "coordinator":
        raise InvalidInput("package_wrong_role", role=role, needed="unit")
    campaign = campaigns.require_active_campaign(ws)
    items = plan.list_proposals(ws, campaign.id)
    if not items:
        raise InvalidInput("no_proposals")
    document = {"for_year": campaign.year + 1, "items": [
        {"id": p.id, "title": p.title, "expected_output": p.expected_output,
         "area_code": p.area_code, "deadline": p.deadline, "note": p.note} for p in items]}
    return exchange.export_package(ws, out, kind="proposal", recipient=exchange._coordinator(ws),
                                   documents={"proposal": document}, campaign_id=campaign.id,
                                   passphrase=passphrase)


def _late(ws: Workspace, campaign_id: str, opened: package.Opened) -> str | None:
    """The proposals deadline the package missed (its creation date after it), or None."""
    due = [d.due_date for d in campaigns.deadlines(ws, campaign_id) if d.kind == "proposals"]
    if due and opened.manifest["created_at"][:10] > max(due):
        return max(due)
    return None


def _authorise_proposal(ws: Workspace, opened: package.Opened,
                        trust: str | None = None) -> list[str]:
    flags = exchange.authorise_to_coordinator(ws, opened, trust)
    late = _late(ws, opened.manifest["campaign"]["id"], opened)
    return flags + ([f"late:{late}"] if late else [])


def _merge_proposal(ws: Workspace, opened: package.Opened, documents: dict[str, Any],
                    _trust: str | None) -> None:
    campaign_id = opened.manifest["campaign"]["id"]
    unit = units.unit_by_code(ws, opened.sender["unit_code"])
    late = _late(ws, campaign_id, opened)
    db = ws.db
    for item in documents["proposal"]["items"]:
        proposal_id = _check_id(item["id"])
        title = " ".join(str(item["title"]).split())
        fields = {"title": title, "expected_output": str(item.get("expected_output") or ""),
                  "area_code": str(item.get("area_code") or ""),
                  "deadline": iso(parse_date(item.get("deadline"), field="deadline")),
                  "note": str(item.get("note") or "")}
        existing = records.rows(db, "SELECT * FROM plan_proposals WHERE id = ?", [proposal_id])
        if not existing:
            records.insert(db, "plan_proposals", {"id": proposal_id, "campaign_id": campaign_id,
                                                  "unit_id": unit.id, **fields},
                           actor=ws.operator)
            if late:
                ws.set_meta(plan.LATE_KEY + proposal_id, late)
        elif (existing[0]["unit_id"], existing[0]["campaign_id"]) != (unit.id, campaign_id):
            raise InvalidInput("package_bad_records", reason="proposal of another unit")
        elif existing[0]["state"] == "proposed":
            records.update(db, "plan_proposals", proposal_id, fields, actor=ws.operator)


def _register() -> None:
    if campaign_documents not in exchange.CAMPAIGN_EXPORT_HOOKS:
        exchange.CAMPAIGN_EXPORT_HOOKS.append(campaign_documents)
    if merge_campaign_documents not in exchange.CAMPAIGN_MERGE_HOOKS:
        exchange.CAMPAIGN_MERGE_HOOKS.append(merge_campaign_documents)
    exchange.register_kind("proposal", authorise=_authorise_proposal, merge=_merge_proposal)


_register()
