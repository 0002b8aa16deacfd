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
    # package import/export (exchange)
    "package_bad_manifest": ("Gói không hợp lệ: trường “{field}” của bản kê khai sai ({value}); gói không được nhập.",
                             "The package is not valid: the manifest field “{field}” is wrong ({value}); nothing was imported."),
    "package_unsupported_version": ("Gói được tạo theo định dạng phiên bản {value} mà phần mềm này chưa đọc được; hãy cập nhật CCHC Desk.",
                                    "The package uses format version {value}, which this version cannot read; update CCHC Desk."),
    "package_member_name": ("Gói không hợp lệ: thành phần “{member}” không khớp với mã băm của nó.",
                            "The package is not valid: member “{member}” does not match its hash."),
    "package_member_size": ("Thành phần “{member}” có {actual} byte, khác với {declared} byte ghi trong bản kê khai.",
                            "Member “{member}” has {actual} bytes, not the {declared} the manifest declares."),
    "package_member_unlisted": ("Gói chứa thành phần “{member}” không có trong bản kê khai; gói bị từ chối.",
                                "The package holds member “{member}”, which the manifest does not list; refused."),
    "package_bad_signature": ("Chữ ký của gói không đúng: nội dung đã bị thay đổi sau khi ký; gói không được nhập.",
                              "The package signature does not match: the content changed after signing; nothing was imported."),
    "package_verify_failed": ("Tệp gói vừa ghi ra {path} đọc lại không khớp; hãy ghi lại, có thể USB bị lỗi.",
                              "The package just written to {path} did not read back correctly; write it again (the USB stick may be faulty)."),
    "submission_has_errors": ("Chưa thể xuất gói: danh sách kiểm tra trước khi nộp còn {count} lỗi.",
                              "The package cannot be exported yet: the check before submitting lists {count} error(s)."),
    "package_wrong_role": ("Không gian làm việc có vai trò “{role}”, còn việc này cần vai trò “{needed}”.",
                           "This workspace's role is “{role}”; this needs the role “{needed}”."),
    "no_package_to_acknowledge": ("Chưa nhận gói nộp nào để gửi giấy báo nhận.",
                                  "No submission has been received to acknowledge."),
    "package_type_unsupported": ("Loại gói “{type}” chưa được phiên bản này hỗ trợ.",
                                 "Packages of type “{type}” are not supported by this version."),
    "package_not_for_us": ("Gói này gửi cho “{recipient}”, không phải cho đơn vị này.",
                           "This package is addressed to “{recipient}”, not to this unit."),
    "root_confirmation_needed": ("Đây là gói đợt đánh giá đầu tiên: hãy đối chiếu dấu vân tay khóa của Sở Nội vụ {fingerprint} với công văn chính thức rồi nhập lại với --trust-fingerprint.",
                                 "This is the first campaign package: compare the Department of Home Affairs key fingerprint {fingerprint} with the official letter, then import again with --trust-fingerprint."),
    "package_not_from_root": ("Gói không được ký bằng khóa của Sở Nội vụ đã xác nhận (khóa {key_id}); gói bị từ chối.",
                              "The package is not signed by the confirmed Department of Home Affairs key (key {key_id}); refused."),
    "enrolment_bad_proof": ("Gói đăng ký khóa của {unit} không chứng minh được quyền sở hữu khóa; gói bị từ chối.",
                            "The enrolment of {unit} does not prove possession of its key; refused."),
    "package_unknown_campaign": ("Gói thuộc một đợt đánh giá không có ở đây ({campaign}).",
                                 "The package belongs to a campaign not held here ({campaign})."),
    "package_other_province": ("Gói thuộc tỉnh “{province}”, không phải tỉnh của đợt đánh giá này.",
                               "The package belongs to the province “{province}”, not this campaign's."),
    "package_unknown_unit": ("Đơn vị {unit} không tham gia đợt đánh giá này.",
                             "Unit {unit} does not take part in this campaign."),
    "package_unknown_criteria_set": ("Gói trả lời một bộ tiêu chí khác với bộ đang dùng (mã băm {hash}).",
                                     "The package answers a criteria set other than the one in use (hash {hash})."),
    "package_untrusted_key": ("Gói của {unit} được ký bằng khóa chưa được phê duyệt (dấu vân tay {fingerprint}); gói được giữ lại để xem xét, chưa nhập.",
                              "The package from {unit} is signed by a key not yet approved (fingerprint {fingerprint}); it is held for review, not merged."),
    "package_stale": ("Gói cũ hơn gói đã nhập (số thứ tự {sequence}, đã có {last}); gói bị bỏ qua.",
                      "The package is older than one already imported (number {sequence}, have {last}); ignored."),
    "package_conflict": ("Đã có một gói khác cùng số thứ tự {sequence}; gói này được giữ lại để xem xét.",
                         "Another package with the same number {sequence} was already imported; this one is held for review."),
    "package_bad_records": ("Dữ liệu trong gói không hợp lệ ({reason}); gói không được nhập.",
                            "The records in the package are not valid ({reason}); nothing was imported."),
    "package_missing_evidence": ("Gói nhắc đến một tài liệu kiểm chứng không có trong gói ({sha256}…); gói bị từ chối.",
                                 "The package cites evidence it does not contain ({sha256}…); refused."),
    "package_score_mismatch": ("Điểm của tiêu chí {code} trong gói ({sent}) khác với điểm tính theo quy tắc ({computed}); gói bị từ chối.",
                               "The score of criterion {code} in the package ({sent}) differs from the rule's ({computed}); refused."),
    "receipt_unknown_package": ("Giấy báo nhận nói về một gói không được gửi từ đây ({hash}…).",
                                "The receipt is about a package not sent from here ({hash}…)."),
    "package_not_held": ("Không có gói nào đang được giữ lại với mã {hash}.",
                         "No package is held with the hash {hash}."),
    "package_references_missing": ("Gói dẫn chiếu {count} tài liệu kiểm chứng mà nơi nhận chưa có: {names}; hãy gửi gói đầy đủ (--full).",
                                   "The package refers to {count} evidence file(s) the receiver does not hold: {names}; send a full package (--full)."),
    "volumes_waiting": ("Đã nhận {received}/{count} tệp của gói; còn thiếu tệp số {missing}.",
                        "{received} of {count} volumes of the package received; still missing: {missing}."),
    "bad_size": ("Kích thước “{value}” không hợp lệ; ví dụ: 20MB, 10 MB, 4GB, email-25, fat32 (tối thiểu 64 KB).",
                 "“{value}” is not a valid size; e.g. 20MB, 10 MB, 4GB, email-25, fat32 (at least 64 KB)."),
    "volume_mismatch": ("Tệp {name} là một phần của gói khác cùng mã nhưng khác số phần hoặc kích thước; bị từ chối.",
                        "{name} claims to be part of the same package but with another count or size; refused."),
    "volume_join_failed": ("Ghép các phần của gói {name} không ra đúng gói đã ký; các phần đã nhận bị bỏ, hãy xin gửi lại.",
                           "Joining the volumes of package {name} did not give the signed package; the parts were dropped — ask for them again."),
    "no_encryption_key": ("Chưa có khóa mã hóa của Sở Nội vụ (khóa này đến cùng gói đợt đánh giá); hãy nhập gói đợt đánh giá mới nhất hoặc xuất không mã hóa.",
                          "There is no encryption key of the Department of Home Affairs yet (it comes with the campaign package); import the latest campaign package or export without encryption."),
    "bad_encryption_key": ("Khóa mã hóa “{value}…” không hợp lệ.", "The encryption key “{value}…” is not valid."),
    "package_encrypted_not_for_us": ("Gói {path} được mã hóa cho một khóa khác, không phải khóa của nơi này; không đọc được.",
                                     "The package {path} is encrypted to another key, not this installation's; it cannot be read."),
    "package_encrypted_damaged": ("Gói mã hóa {path} bị hỏng hoặc chép thiếu; không có dữ liệu nào được giải mã ra ngoài, hãy xin gửi lại.",
                                  "The encrypted package {path} is damaged or incomplete; nothing decrypted was kept — ask for it again."),
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


