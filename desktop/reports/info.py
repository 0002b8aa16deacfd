"""What the user enters for the header, the signature block and section III of a report
(`ReportInfo`), with defaults taken from the workspace, kept in the workspace meta under the
key "report_info" (one canonical JSON value) so the window and the command line share it.

What is kept: every field but the date. An official document carries the day it is signed;
a date remembered from an earlier report would silently go stale, so the date is today's
unless the caller gives one for this build. An empty `subject` means "the usual subject of
the report being built" (each kind has its own), so one saved info serves every kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from desktop.models import campaigns, units, workspaces
from desktop.models.dates import parse_date, today
from desktop.models.errors import CchcError, InvalidInput
from desktop.models.store import Workspace

META_KEY = "report_info"
LINE_LIMIT = 2000            # characters of a one-line field (a 300-character name fits)
TEXT_LIMIT = 200_000         # characters of section III's texts (dozens of pages)
RECIPIENTS_LIMIT = 200
STORED_FIELDS = ("managing_body", "agency", "number", "place", "subject", "authority",
                 "signer_title", "signer_name", "recipients", "difficulties",
                 "recommendations")
DEMO_TAG = "[DEMO] "
DEFAULT_RECIPIENTS = ("Sở Nội vụ", "Lưu: VT")
_SKIPPED_WORDS = {"và", "của", "tỉnh", "thành", "phố"}


@dataclass
class ReportInfo:
    """The words the user chooses. `number` is the number and symbol after "Số:" (e.g.
    "15/BC-STP"); `recipients` the lines of "Nơi nhận:" without the leading dash (the last,
    "Lưu: VT, …", is added when missing); `authority` and `signer_title` the two lines above
    the signature (e.g. "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; an empty authority line is left out);
    `difficulties` and `recommendations` the texts of section III."""
    managing_body: str = ""
    agency: str = ""
    number: str = ""
    place: str = ""
    date: dt.date = field(default_factory=today)
    subject: str = ""
    authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=lambda: list(DEFAULT_RECIPIENTS))
    difficulties: str = ""
    recommendations: str = ""

    def replace(self, **changes: Any) -> ReportInfo:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: getattr(self, key) for key in STORED_FIELDS}
        out["recipients"] = list(self.recipients)
        out["date"] = self.date.isoformat()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], base: ReportInfo | None = None) -> ReportInfo:
        """`base` (or the blank defaults) with the fields `data` gives, checked."""
        info = base or cls()
        if not isinstance(data, dict):
            raise InvalidInput("report_info_bad", details=type(data).__name__)
        changes: dict[str, Any] = {}
        for key in STORED_FIELDS:
            if key in data and data[key] is not None:
                changes[key] = data[key]
        if data.get("date"):
            changes["date"] = data["date"]
        return checked(info.replace(**changes))


def _line(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput("report_info_bad", details=f"{name}: {type(value).__name__}")
    text = unicodedata.normalize("NFC", " ".join(value.split()))
    if len(text) > LINE_LIMIT:
        raise InvalidInput("report_text_too_long", field=name, limit=LINE_LIMIT)
    return text


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput("report_info_bad", details=f"{name}: {type(value).__name__}")
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > TEXT_LIMIT:
        raise InvalidInput("report_text_too_long", field=name, limit=TEXT_LIMIT)
    return text


def checked(info: ReportInfo) -> ReportInfo:
    """The info with every field tidied (NFC, spaces collapsed in one-line fields, the
    recipients' dashes and end marks taken off) and within its limits."""
    changes: dict[str, Any] = {}
    for key in ("managing_body", "agency", "number", "place", "subject", "authority",
                "signer_title", "signer_name"):
        changes[key] = _line(getattr(info, key), key)
    for key in ("difficulties", "recommendations"):
        changes[key] = _text(getattr(info, key), key)
    recipients = info.recipients
    if isinstance(recipients, str):
        recipients = recipients.splitlines()
    if not isinstance(recipients, (list, tuple)):
        raise InvalidInput("report_info_bad", details=f"recipients: {type(recipients).__name__}")
    lines = [recipient_text(_line(r, "recipients")) for r in recipients]
    lines = [line for line in lines if line]
    if len(lines) > RECIPIENTS_LIMIT:
        raise InvalidInput("report_text_too_long", field="recipients", limit=RECIPIENTS_LIMIT)
    changes["recipients"] = lines
    date = info.date
    if not isinstance(date, dt.date):
        try:
            date = parse_date(str(date), field="date")
        except CchcError as exc:
            raise InvalidInput("bad_date", field="date", value=str(info.date)) from exc
        if date is None:
            raise InvalidInput("bad_date", field="date", value=str(info.date))
    changes["date"] = date
    return info.replace(**changes)


def recipient_text(line: str) -> str:
    """"- Sở Nội vụ;" → "Sở Nội vụ" (the dash and end mark are the layout's)."""
    text = line.strip()
    text = re.sub(r"^[-–—•*+]\s*", "", text)
    return re.sub(r"[;.,]\s*$", "", text).strip()


def _strip_demo(name: str) -> str:
    return name[len(DEMO_TAG):] if name.startswith(DEMO_TAG) else name


def upper_vi(text: str) -> str:
    """Capitals as an official header writes them ("Sở Tư pháp" → "SỞ TƯ PHÁP")."""
    return unicodedata.normalize("NFC", text.upper())


def symbol_of(name: str) -> str:
    """The usual abbreviation of an agency for the number and symbol: the initials of its
    words ("Sở Tư pháp" → "STP", "Sở Khoa học và Công nghệ" → "SKHCN")."""
    words = [w for w in re.findall(r"\w+", _strip_demo(name)) if w.casefold() not in _SKIPPED_WORDS]
    letters = "".join(unicodedata.normalize("NFC", w[0]).upper() for w in words if w[0].isalpha())
    return letters[:10]


def default_report_info(ws: Workspace, campaign_id: str | None = None) -> ReportInfo:
    """What the form starts with: the workspace's own unit as the issuing agency (the People's
    Committee of its province above a department; none above a People's Committee or a
    central agency, whose managing body the workspace does not know), its province as the
    place, today's date, the number "/BC-<initials>" (printed "Số:      /BC-…", the number left
    for the clerk to fill in), and the head of
    the agency signing."""
    unit = units.get_unit(ws, workspaces.own_unit_id(ws))
    campaign = (campaigns.get_campaign(ws, campaign_id) if campaign_id
                else campaigns.active_campaign(ws))
    province = unit.province or (campaign.province if campaign else "")
    name = _strip_demo(unit.name)
    managing = ""
    if province and unit.unit_type in ("so", "ban_nganh", "phong", "khac"):
        managing = upper_vi(f"UBND tỉnh {province}")
    is_committee = unit.unit_type.startswith("ubnd")
    head = "CHỦ TỊCH" if is_committee else "GIÁM ĐỐC" if unit.unit_type == "so" else "THỦ TRƯỞNG"
    return ReportInfo(
        managing_body=managing, agency=upper_vi(name),
        number=f"/BC-{symbol_of(name)}",
        place=province, date=today(), authority="", signer_title=head, signer_name="",
        recipients=list(DEFAULT_RECIPIENTS))


def load_report_info(ws: Workspace, campaign_id: str | None = None) -> ReportInfo:
    """The defaults with what was saved laid over them (a damaged saved value is ignored:
    the form then starts from the defaults)."""
    base = default_report_info(ws, campaign_id)
    stored = ws.meta(META_KEY)
    if not stored:
        return base
    try:
        data = json.loads(stored)
        data.pop("date", None)
        return ReportInfo.from_json(data, base)
    except (ValueError, CchcError):
        return base


def save_report_info(ws: Workspace, info: ReportInfo) -> ReportInfo:
    """Check and keep the info (all fields but the date); returns it as kept."""
    info = checked(info)
    data = {key: value for key, value in info.to_json().items() if key != "date"}
    ws.set_meta(META_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))
    return info


def info_for_build(ws: Workspace, campaign_id: str | None, info: ReportInfo | None) -> ReportInfo:
    """The info a report is built with: the one given (checked), else the saved one."""
    return checked(info) if info is not None else load_report_info(ws, campaign_id)
