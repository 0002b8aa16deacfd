"""One plain sentence for every error a user can cause, in Vietnamese (default) and English.
The CLI and the UI both use this catalogue, so the same failure reads the same everywhere.
A test checks that every error code raised in `desktop/` has both sentences."""

from __future__ import annotations

import string

from desktop.models.errors import CchcError

LANGS = ("vi", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # storage and workspace
    "workspace_locked": (
        "Không gian làm việc đang được mở ở một cửa sổ CCHC Desk khác{owner_sfx}; hãy đóng cửa sổ đó rồi thử lại.",
        "The workspace is already open in another CCHC Desk window{owner_sfx}; close it and try again."),
    "workspace_newer": (
        "Tệp dữ liệu được tạo bởi phiên bản CCHC Desk mới hơn (lược đồ {found}, phiên bản này hỗ trợ đến {supported}); hãy cập nhật phần mềm, dữ liệu không bị thay đổi.",
        "The data file was written by a newer CCHC Desk (schema {found}; this version supports up to {supported}); update the software — nothing was changed."),
    "disk_full": (
        "Ổ đĩa đã đầy nên không lưu được; hãy giải phóng dung lượng rồi thử lại, dữ liệu vẫn như trước.",
        "The disk is full, so nothing was saved; free some space and try again — your data is as it was."),
    "read_only": (
        "Không ghi được vào thư mục dữ liệu {path} (chỉ đọc hoặc không có quyền); hãy chọn thư mục khác bằng --data-dir.",
        "Cannot write to the data folder {path} (read-only or no permission); choose another with --data-dir."),
    "io_error": (
        "Lỗi đọc/ghi tại {path}; dữ liệu không bị thay đổi.",
        "A read/write error occurred at {path}; nothing was changed."),
    "not_a_workspace": (
        "Tệp {path} không phải là dữ liệu của CCHC Desk.",
        "{path} is not a CCHC Desk data file."),
    "workspace_corrupt": (
        "Tệp dữ liệu {path} bị hỏng; hãy khôi phục từ bản sao lưu trong thư mục backups.",
        "The data file {path} is damaged; restore it from a copy in the backups folder."),
    "workspace_missing": (
        "Chưa có không gian làm việc tại {path}; hãy chạy “cchc init” hoặc “cchc demo” trước.",
        "There is no workspace at {path}; run “cchc init” or “cchc demo” first."),
    "already_initialised": (
        "Không gian làm việc này đã được thiết lập (vai trò: {role}); hãy dùng --workspace để tạo không gian khác.",
        "This workspace is already set up (role: {role}); use --workspace to create another."),
    "not_initialised": (
        "Không gian làm việc chưa được thiết lập; hãy chạy “cchc init” hoặc “cchc demo”.",
        "The workspace is not set up yet; run “cchc init” or “cchc demo”."),
    "demo_exists": (
        "Không gian làm việc mẫu đã có; dùng “cchc demo --reset” để tạo lại.",
        "The demo workspace already exists; use “cchc demo --reset” to rebuild it."),
    "not_demo": (
        "Thư mục {path} chứa dữ liệu thật, không phải dữ liệu mẫu, nên không bị ghi đè.",
        "{path} holds real data, not demo data, so it was not overwritten."),
    "bad_workspace_name": (
        "Tên không gian làm việc “{value}” không hợp lệ; chỉ dùng chữ, số, dấu gạch.",
        "The workspace name “{value}” is not valid; use letters, digits and dashes."),
    # input
    "bad_number": ("Giá trị “{value}” của {field} không phải là số.",
                   "“{value}” is not a number ({field})."),
    "bad_date": ("Ngày “{value}” không hợp lệ; hãy nhập dạng 31/12/2026 hoặc 2026-12-31.",
                 "“{value}” is not a valid date; write it as 2026-12-31 or 31/12/2026."),
    "bad_rule": ("Quy tắc chấm điểm “{rule}” không đúng cú pháp.",
                 "The scoring rule “{rule}” cannot be read."),
    "unknown_option": ("Phương án “{option}” không có trong quy tắc; các phương án: {options}.",
                       "“{option}” is not one of the options: {options}."),
    "rate_out_of_range": ("Tỷ lệ “{value}” phải nằm trong khoảng 0–100%.",
                          "The rate “{value}” must be between 0 and 100%."),
    "bad_count": ("Số lần “{value}” phải là số nguyên không âm.",
                  "The count “{value}” must be a whole number, 0 or more."),
    "points_out_of_range": ("Điểm “{value}” phải từ 0 đến {maximum}.",
                            "The points “{value}” must be between 0 and {maximum}."),
    "not_scorable": ("Tiêu chí này không chấm trực tiếp.", "This criterion is not scored directly."),
    "not_scorable_parent": ("Tiêu chí {code} là tổng của các tiêu chí thành phần; hãy chấm các tiêu chí thành phần.",
                            "Criterion {code} is the sum of its sub-criteria; score those instead."),
    "not_self_scored": ("Tiêu chí {code} do Sở Nội vụ nhập điểm (điều tra xã hội học), đơn vị không tự chấm.",
                        "Criterion {code} is entered by the coordinator (survey); units do not self-score it."),
    "reason_required_after_submission": (
        "Bản tự đánh giá đã gửi; mọi chỉnh sửa cần ghi lý do.",
        "The self-assessment has been submitted; every change needs a reason."),
    "record_not_found": ("Không tìm thấy bản ghi ({entity}).", "Record not found ({entity})."),
    "bad_role": ("Vai trò “{value}” không hợp lệ; chọn một trong: {allowed}.",
                 "“{value}” is not a role; choose one of: {allowed}."),
    "bad_unit_type": ("Loại đơn vị “{value}” không hợp lệ; chọn một trong: {allowed}.",
                      "“{value}” is not a unit type; choose one of: {allowed}."),
    "unit_code_name_required": ("Cần nhập mã và tên đơn vị.", "A unit code and name are required."),
    "bad_validity": ("Ngày hết hiệu lực ({end}) trước ngày bắt đầu ({start}).",
                     "The end date ({end}) is before the start date ({start})."),
    "duplicate_unit_code": ("Mã đơn vị {code} đã tồn tại.", "The unit code {code} already exists."),
    "unknown_unit": ("Không có đơn vị mã {code}.", "There is no unit with code {code}."),
    "bad_succession_kind": ("Loại kế thừa “{value}” không hợp lệ; chọn một trong: {allowed}.",
                            "“{value}” is not a succession kind; choose one of: {allowed}."),
    "succession_to_self": ("Đơn vị {code} không thể kế thừa chính nó.", "Unit {code} cannot succeed itself."),
    "duplicate_succession": ("Quan hệ kế thừa {old} → {new} đã được ghi.",
                             "The succession {old} → {new} is already recorded."),
    "criteria_missing_field": ("Bộ tiêu chí thiếu trường “{field}”.",
                               "The criteria set lacks the field “{field}”."),
    "criteria_invalid": ("Bộ tiêu chí có {count} lỗi nên chưa được nạp; xem danh sách lỗi bên dưới.",
                         "The criteria set has {count} problem(s) and was not loaded; see the list below."),
    "criteria_version_exists": (
        "Đã có bộ tiêu chí {province} năm {year}, nhóm {group}, phiên bản {version} với nội dung khác; hãy tăng số phiên bản.",
        "A different criteria set {province} {year}, group {group}, version {version} already exists; raise the version number."),
    "unknown_criteria_set": ("Không tìm thấy bộ tiêu chí “{key}”.", "There is no criteria set “{key}”."),
    "crit_header_missing": ("Bộ tiêu chí thiếu thông tin “{field}”.", "The criteria set lacks “{field}”."),
    "crit_header_bad": ("Thông tin “{field}” của bộ tiêu chí không hợp lệ: “{value}”.",
                        "The criteria set's “{field}” is not valid: “{value}”."),
    "crit_empty": ("Bộ tiêu chí không có tiêu chí nào.", "The criteria set has no criteria."),
    "crit_too_many": ("Bộ tiêu chí có {count} dòng, vượt giới hạn {limit}.",
                      "The criteria set has {count} rows, over the limit of {limit}."),
    "crit_bad_code": ("Dòng {row}: mã “{code}” không đúng dạng (1, 1.1, 1.1.2; điểm thưởng/trừ: T, P).",
                      "Row {row}: the code “{code}” is not well-formed (1, 1.1, 1.1.2; bonus/penalty: T, P)."),
    "crit_duplicate_code": ("Dòng {row}: mã {code} trùng với dòng {first}.",
                            "Row {row}: the code {code} repeats row {first}."),
    "crit_missing_title": ("Dòng {row}: mã {code} chưa có tên tiêu chí.", "Row {row}: code {code} has no title."),
    "crit_missing_parent": ("Dòng {row}: mã {code} không có tiêu chí cha {parent} ở phía trên.",
                            "Row {row}: code {code} has no parent {parent} above it."),
    "crit_bad_max": ("Dòng {row}: điểm tối đa “{value}” của mã {code} phải là số dương.",
                     "Row {row}: the maximum “{value}” of code {code} must be a positive number."),
    "crit_bad_rule": ("Dòng {row}: quy tắc chấm “{rule}” của mã {code} không đúng cú pháp.",
                      "Row {row}: the rule “{rule}” of code {code} cannot be read."),
    "crit_extra_nested": ("Dòng {row}: điểm thưởng/điểm trừ {code} phải nằm ngoài các lĩnh vực.",
                          "Row {row}: bonus/penalty {code} must stand outside the areas."),
    "crit_bad_suggest": ("Dòng {row}: nguồn gợi ý “{value}” của mã {code} không hợp lệ; chọn một trong: {allowed}.",
                         "Row {row}: the suggestion source “{value}” of code {code} is unknown; choose one of: {allowed}."),
    "crit_option_over_max": ("Dòng {row}: phương án “{option}” của mã {code} cho {points} điểm, vượt điểm tối đa {maximum}.",
                             "Row {row}: option “{option}” of code {code} gives {points}, over the maximum {maximum}."),
    "crit_bad_deduct": ("Dòng {row}: quy tắc trừ điểm của mã {code} cần mức trừ dương và mức sàn trong khoảng 0–tối đa.",
                        "Row {row}: the deduction of code {code} needs a positive step and a floor within 0–maximum."),
    "crit_too_few_options": ("Dòng {row}: mã {code} cần ít nhất hai phương án.",
                             "Row {row}: code {code} needs at least two options."),
    "crit_sum_without_children": ("Dòng {row}: mã {code} là tổng nhưng không có tiêu chí thành phần.",
                                  "Row {row}: code {code} is a sum but has no sub-criteria."),
    "crit_sum_mismatch": ("Dòng {row}: điểm tối đa của mã {code} là {maximum} nhưng tổng các tiêu chí thành phần là {children}.",
                          "Row {row}: code {code} has maximum {maximum} but its sub-criteria add up to {children}."),
    "crit_children_under_leaf": ("Dòng {row}: mã {code} có tiêu chí thành phần nên quy tắc phải là “sum”.",
                                 "Row {row}: code {code} has sub-criteria, so its rule must be “sum”."),
    "crit_total_mismatch": ("Tổng điểm các lĩnh vực là {actual}, khác tổng điểm đã khai báo {declared}.",
                            "The areas add up to {actual}, not the declared total {declared}."),
    "json_unreadable": ("Không đọc được tệp JSON {path}.", "Cannot read the JSON file {path}."),
    "one_input_required": ("Hãy nhập đúng một giá trị: --option, --rate, --count hoặc --points.",
                           "Give exactly one input: --option, --rate, --count or --points."),
    "wrong_input_kind": ("Tiêu chí {code} chấm bằng --{expected}, không phải --{given}.",
                         "Criterion {code} takes --{expected}, not --{given}."),
    "no_suggestion": ("Tiêu chí {code} chưa có gợi ý từ dữ liệu nhiệm vụ.",
                      "There is no suggestion from task data for criterion {code}."),
    "criteria_set_ambiguous": ("Có nhiều bộ tiêu chí; hãy chọn bằng --set (mã băm hoặc id).",
                               "There are several criteria sets; choose one with --set (hash or id)."),
    "no_criteria_set": ("Chưa có bộ tiêu chí nào; hãy nạp bằng “cchc criteria import”.",
                        "There is no criteria set yet; load one with “cchc criteria import”."),
    "ambiguous_option": ("“{option}” khớp với nhiều phương án; hãy ghi rõ hơn. Các phương án: {options}.",
                         "“{option}” matches several options; be more precise. Options: {options}."),
    "unknown_criterion": ("Không có tiêu chí mã {code} trong bộ tiêu chí đang dùng.",
                          "There is no criterion {code} in the criteria set in use."),
    "campaign_title_required": ("Cần nhập tên đợt đánh giá.", "A campaign title is required."),
    "bad_year": ("Năm “{value}” không hợp lệ.", "“{value}” is not a valid year."),
    "duplicate_group": ("Nhóm đơn vị {code} đã có trong đợt đánh giá.",
                        "The unit group {code} already exists in this campaign."),
    "unknown_group": ("Không có nhóm đơn vị {code}.", "There is no unit group {code}."),
    "unit_already_enrolled": ("Đơn vị đã có trong đợt đánh giá.", "The unit already takes part in this campaign."),
    "bad_deadline_kind": ("Loại thời hạn “{value}” không hợp lệ; chọn một trong: {allowed}.",
                          "“{value}” is not a deadline kind; choose one of: {allowed}."),
    "bad_rating_bands": ("Các mức xếp loại phải có tên và ngưỡng giảm dần trong khoảng 0–100%.",
                         "Rating bands need names and thresholds that decrease within 0–100%."),
    "no_active_campaign": ("Chưa có đợt đánh giá nào được chọn; hãy nạp gói đợt đánh giá hoặc dùng đợt mẫu.",
                           "No campaign is selected; load a campaign package or the sample campaign."),
    "unit_not_in_campaign": ("Đơn vị không tham gia đợt đánh giá này.",
                             "The unit does not take part in this campaign."),
    "file_missing": ("Không tìm thấy tệp {path}.", "The file {path} does not exist."),
    "file_is_directory": ("{path} là thư mục, không phải tệp; hãy chọn một tệp.",
                          "{path} is a folder, not a file; choose a file."),
    "file_not_regular": ("{path} không phải là tệp thông thường.", "{path} is not a regular file."),
    "file_empty": ("Tệp {path} rỗng (0 byte); hãy kiểm tra lại bản quét.",
                   "The file {path} is empty (0 bytes); check the scan."),
    "file_unreadable": ("Không đọc được tệp {path}.", "Cannot read the file {path}."),
    "evidence_file_missing": ("Tệp minh chứng “{name}” không còn trong kho dữ liệu.",
                              "The evidence file “{name}” is missing from the store."),
    "folder_empty": ("Thư mục {path} không có tệp nào để thêm (tệp ẩn được bỏ qua).",
                     "The folder {path} has no files to add (hidden files are skipped)."),
    "too_many_files": ("Đã chọn hơn {limit} tệp một lần; hãy chọn từng thư mục nhỏ hơn, chưa có tệp nào được thêm.",
                       "More than {limit} files were chosen at once; choose smaller folders — nothing was added."),
    "evidence_other_unit": ("Tài liệu “{name}” thuộc đơn vị khác nên không liên kết được với tiêu chí của đơn vị này.",
                            "The document “{name}” belongs to another unit, so it cannot be cited for this unit's criteria."),
    "task_title_required": ("Cần nhập tên nhiệm vụ.", "A task title is required."),
    "bad_task_source": ("Nguồn nhiệm vụ “{value}” không hợp lệ; chọn một trong: {allowed}.",
                        "“{value}” is not a task source; choose one of: {allowed}."),
    "bad_task_status": ("Trạng thái “{value}” không hợp lệ; chọn một trong: {allowed}.",
                        "“{value}” is not a task status; choose one of: {allowed}."),
    "bad_progress": ("Tiến độ “{value}” phải là số nguyên từ 0 đến 100.",
                     "Progress “{value}” must be a whole number from 0 to 100."),
    "bad_task_field": ("Không sửa được trường {value} của nhiệm vụ.", "Cannot change the task field {value}."),
    "task_id_too_short": ("Mã nhiệm vụ “{value}” quá ngắn; cần ít nhất 4 ký tự.",
                          "The task id “{value}” is too short; give at least 4 characters."),
    "unknown_task": ("Không có nhiệm vụ mã {id}.", "There is no task {id}."),
    "ambiguous_task": ("Mã “{id}” trùng với nhiều nhiệm vụ; hãy nhập dài hơn.",
                       "“{id}” matches several tasks; give more characters."),
    "xlsx_not_workbook": ("Tệp {path} không phải là bảng tính Excel .xlsx hoặc đã bị hỏng; hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.",
                          "{path} is not an Excel .xlsx workbook, or it is damaged; open it in Excel or LibreOffice and save it as .xlsx."),
    "xlsx_too_large": ("Tệp Excel quá lớn hoặc có cấu trúc bất thường ({what} vượt giới hạn {limit}); không có gì được nhập.",
                       "The Excel file is too large or abnormally built ({what} exceeds the limit of {limit}); nothing was imported."),
    "xlsx_unsafe_xml": ("Tệp Excel chứa khai báo XML không an toàn ({part}) nên bị từ chối; không có gì được nhập.",
                        "The Excel file contains unsafe XML declarations ({part}) and was refused; nothing was imported."),
    "xlsx_too_many_rows": ("Bảng có quá nhiều dòng (hơn {limit}); hãy kiểm tra đúng tệp bộ tiêu chí chưa và xóa các dòng thừa.",
                           "The table has too many rows (more than {limit}); check this is the criteria file and delete unused rows."),
    "xlsx_no_header": ("Không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu của trang tính “{sheet}”; bảng cần có các cột: {columns}.",
                       "No heading row was found in the first {rows} rows of the sheet “{sheet}”; the table needs the columns: {columns}."),
    "xlsx_missing_column": ("Trang tính “{sheet}”, dòng tiêu đề {row}: thiếu cột “{column}”.",
                            "Sheet “{sheet}”, heading row {row}: the column “{column}” is missing."),
    "xlsx_bad_cell": ("Trang tính “{sheet}”, dòng {row}, cột “{column}”: giá trị “{value}” bị thiếu hoặc không hợp lệ.",
                      "Sheet “{sheet}”, row {row}, column “{column}”: the value “{value}” is missing or not valid."),
    "xlsx_formula_no_value": ("Trang tính “{sheet}”, dòng {row}, cột “{column}”: công thức {formula} chưa có giá trị được lưu; hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại.",
                              "Sheet “{sheet}”, row {row}, column “{column}”: the formula {formula} has no saved value; open the file in Excel or LibreOffice, save it and import it again."),
    "xlsx_no_criteria": ("Trang tính “{sheet}” có dòng tiêu đề cột nhưng không có dòng tiêu chí nào.",
                         "The sheet “{sheet}” has a heading row but no criteria rows."),
    "xlsx_missing_info": ("Thiếu “{field}” của bộ tiêu chí; hãy điền vào trang tính “Thông tin” hoặc cho giá trị khi nhập.",
                          "The criteria set's “{field}” is missing; fill it in on the information sheet or give it when importing."),
    "xlsx_bad_info": ("Giá trị “{value}” của “{field}” không hợp lệ.", "The value “{value}” for “{field}” is not valid."),
    "file_not_writable": ("Không ghi được tệp {path} (chỉ đọc, không có quyền hoặc tệp đang mở trong Excel); hãy đóng tệp hoặc chọn nơi lưu khác.",
                          "Cannot write {path} (read-only, no permission, or the file is open in Excel); close it or choose another place."),
    "cancelled": ("Đã dừng theo yêu cầu; phần việc đã xong vẫn được lưu.",
                  "Stopped as asked; the work already done is saved."),
    # fallbacks
    "error": ("Đã xảy ra lỗi; dữ liệu không bị thay đổi.", "Something went wrong; nothing was changed."),
    "invalid_input": ("Dữ liệu nhập không hợp lệ.", "The input is not valid."),
    "not_found": ("Không tìm thấy dữ liệu yêu cầu.", "Not found."),
    "workspace_error": ("Không mở được không gian làm việc.", "The workspace could not be opened."),
    "internal": ("Lỗi không mong đợi; chi tiết đã ghi vào {log}.",
                 "An unexpected error occurred; details were written to {log}."),
}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def sentence(error: CchcError, lang: str = "vi") -> str:
    """The one sentence a user sees for an error."""
    template = MESSAGES.get(error.code) or MESSAGES["error"]
    text = template[1 if lang == "en" else 0]
    data = _Blank({k: v for k, v in error.data.items()})
    owner = error.data.get("owner")
    data["owner_sfx"] = f" ({owner})" if owner else ""
    return string.Formatter().vformat(text, (), data)