# keys -- signing keys and the trust store (desktop.sync.keys) ------------------------------
KEY_MESSAGES: dict[str, tuple[str, str]] = {
    "bad_fingerprint": (
        "Dấu vân tay phải gồm đúng 40 chữ số (8 nhóm, mỗi nhóm 5 chữ số), chỉ cách nhau bằng dấu cách hoặc dấu gạch ngang.",
        "A fingerprint must be exactly 40 digits (8 groups of 5), separated only by spaces or dashes."),
    "fingerprint_mismatch": (
        "Dấu vân tay không khớp: đã nhập {expected}, còn khóa có dấu vân tay {actual}; không có gì được thay đổi. Nếu văn bản hoặc phiếu đăng ký thật sự ghi số khác, đừng chấp nhận khóa này mà hãy gọi điện hỏi lại.",
        "The fingerprint does not match: you gave {expected}, the key's fingerprint is {actual}; nothing was changed. If the letter or slip really shows other digits, do not accept this key: phone the sender to check."),
    "bad_public_key": (
        "Khóa công khai không hợp lệ (cần đúng 32 byte, mã hóa base64).",
        "The public key is not valid (it must be exactly 32 bytes, base64-encoded)."),
    "wrong_passphrase": (
        "Khóa ký được bảo vệ bằng cụm mật khẩu: cụm mật khẩu chưa được nhập hoặc không đúng; không có gì được thay đổi.",
        "The signing key is protected by a passphrase, which was missing or wrong; nothing was changed."),
    "empty_passphrase": (
        "Cụm mật khẩu bảo vệ khóa ký không được để trống.",
        "The passphrase protecting the signing key cannot be empty."),
    "key_file_missing": (
        "Không tìm thấy tệp khóa ký {path} dù không gian làm việc đã có khóa; hãy chép lại tệp này từ bản sao lưu. Đừng tạo khóa mới: nơi nhận chỉ tin khóa đã đăng ký.",
        "The signing key file {path} is missing although this workspace has a key; copy it back from a backup. Do not make a new key: receivers trust only the registered one."),
    "key_file_mismatch": (
        "Tệp khóa ký {path} không phải là khóa của không gian làm việc này (khóa công khai khác với khóa đã ghi nhận); hãy chép lại đúng tệp khóa.",
        "The signing key file {path} does not belong to this workspace (its public key differs from the recorded one); copy back the right key file."),
    "key_file_unreadable": (
        "Không đọc được tệp khóa ký {path} (tệp hỏng hoặc không phải khóa PEM).",
        "Cannot read the signing key file {path} (damaged, or not a PEM key)."),
    "no_own_key": (
        "Cài đặt này chưa có khóa ký; hãy chạy “cchc keys show” để tạo khóa.",
        "This installation has no signing key yet; run “cchc keys show” to create it."),
    "no_pending_key": (
        "Đơn vị {unit} không có khóa nào đang chờ duyệt; hãy nhập gói đăng ký của đơn vị trước.",
        "Unit {unit} has no key waiting for approval; import its enrolment package first."),
    "no_active_key": (
        "Đơn vị {unit} không có khóa nào còn hiệu lực để thu hồi.",
        "Unit {unit} has no key in force to revoke."),
    "ambiguous_key": (
        "Đơn vị {unit} có {count} khóa còn hiệu lực; hãy chỉ rõ khóa cần thu hồi bằng mã khóa (--key-id).",
        "Unit {unit} has {count} keys in force; name the one to revoke by its key id (--key-id)."),
    "unknown_key": (
        "Không có khóa {key_id} của đơn vị {unit}.",
        "There is no key {key_id} for unit {unit}."),
    "key_other_unit": (
        "Khóa {key_id} đã được ghi nhận cho đơn vị {other}, không thể dùng cho đơn vị {unit}.",
        "The key {key_id} is already recorded for unit {other}; it cannot be used for unit {unit}."),
    "key_in_use": (
        "Khóa {key_id} đã được ghi nhận với vai trò khác ({role}).",
        "The key {key_id} is already recorded in another role ({role})."),
    "key_revoked": (
        "Khóa {key_id} đã bị thu hồi nên không thể được tin cậy lại; cần tạo và đăng ký khóa mới.",
        "The key {key_id} was revoked and cannot be trusted again; a new key must be made and registered."),
    "root_already_pinned": (
        "Cài đặt này đã ghim khóa gốc của tỉnh {key_id}; khóa gốc chỉ được thay bằng tuyên bố chuyển khóa do chính khóa gốc hiện tại ký.",
        "This installation has already pinned the province root key {key_id}; it can only be replaced by a rotation statement signed by the current root."),
    "no_pinned_root": (
        "Chưa ghim khóa gốc của tỉnh; hãy nhập gói đợt đánh giá đầu tiên và đối chiếu dấu vân tay với văn bản.",
        "No province root key is pinned yet; import the first campaign package and compare its fingerprint with the letter."),
    "bad_rotation_statement": (
        "Tuyên bố chuyển khóa gốc không có chữ ký hợp lệ của khóa gốc hiện tại {key_id}; khóa gốc không được thay.",
        "The root-key rotation statement is not validly signed by the current root {key_id}; the root key was not replaced."),
    "cannot_revoke_own_key": (
        "Không thể thu hồi khóa ký của chính cài đặt này.",
        "This installation's own signing key cannot be revoked."),
    "cannot_revoke_root": (
        "Khóa {key_id} là khóa gốc của tỉnh; khóa gốc chỉ được thay bằng tuyên bố chuyển khóa.",
        "The key {key_id} is the province root key; it can only be replaced by a rotation statement."),
    "bad_key_status": (
        "Trạng thái khóa “{value}” không hợp lệ; chọn một trong: {allowed}.",
        "“{value}” is not a key status; choose one of: {allowed}."),
    "key_unit_required": (
        "Cần nhập mã đơn vị của khóa.",
        "The key's unit code is required."),
}
MESSAGES.update(KEY_MESSAGES)


