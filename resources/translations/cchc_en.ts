<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AppraisalDelegate</name>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="497"/>
        <source>lần</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="500"/>
        <source>Tỷ lệ %</source>
        <translation>Rate in %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="501"/>
        <source>Số điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="505"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="510"/>
        <source>Nhận xét của cơ quan thẩm định</source>
        <translation>Remark by the appraising department</translation>
    </message>
</context>
<context>
    <name>AppraisalExportDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="392"/>
        <source>Xuất kết quả thẩm định</source>
        <translation>Export appraisal results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="393"/>
        <source>Gói mang mọi kết quả thẩm định đã ghi cho các đơn vị được giao, đến vòng đã chọn; gói sau thay thế gói trước nên có thể gửi lại bất cứ lúc nào.</source>
        <translation>The package carries every appraisal result recorded for the assigned units, up to the chosen round; a later package replaces an earlier one, so it can be sent again at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="396"/>
        <source>Mã hóa để chỉ Sở Nội vụ đọc được</source>
        <translation>Encrypt so that only the Department of Home Affairs can read it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="397"/>
        <source>Lưu gói</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="397"/>
        <source>Nơi lưu tệp .cchc</source>
        <translation>Where to save the .cchc file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="399"/>
        <source>Vòng:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="401"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="402"/>
        <source>Xuất gói</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="407"/>
        <source>Hãy chọn nơi lưu tệp.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="415"/>
        <source>Đã xuất và đọc lại để kiểm tra: %1 (%2 byte).</source>
        <translation>Exported and read back to verify: %1 (%2 bytes).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="427"/>
        <source>Đang xuất kết quả thẩm định…</source>
        <translation>Exporting appraisal results…</translation>
    </message>
</context>
<context>
    <name>AppraisalModel</name>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="101"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="101"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="101"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="102"/>
        <source>Tối
đa</source>
        <translation>Max
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="102"/>
        <source>Tự đánh giá
(kết quả → điểm)</source>
        <translation>Self-assessment
(result → points)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="103"/>
        <source>TLKC</source>
        <translation>Evid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="103"/>
        <source>Giải trình
của đơn vị</source>
        <translation>Unit&apos;s
explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="104"/>
        <source>Trả lời
giải trình</source>
        <translation>Explanation
reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="104"/>
        <source>Kết quả
thẩm định</source>
        <translation>Appraisal
result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="105"/>
        <source>Điểm
thẩm định</source>
        <translation>Appraised
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="105"/>
        <source>Nhận xét</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="105"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="106"/>
        <source>Đề nghị
giải trình</source>
        <translation>Request
explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="189"/>
        <source>%1 lần</source>
        <translation>%1 times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="194"/>
        <source>(chưa chấm)</source>
        <translation>(not scored)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="201"/>
        <source>(chưa ghi số)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="205"/>
        <source>tr. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="234"/>
        <source>Số tài liệu kiểm chứng đơn vị trích dẫn; di chuột để xem số, ngày, trang; mở tài liệu ở khung dưới.</source>
        <translation>Number of evidence documents the unit cites; hover to see their numbers, dates and pages; open them in the panel below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="236"/>
        <source>Nội dung đơn vị giải trình theo đề nghị ở vòng 1</source>
        <translation>The unit&apos;s explanation in reply to the round 1 request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="237"/>
        <source>Kết quả thẩm định theo cách chấm của tiêu chí: chọn phương án, nhập tỷ lệ %, số lần hoặc số điểm (F2 hoặc gõ để sửa)</source>
        <translation>Appraisal result in the criterion&apos;s scoring method: choose an option, or enter a rate in %, a count or points (F2 or type to edit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="239"/>
        <source>Điểm tính theo cách chấm của tiêu chí; không sửa trực tiếp</source>
        <translation>Points calculated with the criterion&apos;s scoring method; not edited directly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="240"/>
        <source>Đề nghị đơn vị giải trình (chỉ ở vòng 1; cần ghi nhận xét)</source>
        <translation>Ask the unit for an explanation (round 1 only; a remark is required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="323"/>
        <source>(chưa thẩm định)</source>
        <translation>(not appraised)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="326"/>
        <source>%1 (như vòng 1)</source>
        <translation>%1 (as in round 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="346"/>
        <location filename="../../desktop/ui/appraisal_view.py" line="354"/>
        <source>Điểm của đơn vị đã được phê duyệt và khóa.</source>
        <translation>The unit&apos;s points have been approved and locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="348"/>
        <source>Không có tài liệu kiểm chứng</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="350"/>
        <source>Chưa lưu: chọn kết quả thẩm định để lưu.</source>
        <translation>Not saved: choose an appraisal result to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="351"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="355"/>
        <source>Lĩnh vực này do %1 thẩm định; chỉ xem.</source>
        <translation>This area is appraised by %1; view only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="358"/>
        <source>Vòng 1: %1 → %2 điểm</source>
        <translation>Round 1: %1 → %2 points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="365"/>
        <source>Đơn vị đã sửa điểm tự đánh giá sau khi thẩm định: lúc thẩm định là %1 điểm, nay là %2 điểm. Hãy xem lại và ghi lại kết quả thẩm định.</source>
        <translation>The unit changed its self-assessed score after the appraisal: %1 points when appraised, %2 points now. Review it and record the appraisal result again.</translation>
    </message>
</context>
<context>
    <name>AppraisalView</name>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="581"/>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="582"/>
        <source>Theo lĩnh vực</source>
        <translation>By area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="583"/>
        <source>Theo lĩnh vực: thẩm định một lĩnh vực của mọi đơn vị</source>
        <translation>By area: appraise one area across all units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="587"/>
        <source>Lọc đơn vị…</source>
        <translation>Filter units…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="601"/>
        <source>Vòng 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="602"/>
        <source>Vòng 2</source>
        <translation>Round 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="603"/>
        <source>Vòng 1: thẩm định và đề nghị giải trình; vòng 2: điểm cuối cùng sau giải trình</source>
        <translation>Round 1: appraisal and explanation requests; round 2: final points after the explanations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="607"/>
        <source>Tất cả tiêu chí</source>
        <translation>All criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="607"/>
        <source>Chưa thẩm định</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="608"/>
        <source>Điểm thẩm định thấp hơn</source>
        <translation>Appraised below self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="609"/>
        <source>Sửa sau thẩm định</source>
        <translation>Changed after appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="610"/>
        <source>Có đề nghị giải trình</source>
        <translation>Explanation requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="616"/>
        <source>Mã, tên tiêu chí, nhận xét…</source>
        <translation>Code, criterion name, remark…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="618"/>
        <source>Cho sửa mọi lĩnh vực</source>
        <translation>Allow editing all areas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="620"/>
        <source>Sở Nội vụ có thể ghi kết quả thẩm định cho mọi lĩnh vực; mặc định chỉ sửa các lĩnh vực Sở Nội vụ thẩm định, các lĩnh vực khác chỉ xem.</source>
        <translation>The Department of Home Affairs may record appraisal results for every area; by default only the areas it appraises itself can be edited, and the other areas are view only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="624"/>
        <source>&amp;Vòng:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="625"/>
        <source>&amp;Hiện:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="626"/>
        <source>Tìm &amp;kiếm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="660"/>
        <source>F2 hoặc gõ để sửa ô đang chọn; Space: đánh dấu đề nghị giải trình</source>
        <translation>F2 or type to edit the selected cell; Space: tick or untick the explanation request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="669"/>
        <source>Kết quả được lưu ngay khi sửa xong một ô.</source>
        <translation>Results are saved as soon as you finish editing a cell.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="695"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="696"/>
        <source>Mở tài liệu kiểm chứng đang chọn bằng chương trình xem của máy (bản sao chỉ đọc)</source>
        <translation>Open the selected evidence with this computer&apos;s viewer (read-only copy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="702"/>
        <source>Đơn vị tự đánh giá</source>
        <translation>Unit&apos;s self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="705"/>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="706"/>
        <source>Giải trình:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="710"/>
        <source>Tài liệu:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="711"/>
        <source>Thẩm định</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="714"/>
        <source>Nhận xét:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="715"/>
        <source>Vòng 1:</source>
        <translation>Round 1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="717"/>
        <source>Trả lời giải trình:</source>
        <translation>Explanation reply:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="933"/>
        <source>Cơ quan thẩm định: %1</source>
        <translation>Appraising department: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="935"/>
        <source>Lĩnh vực Sở Nội vụ thẩm định trực tiếp</source>
        <translation>Area appraised directly by the Department of Home Affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="972"/>
        <source>Chưa có tiêu chí nào để thẩm định.</source>
        <translation>No criteria to appraise yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="984"/>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="990"/>
        <source>thẩm định: %1</source>
        <translation>appraiser: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="991"/>
        <source>vòng %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1032"/>
        <source>Tiêu chí %1: chọn kết quả thẩm định để lưu.</source>
        <translation>Criterion %1: choose an appraisal result to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1057"/>
        <source>Đã lưu kết quả thẩm định tiêu chí %1 của %2.</source>
        <translation>Saved the appraisal result of criterion %1 for %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1087"/>
        <source>Chọn một tiêu chí để xem đầy đủ.</source>
        <translation>Select a criterion to see it in full.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1094"/>
        <source>tối đa %1 điểm</source>
        <translation>maximum %1 points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1098"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1106"/>
        <source>(không có tài liệu kiểm chứng)</source>
        <translation>(no evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1114"/>
        <source>%1 → %2 điểm</source>
        <translation>%1 → %2 points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1120"/>
        <source>(có đề nghị giải trình)</source>
        <translation>(explanation requested)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1133"/>
        <source>Điểm của đơn vị đã được phê duyệt và khóa.</source>
        <translation>The unit&apos;s points have been approved and locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1135"/>
        <source>Lĩnh vực này do %1 thẩm định; chỉ xem.</source>
        <translation>This area is appraised by %1; view only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1152"/>
        <source>Không có chương trình nào mở được tệp này trên máy; tệp ở %1.</source>
        <translation>No program on this computer can open this file; the file is at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1186"/>
        <source>%1 tiêu chí · Tự đánh giá: %2 điểm · Thẩm định: %3 điểm (%4/%1 tiêu chí đã có điểm) · Chênh lệch: %5</source>
        <translation>%1 criteria · Self-assessment: %2 points · Appraisal: %3 points (%4/%1 criteria scored) · Difference: %5</translation>
    </message>
</context>
<context>
    <name>AppraisalWorkDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="155"/>
        <source>Xuất gói giao thẩm định</source>
        <translation>Export appraisal work packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="156"/>
        <source>Gói mang bài tự đánh giá, giải trình và tài liệu kiểm chứng của các đơn vị đã nộp (chưa phê duyệt), chỉ phần các lĩnh vực do cơ quan đó thẩm định. Các đơn vị được giao chuyển sang “Đang thẩm định”.</source>
        <translation>The package carries the self-assessments, explanations and evidence of the units that have submitted (and are not yet approved), limited to the areas that department appraises. The units sent move to “Under appraisal”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="162"/>
        <source>Tất cả cơ quan thẩm định (mỗi cơ quan một gói)</source>
        <translation>All appraising departments (one package each)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="167"/>
        <source>Chọn thư mục lưu gói</source>
        <translation>Choose a folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="168"/>
        <source>Thư mục lưu gói (ổ USB hoặc thư mục gửi thư)</source>
        <translation>Folder for the packages (USB stick or outgoing mail folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="169"/>
        <source>Cơ quan thẩm định:</source>
        <translation>Appraising department:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="171"/>
        <source>Lĩnh vực:</source>
        <translation>Areas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="172"/>
        <source>Vòng:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="173"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="174"/>
        <source>Xuất gói</source>
        <translation>Export packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="187"/>
        <source>Chưa phân công cơ quan nào khác thẩm định: mọi lĩnh vực do Sở Nội vụ thẩm định trực tiếp.</source>
        <translation>No other appraising department has been assigned: the Department of Home Affairs appraises every area directly.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/coordination_dialogs.py" line="231"/>
        <source>Đã xuất %n gói giao thẩm định.</source>
        <translation>
            <numerusform>Exported %n appraisal work package.</numerusform>
            <numerusform>Exported %n appraisal work packages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="244"/>
        <source>Đang xuất gói giao thẩm định…</source>
        <translation>Exporting appraisal work packages…</translation>
    </message>
</context>
<context>
    <name>AreaAppraisersDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="435"/>
        <source>Phân công thẩm định theo lĩnh vực</source>
        <translation>Assign appraisers by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="436"/>
        <source>Chọn cơ quan thẩm định cho từng lĩnh vực của từng nhóm đơn vị; thay đổi được lưu ngay và đi kèm gói đợt đánh giá gửi lần sau.</source>
        <translation>Choose the appraising department for each area of each unit group; changes are saved at once and go out with the next campaign package.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="439"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="439"/>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="440"/>
        <source>Cơ quan thẩm định</source>
        <translation>Appraising department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="479"/>
        <source>Đã lưu: lĩnh vực %1 (%2) do %3 thẩm định.</source>
        <translation>Saved: area %1 (%2) is appraised by %3.</translation>
    </message>
</context>
<context>
    <name>AreaChart</name>
    <message>
        <location filename="../../desktop/ui/area_chart.py" line="71"/>
        <source>Biểu đồ điểm tự đánh giá theo lĩnh vực</source>
        <translation>Chart of self-assessed points by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_chart.py" line="137"/>
        <source>Chưa có dữ liệu chấm điểm</source>
        <translation>No scores yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_chart.py" line="170"/>
        <source>%1: %2 điểm</source>
        <translation>%1: %2 points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_chart.py" line="172"/>
        <source>(điều tra xã hội học, do Sở Nội vụ nhập)</source>
        <translation>(survey, entered by the Department of Home Affairs)</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop/ui/assessment_view.py" line="101"/>
        <source>%v/%m tiêu chí</source>
        <translation>%v/%m criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_view.py" line="183"/>
        <source>Tổng điểm tự đánh giá: %1 / %2 · chỉ số %3%</source>
        <translation>Self-assessed total: %1 / %2 · index %3%</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="165"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="165"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="165"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="165"/>
        <source>Khối</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="166"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="166"/>
        <source>Vòng</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="166"/>
        <source>Gói gần nhất</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="167"/>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="167"/>
        <source>Tự đánh
giá</source>
        <translation>Self
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="167"/>
        <source>Thẩm
định</source>
        <translation>Appraised
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="168"/>
        <source>Cần chú ý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="198"/>
        <source>Tổng cộng đơn giản: điểm các tiêu chí tự chấm (thẩm định: cộng cả điểm điều tra xã hội học), chưa tính điểm thưởng, điểm trừ. Đơn vị đã phê duyệt: điểm cuối cùng đã phê duyệt.</source>
        <translation>Simple total: points of the self-scored criteria (appraised: survey points included), without bonus or penalty points. Approved units: the approved final points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="251"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="254"/>
        <source>%1 (đang giữ)</source>
        <translation>%1 (held)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="283"/>
        <source>%1 — có gói đang giữ trong khu cách ly</source>
        <translation>%1 — a package is held in quarantine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="286"/>
        <source>Điểm cuối cùng đã phê duyệt (gồm điểm điều tra xã hội học, điểm thưởng, điểm trừ).</source>
        <translation>Approved final points (including survey, bonus and penalty points).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="289"/>
        <source>Gói này đang được giữ lại, chưa áp dụng.</source>
        <translation>This package is being held and has not been applied.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="398"/>
        <source>Bấm để chỉ hiện các đơn vị này</source>
        <translation>Click to show only these units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="405"/>
        <source>Nhóm đơn vị (mỗi nhóm dùng một bộ tiêu chí)</source>
        <translation>Unit group (each group uses its own criteria set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="407"/>
        <location filename="../../desktop/ui/board_view.py" line="534"/>
        <location filename="../../desktop/ui/board_view.py" line="554"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="410"/>
        <location filename="../../desktop/ui/board_view.py" line="555"/>
        <source>Nộp muộn</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="411"/>
        <location filename="../../desktop/ui/board_view.py" line="555"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="412"/>
        <source>Sửa sau thẩm định</source>
        <translation>Changed after appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="415"/>
        <source>Khối xếp hạng: Sở, ban, ngành; Cơ quan ngành dọc; UBND cấp xã</source>
        <translation>Ranking block: departments and provincial agencies; central agencies based in the province; commune-level People&apos;s Committees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="419"/>
        <source>Mã hoặc tên đơn vị…</source>
        <translation>Unit code or name…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="420"/>
        <source>Gõ có dấu hay không dấu đều được</source>
        <translation>Diacritics are optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="428"/>
        <source>Xuất danh sách chưa nộp…</source>
        <translation>Export list of units yet to submit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="429"/>
        <source>Lưu danh sách các đơn vị chưa nộp thành tệp Excel (.xlsx) kèm hạn và số ngày quá hạn</source>
        <translation>Save the list of units that have not submitted as an Excel file (.xlsx), with the deadline and the days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="433"/>
        <source>&amp;Nhóm:</source>
        <translation>Gr&amp;oup:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="434"/>
        <source>&amp;Trạng thái:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="435"/>
        <source>&amp;Khối:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="436"/>
        <source>Tìm &amp;kiếm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="454"/>
        <source>Nhấp đúp hoặc Enter: mở thẩm định của đơn vị</source>
        <translation>Double-click or Enter: open the unit&apos;s appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="572"/>
        <source>Hiển thị %1/%2 đơn vị</source>
        <translation>Showing %1/%2 units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="613"/>
        <source>Lưu danh sách đơn vị chưa nộp</source>
        <translation>Save the list of units yet to submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="614"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="627"/>
        <source>Đã lưu %n đơn vị chưa nộp vào %1.</source>
        <translation>
            <numerusform>%1: saved %n unit that has not submitted.</numerusform>
            <numerusform>%1: saved %n units that have not submitted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="84"/>
        <source>&amp;Kiểm tra lại</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="94"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="94"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="95"/>
        <source>Danh sách lỗi và cảnh báo</source>
        <translation>List of errors and warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="112"/>
        <source>Nhấn Enter hoặc nhấp đúp vào một dòng để mở tiêu chí đó.</source>
        <translation>Press Enter or double-click a row to open that criterion.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="120"/>
        <location filename="../../desktop/ui/check_view.py" line="166"/>
        <source>Chưa mở không gian làm việc.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="127"/>
        <source>Chưa có đợt đánh giá để kiểm tra.</source>
        <translation>There is no campaign to check yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="187"/>
        <source>Có thể nộp</source>
        <translation>Ready to submit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/check_view.py" line="190"/>
        <source>Chưa thể nộp: %n lỗi</source>
        <translation>
            <numerusform>Not ready to submit: %n error</numerusform>
            <numerusform>Not ready to submit: %n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/check_view.py" line="193"/>
        <source>%1 lỗi phải sửa trước khi xuất gói; %2 cảnh báo nên xem lại.</source>
        <translation>Errors to fix before exporting the package: %1; warnings worth reviewing: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/check_view.py" line="197"/>
        <source>Lỗi (%n)</source>
        <translation>
            <numerusform>Error (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/check_view.py" line="199"/>
        <source>Cảnh báo (%n)</source>
        <translation>
            <numerusform>Warning (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="56"/>
        <source>Chưa nhận</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="57"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="58"/>
        <source>Đang thẩm định</source>
        <translation>Under appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="59"/>
        <source>Đã yêu cầu giải trình</source>
        <translation>Explanation requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="60"/>
        <source>Đã giải trình</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="61"/>
        <source>Đã thẩm định</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="62"/>
        <source>Đã phê duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="64"/>
        <source>Đang giữ (cách ly)</source>
        <translation>Held (quarantine)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="66"/>
        <source>Sở, ban, ngành</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="67"/>
        <source>Ngành dọc</source>
        <translation>Central agencies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="68"/>
        <source>Cấp xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="71"/>
        <source>Gói tự đánh giá</source>
        <translation>Self-assessment package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="72"/>
        <source>Đăng ký khóa</source>
        <translation>Key enrolment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="73"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="74"/>
        <source>Kết quả thẩm định</source>
        <translation>Appraisal results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="75"/>
        <source>Đề xuất nhiệm vụ</source>
        <translation>Task proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="76"/>
        <source>Giấy báo nhận</source>
        <translation>Receipt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="132"/>
        <source>Quá hạn %n ngày</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="133"/>
        <source>Đã quá hạn tự chấm điểm %1 mà chưa nhận được gói tự đánh giá nào.</source>
        <translation>The self-assessment deadline of %1 has passed and no self-assessment package has been received.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="137"/>
        <source>Quá hạn giải trình %n ngày</source>
        <translation>
            <numerusform>Explanation overdue by %n day</numerusform>
            <numerusform>Explanation overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="138"/>
        <source>Đã quá hạn giải trình %1 mà chưa nhận được giải trình.</source>
        <translation>The explanation deadline of %1 has passed and no explanation has been received.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="141"/>
        <source>Có gói của đơn vị đang giữ trong khu cách ly (khóa chưa được duyệt, xung đột hoặc gửi sau khi đã phê duyệt); xem thẻ “Gói dữ liệu”.</source>
        <translation>A package from this unit is held in quarantine (key not yet approved, a conflict, or sent after approval); see the “Packages” tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="146"/>
        <source>Nộp muộn</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="147"/>
        <source>Gói tự đánh giá gửi sau hạn tự chấm điểm %1.</source>
        <translation>The self-assessment package was sent after the self-assessment deadline of %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="151"/>
        <source>Sửa sau thẩm định: %n</source>
        <translation>
            <numerusform>%n criterion changed after appraisal</numerusform>
            <numerusform>%n criteria changed after appraisal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="152"/>
        <source>%n tiêu chí đơn vị sửa điểm tự đánh giá sau khi đã được thẩm định; xem lại ở thẻ “Thẩm định”.</source>
        <translation>
            <numerusform>%n criterion whose self-assessed score the unit changed after it was appraised; review it in the “Appraisal” tab.</numerusform>
            <numerusform>%n criteria whose self-assessed scores the unit changed after they were appraised; review them in the “Appraisal” tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaTree</name>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="80"/>
        <source>Chưa chấm</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="80"/>
        <location filename="../../desktop/ui/criteria_tree.py" line="92"/>
        <source>Đã chấm</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="81"/>
        <location filename="../../desktop/ui/criteria_tree.py" line="92"/>
        <source>Cần giải trình</source>
        <translation>Needs an explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="82"/>
        <source>Đã chấm, có tài liệu kiểm chứng</source>
        <translation>Scored, with evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="83"/>
        <source>Không tự chấm hoặc đã khóa</source>
        <translation>Not self-assessed, or locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="87"/>
        <source>Tìm mã hoặc tên tiêu chí (không cần dấu)…</source>
        <translation>Search criterion code or name (diacritics optional)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="91"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="91"/>
        <source>Chưa xong</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="93"/>
        <source>Chưa có tài liệu</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="99"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criteria_tree.py" line="99"/>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="92"/>
        <source>Cách chấm:</source>
        <translation>How to score:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="93"/>
        <source>Tài liệu kiểm chứng gợi ý:</source>
        <translation>Suggested evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="95"/>
        <source>Kết quả tự đánh giá</source>
        <translation>Self-assessment result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="116"/>
        <source>Xóa kết quả</source>
        <translation>Clear result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="129"/>
        <source>Dùng giá trị gợi ý</source>
        <translation>Use suggested value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="140"/>
        <source>Giải thích kết quả tự chấm khi chưa có hoặc chưa đủ tài liệu kiểm chứng, hoặc khi điểm thấp hơn điểm tối đa.</source>
        <translation>Explain the self-assessed result when evidence is missing or incomplete, or when the score is below the maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="318"/>
        <source>Điểm tối đa: %1</source>
        <translation>Maximum points: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="320"/>
        <source>Cơ quan thẩm định: %1</source>
        <translation>Appraising department: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="322"/>
        <source>Căn cứ: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="243"/>
        <source>Điểm của mục này là tổng các tiêu chí thành phần:</source>
        <translation>This item&apos;s score is the sum of its sub-criteria:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="178"/>
        <source>Yêu cầu giải trình</source>
        <translation>Explanation requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="180"/>
        <location filename="../../desktop/ui/criterion_page.py" line="228"/>
        <source>Trả lời giải trình…</source>
        <translation>Reply to the request…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="181"/>
        <source>Mở thẻ “Giải trình” ở tiêu chí này</source>
        <translation>Open the “Explanation” tab at this criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="207"/>
        <source>Điểm điều tra xã hội học: %1 / %2 — %3</source>
        <translation>Survey points: %1 / %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="209"/>
        <source>Điểm thẩm định: %1 / %2 (vòng %4) — %3</source>
        <translation>Appraised points: %1 / %2 (round %4) — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="211"/>
        <source>Điểm thẩm định: %1 / %2 — %3</source>
        <translation>Appraised points: %1 / %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="216"/>
        <source>Nhận xét: %1</source>
        <translation>Remark: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="219"/>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="224"/>
        <source>Yêu cầu giải trình — đã trả lời</source>
        <translation>Explanation requested — replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="225"/>
        <source>Yêu cầu giải trình — chưa trả lời</source>
        <translation>Explanation requested — not replied yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="227"/>
        <source>Xem giải trình…</source>
        <translation>View the explanation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="246"/>
        <source>Tiêu chí này không tự chấm: điểm do Sở Nội vụ nhập từ kết quả điều tra xã hội học.</source>
        <translation>This criterion is not self-assessed: the Department of Home Affairs enters its points from the survey results.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="345"/>
        <source>điểm</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="355"/>
        <source>Số lần: </source>
        <translation>Count: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="358"/>
        <source>Tỷ lệ %, ví dụ 92,5</source>
        <translation>Rate in %, e.g. 92.5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="359"/>
        <source>Số điểm, ví dụ 1,5</source>
        <translation>Points, e.g. 1.5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="379"/>
        <source>%1/%2 nhiệm vụ kế hoạch tỉnh hoàn thành đúng hạn</source>
        <translation>%1/%2 province plan tasks completed on time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="383"/>
        <source>%1 trong %2 nhiệm vụ kế hoạch tỉnh quá hạn</source>
        <translation>%1 of %2 province plan tasks overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="386"/>
        <source>Gợi ý từ dữ liệu nhiệm vụ: %1 (%2)</source>
        <translation>Suggested from task data: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="402"/>
        <location filename="../../desktop/ui/criterion_page.py" line="443"/>
        <source>Điểm: %1 / %2</source>
        <translation>Points: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="405"/>
        <source>Đã lưu tự động.</source>
        <translation>Saved automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="427"/>
        <source>Giải trình (bắt buộc — chưa có hoặc chưa đủ tài liệu kiểm chứng, hoặc điểm dưới mức tối đa):</source>
        <translation>Explanation (required — evidence is missing or incomplete, or the score is below the maximum):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="428"/>
        <source>Giải trình:</source>
        <translation>Explanation:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="96"/>
        <source>DỮ LIỆU MẪU — chỉ để làm quen, không dùng cho báo cáo chính thức</source>
        <translation>DEMO DATA — for practice only, not for official reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="108"/>
        <source>Đơn vị và đợt đánh giá</source>
        <translation>Unit and campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="110"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="111"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="112"/>
        <source>Đợt đánh giá:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="121"/>
        <source>%v/%m tiêu chí đã chấm</source>
        <translation>%v/%m criteria scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="123"/>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="54"/>
        <source>Hạn tự chấm điểm</source>
        <translation>Self-assessment deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="55"/>
        <source>Thẩm định vòng 1</source>
        <translation>Appraisal, round 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="56"/>
        <source>Hạn giải trình, bổ sung tài liệu</source>
        <translation>Deadline for explanations and additional evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="57"/>
        <source>Thẩm định vòng 2</source>
        <translation>Appraisal, round 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="58"/>
        <source>Công bố kết quả</source>
        <translation>Publication of results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="59"/>
        <source>Đề xuất nhiệm vụ CCHC năm sau</source>
        <translation>Proposals for next year&apos;s administrative reform tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="60"/>
        <source>Họp giao ban CCHC quý</source>
        <translation>Quarterly administrative reform briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="62"/>
        <source>Thời hạn khác</source>
        <translation>Other deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard.py" line="69"/>
        <source>còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="71"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard.py" line="73"/>
        <source>đã qua %n ngày</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard.py" line="74"/>
        <source>quá hạn %n ngày</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="113"/>
        <source>Nhiệm vụ:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="114"/>
        <source>Tài liệu kiểm chứng:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="133"/>
        <source>Điểm tự đánh giá theo lĩnh vực</source>
        <translation>Self-assessed points by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="139"/>
        <source>Việc</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="139"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="139"/>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="150"/>
        <source>Lịch của đợt đánh giá</source>
        <translation>Campaign schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="154"/>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="154"/>
        <source>Đã chấm</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="155"/>
        <location filename="../../desktop/ui/dashboard.py" line="337"/>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="155"/>
        <source>Thẩm định</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="169"/>
        <location filename="../../desktop/ui/dashboard.py" line="339"/>
        <source>Tiến độ chấm theo lĩnh vực</source>
        <translation>Scoring progress by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="198"/>
        <source>Kết quả thẩm định</source>
        <translation>Appraisal result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="227"/>
        <source>Điểm tự đánh giá</source>
        <translation>Self-assessed points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="228"/>
        <source>Điểm tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="289"/>
        <source>Đơn vị tự đánh giá</source>
        <translation>Assessed unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="289"/>
        <source>Sở Nội vụ (điều phối)</source>
        <translation>Department of Home Affairs (coordinator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="290"/>
        <source>Cơ quan thẩm định</source>
        <translation>Appraising department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="291"/>
        <location filename="../../desktop/ui/dashboard.py" line="293"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="292"/>
        <source>(chưa thiết lập)</source>
        <translation>(not set up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="295"/>
        <source>%1 nhiệm vụ: %2 hoàn thành, %3 quá hạn</source>
        <translation>%1 tasks: %2 done, %3 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="299"/>
        <source>%1 tệp</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="315"/>
        <location filename="../../desktop/ui/dashboard.py" line="345"/>
        <source>Chỉ số: %1%</source>
        <translation>Index: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="318"/>
        <source>%1 tiêu chí cần giải trình</source>
        <translation>%1 criteria need an explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="337"/>
        <source>Tự chấm</source>
        <translation>Self-scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="338"/>
        <source>Tự chấm và thẩm định theo lĩnh vực</source>
        <translation>Self-scored and appraised points by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="348"/>
        <source>Hạng %1/%2 khối %3</source>
        <translation>Rank %1/%2 in block: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="353"/>
        <source>Khối %1: chưa xếp hạng</source>
        <translation>Block: %1 — not ranked yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="359"/>
        <source>Phần tự chấm: %2 (tự đánh giá %1, %3)</source>
        <translation>Self-scored criteria: %2 (self-assessed %1, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="364"/>
        <source>Điều tra xã hội học: %1</source>
        <translation>Survey: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="368"/>
        <source>Điểm thẩm định của các tiêu chí đơn vị tự chấm, bên cạnh điểm tự đánh giá; điểm điều tra xã hội học do Sở Nội vụ nhập.</source>
        <translation>Appraised points for the criteria the unit scores itself, beside its self-assessed points; survey points are entered by the Department of Home Affairs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="371"/>
        <source>Thứ hạng tạm tính: trong khối còn đơn vị chưa được phê duyệt điểm.</source>
        <translation>Provisional rank: some units of the block are not approved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="382"/>
        <source>Điểm thẩm định của lĩnh vực</source>
        <translation>Appraised points for the area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="397"/>
        <source>%1/%2 tiêu chí đã chấm</source>
        <translation>%1/%2 criteria scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="401"/>
        <source>Điều tra XHH</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="402"/>
        <source>Điểm điều tra xã hội học do Sở Nội vụ nhập</source>
        <translation>Survey points entered by the Department of Home Affairs</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="293"/>
        <location filename="../../desktop/ui/evidence_panel.py" line="429"/>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="304"/>
        <source>Kéo thả tệp vào đây hoặc bấm Chọn tệp…</source>
        <translation>Drag and drop files here or click Choose files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="308"/>
        <source>Chọn tệ&amp;p…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="309"/>
        <source>Chọn một hoặc nhiều tệp để thêm làm minh chứng</source>
        <translation>Choose one or more files to add as evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="311"/>
        <source>Liên &amp;kết tài liệu có sẵn…</source>
        <translation>&amp;Link existing documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="312"/>
        <source>Dùng tài liệu đã thêm cho tiêu chí khác</source>
        <translation>Use documents already added for another criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="338"/>
        <source>Danh sách tài liệu kiểm chứng</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="356"/>
        <source>&amp;Mở tệp</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="357"/>
        <source>Mở bằng chương trình xem của máy (Enter)</source>
        <translation>Open with this computer&apos;s viewer (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="359"/>
        <source>&amp;Bỏ liên kết</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="360"/>
        <source>Bỏ tài liệu khỏi tiêu chí này; tệp vẫn còn trong kho (Delete)</source>
        <translation>Remove the document from this criterion; the file stays in the library (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="367"/>
        <source>Trích dẫn tài liệu</source>
        <translation>Document citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="372"/>
        <source>vd. 15/BC-STP</source>
        <translation>e.g. 15/BC-STP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="373"/>
        <source>vd. 31/12/2026</source>
        <translation>e.g. 31/12/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="374"/>
        <source>vd. Sở Tư pháp</source>
        <translation>e.g. Department of Justice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="375"/>
        <source>vd. Mục II, tr. 3–5</source>
        <translation>e.g. Section II, pp. 3–5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="376"/>
        <source>Số, ký &amp;hiệu:</source>
        <translation>Number and s&amp;ymbol:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="376"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="377"/>
        <source>Cơ &amp;quan ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="377"/>
        <source>Mục/tr&amp;ang:</source>
        <translation>Section/&amp;page:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="401"/>
        <source>H&amp;oàn tác</source>
        <translation>U&amp;ndo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="428"/>
        <source>Tài liệu kiểm chứng — %1</source>
        <translation>Evidence — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="434"/>
        <source>Chọn một tiêu chí để xem và thêm tài liệu kiểm chứng.</source>
        <translation>Select a criterion to view and add evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="470"/>
        <source>%1 tệp</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="471"/>
        <source>Chưa có tài liệu kiểm chứng cho tiêu chí này. Kéo thả tệp vào khung ở trên, hoặc liên kết tài liệu đã có.</source>
        <translation>No evidence for this criterion yet. Drag and drop files into the box above, or link existing documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="520"/>
        <source>Đã dừng theo yêu cầu; %1 tệp đã thêm trước đó vẫn được giữ.</source>
        <translation>Stopped as requested; the %1 files already added have been kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="564"/>
        <source>Chọn một tệp trong danh sách để ghi số, ký hiệu, ngày, cơ quan ban hành và mục/trang.</source>
        <translation>Select a file in the list to record its number and symbol, date, issuing body and section/page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="615"/>
        <source>Đã lưu trích dẫn của “%1”.</source>
        <translation>Saved the citation for “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="660"/>
        <source>Chọn tài liệu kiểm chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="661"/>
        <source>Tài liệu (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff *.zip);;Mọi tệp (*)</source>
        <translation>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="675"/>
        <source>Đang thêm %1 mục…</source>
        <translation>Adding %1 items…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="686"/>
        <source>Đã thêm %1 tệp cho tiêu chí %2.</source>
        <translation>Added %1 files to criterion %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="689"/>
        <source>%1 tệp đã có sẵn trong kho nên không lưu thêm bản nữa.</source>
        <translation>%1 files were already in the library, so no extra copy was stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="696"/>
        <source>Đang thêm tài liệu kiểm chứng…</source>
        <translation>Adding evidence…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="746"/>
        <source>Không có chương trình nào mở được “%1” trên máy này; tệp ở %2.</source>
        <translation>No program on this computer can open “%1”; the file is at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="781"/>
        <source>Đã bỏ liên kết “%1” khỏi tiêu chí %2. Tệp vẫn còn trong kho.</source>
        <translation>Unlinked “%1” from criterion %2. The file is still in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="799"/>
        <source>Đã liên kết lại “%1” với tiêu chí %2.</source>
        <translation>Linked “%1” to criterion %2 again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="831"/>
        <source>Đã liên kết %1 tài liệu với tiêu chí %2.</source>
        <translation>Linked %1 documents to criterion %2.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="103"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="103"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="103"/>
        <source>Cỡ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="103"/>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="104"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="104"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="104"/>
        <source>Mục/trang</source>
        <translation>Section/page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="133"/>
        <source>Ảnh</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="135"/>
        <source>Tệp nén</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="137"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="139"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="141"/>
        <source>Âm thanh</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="143"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="149"/>
        <source>Số, ký hiệu: %1</source>
        <translation>Number and symbol: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="150"/>
        <source>Ngày ban hành: %1</source>
        <translation>Date of issue: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="151"/>
        <source>Cơ quan ban hành: %1</source>
        <translation>Issuing body: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="152"/>
        <source>Mục/trang: %1</source>
        <translation>Section/page: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_panel.py" line="154"/>
        <source>Tệp lớn (trên %1): khó gửi qua thư điện tử.</source>
        <translation>Large file (over %1): hard to send by email.</translation>
    </message>
</context>
<context>
    <name>ExplanationRequestsDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="253"/>
        <source>Xuất kết quả thẩm định và đề nghị giải trình</source>
        <translation>Export appraisal results and explanation requests</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="254"/>
        <source>Mỗi đơn vị đã được thẩm định đủ trong vòng nhận một gói: điểm thẩm định, nhận xét và các tiêu chí cần giải trình, kèm hạn giải trình.</source>
        <translation>Each unit fully appraised in the round gets one package: the appraised points, the remarks and the criteria needing an explanation, with the explanation deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="258"/>
        <source>Chọn thư mục lưu gói</source>
        <translation>Choose a folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="259"/>
        <source>Thư mục lưu các gói</source>
        <translation>Folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="260"/>
        <source>Vòng:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="261"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="262"/>
        <source>Xuất gói</source>
        <translation>Export packages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/coordination_dialogs.py" line="272"/>
        <source>Đã ghi %n gói:</source>
        <translation>
            <numerusform>Wrote %n package:</numerusform>
            <numerusform>Wrote %n packages:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="283"/>
        <source>Đang xuất đề nghị giải trình…</source>
        <translation>Exporting explanation requests…</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="129"/>
        <source>Chưa có yêu cầu giải trình. Khi Sở Nội vụ gửi gói đề nghị giải trình, hãy nhập gói ở thẻ “Gói dữ liệu”: các tiêu chí cần giải trình sẽ hiện ở đây.</source>
        <translation>No explanation requests yet. When the Department of Home Affairs sends an explanation request package, import it in the “Packages” tab: the criteria needing an explanation will appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="138"/>
        <source>Đề nghị giải trình, bổ sung tài liệu kiểm chứng</source>
        <translation>Requests for explanations and additional evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="143"/>
        <source>&amp;Xuất gói giải trình…</source>
        <translation>E&amp;xport explanation package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="145"/>
        <source>Gói gửi Sở Nội vụ: nội dung giải trình và tài liệu bổ sung của mọi tiêu chí được đề nghị. Chỉ xuất được khi đã trả lời hết.</source>
        <translation>The package for the Department of Home Affairs: the explanations and additional documents for every requested criterion. It can be exported only once every request has been answered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="148"/>
        <source>Mã hóa để chỉ Sở Nội vụ đọc được</source>
        <translation>Encrypt so that only the Department of Home Affairs can read it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="150"/>
        <source>Dùng khóa mã hóa của Sở Nội vụ nhận được cùng gói đợt đánh giá.</source>
        <translation>Uses the Department of Home Affairs&apos; encryption key received with the campaign package.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="175"/>
        <location filename="../../desktop/ui/explanation_view.py" line="229"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="175"/>
        <location filename="../../desktop/ui/explanation_view.py" line="229"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="175"/>
        <location filename="../../desktop/ui/explanation_view.py" line="229"/>
        <source>Tối đa</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="175"/>
        <location filename="../../desktop/ui/explanation_view.py" line="229"/>
        <source>Tự chấm</source>
        <translation>Self-scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="176"/>
        <location filename="../../desktop/ui/explanation_view.py" line="230"/>
        <source>Thẩm định</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="176"/>
        <location filename="../../desktop/ui/explanation_view.py" line="230"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="176"/>
        <source>Trả lời</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="177"/>
        <source>Các tiêu chí được đề nghị giải trình</source>
        <translation>Criteria asked for an explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="185"/>
        <source>Tiêu chí được đề nghị giải trình</source>
        <translation>Criteria asked for an explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="201"/>
        <source>Điểm:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="202"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="203"/>
        <source>Nhận xét:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="204"/>
        <source>&amp;Nội dung giải trình:</source>
        <translation>Explanation &amp;details:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="207"/>
        <source>Trả lời nhận xét của cơ quan thẩm định; nêu tài liệu bổ sung (số, ký hiệu, ngày) nếu có. Nội dung được lưu tự động.</source>
        <translation>Reply to the appraising department&apos;s remark; cite any additional documents (number and symbol, date). Your text is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="218"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="230"/>
        <source>Nhận xét</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="231"/>
        <source>Các tiêu chí khác đã thẩm định</source>
        <translation>Other appraised criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="233"/>
        <source>Không có tiêu chí nào khác bị chấm thấp hơn điểm tự đánh giá.</source>
        <translation>No other criterion was appraised below its self-assessed points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="236"/>
        <source>Các tiêu chí khác đã thẩm định (thấp hơn điểm tự đánh giá, không phải giải trình)</source>
        <translation>Other appraised criteria (below the self-assessed points, no explanation needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="419"/>
        <source>vòng %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="425"/>
        <source>Lý do: %1
Nhận xét: %2</source>
        <translation>Reason: %1
Remark: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="432"/>
        <source>Đã trả lời</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="432"/>
        <source>Chưa trả lời</source>
        <translation>Not replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="453"/>
        <source>Hạn giải trình: chưa có</source>
        <translation>Explanation deadline: not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="459"/>
        <source>Hạn giải trình: %1 (%2)</source>
        <translation>Explanation deadline: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="470"/>
        <source>Đã trả lời %1/%2</source>
        <translation>Replied: %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="473"/>
        <source>có thể xuất gói giải trình</source>
        <translation>the explanation package can be exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="510"/>
        <source>(vòng %1)</source>
        <translation>(round %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="512"/>
        <source>tự chấm %1 / %2 · thẩm định %3%4 — %5</source>
        <translation>self-scored %1 / %2 · appraised %3%4 — %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="537"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="539"/>
        <source>Chưa trả lời.</source>
        <translation>Not replied yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="547"/>
        <source>Đang soạn… (tự lưu khi ngừng gõ)</source>
        <translation>Editing… (saved automatically when you stop typing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="572"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="587"/>
        <source>Đã lưu lúc %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="612"/>
        <source>Lưu gói giải trình</source>
        <translation>Save explanation package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="630"/>
        <source>Đã xuất gói giải trình và đọc lại để kiểm tra: %1 (%2 byte, mã %3). Hãy gửi tệp này cho Sở Nội vụ.</source>
        <translation>Exported the explanation package and read it back to verify: %1 (%2 bytes, hash %3). Send this file to the Department of Home Affairs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/explanation_view.py" line="649"/>
        <source>Đang xuất gói giải trình…</source>
        <translation>Exporting the explanation package…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="47"/>
        <source>Xuất gói nộp</source>
        <translation>Export submission package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="47"/>
        <source>Xuất gói đăng ký khóa</source>
        <translation>Export key enrolment package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="52"/>
        <source>Nơi lưu tệp .cchc (ổ USB hoặc thư mục gửi thư)</source>
        <translation>Where to save the .cchc file (USB stick or outgoing mail folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="53"/>
        <source>Chọn nơi lưu…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="58"/>
        <source>Gói đầy đủ (mang lại cả tài liệu Sở Nội vụ đã có)</source>
        <translation>Full package (also carry the evidence the Department already holds)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="60"/>
        <source>Không chia nhỏ</source>
        <translation>Do not split</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="60"/>
        <source>Thư điện tử 10 MB</source>
        <translation>Email, 10 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="61"/>
        <source>Thư điện tử 20 MB</source>
        <translation>Email, 20 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="62"/>
        <source>Thư điện tử 25 MB</source>
        <translation>Email, 25 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="62"/>
        <source>USB FAT32 (4 GB)</source>
        <translation>FAT32 USB stick (4 GB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="65"/>
        <source>Mã hóa để chỉ Sở Nội vụ đọc được</source>
        <translation>Encrypt so that only the Department can read it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="69"/>
        <source>Chia tệp:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="78"/>
        <source>Xuất gói</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="99"/>
        <source>Gói đăng ký mang khóa công khai của đơn vị; sau khi xuất, hãy in phiếu có dấu vân tay gửi kèm công văn.</source>
        <translation>The enrolment package carries the unit&apos;s public key; after exporting, print the slip with the fingerprint and send it with the official letter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="119"/>
        <source>Chưa thể xuất: còn %1 lỗi phải sửa (xem “Kiểm tra trước khi nộp”).</source>
        <translation>Cannot export yet: %1 error(s) to fix (see “Pre-submission check”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="122"/>
        <source>Không có lỗi; %1 cảnh báo nên xem lại trước khi gửi.</source>
        <translation>No errors; %1 warning(s) worth reviewing before sending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="130"/>
        <source>Tài liệu kiểm chứng: gói đầy đủ %1 (%2 tệp); chỉ phần mới %3 (%4 tệp).</source>
        <translation>Evidence: full package %1 (%2 files); new part only %3 (%4 files).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="137"/>
        <source>Lưu gói</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="144"/>
        <source>Hãy chọn nơi lưu tệp.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="161"/>
        <source>Đã xuất và đọc lại để kiểm tra: %1 (%2 byte, mã %3).</source>
        <translation>Exported and read back to verify: %1 (%2 bytes, hash %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="166"/>
        <source>Đã chia thành %1 tệp, mỗi tệp đã được đọc lại để kiểm tra. Hãy gửi đủ các tệp sau (danh sách cũng ở %2):</source>
        <translation>Split into %1 files, each read back and verified. Send all of these files (the list is also in %2):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="185"/>
        <source>Đang xuất gói…</source>
        <translation>Exporting the package…</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="30"/>
        <source>&lt;h2&gt;Chào mừng đến với CCHC Desk&lt;/h2&gt;&lt;p&gt;Phần mềm giúp đơn vị theo dõi nhiệm vụ cải cách hành chính và tự chấm điểm Chỉ số CCHC, hoạt động không cần mạng. Hãy thiết lập không gian làm việc cho đơn vị của bạn, hoặc mở không gian mẫu để làm quen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to CCHC Desk&lt;/h2&gt;&lt;p&gt;This software helps your unit track administrative reform tasks and self-assess its Administrative Reform Index, and it works without a network. Set up a workspace for your unit, or open the sample workspace to get familiar with it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="38"/>
        <source>Đơn vị tự đánh giá</source>
        <translation>Assessed unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="39"/>
        <source>Sở Nội vụ (điều phối)</source>
        <translation>Department of Home Affairs (coordinator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="40"/>
        <source>Cơ quan thẩm định</source>
        <translation>Appraising department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="43"/>
        <source>ví dụ: STP</source>
        <translation>e.g. STP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="45"/>
        <source>ví dụ: Sở Tư pháp tỉnh An Giang</source>
        <translation>e.g. An Giang Department of Justice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="49"/>
        <source>Sở</source>
        <translation>Provincial department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="49"/>
        <source>Ban, ngành tỉnh</source>
        <translation>Provincial board or agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="50"/>
        <source>Cơ quan ngành dọc</source>
        <translation>Vertically managed agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="50"/>
        <source>UBND tỉnh</source>
        <translation>Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="51"/>
        <source>UBND cấp huyện (trước 1/7/2025)</source>
        <translation>District People&apos;s Committee (before 1 July 2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="51"/>
        <source>UBND xã</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="52"/>
        <source>UBND phường</source>
        <translation>Ward People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="52"/>
        <source>UBND đặc khu</source>
        <translation>Special zone People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="53"/>
        <source>Phòng, đơn vị trực thuộc</source>
        <translation>Division or subordinate unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="53"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="57"/>
        <source>Nạp đợt đánh giá mẫu (Bộ tiêu chí mẫu, không phải bảng chính thức)</source>
        <translation>Load a sample campaign (sample criteria set, not the official one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="64"/>
        <source>Thiết lập không gian làm việc</source>
        <translation>Set up a workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="66"/>
        <source>Tên không gian làm việc:</source>
        <translation>Workspace name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="67"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="68"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="69"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="70"/>
        <source>Loại đơn vị:</source>
        <translation>Unit type:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="71"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="75"/>
        <source>Tạo không gian làm việc</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="78"/>
        <source>Mở không gian mẫu (DEMO)</source>
        <translation>Open sample workspace (DEMO)</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="190"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="190"/>
        <source>Trùng (đã có)</source>
        <translation>Duplicate (already held)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="190"/>
        <source>Cũ hơn, bỏ qua</source>
        <translation>Older, ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="191"/>
        <source>Xung đột, giữ lại</source>
        <translation>Conflict, held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="191"/>
        <source>Giữ lại chờ duyệt khóa</source>
        <translation>Held until the key is approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="192"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="193"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="193"/>
        <source>Đang chờ đủ các phần</source>
        <translation>Waiting for the other volumes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="197"/>
        <source>Đợt đánh giá</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="197"/>
        <source>Đăng ký khóa</source>
        <translation>Key enrolment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="197"/>
        <source>Gói nộp</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="198"/>
        <source>Giấy báo nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="212"/>
        <source>Kéo thả tệp gói (.cchc) hoặc cả thư mục vào đây, hoặc bấm “Nhập gói…”. Gói hỏng, bị sửa, trùng hoặc cũ sẽ bị từ chối kèm lý do; không dữ liệu nào bị mất.</source>
        <translation>Drag package files (.cchc) or a whole folder here, or click “Import packages…”. Damaged, altered, duplicate or outdated packages are refused with the reason; no data is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="216"/>
        <source>Nhập gói…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="218"/>
        <source>Duyệt khóa và nhập lại…</source>
        <translation>Approve key and import again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="220"/>
        <source>Từ chối gói</source>
        <translation>Reject package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="231"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="231"/>
        <source>Đơn vị gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="231"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="232"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="232"/>
        <source>Lý do / ghi chú</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="233"/>
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="244"/>
        <source>Kết quả lần nhập gần nhất:</source>
        <translation>Results of the last import:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="304"/>
        <source>Chọn gói</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="324"/>
        <source>Đang nhập gói…</source>
        <translation>Importing packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="340"/>
        <source>Xác nhận khóa của Sở Nội vụ</source>
        <translation>Confirm the Department of Home Affairs key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="341"/>
        <source>Đối chiếu dấu vân tay sau với công văn của Sở Nội vụ. Chỉ chọn “Khớp” khi mọi chữ số giống hệt:

%1</source>
        <translation>Compare this fingerprint with the Department of Home Affairs&apos; official letter. Choose “Matches” only if every digit is identical:

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="343"/>
        <source>Khớp, tin cậy khóa này</source>
        <translation>Matches, trust this key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="344"/>
        <source>Không khớp</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="355"/>
        <source>Duyệt khóa</source>
        <translation>Approve key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="356"/>
        <source>Đối chiếu dấu vân tay khóa của %1 với phiếu đăng ký có chữ ký của đơn vị:

%2

Chỉ duyệt khi mọi chữ số giống hệt.</source>
        <translation>Compare the key fingerprint of %1 with the unit&apos;s signed enrolment slip:

%2

Approve only if every digit is identical.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="359"/>
        <source>Khớp, duyệt và nhập lại</source>
        <translation>Matches, approve and import again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_views.py" line="360"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LinkEvidenceDialog</name>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="54"/>
        <source>Liên kết tài liệu có sẵn</source>
        <translation>Link existing documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="56"/>
        <source>Chọn các tài liệu đã có trong kho để dùng làm minh chứng cho tiêu chí %1. Một tài liệu có thể dùng cho nhiều tiêu chí.</source>
        <translation>Choose documents already in the library to use as evidence for criterion %1. One document can serve several criteria.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="61"/>
        <source>Lọc theo tên tệp, số ký hiệu, cơ quan ban hành…</source>
        <translation>Filter by file name, number and symbol, issuing body…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="71"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="71"/>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="71"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="72"/>
        <source>Đang dùng cho tiêu chí</source>
        <translation>Used for criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="83"/>
        <source>Chưa có tài liệu nào trong kho. Hãy thêm tệp bằng cách kéo thả hoặc bấm Chọn tệp…</source>
        <translation>The library has no documents yet. Add files by dragging and dropping them or clicking Choose files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="89"/>
        <source>&amp;Liên kết</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="91"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="118"/>
        <source>%1 — đã liên kết với tiêu chí này</source>
        <translation>%1 — already linked to this criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="166"/>
        <source>Đã chọn %1 tài liệu</source>
        <translation>%1 documents selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="171"/>
        <source>Hãy đánh dấu ít nhất một tài liệu.</source>
        <translation>Tick at least one document.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>Đang mở không gian làm việc…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <source>Không gian làm việc &amp;gần đây</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74"/>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="77"/>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Kiểm tra trước khi nộp</source>
        <translation>Pre-submission check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87"/>
        <source>Gói dữ liệu</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>Bảng theo dõi</source>
        <translation>Tracking board</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95"/>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Thẩm định</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>Không gian làm việc &amp;mới…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>&amp;Mở thư mục không gian làm việc…</source>
        <translation>&amp;Open workspace folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>Mở không gian &amp;mẫu (DEMO)</source>
        <translation>Open &amp;sample workspace (DEMO)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Xuất gói nộp…</source>
        <translation>E&amp;xport submission package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>Xuất gói đăng &amp;ký khóa…</source>
        <translation>Export key en&amp;rolment package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136"/>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>&amp;Hoàn tác thay đổi vừa lưu</source>
        <translation>&amp;Undo last saved change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144"/>
        <source>Đ&amp;i tới</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Tiêu chí &amp;tiếp theo</source>
        <translation>&amp;Next criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Tiêu chí t&amp;rước</source>
        <translation>&amp;Previous criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Tiêu chí &amp;chưa xong tiếp theo</source>
        <translation>Next &amp;unfinished criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Tìm tiêu chí</source>
        <translation>Find criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Điề&amp;u phối</source>
        <translation>&amp;Coordination</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>Xuất gói &amp;giao thẩm định…</source>
        <translation>Export appraisal &amp;work packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Xuất kết quả thẩm định và đề nghị giải &amp;trình…</source>
        <translation>Export appraisal results and &amp;explanation requests…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>Nhập điểm điều tra &amp;XHH từ Excel…</source>
        <translation>Import &amp;survey points from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Xuất &amp;kết quả cho các đơn vị…</source>
        <translation>Export &amp;results to units…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>&amp;Phân công thẩm định theo lĩnh vực…</source>
        <translation>&amp;Assign appraisers by area…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>Xuất kết quả &amp;thẩm định…</source>
        <translation>Export a&amp;ppraisal results…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Chọn thư mục không gian làm việc</source>
        <translation>Choose a workspace folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>Đang tạo không gian làm việc mẫu…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324"/>
        <source>Chưa có không gian làm việc</source>
        <translation>No workspace yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="345"/>
        <source>Chưa có đợt đánh giá: hãy nạp gói đợt đánh giá hoặc tạo không gian với đợt mẫu.</source>
        <translation>No campaign yet: load a campaign package or create a workspace with the sample campaign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Mọi tiêu chí đã được chấm và giải trình đủ.</source>
        <translation>Every criterion has been scored and fully explained.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="404"/>
        <source>Không còn gì để hoàn tác.</source>
        <translation>Nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="409"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại CCHC Desk.</source>
        <translation>The new language takes effect when CCHC Desk is reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="412"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="413"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tiêu chí chưa xong tiếp theo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+↓ / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tiêu chí tiếp theo / trước&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tìm tiêu chí&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chuyển giữa ô nhập, giải trình, tài liệu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mũi tên&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chọn phương án&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;hoàn tác thay đổi vừa lưu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tổng quan, Tự đánh giá, Nhiệm vụ, Kiểm tra&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Giải trình (khi có yêu cầu)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+6…8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bảng theo dõi, Thẩm định, Kết quả (Sở Nội vụ)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next unfinished criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+↓ / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move between input, explanation and evidence&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;choose an option&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo the last saved change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Overview, Self-assessment, Tasks, Check&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Explanation (when requested)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+6…8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tracking board, Appraisal, Results (Department of Home Affairs)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="426"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="427"/>
        <source>&lt;b&gt;CCHC Desk&lt;/b&gt; %1&lt;br&gt;Tự đánh giá và điều phối cải cách hành chính, hoạt động không cần mạng.</source>
        <translation>&lt;b&gt;CCHC Desk&lt;/b&gt; %1&lt;br&gt;Administrative-reform self-assessment and coordination that works without a network.</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="63"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>ResultsExportDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="358"/>
        <source>Xuất kết quả cho các đơn vị</source>
        <translation>Export results to units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="359"/>
        <source>Mỗi đơn vị đã được phê duyệt điểm nhận một gói kết quả: điểm cuối cùng từng tiêu chí, nhận xét, tổng điểm, Chỉ số, xếp loại, thứ hạng trong khối và phương pháp xếp hạng. Thứ hạng được tính lại trước khi xuất.</source>
        <translation>Each unit whose points have been approved gets a results package: the final points for each criterion, the remarks, the total, the Index, the rating, the rank in its block and the ranking method. Ranks are recalculated before exporting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="362"/>
        <source>Chọn thư mục lưu gói</source>
        <translation>Choose a folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="363"/>
        <source>Thư mục lưu các gói kết quả</source>
        <translation>Folder for the results packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="364"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="365"/>
        <source>Xuất gói</source>
        <translation>Export packages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/coordination_dialogs.py" line="374"/>
        <source>Đã ghi %n gói kết quả:</source>
        <translation>
            <numerusform>Wrote %n results package:</numerusform>
            <numerusform>Wrote %n results packages:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="384"/>
        <source>Đang xuất gói kết quả…</source>
        <translation>Exporting results packages…</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="84"/>
        <source>Tính xếp hạng</source>
        <translation>Compute ranking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="85"/>
        <source>Tính lại tổng điểm, Chỉ số, xếp loại và thứ hạng của mọi đơn vị theo điểm mới nhất</source>
        <translation>Recalculate the total, Index, rating and rank of every unit from the latest points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="88"/>
        <location filename="../../desktop/ui/results_view.py" line="110"/>
        <location filename="../../desktop/ui/results_view.py" line="379"/>
        <source>Phê duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="89"/>
        <source>Phê duyệt và khóa điểm của các đơn vị đang chọn</source>
        <translation>Approve and lock the points of the selected units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="91"/>
        <source>Mở khóa…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="92"/>
        <source>Mở khóa điểm đã phê duyệt của đơn vị đang chọn; phải ghi lý do</source>
        <translation>Unlock the approved points of the selected unit; a reason is required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="108"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="108"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="108"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="108"/>
        <source>Tự đánh
giá</source>
        <translation>Self
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="109"/>
        <source>Điểm
cuối cùng</source>
        <translation>Final
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="109"/>
        <source>Chỉ số
(%)</source>
        <translation>Index
(%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="109"/>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="136"/>
        <source>Phương pháp xếp hạng</source>
        <translation>Ranking method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="198"/>
        <source>Đang tính xếp hạng…</source>
        <translation>Computing the ranking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="211"/>
        <source>Thứ hạng tạm tính (còn đơn vị chưa phê duyệt): %1.</source>
        <translation>Provisional ranks (some units not approved yet): %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="216"/>
        <source>Xếp hạng tính lần cuối lúc %1 %2; bấm “Tính xếp hạng” để tính lại theo điểm mới nhất.</source>
        <translation>Ranking last computed at %1 on %2; click “Compute ranking” to recompute it from the latest points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="220"/>
        <source>Chưa tính xếp hạng: bấm “Tính xếp hạng”.</source>
        <translation>Ranking not computed yet: click “Compute ranking”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/results_view.py" line="227"/>
        <source>Đã tính xếp hạng cho %n đơn vị.</source>
        <translation>
            <numerusform>Ranked %n unit.</numerusform>
            <numerusform>Ranked %n units.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="244"/>
        <source>Đã phê duyệt %1</source>
        <translation>Approved on %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="262"/>
        <source>Thứ hạng tạm tính: trong khối còn đơn vị chưa được phê duyệt điểm.</source>
        <translation>Provisional rank: some units of the block are not approved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="300"/>
        <source>Thứ hạng tạm tính (biểu tượng ~): %1/%2 đơn vị của khối chưa được phê duyệt điểm; thứ hạng chính thức khi mọi đơn vị của khối đã được phê duyệt.</source>
        <translation>Provisional ranks (marked ~): %1/%2 units of the block are not approved yet; the ranks become official once every unit of the block is approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="304"/>
        <source>Mọi đơn vị của khối đã được phê duyệt: thứ hạng chính thức.</source>
        <translation>Every unit of the block is approved: the ranks are official.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="363"/>
        <source>Đã phê duyệt và khóa điểm: %1.</source>
        <translation>Approved and locked the points of: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="380"/>
        <source>%1 còn %2 tiêu chí tự chấm chưa có điểm thẩm định. Giữ nguyên điểm tự đánh giá cho các tiêu chí chưa thẩm định và phê duyệt?</source>
        <translation>%1: %2 self-scored criteria still have no appraised points. Keep the self-assessed points for the criteria not appraised, and approve?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="384"/>
        <source>Giữ nguyên điểm tự đánh giá cho các tiêu chí chưa thẩm định và phê duyệt</source>
        <translation>Keep the self-assessed points for the criteria not appraised, and approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="386"/>
        <source>Không, để thẩm định tiếp</source>
        <translation>No, continue appraising</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="404"/>
        <source>Mở khóa điểm đã phê duyệt</source>
        <translation>Unlock approved points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="405"/>
        <source>Lý do mở khóa điểm của %1 (bắt buộc, được lưu vào nhật ký):</source>
        <translation>Reason for unlocking the points of %1 (required, recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="408"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="409"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="424"/>
        <source>Đã mở khóa; lý do đã được lưu vào nhật ký.</source>
        <translation>Unlocked; the reason has been recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="92"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="291"/>
        <source>Điểm điều tra xã hội học</source>
        <translation>Survey points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="292"/>
        <source>1. Xuất tệp mẫu (mỗi đơn vị một dòng, mỗi tiêu chí điều tra một cột). 2. Điền điểm quy đổi (ô trống: chưa nhập). 3. Nhập lại tệp: mọi ô phải hợp lệ thì mới nhập, nếu không sẽ liệt kê các ô cần sửa.</source>
        <translation>1. Export the template (one row per unit, one column per survey criterion). 2. Fill in the converted points (an empty cell means not entered). 3. Import the file back: it is imported only if every cell is valid; otherwise the cells to fix are listed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="295"/>
        <source>Lưu tệp mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="295"/>
        <source>Nơi lưu tệp mẫu .xlsx</source>
        <translation>Where to save the .xlsx template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="296"/>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="298"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="297"/>
        <source>Chọn tệp điểm</source>
        <translation>Choose the points file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="297"/>
        <source>Tệp .xlsx đã điền điểm</source>
        <translation>The filled-in .xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="299"/>
        <source>Xuất tệp mẫu</source>
        <translation>Export template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="301"/>
        <source>Nhập điểm</source>
        <translation>Import points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="309"/>
        <source>Tệp mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="310"/>
        <source>Nhập từ:</source>
        <translation>Import from:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="316"/>
        <source>Hãy chọn nơi lưu tệp mẫu.</source>
        <translation>Choose where to save the template.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="322"/>
        <source>Đã lưu tệp mẫu: %1</source>
        <translation>Saved the template: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="333"/>
        <source>Hãy chọn tệp điểm cần nhập.</source>
        <translation>Choose the points file to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="337"/>
        <source>Đã nhập %1 ô điểm; %2 ô thay đổi so với trước.</source>
        <translation>Imported %1 point cells; %2 changed from before.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="91"/>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="91"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="103"/>
        <source>Ví dụ: Báo cáo CCHC quý I</source>
        <translation>e.g. Q1 administrative reform report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="105"/>
        <source>Kế hoạch tỉnh</source>
        <translation>Province plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="106"/>
        <source>Của đơn vị</source>
        <translation>Unit&apos;s own</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="108"/>
        <source>Nhiệm vụ theo kế hoạch CCHC của tỉnh được tính vào tỷ lệ hoàn thành và số nhiệm vụ quá hạn dùng để gợi ý điểm.</source>
        <translation>Tasks in the province&apos;s administrative reform plan count towards the completion rate and the number of overdue tasks used to suggest points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="111"/>
        <source>Ví dụ: 12/KH-UBND</source>
        <translation>e.g. 12/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="116"/>
        <source>Người hoặc bộ phận</source>
        <translation>Person or unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="119"/>
        <source>&amp;Không có hạn</source>
        <translation>No dead&amp;line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="127"/>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="128"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="129"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="129"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="136"/>
        <source>Chỉ nhập khi nhiệm vụ đã hoàn thành.</source>
        <translation>Fill in only once the task is completed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="140"/>
        <source>Sản phẩm đầu ra:</source>
        <translation>Expected output:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="145"/>
        <source>Nhiệm vụ do tỉnh giao theo kế hoạch CCHC: tên, nguồn, hạn và sản phẩm đầu ra do Sở Nội vụ quy định; đơn vị cập nhật người phụ trách, trạng thái, tiến độ và ghi chú.</source>
        <translation>A task assigned by the province under its administrative reform plan: the name, source, deadline and expected output are set by the Department of Home Affairs; the unit updates the person in charge, status, progress and notes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="152"/>
        <source>&amp;Tên nhiệm vụ:</source>
        <translation>&amp;Task name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="153"/>
        <source>&amp;Nguồn:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="154"/>
        <source>&amp;Số, ký hiệu văn bản giao:</source>
        <translation>&amp;Number and symbol of assigning document:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="156"/>
        <source>Người/bộ phận &amp;phụ trách:</source>
        <translation>&amp;Person/unit in charge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="159"/>
        <source>&amp;Hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="160"/>
        <source>Trạn&amp;g thái:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="161"/>
        <source>T&amp;iến độ:</source>
        <translation>Pro&amp;gress:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="162"/>
        <source>Ngày h&amp;oàn thành:</source>
        <translation>Completion dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="164"/>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="175"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="175"/>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="176"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="180"/>
        <source>Enter hoặc nhấp đúp để mở tệp</source>
        <translation>Enter or double-click to open a file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="190"/>
        <source>Đính kèm tài &amp;liệu…</source>
        <translation>Attach doc&amp;uments…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="192"/>
        <source>Tài liệu kiểm chứng của nhiệm vụ</source>
        <translation>Task evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="203"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="204"/>
        <source>Lưu (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="205"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="286"/>
        <source>Do tỉnh giao, đơn vị không sửa được.</source>
        <translation>Assigned by the province; the unit cannot edit it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="400"/>
        <source>Lưu nhiệm vụ trước, sau đó mở lại để đính kèm tài liệu.</source>
        <translation>Save the task first, then reopen it to attach documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="403"/>
        <source>Chưa có tài liệu nào.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="405"/>
        <source>%1 tài liệu</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="412"/>
        <source>Chọn tài liệu kiểm chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="425"/>
        <source>Đang đính kèm tài liệu…</source>
        <translation>Attaching documents…</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="98"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="98"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="99"/>
        <source>Người/bộ phận
phụ trách</source>
        <translation>Person/unit
in charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="99"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="100"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="100"/>
        <source>Tiến độ
%</source>
        <translation>Progress
%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="101"/>
        <source>Ngày
hoàn thành</source>
        <translation>Date
completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="101"/>
        <source>Sản phẩm đầu ra</source>
        <translation>Expected output</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="102"/>
        <source>Kế hoạch tỉnh</source>
        <translation>Province plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="102"/>
        <source>Của đơn vị</source>
        <translation>Unit&apos;s own</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="103"/>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="104"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="105"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="105"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="205"/>
        <source>Quá hạn %1 ngày</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="209"/>
        <source>Văn bản giao: %1</source>
        <translation>Assigning document: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="211"/>
        <source>Sản phẩm đầu ra: %1</source>
        <translation>Expected output: %1</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="327"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="328"/>
        <source>Thêm nhiệm vụ mới (Insert)</source>
        <translation>Add a new task (Insert)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="329"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="330"/>
        <source>Sửa nhiệm vụ đang chọn (Enter hoặc F2, hoặc nhấp đúp)</source>
        <translation>Edit the selected task (Enter or F2, or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="333"/>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="334"/>
        <source>Đánh dấu nhiệm vụ đang chọn đã hoàn thành hôm nay (Ctrl+D)</source>
        <translation>Mark the selected task as completed today (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="350"/>
        <location filename="../../desktop/ui/tasks_view.py" line="364"/>
        <location filename="../../desktop/ui/tasks_view.py" line="495"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="350"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="351"/>
        <source>Đến hạn trong tháng này</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="352"/>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="352"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="353"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="353"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="357"/>
        <source>“Đến hạn trong tháng này”: nhiệm vụ chưa xong có hạn trong tháng hiện tại.</source>
        <translation>“Due this month”: unfinished tasks with a deadline in the current month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="369"/>
        <source>Tên, số văn bản, người phụ trách…</source>
        <translation>Name, document number, person in charge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="370"/>
        <source>Tìm theo tên, số văn bản giao, người phụ trách, ghi chú; gõ có dấu hay không dấu đều được (Alt+K). Enter để trở về bảng.</source>
        <translation>Search by name, assigning document number, person in charge or notes; diacritics are optional (Alt+S). Press Enter to return to the table.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="376"/>
        <source>&amp;Hiển thị:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="377"/>
        <source>&amp;Phụ trách:</source>
        <translation>&amp;In charge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="378"/>
        <source>Tìm &amp;kiếm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="400"/>
        <source>Insert: thêm · Enter/F2: sửa · Ctrl+D: hoàn thành</source>
        <translation>Insert: add · Enter/F2: edit · Ctrl+D: complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="499"/>
        <source>(Chưa giao)</source>
        <translation>(Unassigned)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="521"/>
        <source>Kế hoạch tỉnh: chưa có đợt đánh giá đang mở nên chưa tính được số liệu.</source>
        <translation>Province plan: no campaign is open, so no figures can be calculated yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="526"/>
        <source>Kế hoạch tỉnh: chưa có nhiệm vụ nào của năm %1.</source>
        <translation>Province plan: no tasks for %1 yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="530"/>
        <source>Kế hoạch tỉnh: %1/%2 nhiệm vụ hoàn thành đúng hạn (%3%) · %4 quá hạn</source>
        <translation>Province plan: %1/%2 tasks completed on time (%3%) · %4 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="537"/>
        <source>Gợi ý điểm cho tiêu chí %1.</source>
        <translation>Suggests points for criterion %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="538"/>
        <source>Tính nhiệm vụ kế hoạch tỉnh năm %1, trừ nhiệm vụ đã hủy; quá hạn gồm cả nhiệm vụ hoàn thành sau hạn.</source>
        <translation>Counts province plan tasks for %1, excluding cancelled ones; overdue includes tasks completed after their deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="547"/>
        <source>Hiển thị %1/%2 nhiệm vụ</source>
        <translation>Showing %1/%2 tasks</translation>
    </message>
</context>
<context>
    <name>UnlinkQuestion</name>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="184"/>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="188"/>
        <source>Bỏ liên kết</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="185"/>
        <source>Bỏ liên kết tài liệu “%1” khỏi tiêu chí %2? Tệp vẫn được giữ trong kho và có thể liên kết lại.</source>
        <translation>Unlink document “%1” from criterion %2? The file stays in the library and can be linked again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_dialogs.py" line="190"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="139"/>
        <source>Vòng 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="140"/>
        <source>Vòng 2</source>
        <translation>Round 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="146"/>
        <source>Hãy chọn một thư mục có sẵn để lưu các gói.</source>
        <translation>Choose an existing folder to save the packages in.</translation>
    </message>
</context>
</TS>
