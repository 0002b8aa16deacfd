"""Render the PDF reports built from the demo workspaces into PNG pages, for the docs and for
looking at what we print (pdftoppm from poppler-utils must be installed):

    python -m desktop.reports.screenshots OUT_DIR [--dpi 100] [--keep-pdf]

Files: report-KIND-p1 for every kind, and report-KIND-appendix (its first landscape page) or,
without an appendix, report-KIND-p2 (.png). The unit's reports come from the demo
as `cchc demo` makes it (Sở Tư pháp, An Giang); the coordinator's from the coordinator demo
(`cchc demo --role coordinator`), where the demo departments are scored, appraised (a few
scores lowered, with remarks and reasons), given survey points and partly approved with the
real services first. The header, signature and recipients are a realistic ReportInfo (Sở Tư
pháp / Sở Nội vụ tỉnh An Giang, KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC). Every page carries the demo
mark, as every report built from demo data does."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from desktop.reports.info import ReportInfo

REPORT_DATE = dt.date(2026, 1, 8)


def unit_info() -> ReportInfo:
    return ReportInfo(
        managing_body="UBND TỈNH AN GIANG", agency="SỞ TƯ PHÁP", number="15/BC-STP",
        place="An Giang", date=REPORT_DATE, authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC", signer_name="Nguyễn Văn An",
        recipients=["Sở Nội vụ", "Lưu: VT, VP"],
        difficulties=("Một số nhiệm vụ cải cách hành chính phụ thuộc vào ý kiến tham gia của "
                      "các sở, ngành nên hoàn thành chậm so với kế hoạch.\nHệ thống thông tin "
                      "giải quyết thủ tục hành chính của tỉnh nâng cấp trong quý IV, việc trích "
                      "xuất số liệu phục vụ tự đánh giá còn thủ công."),
        recommendations=("Đề nghị Sở Nội vụ hướng dẫn thống nhất cách tính tỷ lệ hoàn thành kế "
                         "hoạch cải cách hành chính đối với nhiệm vụ chuyển tiếp sang năm sau."))


def coordinator_info() -> ReportInfo:
    return unit_info().replace(
        agency="SỞ NỘI VỤ", number="20/BC-SNV", signer_name="Trần Thị Bình",
        recipients=["UBND tỉnh (để báo cáo)", "Các sở, ban, ngành tỉnh", "Lưu: VT, CCHC"],
        difficulties="", recommendations="")


# (unit code, share of each self-scored maximum claimed, codes appraised lower, approved)
DEPARTMENTS = (
    ("DEMO-SNV", Decimal("0.95"), ("1.4",), True),
    ("DEMO-STC", Decimal("0.85"), ("2.1", "3.3.1"), True),
    ("DEMO-SKHCN", Decimal("0.9"), ("1.1.2",), False),
    ("DEMO-VP", Decimal("0.75"), (), False),
    ("DEMO-SYT", Decimal("0.7"), ("1.3",), False),
    ("DEMO-BHXH", Decimal("0.8"), (), False),
)


def _fill_coordination(ws, campaign_id: str) -> None:  # noqa: ANN001
    """Scores, appraisals, survey points and approvals for the coordinator demo's units."""
    from desktop.models import (
        appraisal,
        assessments,
        campaigns,
        criteria,
        results,
        survey,
        units,
    )
    from desktop.models.decimals import round_down
    from desktop.models.rules import parse_rule

    step = Decimal("0.25")
    stp = units.unit_by_code(ws, "DEMO-STP").id
    for code in ("1.1.1", "1.2.1", "1.2.2", "1.3", "1.6", "2.2", "3.3.1"):
        row = ws.db.execute("SELECT a.input_value FROM assessments a JOIN criteria c ON "
                            "c.id = a.criterion_id WHERE a.unit_id = ? AND c.code = ?",
                            [stp, code]).fetchone()
        appraisal.record_appraisal(ws, campaign_id, stp, code, row[0], round=1)
    appraisal.record_appraisal(ws, campaign_id, stp, "1.1.2", "80", round=1,
                               remark="Tỷ lệ hoàn thành kế hoạch thực tế là 80%.",
                               reason_code="wrong_calculation")
    appraisal.record_appraisal(ws, campaign_id, stp, "1.4", "70", round=1,
                               remark="Thiếu tin bài tuyên truyền quý IV.",
                               reason_code="evidence_insufficient", request_explanation=True)
    appraisal.record_appraisal(ws, campaign_id, stp, "1.4", "80", round=2,
                               remark="Đã bổ sung một phần tin bài.", reason_code="other")
    appraisal.record_appraisal(ws, campaign_id, stp, "2.1", "90", round=1,
                               remark="Hai văn bản ban hành chậm so với chương trình.",
                               reason_code="evidence_out_of_period")
    for code, share, lowered, _approved in DEPARTMENTS:
        unit = units.unit_by_code(ws, code)
        group = campaigns.group_of(ws, campaign_id, unit.id)
        for node in criteria.list_criteria(ws, group.criteria_set_id):
            rule = parse_rule(node.rule)
            if not node.self_scored or rule.kind in ("sum", "bonus", "penalty"):
                continue
            assessments.score_criterion(ws, campaign_id, unit.id, node.code,
                                        _input_for(rule, node.maximum, share),
                                        explanation="Tài liệu kiểm chứng lưu tại đơn vị.")
            if node.code in lowered:
                appraisal.record_appraisal(
                    ws, campaign_id, unit.id, node.code, _input_for(rule, node.maximum,
                                                                    share - Decimal("0.3")),
                    round=1, remark="Tài liệu kiểm chứng chưa thể hiện đủ kết quả.",
                    reason_code="evidence_insufficient")
            elif code != "DEMO-SYT":   # Sở Y tế: appraisal not finished yet
                appraisal.record_appraisal(ws, campaign_id, unit.id, node.code,
                                           _input_for(rule, node.maximum, share), round=1)
    for code in ["DEMO-STP"] + [d[0] for d in DEPARTMENTS]:
        unit = units.unit_by_code(ws, code)
        group = campaigns.group_of(ws, campaign_id, unit.id)
        share = Decimal("0.7") + Decimal(len(code) % 4) / 20
        for item, node in survey.survey_criteria(ws, group.criteria_set_id).items():
            survey.set_survey_points(ws, campaign_id, unit.id, item,
                                     round_down(node.maximum * share, step))
    results.approve(ws, campaign_id, stp, keep_self_for_unappraised=True)
    for code, _share, _lowered, approved in DEPARTMENTS:
        if approved:
            results.approve(ws, campaign_id, units.unit_by_code(ws, code).id,
                            keep_self_for_unappraised=True)