# packages
# The container and canonical JSON of a package (desktop.sync.archive, desktop.sync.canonical).
# `reason` is a short technical token (e.g. duplicate_key, too_deep, unexpected_data).
MESSAGES.update({
    "package_bad_json": (
        "Phần “{part}” của gói không phải là JSON chuẩn tắc hợp lệ ({reason}); gói bị từ chối, không có gì thay đổi.",
        "The part “{part}” of the package is not valid canonical JSON ({reason}); the package was refused and nothing was changed."),
    "package_not_zip": (
        "Tệp {path} không phải là gói CCHC (.cchc) nên bị từ chối.",
        "{path} is not a CCHC package (.cchc) and was refused."),
    "package_truncated": (
        "Tệp gói {path} bị thiếu phần cuối (có thể sao chép chưa xong); hãy sao chép lại từ nguồn.",
        "The package {path} is incomplete (the copy may not have finished); copy it again from the source."),
    "package_bad_structure": (
        "Gói {path} có cấu trúc ZIP bất thường ({reason}) nên bị từ chối; không có gì thay đổi.",
        "The package {path} has an abnormal ZIP structure ({reason}) and was refused; nothing was changed."),
    "package_bad_member_name": (
        "Gói {path} chứa thành phần có tên không được phép “{member}” nên bị từ chối.",
        "The package {path} holds a member with a forbidden name “{member}” and was refused."),
    "package_duplicate_member": (
        "Gói {path} chứa thành phần “{member}” hai lần nên bị từ chối.",
        "The package {path} holds the member “{member}” twice and was refused."),
    "package_directory_member": (
        "Gói {path} chứa mục thư mục “{member}”; gói hợp lệ không có thư mục nên gói bị từ chối.",
        "The package {path} holds a folder entry “{member}”; a valid package has none, so it was refused."),
    "package_link_member": (
        "Gói {path} chứa liên kết hoặc tệp đặc biệt “{member}” nên bị từ chối.",
        "The package {path} holds a link or special file “{member}” and was refused."),
    "package_encrypted_member": (
        "Gói {path} chứa thành phần được mã hóa “{member}”; gói CCHC không dùng mã hóa ZIP nên gói bị từ chối.",
        "The package {path} holds an encrypted member “{member}”; CCHC packages never use ZIP encryption, so it was refused."),
    "package_bad_compression": (
        "Thành phần “{member}” của gói {path} dùng kiểu nén không được phép (mã {method}); chỉ chấp nhận lưu nguyên hoặc deflate.",
        "The member “{member}” of the package {path} uses a compression method that is not allowed (method {method}); only stored and deflate are accepted."),
    "package_too_many_members": (
        "Gói {path} có {count} thành phần, vượt giới hạn {limit}; gói bị từ chối.",
        "The package {path} has {count} members, over the limit of {limit}; it was refused."),
    "package_member_too_large": (
        "Thành phần “{member}” của gói lớn hơn giới hạn {limit} byte nên gói bị từ chối.",
        "The package member “{member}” is larger than the limit of {limit} bytes, so the package was refused."),
    "package_too_large": (
        "Gói {path} chứa tổng cộng {size} byte, vượt giới hạn {limit} byte; gói bị từ chối.",
        "The package {path} holds {size} bytes in all, over the limit of {limit} bytes; it was refused."),
    "package_overlapping_members": (
        "Các thành phần của gói {path} chồng lên nhau (tại “{member}”), dấu hiệu của tệp bị làm giả; gói bị từ chối.",
        "Members of the package {path} overlap (at “{member}”), a sign of a forged file; it was refused."),
    "package_member_order": (
        "Các thành phần của gói {path} không đúng thứ tự quy định (tại “{member}”); gói bị từ chối.",
        "The members of the package {path} are not in the required order (at “{member}”); it was refused."),
    "package_missing_member": (
        "Gói {path} thiếu thành phần “{member}”; gói bị từ chối.",
        "The package {path} lacks the member “{member}”; it was refused."),
    "package_header_mismatch": (
        "Thành phần “{member}” của gói {path} được mô tả khác nhau ở hai mục lục của tệp ZIP; gói bị từ chối.",
        "The member “{member}” of the package {path} is described differently in the two directories of the ZIP file; it was refused."),
    "package_member_corrupt": (
        "Thành phần “{member}” của gói bị hỏng hoặc đã bị sửa (mã kiểm tra không khớp); hãy đề nghị gửi lại gói.",
        "The package member “{member}” is damaged or was altered (its checksum does not match); ask for the package to be sent again."),
    "package_source_changed": (
        "Tệp {path} đã thay đổi trong lúc tạo gói; hãy thử lại.",
        "The file {path} changed while the package was being written; try again."),
})


