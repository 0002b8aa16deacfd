"""Check before submitting: on the demo workspace, and on hand-built cases where each item code
is made to appear alone on an otherwise complete self-assessment."""

from __future__ import annotations

import datetime as dt
import json
import string
from pathlib import Path

import pytest
from demo_support import build_demo_with_errors
from wshelpers import CampaignSetup

from desktop import messages
from desktop.models import assessments, campaigns, criteria, evidence, precheck, records, store
from desktop.models.demo import build_demo
from desktop.models.paths import workspace_dir
from desktop.models.rules import parse_rule
from desktop.models.store import open_workspace

VIETNAMESE_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
BEFORE_DEADLINE = "2026-11-01T03:00:00+00:00"
AFTER_DEADLINE = "2026-12-05T03:00:00+00:00"


def _codes(items: list[precheck.CheckItem]) -> list[tuple[str, str, str | None]]:
    return [(i.severity, i.code, i.criterion_code) for i in items]


def _check(setup: CampaignSetup) -> list[precheck.CheckItem]:
    return precheck.check_before_submit(setup.ws, setup.campaign.id, setup.unit.id)


def _full_marks_input(rule_text: str, maximum: str) -> str:
    rule = parse_rule(rule_text)
    if rule.input_kind == "option":
        return max(rule.options, key=lambda option: option[1])[0]
    return {"rate": "100", "count": "0", "points": maximum}[rule.input_kind]


def _add_file(setup: CampaignSetup, folder: Path, name: str, *, number: str = "1/BC-X",
              date: str | None = "2026-03-01", code: str | None = None,
              content: bytes | None = None) -> evidence.AddedEvidence:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content if content is not None else f"%PDF-1.4 {name}".encode())
    return evidence.add_evidence(setup.ws, path, doc_number=number, doc_date=date,
                                 criterion_code=code)


def _strict(item: precheck.CheckItem, lang: str) -> str:
    template = messages.MESSAGES[item.code][1 if lang == "en" else 0]
    return string.Formatter().vformat(template, (), dict(item.data))  # KeyError if a blank is missing


@pytest.fixture
def complete(sample: CampaignSetup, tmp_path: Path, monkeypatch) -> CampaignSetup:
    """Every criterion the unit scores itself at full marks, all cited by one well-described
    document, entered before a self-scoring deadline of 30/11/2026: no item at all."""
    monkeypatch.setattr(store, "utc_now", lambda: BEFORE_DEADLINE)
    monkeypatch.setattr(records, "utc_now", lambda: BEFORE_DEADLINE)
    ws = sample.ws
    campaigns.set_deadline(ws, sample.campaign.id, kind="self_scoring", due_date="2026-11-30")
    nodes = criteria.list_criteria(ws, sample.criteria_set.id)
    leaves = criteria.leaf_codes(nodes)
    document = _add_file(sample, tmp_path / "files", "Báo cáo CCHC năm 2026.pdf").evidence
    for node in nodes:
        if node.code in leaves and node.self_scored and node.kind not in ("bonus", "penalty"):
            assessments.score_criterion(ws, sample.campaign.id, sample.unit.id, node.code,
                                        _full_marks_input(node.rule, node.max_points))
            evidence.link_to_criterion(ws, document.id, sample.campaign.id, sample.unit.id,
                                       node.code)
    monkeypatch.setattr(store, "utc_now", lambda: AFTER_DEADLINE)
    monkeypatch.setattr(records, "utc_now", lambda: AFTER_DEADLINE)
    assert _check(sample) == []
    return sample


def _assessment_of(setup: CampaignSetup, code: str):
    criterion = assessments.criterion_for(setup.ws, setup.campaign.id, setup.unit.id, code)
    return assessments.assessments_of(setup.ws, setup.campaign.id, setup.unit.id)[criterion.id]


def _only(setup: CampaignSetup, severity: str, code: str, criterion: str | None):
    items = _check(setup)
    assert _codes(items) == [(severity, code, criterion)]
    item = items[0]
    for lang in messages.LANGS:
        _strict(item, lang)  # every blank is filled by the item's data
        text = messages.item_sentence(item.code, item.data, lang)
        assert "{" not in text and "?" not in text
        if criterion:
            assert criterion in text
        if "name" in item.data:
            assert item.data["name"] in text
    assert precheck.can_submit(items) is (severity == "warning")
    return item


