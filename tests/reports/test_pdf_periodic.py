"""The periodic CCHC report of the demo unit from its tasks: the tasks due in the period, done
on time or late, late and not done, counted in the body and listed in the appendix, with task
states taken on the report's date."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pdfhelpers import (
    SHIPPED,
    check_margins_and_page_numbers,
    flat,
    fonts_of,
    page_sizes,
    realistic_info,
    text,
)

from desktop.models import campaigns, tasks, workspaces
from desktop.models.demo import DEMO_TASKS, DEMO_WORKSPACE, build_demo
from desktop.models.errors import InvalidInput
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.reports.periodic import (
    build_periodic_pdf,
    period_figures,
    period_of,
)

AS_OF = dt.date(2026, 10, 5)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo unit's tasks, plus: the Q3 report finished late (1 October), a cancelled Q3
    task, an own task not tied to a campaign (counted) and one of another campaign (not)."""
    root = tmp_path_factory.mktemp("periodic")
    build_demo(root / "data")
    folder = workspace_dir(root / "data", DEMO_WORKSPACE)
    with open_workspace(folder) as ws:
        campaign = campaigns.active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        by_title = {t.title: t for t in tasks.list_tasks(ws, unit_id=unit_id)}
        tasks.update_task(ws, by_title["Báo cáo CCHC quý III"].id, status="done",
                          completed_on="2026-10-01")
        cancelled = tasks.add_task(ws, "Hội nghị sơ kết bị hủy", deadline="2026-08-20",
                                   campaign_id=campaign.id, unit_id=unit_id)
        tasks.update_task(ws, cancelled.id, status="cancelled")
        tasks.add_task(ws, "Cập nhật quy chế làm việc", owner="Văn phòng Sở",
                       deadline="2026-07-10", unit_id=unit_id)
        other = campaigns.create_campaign(ws, year=2025, title="Đợt năm trước")
        tasks.add_task(ws, "Nhiệm vụ của đợt khác", deadline="2026-08-01",
                       campaign_id=other.id, unit_id=unit_id)
    return {"folder": folder, "campaign_id": campaign.id, "unit_id": unit_id, "root": root}


def _build(demo, period: str, day: dt.date = AS_OF, year: int = 2026) -> dict:
    pdf = demo["root"] / f"{period}-{year}-{day}.pdf"
    with open_workspace(demo["folder"]) as ws:
        build_periodic_pdf(ws, demo["campaign_id"], demo["unit_id"], pdf, period=period,
                           year=year, info=realistic_info(day), fonts=SHIPPED)
        figures = period_figures(ws, demo["campaign_id"], demo["unit_id"],
                                 period_of(period, year), day)
    return {"pdf": pdf, "figures": figures, "text": text(pdf),
            "flat": flat(text(pdf, layout=False))}


@pytest.fixture(scope="module")
def q3(demo):
    return _build(demo, "q3")


@pytest.fixture(scope="module")
def year(demo):
    return _build(demo, "year")


def test_periods():
    assert period_of("q1", 2026).end == dt.date(2026, 3, 31)
    assert period_of("H1", "2026").label == "6 tháng đầu năm 2026"
    assert period_of("q3", 2026).label == "quý III năm 2026"
    assert period_of("year", 2026).label == "năm 2026"
    for bad, code in (("q5", "report_bad_period"), ("", "report_bad_period")):
        with pytest.raises(InvalidInput) as caught:
            period_of(bad, 2026)
        assert caught.value.code == code
    with pytest.raises(InvalidInput) as caught:
        period_of("q1", "hai nghìn")
    assert caught.value.code == "report_bad_year"


def test_q3_counts(q3):
    figures = q3["figures"]
    states = {task.title: state for task, state in figures.rows}
    assert states == {"Báo cáo CCHC quý III": "done_late",
                      "Rà soát, đơn giản hóa thủ tục hành chính": "overdue",
                      "Hội nghị sơ kết bị hủy": "cancelled",
                      "Cập nhật quy chế làm việc": "overdue"}
    assert (figures.planned, figures.done, figures.not_done) == (3, 1, 2)