# -- coordination cycle at Sở Nội vụ ------------------------------------------------------------
MESSAGES.update({
    "unit_locked": (
        "Điểm của đơn vị đã được phê duyệt và khóa; muốn sửa phải mở khóa kèm lý do.",
        "The unit's scores are approved and locked; to change them, unlock with a reason first."),
    "province_task_assigned": (
        "Nhiệm vụ này do tỉnh giao trong kế hoạch CCHC nên không sửa được {fields} tại đơn vị; hãy cập nhật tiến độ, trạng thái và ghi chú.",
        "This task was assigned in the province's CCHC plan, so its {fields} cannot be changed here; update its progress, status and notes."),
    "submission_after_approval": (
        "Gói tự đánh giá của {unit} đến sau khi điểm đã được phê duyệt nên được giữ lại, chưa áp dụng; mở khóa kèm lý do rồi nhập lại nếu cần.",
        "The self-assessment package from {unit} arrived after its scores were approved, so it is held and not applied; unlock with a reason and import it again if needed."),
})

# -- appraisal cycle (desktop/models/appraisal.py, desktop/sync/appraisal.py) --------------------
MESSAGES.update({
    "unknown_area": (
        "Nhóm {group} không có lĩnh vực mã {area}.",
        "Group {group} has no area with code {area}."),
    "bad_appraisal_round": (
        "Vòng thẩm định “{round}” không hợp lệ; chỉ có vòng 1 và vòng 2.",
        "The appraisal round “{round}” is not valid; there are only rounds 1 and 2."),
    "bad_reason_code": (
        "Mã lý do “{value}” không có; các mã dùng được: {allowed}.",
        "There is no reason code “{value}”; the codes are: {allowed}."),
    "explanation_request_round_two": (
        "Tiêu chí {code}: chỉ đề nghị giải trình ở vòng thẩm định 1; vòng 2 cho điểm cuối cùng.",
        "Criterion {code}: an explanation can only be requested in appraisal round 1; round 2 gives the final score."),
    "explanation_request_needs_remark": (
        "Tiêu chí {code}: khi đề nghị giải trình phải ghi nhận xét để đơn vị biết cần giải trình điều gì.",
        "Criterion {code}: requesting an explanation needs a remark, so the unit knows what to explain."),
    "survey_not_appraised": (
        "Tiêu chí {code} là điểm điều tra xã hội học do Sở Nội vụ nhập, không thẩm định.",
        "Criterion {code} is survey points entered by the Department of Home Affairs; it is not appraised."),
    "appraisal_other_area": (
        "Tiêu chí {criterion} của {unit} thuộc lĩnh vực {area}, không phải lĩnh vực do nơi này thẩm định; không có kết quả nào được ghi.",
        "Criterion {criterion} of {unit} belongs to area {area}, which is not an area this appraiser appraises; nothing was recorded."),
    "appraisal_round_one_missing": (
        "Tiêu chí {criterion} của {unit} chưa có kết quả thẩm định vòng 1 nên chưa ghi được vòng 2.",
        "Criterion {criterion} of {unit} has no round-1 appraisal yet, so round 2 cannot be recorded."),
    "explanation_text_required": (
        "Tiêu chí {code}: hãy nhập nội dung giải trình.",
        "Criterion {code}: enter the text of the explanation."),
    "explanation_not_requested": (
        "Tiêu chí {criterion} của {unit} không có đề nghị giải trình nào; không có gì được ghi.",
        "No explanation was requested for criterion {criterion} of {unit}; nothing was recorded."),
    "package_unknown_criterion": (
        "Gói nhắc đến tiêu chí {criterion} của {unit}, không có trong bộ tiêu chí đơn vị này dùng; gói bị từ chối.",
        "The package names criterion {criterion} of {unit}, which is not in the criteria set that unit uses; it was refused."),
    "appraisal_unit_not_enrolled": (
        "Đơn vị {unit} không tham gia đợt đánh giá này nên không giao thẩm định được.",
        "Unit {unit} does not take part in this campaign, so it cannot be sent for appraisal."),
    "appraisal_work_to_self": (
        "{appraiser} là Sở Nội vụ: các lĩnh vực của mình được thẩm định trực tiếp tại đây, không cần gói giao thẩm định.",
        "{appraiser} is the Department of Home Affairs: its own areas are appraised here directly, without an appraisal work package."),
    "appraiser_has_no_areas": (
        "{appraiser} chưa được phân công thẩm định lĩnh vực nào trong đợt đánh giá này.",
        "{appraiser} is not assigned to appraise any area in this campaign."),
    "appraisal_nothing_to_do": (
        "Chưa có đơn vị nào đã nộp bài tự đánh giá (và chưa được phê duyệt) để giao cho {appraiser} thẩm định.",
        "No unit has a submitted (and not yet approved) self-assessment to send to {appraiser} for appraisal."),
    "no_appraisal_work": (
        "Nơi này chưa nhận gói giao thẩm định nào của Sở Nội vụ cho đợt đánh giá đang mở.",
        "This installation has not received any appraisal work from the Department of Home Affairs for the open campaign."),
    "appraisal_nothing_recorded": (
        "Chưa ghi kết quả thẩm định nào đến vòng {round} để gửi.",
        "No appraisal has been recorded up to round {round} to send."),
    "explanation_no_appraisal": (
        "Đơn vị {unit} chưa có kết quả thẩm định vòng {round} nên chưa gửi đề nghị giải trình được.",
        "Unit {unit} has no round-{round} appraisal yet, so no explanation request can be sent."),
    "explanation_nothing_to_send": (
        "Chưa có đơn vị nào được thẩm định xong vòng {round} để gửi kết quả và đề nghị giải trình.",
        "No unit has a completed round-{round} appraisal to send results and explanation requests to."),
    "no_explanation_requested": (
        "Không có tiêu chí nào được đề nghị giải trình nên không có gì để gửi.",
        "No criterion has an explanation request, so there is nothing to send."),
    "explanation_unanswered": (
        "Còn {count} tiêu chí được đề nghị giải trình nhưng chưa có nội dung giải trình ({codes}); hãy trả lời hết rồi xuất gói.",
        "{count} criteria with an explanation request have no answer yet ({codes}); answer them all, then export."),
})