# -- the demo -----------------------------------------------------------------------------------
def test_the_demo_passes_the_check(tmp_path: Path) -> None:
    """A newcomer can try the whole path: the demo as built has warnings but no errors."""
    build_demo(tmp_path)
    with open_workspace(workspace_dir(tmp_path, "demo")) as ws:
        campaign = campaigns.active_campaign(ws)
        items = precheck.check_before_submit(ws, campaign.id, ws.meta("own_unit_id"))
    assert precheck.can_submit(items) and items


def test_demo_workspace(tmp_path: Path) -> None:
    """The demo's unevidenced, unexplained scores are errors, its evidence without a number a
    warning; errors come first and each group follows the criteria order."""
    build_demo_with_errors(tmp_path)
    with open_workspace(workspace_dir(tmp_path, "demo")) as ws:
        campaign = campaigns.active_campaign(ws)
        items = precheck.check_before_submit(ws, campaign.id, ws.meta("own_unit_id"))
    # the demo's calendar moves with the day it is built: its scores are never late
    assert not [i for i in items if i.code == "check_scored_after_deadline"]
    errors = [(i.code, i.criterion_code) for i in items
              if i.is_error and i.code != "check_scored_after_deadline"]
    assert errors == [("check_score_without_evidence", "1.1.2"),
                      ("check_score_without_evidence", "1.4"),
                      ("check_score_without_evidence", "2.1"),
                      ("check_score_without_evidence", "2.2"),
                      ("check_explanation_missing", "3.3.1")]
    warnings = [i for i in items if not i.is_error]
    assert {i.code for i in warnings} == {"check_not_scored", "check_evidence_no_number"}
    no_number = next(i for i in warnings if i.code == "check_evidence_no_number")
    assert (no_number.criterion_code, no_number.data["name"]) == ("3.3.1",
                                                                  "Kết quả giải quyết TTHC.pdf")
    assert sum(i.code == "check_not_scored" for i in warnings) == 44 - 10
    assert not precheck.can_submit(items)
    severities = [i.severity for i in items]
    assert severities == sorted(severities)  # "error" < "warning": errors first
    one_four = next(i for i in items if i.criterion_code == "1.4")
    assert messages.item_sentence(one_four.code, one_four.data, "vi") == (
        "Tiêu chí 1.4 đã tự chấm 1,25 điểm nhưng chưa có tài liệu kiểm chứng và chưa có giải trình.")
    assert messages.item_sentence(one_four.code, one_four.data, "en") == (
        "Criterion 1.4 is self-scored 1.25 but has neither evidence nor an explanation.")
    json.dumps([i.to_json() for i in items], ensure_ascii=False)
    assert one_four.to_json() == {"severity": "error", "code": "check_score_without_evidence",
                                  "criterion": "1.4",
                                  "data": {"code": "1.4", "score": "1.25", "maximum": "1.5"}}


# -- each item alone ----------------------------------------------------------------------------
def test_score_without_evidence(complete: CampaignSetup) -> None:
    """A score whose only document was unlinked, with no explanation, blocks submission."""
    document = evidence.list_evidence(complete.ws)[0]
    evidence.unlink_from_criterion(complete.ws, document.id, complete.campaign.id,
                                   complete.unit.id, "2.2")
    item = _only(complete, "error", "check_score_without_evidence", "2.2")
    assert item.data == {"code": "2.2", "score": "1.5", "maximum": "1.5"}
    assessments.explain(complete.ws, complete.campaign.id, complete.unit.id, "2.2",
                        "Văn bản đang chờ số hóa.")
    assert _check(complete) == []


def test_explanation_missing_below_maximum(complete: CampaignSetup, monkeypatch) -> None:
    """Below the maximum with evidence but no explanation: an error naming the points."""
    monkeypatch.setattr(store, "utc_now", lambda: BEFORE_DEADLINE)
    monkeypatch.setattr(records, "utc_now", lambda: BEFORE_DEADLINE)
    assessments.score_criterion(complete.ws, complete.campaign.id, complete.unit.id, "1.1.1",
                                "chậm")
    item = _only(complete, "error", "check_explanation_missing", "1.1.1")
    assert messages.item_sentence(item.code, item.data, "vi") == (
        "Tiêu chí 1.1.1 tự chấm 0,5/1 điểm (thấp hơn điểm tối đa) nhưng chưa có giải trình.")