def _input_for(rule, maximum: Decimal, share: Decimal) -> str:  # noqa: ANN001
    """An input of the rule's kind worth about `share` of the maximum."""
    from desktop.models.rules import option_table

    share = max(Decimal(0), min(Decimal(1), share))
    if rule.input_kind == "rate":
        return format(share * 100, "f")
    if rule.input_kind == "count":
        return "0" if share > Decimal("0.8") else "2"
    if rule.input_kind == "option":
        options = sorted(option_table(rule, maximum).items(), key=lambda kv: kv[1])
        wanted = maximum * share
        return min(options, key=lambda kv: abs(kv[1] - wanted))[0]
    from desktop.models.decimals import round_down

    return format(round_down(maximum * share, Decimal("0.25")), "f")


def build_all(out: Path, *, dpi: int = 100, keep_pdf: bool = False) -> list[Path]:
    from desktop.models import campaigns, tasks, units, workspaces
    from desktop.models.demo import DEMO_WORKSPACE, build_demo
    from desktop.models.paths import workspace_dir
    from desktop.models.store import open_workspace
    from desktop.reports.coordinator_pdf import build_appraisal_sheet_pdf, build_summary_pdf
    from desktop.reports.fonts import report_fonts
    from desktop.reports.periodic import build_periodic_pdf
    from desktop.reports.self_assessment import build_self_assessment_pdf

    fonts = report_fonts("shipped")   # the same pictures on every machine
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="cchc-report-shots-") as tmp:
        root = Path(tmp)
        pdfs: dict[str, Path] = {}
        build_demo(root / "unit")
        with open_workspace(workspace_dir(root / "unit", DEMO_WORKSPACE)) as ws:
            campaign = campaigns.active_campaign(ws)
            own = workspaces.own_unit_id(ws)
            pdfs["self-assessment"] = build_self_assessment_pdf(
                ws, campaign.id, own, root / "self-assessment.pdf", unit_info(), fonts=fonts)
            # the Q3 report was sent on time; the review of procedures is late
            done = next(t for t in tasks.list_tasks(ws, unit_id=own)
                        if t.title == "Báo cáo CCHC quý III")
            tasks.update_task(ws, done.id, status="done", completed_on="2026-09-24")
            pdfs["periodic"] = build_periodic_pdf(
                ws, campaign.id, own, root / "periodic.pdf", period="q3", year=2026,
                info=unit_info().replace(date=dt.date(2026, 10, 5)), fonts=fonts)
        build_demo(root / "coordinator", role="coordinator")
        with open_workspace(workspace_dir(root / "coordinator", DEMO_WORKSPACE)) as ws:
            campaign = campaigns.active_campaign(ws)
            _fill_coordination(ws, campaign.id)
            pdfs["summary"] = build_summary_pdf(ws, campaign.id, root / "summary.pdf",
                                                coordinator_info(), fonts=fonts)
            pdfs["appraisal-sheet"] = build_appraisal_sheet_pdf(
                ws, campaign.id, units.unit_by_code(ws, "DEMO-STP").id,
                root / "appraisal-sheet.pdf", coordinator_info(), fonts=fonts)
        for kind, pdf in pdfs.items():
            saved.append(_render(pdf, out / f"report-{kind}-p1.png", 1, dpi))
            # and a page further on: the landscape appendix when the report has one, else
            # page 2 (a continuation page, with its page number at the top)
            try:
                saved.append(_render(pdf, out / f"report-{kind}-appendix.png",
                                     _first_landscape_page(pdf), dpi))
            except ValueError:
                if _pages(pdf) >= 2:
                    saved.append(_render(pdf, out / f"report-{kind}-p2.png", 2, dpi))
        if keep_pdf:
            for kind, pdf in pdfs.items():
                shutil.copyfile(pdf, out / f"report-{kind}.pdf")
    return saved


def _pages(pdf: Path) -> int:
    import re

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _first_landscape_page(pdf: Path) -> int:
    import re

    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    for number, width, height in re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", info):
        if float(width) > float(height):
            return int(number)
    raise ValueError(f"{pdf} has no landscape page")


def _render(pdf: Path, target: Path, page: int, dpi: int) -> Path:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    print(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.reports.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--keep-pdf", action="store_true", help="copy the PDFs beside the PNGs")
    args = parser.parse_args(argv)
    build_all(args.out, dpi=args.dpi, keep_pdf=args.keep_pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