# -- results: survey, approval, ranking, board (desktop/models/{survey,results,board}.py) --------
MESSAGES.update({
    "not_survey_criterion": (
        "Tiêu chí {code} không phải tiêu chí điều tra xã hội học nên không nhập điểm khảo sát vào được.",
        "Criterion {code} is not a survey criterion, so survey points cannot be entered for it."),
    "survey_points_out_of_range": (
        "Điểm điều tra xã hội học {value} của tiêu chí {code} phải nằm trong khoảng từ 0 đến {maximum}.",
        "The survey points {value} for criterion {code} must lie between 0 and {maximum}."),
    "survey_points_off_step": (
        "Điểm điều tra xã hội học {value} của tiêu chí {code} phải là bội số của {step}.",
        "The survey points {value} for criterion {code} must be a multiple of {step}."),
    "survey_no_header": (
        "Không tìm thấy dòng tiêu đề có cột “Mã đơn vị” trong 30 dòng đầu của tệp {path}; hãy dùng tệp mẫu điểm điều tra xã hội học.",
        "No heading row with a unit code column was found in the first 30 rows of {path}; use the survey points template."),
    "survey_import_invalid": (
        "Tệp {name} có {count} ô không hợp lệ ({cells}) nên không nhập điểm nào; hãy sửa rồi nhập lại.",
        "The file {name} has {count} invalid cells ({cells}), so no points were imported; correct them and import again."),
    "survey_unknown_column": (
        "Cột {column} có tiêu đề “{heading}” không phải tiêu chí điều tra xã hội học nào của đợt đánh giá.",
        "Column {column}, headed “{heading}”, is not a survey criterion of the campaign."),
    "survey_unknown_unit": (
        "Dòng {row}: mã đơn vị “{unit}” không có trong đợt đánh giá.",
        "Row {row}: the unit code “{unit}” does not take part in the campaign."),
    "survey_duplicate_unit": (
        "Dòng {row}: đơn vị {unit} đã có ở dòng {first}.",
        "Row {row}: the unit {unit} already appears on row {first}."),
    "survey_cell_not_number": (
        "Ô {cell} (đơn vị {unit}, tiêu chí {code}): “{value}” không phải là số điểm.",
        "Cell {cell} (unit {unit}, criterion {code}): “{value}” is not a number of points."),
    "survey_cell_not_in_set": (
        "Ô {cell}: bộ tiêu chí của đơn vị {unit} không có tiêu chí {code}, ô này phải để trống.",
        "Cell {cell}: the criteria set of the unit {unit} has no criterion {code}; leave this cell blank."),
    "survey_cell_out_of_range": (
        "Ô {cell} (đơn vị {unit}, tiêu chí {code}): {value} điểm nằm ngoài khoảng từ 0 đến {maximum}.",
        "Cell {cell} (unit {unit}, criterion {code}): {value} points is outside 0 to {maximum}."),
    "survey_cell_off_step": (
        "Ô {cell} (đơn vị {unit}, tiêu chí {code}): {value} điểm không phải bội số của {step}.",
        "Cell {cell} (unit {unit}, criterion {code}): {value} points is not a multiple of {step}."),
    "survey_cell_locked": (
        "Ô {cell}: điểm của đơn vị {unit} đã được phê duyệt và khóa nên không sửa được điểm tiêu chí {code}.",
        "Cell {cell}: the scores of the unit {unit} are approved and locked, so the points for criterion {code} cannot change."),
    "approval_unappraised": (
        "Còn {count} tiêu chí tự chấm chưa có điểm thẩm định ({codes}); hãy thẩm định hoặc xác nhận giữ nguyên điểm tự đánh giá cho các tiêu chí này.",
        "{count} self-scored criteria have no appraisal yet ({codes}); appraise them or confirm keeping their self-assessed scores."),
    "unlock_reason_required": (
        "Cần ghi lý do mở khóa điểm đã phê duyệt.",
        "A reason is required to unlock approved scores."),
    "unit_not_approved": (
        "Điểm của đơn vị {unit} chưa được phê duyệt nên không có gì để mở khóa.",
        "The scores of the unit {unit} are not approved, so there is nothing to unlock."),
    "board_bad_filter": (
        "Bộ lọc “{value}” không hợp lệ; chọn một trong: {allowed}.",
        "The filter “{value}” is not valid; choose one of: {allowed}."),
    "results_not_approved": (
        "Chưa phê duyệt điểm của {units} nên chưa gửi kết quả cho các đơn vị này được.",
        "The scores of {units} are not approved, so their results cannot be sent yet."),
    "results_none_approved": (
        "Chưa có đơn vị nào được phê duyệt điểm nên chưa có kết quả để gửi.",
        "No unit's scores are approved yet, so there are no results to send."),
    "results_folder_missing": (
        "Không có thư mục {path} để lưu các gói kết quả; hãy chọn một thư mục có sẵn.",
        "There is no folder {path} to save the results packages in; choose an existing folder."),
})

