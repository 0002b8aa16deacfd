"""The periodic CCHC report (quarterly, six-month, yearly) of a unit, from its tasks: what
was due in the period, what was done (on time or late), what is late and what is not done
yet, with counts in the body and the list of tasks in a landscape appendix.

Which tasks: the unit's tasks of the campaign (and its own tasks not tied to a campaign)
whose deadline falls in the period; the periods are calendar quarters, the first half-year
and the calendar year. Whether a task is on time or late is decided by the rules the
suggested scores use (`desktop.models.suggestions`), on the report's date: a task still open
after its deadline at that date is late ("quá hạn")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.models import campaigns, suggestions, tasks, units
from desktop.models.entities import Task
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace
from desktop.reports import nd30
from desktop.reports.fonts import ReportFonts, report_fonts
from desktop.reports.info import ReportInfo, info_for_build
from desktop.reports.nd30 import Plain, vn_date, vn_decimal
from desktop.reports.self_assessment import is_demo

PERIODS: dict[str, tuple[str, tuple[int, int], tuple[int, int]]] = {
    "q1": ("quý I", (1, 1), (3, 31)),
    "q2": ("quý II", (4, 1), (6, 30)),
    "q3": ("quý III", (7, 1), (9, 30)),
    "q4": ("quý IV", (10, 1), (12, 31)),
    "h1": ("6 tháng đầu năm", (1, 1), (6, 30)),
    "year": ("năm", (1, 1), (12, 31)),
}
STATES = {  # state → words in the appendix
    "on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành chậm",
    "overdue": "Quá hạn, chưa hoàn thành",
    "open": "Đang thực hiện, chưa đến hạn",
    "cancelled": "Dừng thực hiện",
}
SOURCES = {"province_plan": "Kế hoạch CCHC của tỉnh", "own": "Đơn vị đề ra"}
APPENDIX_HEADER = ("STT", "Nhiệm vụ", "Nguồn", "Người phụ trách", "Hạn", "Trạng thái",
                   "Tiến độ", "Ngày hoàn thành", "Sản phẩm đầu ra")
APPENDIX_WIDTHS_MM = (12, 70, 28, 30, 20, 28, 15, 21, 33)   # 257 mm


@dataclass(frozen=True)
class Period:
    code: str
    year: int
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        """"quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026"."""
        words = PERIODS[self.code][0]
        return f"{words} {self.year}" if words.endswith("năm") else f"{words} năm {self.year}"


def period_of(period: str, year: int | str) -> Period:
    code = str(period or "").strip().lower()
    if code not in PERIODS:
        raise InvalidInput("report_bad_period", value=str(period), allowed=", ".join(PERIODS))
    try:
        number = int(str(year).strip())
        if not 2000 <= number <= 2100:
            raise ValueError
    except ValueError as exc:
        raise InvalidInput("report_bad_year", value=str(year)) from exc
    _, (m1, d1), (m2, d2) = PERIODS[code]
    return Period(code, number, dt.date(number, m1, d1), dt.date(number, m2, d2))


@dataclass
class PeriodFigures:
    """The tasks due in a period with their state on `as_of`, and the counts."""
    period: Period
    as_of: dt.date
    rows: list[tuple[Task, str]] = field(default_factory=list)

    def count(self, *states: str) -> int:
        return sum(1 for _, state in self.rows if state in states)

    @property
    def planned(self) -> int:
        """Tasks due in the period (cancelled ones are not counted)."""
        return len(self.rows) - self.count("cancelled")

    @property
    def done(self) -> int:
        return self.count("on_time", "done_late")

    @property
    def not_done(self) -> int:
        return self.count("overdue", "open")

    def share(self, count: int) -> Decimal | None:
        """count / planned in percent, truncated to 0.01 (as the task figures are)."""
        if not self.planned:
            return None
        return (Decimal(count) * 100 / Decimal(self.planned)).quantize(Decimal("0.01"),
                                                                        rounding=ROUND_DOWN)

    def of_source(self, source: str) -> int:
        return sum(1 for task, state in self.rows if task.source == source and state != "cancelled")


def task_state(task: Task, as_of: dt.date) -> str:
    row = {"status": task.status, "deadline": task.deadline, "completed_on": task.completed_on}
    if task.status == "cancelled":
        return "cancelled"
    if task.status == "done":
        return "on_time" if suggestions._on_time(row) else "done_late"
    return "overdue" if suggestions._late(row, as_of.isoformat()) else "open"


def period_figures(ws: Workspace, campaign_id: str, unit_id: str, period: Period,
                   as_of: dt.date) -> PeriodFigures:
    figures = PeriodFigures(period, as_of)
    start, end = period.start.isoformat(), period.end.isoformat()
    for task in tasks.list_tasks(ws, unit_id=unit_id):
        if task.campaign_id not in (campaign_id, None):
            continue
        if not task.deadline or not start <= task.deadline <= end:
            continue
        figures.rows.append((task, task_state(task, as_of)))
    return figures


def _summary_table(doc: nd30.Nd30Document, figures: PeriodFigures) -> Flowable:
    lines = [("1", "Nhiệm vụ đến hạn trong kỳ", figures.planned, None),
             ("2", "Đã hoàn thành", figures.done, figures.share(figures.done)),
             ("", "- Đúng hạn", figures.count("on_time"), figures.share(figures.count("on_time"))),
             ("", "- Chậm hạn", figures.count("done_late"),
              figures.share(figures.count("done_late"))),
             ("3", "Chưa hoàn thành", figures.not_done, figures.share(figures.not_done)),
             ("", "- Quá hạn", figures.count("overdue"), figures.share(figures.count("overdue"))),
             ("", "- Đang thực hiện, chưa đến hạn", figures.count("open"),
              figures.share(figures.count("open")))]
    if figures.count("cancelled"):
        lines.append(("4", "Dừng thực hiện (không tính vào số nhiệm vụ đến hạn)",
                      figures.count("cancelled"), None))
    rows = [[Plain(n), label, Plain(str(count)), Plain(vn_decimal(share, ""))]
            for n, label, count, share in lines]
    bold = [i for i, line in enumerate(lines) if line[0]]
    return nd30.grid_table(doc.styles, ["STT", "Nội dung", "Số nhiệm vụ", "Tỷ lệ (%)"], rows,
                           [12 * mm, 93 * mm, 30 * mm, 30 * mm],
                           aligns=["center", "left", "right", "right"], bold_rows=bold)


def _appendix_table(doc: nd30.Nd30Document, figures: PeriodFigures) -> Flowable:
    rows: list[list[Any]] = []
    for index, (task, state) in enumerate(figures.rows, start=1):
        source = SOURCES.get(task.source, task.source)
        if task.source_ref:
            source = f"{source} ({task.source_ref})"
        rows.append([Plain(str(index)), task.title, source, task.owner,
                     Plain(vn_date(task.deadline)), STATES[state], Plain(f"{task.progress}%"),
                     Plain(vn_date(task.completed_on)), task.expected_output])
    if not rows:
        rows.append([Plain(""), "Không có nhiệm vụ đến hạn trong kỳ.", "", "", Plain(""), "",
                     Plain(""), Plain(""), ""])
    return nd30.grid_table(doc.styles, APPENDIX_HEADER, rows,
                           [w * mm for w in APPENDIX_WIDTHS_MM],
                           aligns=["center", "left", "left", "left", "center", "left", "right",
                                   "center", "left"], small=True)


def periodic_story(doc: nd30.Nd30Document, figures: PeriodFigures, *, unit_name: str,
                   subject: str) -> list[Flowable]:
    info, period = doc.info, figures.period
    story: list[Flowable] = [doc.header(), *doc.title_block("BÁO CÁO", subject)]
    story.append(doc.paragraph(
        f"Thực hiện Kế hoạch cải cách hành chính năm {period.year}, {unit_name} báo cáo kết "
        f"quả thực hiện nhiệm vụ cải cách hành chính {period.label} (từ ngày "
        f"{vn_date(period.start)} đến ngày {vn_date(period.end)}; số liệu tính đến ngày "
        f"{vn_date(figures.as_of)}) như sau:"))
    story.append(doc.heading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"))
    if not figures.planned:
        story.append(doc.paragraph("Trong kỳ báo cáo không có nhiệm vụ nào đến hạn theo kế "
                                   "hoạch."))
    else:
        story.append(doc.paragraph(
            f"Trong kỳ báo cáo có {figures.planned} nhiệm vụ đến hạn theo kế hoạch (trong đó "
            f"{figures.of_source('province_plan')} nhiệm vụ theo Kế hoạch cải cách hành chính "
            f"của tỉnh, {figures.of_source('own')} nhiệm vụ do đơn vị đề ra)."))
        story.append(doc.paragraph(
            f"- Đã hoàn thành: {figures.done} nhiệm vụ ({vn_decimal(figures.share(figures.done))}"
            f"%), trong đó đúng hạn {figures.count('on_time')} nhiệm vụ, chậm hạn "
            f"{figures.count('done_late')} nhiệm vụ."))
        story.append(doc.paragraph(
            f"- Chưa hoàn thành: {figures.not_done} nhiệm vụ, trong đó quá hạn "
            f"{figures.count('overdue')} nhiệm vụ, đang thực hiện chưa đến hạn "
            f"{figures.count('open')} nhiệm vụ."))
        if figures.count("cancelled"):
            story.append(doc.paragraph(
                f"- Dừng thực hiện: {figures.count('cancelled')} nhiệm vụ."))
        story.append(Spacer(1, 4))
        story.append(_summary_table(doc, figures))
        story.append(doc.paragraph("Chi tiết từng nhiệm vụ tại Phụ lục kèm theo.",
                                   style=doc.styles.note))
    story.append(doc.heading("II. NHIỆM VỤ CHẬM, CHƯA HOÀN THÀNH"))
    behind = [(t, s) for t, s in figures.rows if s in ("done_late", "overdue")]
    if not behind:
        story.append(doc.paragraph("Không có nhiệm vụ chậm hoặc quá hạn."))
    for task, state in behind:
        owner = f"{task.owner}; " if task.owner else ""
        done = (f"hoàn thành ngày {vn_date(task.completed_on)}" if state == "done_late"
                else f"tiến độ {task.progress}%")
        story.append(doc.rich(
            f"- <b>{nd30.markup(task.title, doc.fonts)}</b> "
            f"({nd30.markup(owner, doc.fonts)}hạn {vn_date(task.deadline)}; {done})."))
        if task.notes.strip():
            story.extend(doc.text_block(task.notes))
    story.append(doc.heading("III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"))
    story.append(doc.subheading("1. Khó khăn, vướng mắc"))
    story.extend(doc.text_block(info.difficulties))
    story.append(doc.subheading("2. Kiến nghị, đề xuất"))
    story.extend(doc.text_block(info.recommendations))
    story.append(KeepTogether([
        doc.paragraph(f"Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính "
                      f"{period.label} của {unit_name}./."),
        Spacer(1, 10), doc.closing()]))
    story += doc.appendix("PHỤ LỤC", f"DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH ĐẾN HẠN "
                          f"{period.label.upper()}", _appendix_table(doc, figures))
    return story


def periodic_bytes(ws: Workspace, campaign_id: str, unit_id: str, *, period: str, year: int,
                   info: ReportInfo | None = None, fonts: ReportFonts | None = None) -> bytes:
    """The periodic report as bytes (for a preview; nothing is written)."""
    span = period_of(period, year)
    fonts = fonts or report_fonts()
    info = info_for_build(ws, campaign_id, info)
    campaign = campaigns.get_campaign(ws, campaign_id)
    unit = units.get_unit(ws, unit_id)
    figures = period_figures(ws, campaign_id, unit_id, span, info.date)
    subject = info.subject or f"Kết quả thực hiện công tác cải cách hành chính {span.label}"
    doc = nd30.Nd30Document(fonts, info, title=subject, issuer=unit.name,
                            demo=is_demo(ws, campaign))
    return doc.build(periodic_story(doc, figures, unit_name=unit.name, subject=subject))


def build_periodic_pdf(ws: Workspace, campaign_id: str, unit_id: str, out: Path | str, *,
                       period: str, year: int, info: ReportInfo | None = None,
                       fonts: ReportFonts | None = None) -> Path:
    """Build the periodic CCHC report of `unit_id` for `period` ("q1", "q2", "q3", "q4", "h1"
    or "year") of `year` and write it to `out` whole or not at all; returns the path. Task
    states are taken on the report's date (`info.date`)."""
    target = nd30.check_target(out)
    data = periodic_bytes(ws, campaign_id, unit_id, period=period, year=year, info=info,
                          fonts=fonts)
    return nd30.write_pdf(target, data)