def test_q3_report_text(q3):
    flat_text = q3["flat"]
    assert "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026" in flat_text
    assert ("từ ngày 01/07/2026 đến ngày 30/09/2026; số liệu tính đến ngày 05/10/2026"
            in flat_text)
    assert ("Trong kỳ báo cáo có 3 nhiệm vụ đến hạn theo kế hoạch (trong đó 2 nhiệm vụ theo "
            "Kế hoạch cải cách hành chính của tỉnh, 1 nhiệm vụ do đơn vị đề ra)." in flat_text)
    assert ("- Đã hoàn thành: 1 nhiệm vụ (33,33%), trong đó đúng hạn 0 nhiệm vụ, chậm hạn 1 "
            "nhiệm vụ." in flat_text)
    assert ("- Chưa hoàn thành: 2 nhiệm vụ, trong đó quá hạn 2 nhiệm vụ, đang thực hiện chưa "
            "đến hạn 0 nhiệm vụ." in flat_text)
    assert "- Dừng thực hiện: 1 nhiệm vụ." in flat_text
    # section II names the late ones
    section = flat_text.split("II. NHIỆM VỤ CHẬM", 1)[1].split("III. KHÓ KHĂN", 1)[0]
    assert "Báo cáo CCHC quý III (Văn phòng Sở; hạn 25/09/2026; hoàn thành ngày 01/10/2026)" in section
    assert "Rà soát, đơn giản hóa thủ tục hành chính" in section
    for needle in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "BÁO CÁO", "Nơi nhận:", "An Giang, ngày 05 tháng 10 năm 2026"):
        assert needle in q3["text"]


def test_q3_appendix_lists_the_period_s_tasks_only(q3):
    sizes = page_sizes(q3["pdf"])
    first = next(i for i, (w, h) in enumerate(sizes, start=1) if w > h)
    appendix = flat(text(q3["pdf"], first, layout=False))
    for title in ("Báo cáo CCHC quý III", "Rà soát, đơn giản hóa thủ tục hành chính",
                  "Hội nghị sơ kết bị hủy", "Cập nhật quy chế làm việc"):
        assert title in appendix
    for absent in ("Nhiệm vụ của đợt khác", "Báo cáo CCHC 6 tháng", "Báo cáo CCHC quý I "):
        assert absent not in appendix
    page = text(q3["pdf"], first)
    assert re.search(r"STT\s+Nhiệm vụ\s+Nguồn\s+Người phụ trách\s+Hạn\s+Trạng thái\s+Tiến độ",
                     page)
    assert "Hoàn thành chậm" in appendix and "Dừng thực hiện" in appendix
    assert "25/09/2026" in appendix and "01/10/2026" in appendix


def test_year_counts_match_the_demo_tasks(year):
    figures = year["figures"]
    demo_due = len(DEMO_TASKS) + 1   # the own task without a campaign; cancelled not counted
    assert figures.planned == demo_due
    assert figures.count("on_time") == 3 and figures.count("done_late") == 1
    assert figures.count("overdue") == 2   # 30/09 review and the July own task
    assert figures.count("open") == 3      # November and December tasks
    assert f"Trong kỳ báo cáo có {demo_due} nhiệm vụ đến hạn" in year["flat"]
    assert re.search(r"^\s*1\s+Nhiệm vụ đến hạn trong kỳ\s+9\s*$", year["text"], re.M)
    assert re.search(r"^\s*2\s+Đã hoàn thành\s+4\s+44,44\s*$", year["text"], re.M)


def test_first_half_and_a_period_with_nothing_due(demo):
    half = _build(demo, "h1", dt.date(2026, 7, 3))
    assert (half["figures"].planned, half["figures"].count("on_time")) == (3, 3)
    assert "- Đã hoàn thành: 3 nhiệm vụ (100%)" in half["flat"]
    empty = _build(demo, "q1", dt.date(2027, 4, 2), year=2027)
    assert empty["figures"].planned == 0
    assert "Trong kỳ báo cáo không có nhiệm vụ nào đến hạn theo kế hoạch." in empty["flat"]
    assert "Không có nhiệm vụ đến hạn trong kỳ." in empty["flat"]
    assert "Không có nhiệm vụ chậm hoặc quá hạn." in empty["flat"]


def test_fonts_and_margins(year):
    assert all(f.embedded for f in fonts_of(year["pdf"]))
    check_margins_and_page_numbers(year["pdf"])