# -- set-up and plan: registry import, campaign set-up, plan and proposals -----------------------
MESSAGES.update({
    # registry workbook (desktop/models/registry_xlsx.py); each problem names its sheet row
    "registry_invalid": (
        "Danh sách đơn vị có {count} lỗi nên không đơn vị nào được nhập; dưới đây là {shown} lỗi đầu tiên, hãy sửa rồi nhập lại.",
        "The unit list has {count} problems, so no unit was imported; the first {shown} are listed below — fix them and import again."),
    "registry_no_header": (
        "Không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu; danh sách đơn vị cần có các cột: {columns}.",
        "No heading row was found in the first {rows} rows; the unit list needs the columns: {columns}."),
    "registry_empty": (
        "Trang tính “{sheet}” có dòng tiêu đề nhưng không có đơn vị nào.",
        "The sheet “{sheet}” has a heading row but no unit."),
    "registry_missing_value": (
        "Dòng {row}: thiếu “{column}”.",
        "Row {row}: “{column}” is missing."),
    "registry_unknown_type": (
        "Dòng {row}: loại đơn vị “{value}” không hợp lệ; dùng Sở; Ban, ngành; Ngành dọc; UBND tỉnh; UBND huyện; UBND xã; UBND phường; Đặc khu; Phòng hoặc Khác.",
        "Row {row}: the unit type “{value}” is not valid; use a type code (so, ban_nganh, nganh_doc, ubnd_tinh, ubnd_huyen, ubnd_xa, ubnd_phuong, ubnd_dac_khu, phong, khac) or its Vietnamese label."),
    "registry_bad_date": (
        "Dòng {row}, cột “{column}”: “{value}” không phải là ngày; hãy nhập dạng 31/12/2025.",
        "Row {row}, column “{column}”: “{value}” is not a date; write it as 31/12/2025."),
    "registry_bad_succession_kind": (
        "Dòng {row}: hình thức kế thừa “{value}” không hợp lệ; dùng hợp nhất, sáp nhập, chia tách, đổi tên hoặc điều chuyển.",
        "Row {row}: the succession kind “{value}” is not valid; use merge, split, rename or transfer (or their Vietnamese names)."),
    "registry_succession_incomplete": (
        "Dòng {row}: đơn vị {code} có “Kế thừa từ” nhưng thiếu hình thức hoặc ngày hiệu lực kế thừa.",
        "Row {row}: unit {code} names predecessors but no succession kind or effective date."),
    "registry_duplicate_code": (
        "Dòng {row}: mã đơn vị {code} trùng với dòng {first}.",
        "Row {row}: the unit code {code} repeats row {first}."),
    "registry_bad_validity": (
        "Dòng {row}: đơn vị {code} hết hiệu lực ({end}) trước ngày bắt đầu hiệu lực ({start}).",
        "Row {row}: unit {code} ends ({end}) before it starts ({start})."),
    "registry_self_reference": (
        "Dòng {row}: đơn vị {code} không thể là cấp trên hoặc đơn vị được kế thừa của chính nó.",
        "Row {row}: unit {code} cannot be its own parent or predecessor."),
    "registry_unknown_parent": (
        "Dòng {row}: đơn vị cấp trên {code} không có trong tệp và chưa có trong phần mềm.",
        "Row {row}: the parent unit {code} is neither in the file nor already known."),
    "registry_unknown_predecessor": (
        "Dòng {row}: đơn vị được kế thừa {code} không có trong tệp và chưa có trong phần mềm.",
        "Row {row}: the predecessor {code} is neither in the file nor already known."),
    "registry_succession_before_start": (
        "Dòng {row}: ngày kế thừa {date} không sau ngày bắt đầu hiệu lực của đơn vị cũ {code}.",
        "Row {row}: the succession date {date} is not after the old unit {code} began."),
    "registry_unknown_group": (
        "Dòng {row}: đợt đánh giá không có nhóm đơn vị “{group}”.",
        "Row {row}: the campaign has no unit group “{group}”."),
    "registry_group_change_scored": (
        "Dòng {row}: đơn vị {code} đã chấm điểm theo nhóm khác nên không chuyển sang nhóm “{group}” được.",
        "Row {row}: unit {code} has already scored under another group, so it cannot move to “{group}”."),
    "registry_parent_cycle": (
        "Dòng {row}: đơn vị {code} sẽ là cấp trên của chính nó qua chuỗi đơn vị cấp trên.",
        "Row {row}: unit {code} would end up above itself through its chain of parents."),
    # campaign set-up (desktop/models/setup.py)
    "coordinator_only": (
        "Việc này chỉ làm tại Sở Nội vụ; không gian làm việc này có vai trò “{role}”.",
        "Only the Department of Home Affairs' installation does this; this workspace has the role “{role}”."),
    "setup_no_groups": (
        "Đợt đánh giá cần ít nhất một nhóm đơn vị với bộ tiêu chí của nhóm.",
        "A campaign needs at least one unit group with its criteria set."),
    "setup_group_code_required": (
        "Cần nhập mã nhóm đơn vị.",
        "A unit group code is required."),
    "publish_refused": (
        "Đợt đánh giá chưa sẵn sàng để phát hành: còn {count} lỗi cần sửa (xem danh sách); chưa có gói nào được tạo.",
        "The campaign is not ready to publish: {count} problems must be fixed first (see the list); no package was written."),
    # readiness before publishing: errors
    "publish_no_groups": (
        "Đợt đánh giá chưa có nhóm đơn vị nào.",
        "The campaign has no unit group yet."),
    "publish_no_units": (
        "Chưa có đơn vị nào tham gia đợt đánh giá.",
        "No unit takes part in the campaign yet."),
    "publish_area_without_appraiser": (
        "Nhóm “{group}”: lĩnh vực {area} chưa có đơn vị thẩm định.",
        "Group “{group}”: area {area} has no appraiser."),
    "publish_no_self_scoring_deadline": (
        "Chưa đặt hạn tự chấm điểm.",
        "The self-scoring deadline is not set."),
    "publish_order_round1_appraisal": (
        "Hạn thẩm định vòng 1 ({date}) sớm hơn hạn của bước trước ({earlier_date}).",
        "The round-1 appraisal deadline ({date}) comes before an earlier step's deadline ({earlier_date})."),
    "publish_order_explanation": (
        "Hạn giải trình ({date}) sớm hơn hạn của bước trước ({earlier_date}).",
        "The explanation deadline ({date}) comes before an earlier step's deadline ({earlier_date})."),
    "publish_order_round2_appraisal": (
        "Hạn thẩm định vòng 2 ({date}) sớm hơn hạn của bước trước ({earlier_date}).",
        "The round-2 appraisal deadline ({date}) comes before an earlier step's deadline ({earlier_date})."),
    "publish_order_publication": (
        "Hạn công bố kết quả ({date}) sớm hơn hạn của bước trước ({earlier_date}).",
        "The publication deadline ({date}) comes before an earlier step's deadline ({earlier_date})."),
    # readiness before publishing: warnings
    "publish_group_empty": (
        "Nhóm “{group}” chưa có đơn vị nào.",
        "Group “{group}” has no unit."),
    "publish_unit_not_valid": (
        "Đơn vị {code} không còn (hoặc chưa có) hiệu lực trong năm {year}.",
        "Unit {code} is not valid during {year}."),
    "publish_appraiser_not_in_registry": (
        "Nhóm “{group}”, lĩnh vực {area}: đơn vị thẩm định {code} chưa có trong danh mục đơn vị.",
        "Group “{group}”, area {area}: the appraiser {code} is not in the unit registry."),
    "publish_appraiser_differs": (
        "Nhóm “{group}”, lĩnh vực {area}: đơn vị thẩm định là {name}, trong khi bộ tiêu chí ghi {named}; hãy kiểm tra lại.",
        "Group “{group}”, area {area}: the appraiser is {name}, while the criteria set names {named}; check it."),
    "publish_no_bands": (
        "Nhóm “{group}” chưa có mức xếp loại (của nhóm hoặc chung của đợt).",
        "Group “{group}” has no rating bands (its own or the campaign's)."),
    "publish_set_other_year": (
        "Nhóm “{group}” dùng bộ tiêu chí năm {set_year} cho đợt đánh giá năm {year}.",
        "Group “{group}” uses a criteria set of {set_year} for a campaign of {year}."),
    "publish_deadlines_missing": (
        "Còn {count} thời hạn thẩm định, giải trình hoặc công bố chưa đặt.",
        "{count} appraisal, explanation or publication deadlines are not set."),
    "publish_no_proposals_deadline": (
        "Chưa đặt hạn gửi đề xuất kế hoạch năm sau.",
        "The deadline for next year's plan proposals is not set."),
    # plan and proposals (desktop/models/plan.py, desktop/sync/plan.py)
    "plan_unknown_area": (
        "Bộ tiêu chí của đợt đánh giá không có lĩnh vực “{code}”.",
        "The campaign's criteria sets have no area “{code}”."),
    "plan_deadline_required": (
        "Nhiệm vụ trong kế hoạch của tỉnh cần có thời hạn.",
        "A task of the province's plan needs a deadline."),
    "plan_same_campaign": (
        "Kế hoạch dự thảo phải thuộc một đợt đánh giá khác với đợt nhận đề xuất.",
        "The draft plan must belong to another campaign than the one the proposals came in."),
    "proposal_title_required": (
        "Cần nhập nội dung đề xuất.",
        "A proposal needs a title."),
    "unknown_proposal": (
        "Không tìm thấy đề xuất {id}.",
        "There is no proposal {id}."),
    "bad_proposal_state": (
        "Trạng thái đề xuất “{value}” không hợp lệ; chọn một trong: {allowed}.",
        "“{value}” is not a proposal state; choose one of: {allowed}."),
    "proposal_already_in_plan": (
        "Đề xuất “{title}” đã được đưa vào kế hoạch nên không thể chuyển thành không chấp nhận.",
        "The proposal “{title}” is already in the plan, so it cannot be declined."),
    "no_proposals": (
        "Chưa có đề xuất nào để gửi; hãy thêm đề xuất cho kế hoạch năm sau trước.",
        "There is no proposal to send; add proposals for next year's plan first."),
})