def test_not_applicable_without_explanation(complete: CampaignSetup) -> None:
    """A criterion marked not applicable must say why."""
    row = _assessment_of(complete, "4.3")
    with complete.ws.write() as db:
        records.update(db, "assessments", row.id, {"status": "not_applicable", "score": None,
                                                   "input_value": ""}, actor="test")
    _only(complete, "error", "check_not_applicable_unexplained", "4.3")
    with complete.ws.write() as db:
        records.update(db, "assessments", row.id, {"explanation": "Đơn vị không có cấp phó."},
                       actor="test")
    assert _check(complete) == []


def test_scored_after_the_deadline(complete: CampaignSetup) -> None:
    """A score changed after the self-scoring deadline is an error; an explanation written
    then is not; a later (extended) deadline clears it."""
    ws, cid, uid = complete.ws, complete.campaign.id, complete.unit.id
    assessments.explain(ws, cid, uid, "2.3", "Bổ sung theo yêu cầu thẩm định.")
    assert _check(complete) == []
    assessments.score_criterion(ws, cid, uid, "5.3", "đạt", explanation="Đã có kết quả.")
    # the same option again with a new explanation: the score itself did not change
    assert _check(complete) == []
    assessments.score_criterion(ws, cid, uid, "5.3", "không đạt", explanation="Chưa đạt.")
    assessments.score_criterion(ws, cid, uid, "5.3", "đạt", explanation="Đã có kết quả.")
    item = _only(complete, "error", "check_scored_after_deadline", "5.3")
    assert item.data == {"code": "5.3", "changed": "05/12/2026", "deadline": "30/11/2026"}
    campaigns.set_deadline(ws, cid, kind="self_scoring", due_date="2026-12-10")
    assert _check(complete) == []


def test_no_deadline_no_window_check(sample: CampaignSetup, tmp_path: Path) -> None:
    """Without a self-scoring deadline in the campaign, the time of scoring is not checked."""
    document = _add_file(sample, tmp_path / "f", "KH.pdf").evidence
    assessments.score_criterion(sample.ws, sample.campaign.id, sample.unit.id, "1.1.1",
                                "kịp thời")
    evidence.link_to_criterion(sample.ws, document.id, sample.campaign.id, sample.unit.id, "1.1.1")
    assert "check_scored_after_deadline" not in {i.code for i in _check(sample)}


def test_nothing_scored(sample: CampaignSetup) -> None:
    """Nothing scored at all: one error instead of a warning per criterion."""
    item = _only(sample, "error", "check_nothing_scored", None)
    assert item.data == {"scorable": 44}


def test_not_scored(complete: CampaignSetup) -> None:
    """One criterion left blank: a warning only, submission still possible."""
    row = _assessment_of(complete, "6.2")
    with complete.ws.write() as db:
        records.update(db, "assessments", row.id, {"score": None, "input_value": "",
                                                   "status": "not_started"}, actor="test")
    _only(complete, "warning", "check_not_scored", "6.2")


@pytest.mark.parametrize(("date", "flagged"), [
    ("2025-06-30", True),    # the year before
    ("2025-11-30", True),
    ("2025-12-01", False),   # a plan signed in December for the year assessed
    ("2026-12-31", False),
    ("2027-01-05", True),    # no deadline after the year's end in this campaign
])
def test_evidence_outside_the_year(complete: CampaignSetup, tmp_path: Path, date: str,
                                   flagged: bool) -> None:
    """Documents dated outside 1/12 of the year before … 31/12 of the year: a warning."""
    _add_file(complete, tmp_path / "x", "Kế hoạch kiểm tra.pdf", date=date, code="1.3")
    if flagged:
        item = _only(complete, "warning", "check_evidence_outside_year", "1.3")
        assert item.data["year"] == 2026 and item.data["name"] == "Kế hoạch kiểm tra.pdf"
        assert item.data["date"] == dt.date.fromisoformat(date).strftime("%d/%m/%Y")
    else:
        assert _check(complete) == []


def test_evidence_window_reaches_a_later_deadline() -> None:
    """A self-scoring deadline in January lets year-end reports dated before it pass."""
    assert precheck.evidence_window(2026) == (dt.date(2025, 12, 1), dt.date(2026, 12, 31))
    assert precheck.evidence_window(2026, dt.date(2027, 1, 15))[1] == dt.date(2027, 1, 15)
    assert precheck.evidence_window(2026, dt.date(2026, 11, 30))[1] == dt.date(2026, 12, 31)