def placeholders(code: str) -> set[str]:
    return {name for text in MESSAGES[code] for _, name, _, _ in string.Formatter().parse(text)
            if name}


# -- check before submitting (desktop.models.precheck): one sentence per item code ----------
# Every item names its criterion, and an evidence item the file too.
CHECK_MESSAGES: dict[str, tuple[str, str]] = {
    "check_score_without_evidence": (
        "Tiêu chí {code} đã tự chấm {score} điểm nhưng chưa có tài liệu kiểm chứng và chưa có giải trình.",
        "Criterion {code} is self-scored {score} but has neither evidence nor an explanation."),
    "check_explanation_missing": (
        "Tiêu chí {code} tự chấm {score}/{maximum} điểm (thấp hơn điểm tối đa) nhưng chưa có giải trình.",
        "Criterion {code} is self-scored {score}/{maximum} (below its maximum) but has no explanation."),
    "check_not_applicable_unexplained": (
        "Tiêu chí {code} được đánh dấu “không áp dụng” nhưng chưa có giải trình.",
        "Criterion {code} is marked “not applicable” but has no explanation."),
    "check_scored_after_deadline": (
        "Tiêu chí {code}: điểm tự chấm được nhập ngày {changed}, sau hạn tự chấm điểm {deadline}.",
        "Criterion {code}: the self-score was entered on {changed}, after the self-scoring deadline {deadline}."),
    "check_nothing_scored": (
        "Chưa tự chấm tiêu chí nào ({scorable} tiêu chí cần chấm); hãy chấm điểm trước khi nộp.",
        "No criterion is self-scored yet ({scorable} to score); score them before submitting."),
    "check_not_scored": (
        "Tiêu chí {code} chưa được chấm điểm (sẽ tính 0 điểm).",
        "Criterion {code} is not scored yet (it will count as 0)."),
    "check_evidence_outside_year": (
        "Tiêu chí {codes}: tài liệu “{name}” đề ngày {date}, ngoài năm đánh giá {year}.",
        "Criterion {codes}: the document “{name}” is dated {date}, outside the assessment year {year}."),
    "check_evidence_no_number": (
        "Tiêu chí {codes}: tài liệu “{name}” chưa ghi số, ký hiệu văn bản.",
        "Criterion {codes}: the document “{name}” has no number and symbol."),
    "check_evidence_no_date": (
        "Tiêu chí {codes}: tài liệu “{name}” chưa ghi ngày ban hành.",
        "Criterion {codes}: the document “{name}” has no date."),
    "check_evidence_large": (
        "Tiêu chí {codes}: tệp “{name}” nặng {size_mb} MB (trên {limit_mb} MB), khó gửi qua thư điện tử; nên nén hoặc quét lại.",
        "Criterion {codes}: the file “{name}” is {size_mb} MB (over {limit_mb} MB), too big to e-mail; compress or rescan it."),
    "check_evidence_file_missing": (
        "Tiêu chí {codes}: tệp “{name}” không còn trong kho dữ liệu; hãy thêm lại tệp.",
        "Criterion {codes}: the file “{name}” is missing from the store; add it again."),
}
MESSAGES.update(CHECK_MESSAGES)
_DECIMAL_BLANKS = ("score", "maximum")


def item_sentence(code: str, data: dict, lang: str = "vi") -> str:
    """The sentence of one check item (or any code with data), points written the way the
    language writes them (9,25 in Vietnamese)."""
    template = MESSAGES.get(code) or MESSAGES["error"]
    values = _Blank(data)
    if lang != "en":
        for key in _DECIMAL_BLANKS:
            if isinstance(values.get(key), str):
                values[key] = values[key].replace(".", ",")
    return string.Formatter().vformat(template[1 if lang == "en" else 0], (), values)