# -- command line of the coordination cycle (desktop/cli_coord.py) ------------------------------
MESSAGES.update({
    "cli_bad_pair": (
        "Giá trị “{value}” của {option} không đúng dạng; hãy ghi theo mẫu {form}.",
        "The value “{value}” of {option} is not in the expected form; write it like {form}."),
    "cli_bad_set_source": (
        "Không dùng được bộ tiêu chí “{value}”; hãy ghi một trong {samples}, một tệp .json hoặc .xlsx, hoặc mã băm của bộ tiêu chí đã nạp.",
        "The criteria set “{value}” cannot be used; give one of {samples}, a .json or .xlsx file, or the hash of a stored criteria set."),
    "cli_option_needs": (
        "Tùy chọn {option} chỉ dùng cùng với {needs}.",
        "The option {option} only works together with {needs}."),
    "cli_unknown_campaign": (
        "Không tìm thấy đợt đánh giá “{key}”; xem danh sách bằng “cchc campaign list”.",
        "There is no campaign “{key}”; see the list with “cchc campaign list”."),
    "cli_campaign_ambiguous": (
        "“{key}” khớp với {count} đợt đánh giá; hãy ghi mã của đợt (xem “cchc campaign list”).",
        "“{key}” matches {count} campaigns; give the campaign's id (see “cchc campaign list”)."),
    "cli_proposal_ambiguous": (
        "Mã “{id}” trùng với nhiều đề xuất; hãy nhập dài hơn.",
        "The id “{id}” matches several proposals; type more of it."),
    "campaign_not_ready": (
        "Đợt đánh giá chưa sẵn sàng để phát hành: còn {count} lỗi cần sửa.",
        "The campaign is not ready to publish: {count} problems must be fixed first."),
})

# -- Excel workbooks of the reports (desktop/reports/xlsx_*.py) -----------------------------------
MESSAGES.update({
    "report_folder_missing": (
        "Không có thư mục {path}; hãy chọn một thư mục đã có để lưu báo cáo.",
        "The folder {path} does not exist; choose an existing folder to save the report in."),
})