def test_evidence_without_number(complete: CampaignSetup, tmp_path: Path) -> None:
    _add_file(complete, tmp_path / "x", "Trích xuất hệ thống.pdf", number="", code="3.3.1")
    _only(complete, "warning", "check_evidence_no_number", "3.3.1")


def test_evidence_without_date(complete: CampaignSetup, tmp_path: Path) -> None:
    _add_file(complete, tmp_path / "x", "Biên bản họp.pdf", date=None, code="2.4")
    _only(complete, "warning", "check_evidence_no_date", "2.4")


def test_large_evidence_file(complete: CampaignSetup, tmp_path: Path) -> None:
    """A scan over 50 MB: a warning giving its size."""
    folder = tmp_path / "big"
    folder.mkdir()
    big = folder / "Bản quét hồ sơ.pdf"
    with open(big, "wb") as handle:  # sparse: 50 MB + 1 byte without writing them all
        handle.write(b"%PDF-1.4")
        handle.truncate(precheck.LARGE_FILE_BYTES + 1)
    evidence.add_evidence(complete.ws, big, doc_number="7/BC-X", doc_date="2026-05-01",
                          criterion_code="7.3")
    item = _only(complete, "warning", "check_evidence_large", "7.3")
    assert (item.data["size_mb"], item.data["limit_mb"]) == (50, 50)


def test_evidence_file_missing_from_the_store(complete: CampaignSetup, tmp_path: Path) -> None:
    added = _add_file(complete, tmp_path / "x", "Quyết định phân cấp.pdf", code="4.4")
    complete.ws.evidence.path_for(added.evidence.sha256).unlink()
    _only(complete, "warning", "check_evidence_file_missing", "4.4")


def test_evidence_item_names_every_criterion_once(complete: CampaignSetup, tmp_path: Path) -> None:
    """A document cited for several criteria gives one item, at the first, naming all."""
    added = _add_file(complete, tmp_path / "x", "Công văn.pdf", number="", code="5.2")
    evidence.link_to_criterion(complete.ws, added.evidence.id, complete.campaign.id,
                               complete.unit.id, "1.5")
    item = _only(complete, "warning", "check_evidence_no_number", "1.5")
    assert item.data["codes"] == "1.5, 5.2"
    assert messages.item_sentence(item.code, item.data, "vi").startswith("Tiêu chí 1.5, 5.2:")


def test_order_errors_first_then_criteria_order(complete: CampaignSetup, tmp_path: Path) -> None:
    ws, cid, uid = complete.ws, complete.campaign.id, complete.unit.id
    _add_file(complete, tmp_path / "x", "A.pdf", number="", code="1.2.1")
    row = _assessment_of(complete, "6.1")
    with ws.write() as db:
        records.update(db, "assessments", row.id, {"score": None, "input_value": ""},
                       actor="test")
    document = next(e for e in evidence.list_evidence(ws) if e.original_name != "A.pdf")
    for code in ("7.2", "2.1"):
        evidence.unlink_from_criterion(ws, document.id, cid, uid, code)
    assert _codes(_check(complete)) == [
        ("error", "check_score_without_evidence", "2.1"),
        ("error", "check_score_without_evidence", "7.2"),
        ("warning", "check_evidence_no_number", "1.2.1"),
        ("warning", "check_not_scored", "6.1"),
    ]


# -- the catalogue ------------------------------------------------------------------------------
@pytest.mark.parametrize("code", precheck.ITEM_CODES)
def test_every_item_code_has_both_sentences(code: str) -> None:
    """Each check item has a Vietnamese and an English sentence with the same blanks."""
    assert code in messages.MESSAGES, f"no sentence for check item {code!r}"
    vi, en = messages.MESSAGES[code]
    assert VIETNAMESE_ONLY & set(vi.lower()), f"{code}: the first sentence should be Vietnamese"
    assert en.strip() and not VIETNAMESE_ONLY & set(en.lower())
    blanks = messages.placeholders(code)
    if code.startswith("check_evidence_"):
        assert {"codes", "name"} <= blanks, "an evidence item names its criteria and its file"
    elif code != "check_nothing_scored":
        assert "code" in blanks, "an item names its criterion"


def test_item_codes_are_split_by_severity() -> None:
    assert not set(precheck.ERROR_CODES) & set(precheck.WARNING_CODES)
    assert all(code.startswith("check_") for code in precheck.ITEM_CODES)