# -- PDF reports in the NĐ 30 format (desktop/reports: fonts, nd30, info, self_assessment,
#    periodic, coordinator_pdf) -------------------------------------------------------------------
# (A folder given as the target and a missing folder are "file_is_directory" and
#  "report_folder_missing", as for the workbooks: the same failure, one sentence.)
MESSAGES.update({
    "report_font_missing": (
        "Thiếu tệp phông chữ {path} nên không tạo được báo cáo PDF; hãy cài lại CCHC Desk (báo cáo không được ghi bằng phông chữ khác vì sẽ mất dấu tiếng Việt).",
        "The font file {path} is missing, so the PDF report cannot be made; reinstall CCHC Desk (no other font is used, as it would lose the Vietnamese diacritics)."),
    "report_font_unreadable": (
        "Không đọc được tệp phông chữ {path} (tệp hỏng hoặc không cho phép nhúng); hãy cài lại CCHC Desk.",
        "The font file {path} cannot be read (damaged, or it does not allow embedding); reinstall CCHC Desk."),
    "report_font_no_vietnamese": (
        "Phông chữ {path} thiếu chữ cái tiếng Việt nên không dùng để in báo cáo; hãy cài lại CCHC Desk.",
        "The font {path} lacks Vietnamese letters, so it cannot print the report; reinstall CCHC Desk."),
    "report_layout_failed": (
        "Không dàn trang được báo cáo vì có nội dung quá lớn cho một trang; hãy rút gọn nội dung đó rồi thử lại. Không có tệp nào bị ghi.",
        "The report could not be laid out because some content is too large for a page; shorten it and try again. No file was written."),
    "report_bad_period": (
        "Kỳ báo cáo “{value}” không hợp lệ; chọn một trong: {allowed}.",
        "“{value}” is not a report period; choose one of: {allowed}."),
    "report_bad_year": (
        "Năm báo cáo “{value}” không hợp lệ.",
        "“{value}” is not a valid report year."),
    "report_text_too_long": (
        "Nội dung “{field}” của báo cáo quá dài (tối đa {limit} ký tự hoặc dòng).",
        "The report's “{field}” is too long (at most {limit} characters or lines)."),
    "report_info_bad": (
        "Thông tin báo cáo (tiêu đề, người ký, nơi nhận) không đúng dạng.",
        "The report details (header, signer, recipients) are not in the expected form."),
})

# -- Reports on the command line and in the window (desktop/cli_reports.py,
#    desktop/ui/report_dialog.py) -------------------------------------------------------------------
MESSAGES.update({
    "report_coordinator_only": (
        "Chỉ Sở Nội vụ lập được {kind}; không gian làm việc này có vai trò “{role}”.",
        "Only the Department of Home Affairs' installation makes the {kind}; this workspace has the role “{role}”."),
    "report_info_unknown_field": (
        "Thông tin báo cáo không có mục “{field}”; các mục là: {fields}.",
        "The report details have no field “{field}”; the fields are: {fields}."),
    "report_date_not_kept": (
        "Ngày của báo cáo không được lưu (văn bản mang ngày lập); hãy ghi ngày khi lập báo cáo: cchc report pdf … --date {value}.",
        "The report's date is not kept (a document carries the day it is made); give it when building the report: cchc report pdf … --date {value}."),
    "report_preview_unavailable": (
        "Không xem trước được báo cáo trên máy này; vẫn lưu được tệp PDF để mở bằng trình đọc PDF.",
        "The report cannot be previewed on this computer; it can still be saved as a PDF and opened in a PDF reader."),
})

# -- Portable mode, workspaces on removable media, opening a package file
#    (desktop/portable.py, desktop/models/checkout.py, desktop/cli.py, desktop/ui/single_instance.py)
MESSAGES.update({
    "workspace_checked_out": (
        "Không gian làm việc {path} đang được mở trên máy {host} (người dùng {user}) từ {since}; hãy đóng CCHC Desk trên máy đó khi ổ di động còn cắm để dữ liệu được ghi lại vào ổ. Nếu máy đó không còn dùng được, xóa tệp {marker} để mở tại đây (những thay đổi chưa ghi lại của máy đó sẽ không có ở đây).",
        "The workspace {path} is open on the computer {host} (user {user}) since {since}; close CCHC Desk there with the removable drive plugged in so its work is written back to the drive. If that computer can no longer be used, delete the file {marker} to open it here (changes not yet written back on that computer will not be here)."),
    "checkout_write_back_failed": (
        "Không ghi được không gian làm việc vào {path} (ổ di động đã bị rút ra, đầy hoặc chỉ cho đọc); dữ liệu vẫn an toàn trong bản sao trên máy này ({local}) và sẽ được ghi vào ổ lần tới khi mở lại không gian làm việc trên máy này.",
        "The workspace could not be written back to {path} (the removable drive was pulled out, is full or read-only); the work is safe in the copy on this computer ({local}) and is written to the drive the next time the workspace is opened on this computer."),
    "checkout_recovered": (
        "Phiên làm việc trước trên máy này (từ {since}) chưa kịp ghi vào ổ di động; nay đã ghi lại vào {path}, không mất dữ liệu nào.",
        "The previous session on this computer (since {since}) had not been written back to the removable drive; it has now been written to {path} and nothing was lost."),
    "checkout_kept_aside": (
        "Bản sao trên máy này của phiên làm việc từ {since} không ghi đè được vì không gian làm việc trên ổ di động đã thay đổi sau đó; bản sao được giữ nguyên tại {kept} và không gian làm việc được mở như trên ổ.",
        "This computer's copy from the session since {since} was not written over the workspace on the removable drive, which has changed since; that copy is kept as it is in {kept} and the workspace opens as it is on the drive."),
    "not_a_package_file": (
        "{path} không phải là gói dữ liệu CCHC Desk (tệp .cchc); hãy chọn tệp gói nhận được qua thư điện tử hoặc USB.",
        "{path} is not a CCHC Desk package (a .cchc file); choose the package file received by e-mail or on a USB drive."),
    "package_file_missing": (
        "Không tìm thấy tệp gói {path}.",
        "The package file {path} does not exist."),
    "no_workspace_for_package": (
        "Chưa có không gian làm việc nào đang mở; gói {path} sẽ được nhập ngay khi bạn tạo hoặc mở một không gian làm việc.",
        "No workspace is open yet; the package {path} is imported as soon as you create or open a workspace."),
})
