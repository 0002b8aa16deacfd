<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AppraisalDelegate</name>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="498"/>
        <source>lần</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="501"/>
        <source>Tỷ lệ %</source>
        <translation>Rate in %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="502"/>
        <source>Số điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="506"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="511"/>
        <source>Nhận xét của cơ quan thẩm định</source>
        <translation>Remark by the appraising department</translation>
    </message>
</context>
<context>
    <name>AppraisalExportDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="385"/>
        <source>Xuất kết quả thẩm định</source>
        <translation>Export appraisal results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="386"/>
        <source>Gói mang mọi kết quả thẩm định đã ghi cho các đơn vị được giao, đến vòng đã chọn; gói sau thay thế gói trước nên có thể gửi lại bất cứ lúc nào.</source>
        <translation>The package carries every appraisal result recorded for the assigned units, up to the chosen round; a later package replaces an earlier one, so it can be sent again at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="389"/>
        <source>Mã hóa để chỉ Sở Nội vụ đọc được</source>
        <translation>Encrypt so that only the Department of Home Affairs can read it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="390"/>
        <source>Lưu gói</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="390"/>
        <source>Nơi lưu tệp .cchc</source>
        <translation>Where to save the .cchc file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="392"/>
        <source>Vòng:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="394"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="395"/>
        <source>Xuất gói</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="400"/>
        <source>Hãy chọn nơi lưu tệp.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="408"/>
        <source>Đã xuất và đọc lại để kiểm tra: %1 (%2 byte).</source>
        <translation>Exported and read back to verify: %1 (%2 bytes).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="420"/>
        <source>Đang xuất kết quả thẩm định…</source>
        <translation>Exporting appraisal results…</translation>
    </message>
</context>
<context>
    <name>AppraisalModel</name>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="102"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="102"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="102"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="103"/>
        <source>Tối
đa</source>
        <translation>Max
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="103"/>
        <source>Tự đánh giá
(kết quả → điểm)</source>
        <translation>Self-assessment
(result → points)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="104"/>
        <source>TLKC</source>
        <translation>Evid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="104"/>
        <source>Giải trình
của đơn vị</source>
        <translation>Unit&apos;s
explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="105"/>
        <source>Trả lời
giải trình</source>
        <translation>Explanation
reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="105"/>
        <source>Kết quả
thẩm định</source>
        <translation>Appraisal
result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="106"/>
        <source>Điểm
thẩm định</source>
        <translation>Appraised
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="106"/>
        <source>Nhận xét</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="106"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="107"/>
        <source>Đề nghị
giải trình</source>
        <translation>Request
explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="190"/>
        <source>%1 lần</source>
        <translation>%1 times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="195"/>
        <source>(chưa chấm)</source>
        <translation>(not scored)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="202"/>
        <source>(chưa ghi số)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="206"/>
        <source>tr. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="235"/>
        <source>Số tài liệu kiểm chứng đơn vị trích dẫn; di chuột để xem số, ngày, trang; mở tài liệu ở khung dưới.</source>
        <translation>Number of evidence documents the unit cites; hover to see their numbers, dates and pages; open them in the panel below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="237"/>
        <source>Nội dung đơn vị giải trình theo đề nghị ở vòng 1</source>
        <translation>The unit&apos;s explanation in reply to the round 1 request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="238"/>
        <source>Kết quả thẩm định theo cách chấm của tiêu chí: chọn phương án, nhập tỷ lệ %, số lần hoặc số điểm (F2 hoặc gõ để sửa)</source>
        <translation>Appraisal result in the criterion&apos;s scoring method: choose an option, or enter a rate in %, a count or points (F2 or type to edit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="240"/>
        <source>Điểm tính theo cách chấm của tiêu chí; không sửa trực tiếp</source>
        <translation>Points calculated with the criterion&apos;s scoring method; not edited directly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="241"/>
        <source>Đề nghị đơn vị giải trình (chỉ ở vòng 1; cần ghi nhận xét)</source>
        <translation>Ask the unit for an explanation (round 1 only; a remark is required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="324"/>
        <source>(chưa thẩm định)</source>
        <translation>(not appraised)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="327"/>
        <source>%1 (như vòng 1)</source>
        <translation>%1 (as in round 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="347"/>
        <location filename="../../desktop/ui/appraisal_view.py" line="355"/>
        <source>Điểm của đơn vị đã được phê duyệt và khóa.</source>
        <translation>The unit&apos;s points have been approved and locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="349"/>
        <source>Không có tài liệu kiểm chứng</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="351"/>
        <source>Chưa lưu: chọn kết quả thẩm định để lưu.</source>
        <translation>Not saved: choose an appraisal result to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="352"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="356"/>
        <source>Lĩnh vực này do %1 thẩm định; chỉ xem.</source>
        <translation>This area is appraised by %1; view only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="359"/>
        <source>Vòng 1: %1 → %2 điểm</source>
        <translation>Round 1: %1 → %2 points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="366"/>
        <source>Đơn vị đã sửa điểm tự đánh giá sau khi thẩm định: lúc thẩm định là %1 điểm, nay là %2 điểm. Hãy xem lại và ghi lại kết quả thẩm định.</source>
        <translation>The unit changed its self-assessed score after the appraisal: %1 points when appraised, %2 points now. Review it and record the appraisal result again.</translation>
    </message>
</context>
<context>
    <name>AppraisalView</name>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="584"/>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="585"/>
        <source>Theo lĩnh vực</source>
        <translation>By area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="586"/>
        <source>Theo lĩnh vực: thẩm định một lĩnh vực của mọi đơn vị</source>
        <translation>By area: appraise one area across all units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="590"/>
        <source>Lọc đơn vị…</source>
        <translation>Filter units…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="604"/>
        <source>Vòng 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="605"/>
        <source>Vòng 2</source>
        <translation>Round 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="606"/>
        <source>Vòng 1: thẩm định và đề nghị giải trình; vòng 2: điểm cuối cùng sau giải trình</source>
        <translation>Round 1: appraisal and explanation requests; round 2: final points after the explanations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="610"/>
        <source>Tất cả tiêu chí</source>
        <translation>All criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="610"/>
        <source>Chưa thẩm định</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="611"/>
        <source>Điểm thẩm định thấp hơn</source>
        <translation>Appraised below self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="612"/>
        <source>Sửa sau thẩm định</source>
        <translation>Changed after appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="613"/>
        <source>Có đề nghị giải trình</source>
        <translation>Explanation requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="619"/>
        <source>Mã, tên tiêu chí, nhận xét…</source>
        <translation>Code, criterion name, remark…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="621"/>
        <source>Cho sửa mọi lĩnh vực</source>
        <translation>Allow editing all areas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="623"/>
        <source>Sở Nội vụ có thể ghi kết quả thẩm định cho mọi lĩnh vực; mặc định chỉ sửa các lĩnh vực Sở Nội vụ thẩm định, các lĩnh vực khác chỉ xem.</source>
        <translation>The Department of Home Affairs may record appraisal results for every area; by default only the areas it appraises itself can be edited, and the other areas are view only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="627"/>
        <source>&amp;Vòng:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="628"/>
        <source>&amp;Hiện:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="629"/>
        <source>Tìm &amp;kiếm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="663"/>
        <source>F2 hoặc gõ để sửa ô đang chọn; Space: đánh dấu đề nghị giải trình</source>
        <translation>F2 or type to edit the selected cell; Space: tick or untick the explanation request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="672"/>
        <source>Kết quả được lưu ngay khi sửa xong một ô.</source>
        <translation>Results are saved as soon as you finish editing a cell.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="698"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="699"/>
        <source>Mở tài liệu kiểm chứng đang chọn bằng chương trình xem của máy (bản sao chỉ đọc)</source>
        <translation>Open the selected evidence with this computer&apos;s viewer (read-only copy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="705"/>
        <source>Đơn vị tự đánh giá</source>
        <translation>Unit&apos;s self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="708"/>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="709"/>
        <source>Giải trình:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="713"/>
        <source>Tài liệu:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="714"/>
        <source>Thẩm định</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="717"/>
        <source>Nhận xét:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="718"/>
        <source>Vòng 1:</source>
        <translation>Round 1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="720"/>
        <source>Trả lời giải trình:</source>
        <translation>Explanation reply:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="922"/>
        <source>Cơ quan thẩm định: %1</source>
        <translation>Appraising department: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="924"/>
        <source>Lĩnh vực Sở Nội vụ thẩm định trực tiếp</source>
        <translation>Area appraised directly by the Department of Home Affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="961"/>
        <source>Chưa có tiêu chí nào để thẩm định.</source>
        <translation>No criteria to appraise yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="973"/>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="979"/>
        <source>thẩm định: %1</source>
        <translation>appraiser: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="980"/>
        <source>vòng %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1021"/>
        <source>Tiêu chí %1: chọn kết quả thẩm định để lưu.</source>
        <translation>Criterion %1: choose an appraisal result to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1046"/>
        <source>Đã lưu kết quả thẩm định tiêu chí %1 của %2.</source>
        <translation>Saved the appraisal result of criterion %1 for %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1076"/>
        <source>Chọn một tiêu chí để xem đầy đủ.</source>
        <translation>Select a criterion to see it in full.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1083"/>
        <source>tối đa %1 điểm</source>
        <translation>maximum %1 points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1087"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1095"/>
        <source>(không có tài liệu kiểm chứng)</source>
        <translation>(no evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1103"/>
        <source>%1 → %2 điểm</source>
        <translation>%1 → %2 points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1109"/>
        <source>(có đề nghị giải trình)</source>
        <translation>(explanation requested)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1122"/>
        <source>Điểm của đơn vị đã được phê duyệt và khóa.</source>
        <translation>The unit&apos;s points have been approved and locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1124"/>
        <source>Lĩnh vực này do %1 thẩm định; chỉ xem.</source>
        <translation>This area is appraised by %1; view only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1141"/>
        <source>Không có chương trình nào mở được tệp này trên máy; tệp ở %1.</source>
        <translation>No program on this computer can open this file; the file is at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/appraisal_view.py" line="1175"/>
        <source>%1 tiêu chí · Tự đánh giá: %2 điểm · Thẩm định: %3 điểm (%4/%1 tiêu chí đã có điểm) · Chênh lệch: %5</source>
        <translation>%1 criteria · Self-assessment: %2 points · Appraisal: %3 points (%4/%1 criteria scored) · Difference: %5</translation>
    </message>
</context>
<context>
    <name>AppraisalWorkDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="172"/>
        <source>Xuất gói giao thẩm định</source>
        <translation>Export appraisal work packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="173"/>
        <source>Gói mang bài tự đánh giá, giải trình và tài liệu kiểm chứng của các đơn vị đã nộp (chưa phê duyệt), chỉ phần các lĩnh vực do cơ quan đó thẩm định. Các đơn vị được giao chuyển sang “Đang thẩm định”.</source>
        <translation>The package carries the self-assessments, explanations and evidence of the units that have submitted (and are not yet approved), limited to the areas that department appraises. The units sent move to “Under appraisal”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="179"/>
        <source>Tất cả cơ quan thẩm định (mỗi cơ quan một gói)</source>
        <translation>All appraising departments (one package each)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="184"/>
        <source>Chọn thư mục lưu gói</source>
        <translation>Choose a folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="185"/>
        <source>Thư mục lưu gói (ổ USB hoặc thư mục gửi thư)</source>
        <translation>Folder for the packages (USB stick or outgoing mail folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="186"/>
        <source>Cơ quan thẩm định:</source>
        <translation>Appraising department:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="188"/>
        <source>Lĩnh vực:</source>
        <translation>Areas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="189"/>
        <source>Vòng:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="190"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="191"/>
        <source>Xuất gói</source>
        <translation>Export packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="204"/>
        <source>Chưa phân công cơ quan nào khác thẩm định: mọi lĩnh vực do Sở Nội vụ thẩm định trực tiếp.</source>
        <translation>No other appraising department has been assigned: the Department of Home Affairs appraises every area directly.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/coordination_dialogs.py" line="248"/>
        <source>Đã xuất %n gói giao thẩm định.</source>
        <translation>
            <numerusform>Exported %n appraisal work package.</numerusform>
            <numerusform>Exported %n appraisal work packages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="261"/>
        <source>Đang xuất gói giao thẩm định…</source>
        <translation>Exporting appraisal work packages…</translation>
    </message>
</context>
<context>
    <name>AreaAppraisersDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="428"/>
        <source>Phân công thẩm định theo lĩnh vực</source>
        <translation>Assign appraisers by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="429"/>
        <source>Chọn cơ quan thẩm định cho từng lĩnh vực của từng nhóm đơn vị; thay đổi được lưu ngay và đi kèm gói đợt đánh giá gửi lần sau.</source>
        <translation>Choose the appraising department for each area of each unit group; changes are saved at once and go out with the next campaign package.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="432"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="432"/>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="433"/>
        <source>Cơ quan thẩm định</source>
        <translation>Appraising department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="472"/>
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
        <location filename="../../desktop/ui/board_view.py" line="166"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="166"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="166"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="166"/>
        <source>Khối</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="167"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="167"/>
        <source>Vòng</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="167"/>
        <source>Gói gần nhất</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="168"/>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="168"/>
        <source>Tự đánh
giá</source>
        <translation>Self
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="168"/>
        <source>Thẩm
định</source>
        <translation>Appraised
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="169"/>
        <source>Cần chú ý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="199"/>
        <source>Tổng cộng đơn giản: điểm các tiêu chí tự chấm (thẩm định: cộng cả điểm điều tra xã hội học), chưa tính điểm thưởng, điểm trừ. Đơn vị đã phê duyệt: điểm cuối cùng đã phê duyệt.</source>
        <translation>Simple total: points of the self-scored criteria (appraised: survey points included), without bonus or penalty points. Approved units: the approved final points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="252"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="255"/>
        <source>%1 (đang giữ)</source>
        <translation>%1 (held)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="284"/>
        <source>%1 — có gói đang giữ trong khu cách ly</source>
        <translation>%1 — a package is held in quarantine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="287"/>
        <source>Điểm cuối cùng đã phê duyệt (gồm điểm điều tra xã hội học, điểm thưởng, điểm trừ).</source>
        <translation>Approved final points (including survey, bonus and penalty points).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="290"/>
        <source>Gói này đang được giữ lại, chưa áp dụng.</source>
        <translation>This package is being held and has not been applied.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="401"/>
        <source>Bấm để chỉ hiện các đơn vị này</source>
        <translation>Click to show only these units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="408"/>
        <source>Nhóm đơn vị (mỗi nhóm dùng một bộ tiêu chí)</source>
        <translation>Unit group (each group uses its own criteria set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="410"/>
        <location filename="../../desktop/ui/board_view.py" line="523"/>
        <location filename="../../desktop/ui/board_view.py" line="543"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="413"/>
        <location filename="../../desktop/ui/board_view.py" line="544"/>
        <source>Nộp muộn</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="414"/>
        <location filename="../../desktop/ui/board_view.py" line="544"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="415"/>
        <source>Sửa sau thẩm định</source>
        <translation>Changed after appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="418"/>
        <source>Khối xếp hạng: Sở, ban, ngành; Cơ quan ngành dọc; UBND cấp xã</source>
        <translation>Ranking block: departments and provincial agencies; central agencies based in the province; commune-level People&apos;s Committees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="422"/>
        <source>Mã hoặc tên đơn vị…</source>
        <translation>Unit code or name…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="423"/>
        <source>Gõ có dấu hay không dấu đều được</source>
        <translation>Diacritics are optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="431"/>
        <source>Xuất danh sách chưa nộp…</source>
        <translation>Export list of units yet to submit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="432"/>
        <source>Lưu danh sách các đơn vị chưa nộp thành tệp Excel (.xlsx) kèm hạn và số ngày quá hạn</source>
        <translation>Save the list of units that have not submitted as an Excel file (.xlsx), with the deadline and the days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="436"/>
        <source>&amp;Nhóm:</source>
        <translation>Gr&amp;oup:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="437"/>
        <source>&amp;Trạng thái:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="438"/>
        <source>&amp;Khối:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="439"/>
        <source>Tìm &amp;kiếm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="457"/>
        <source>Nhấp đúp hoặc Enter: mở thẩm định của đơn vị</source>
        <translation>Double-click or Enter: open the unit&apos;s appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="561"/>
        <source>Hiển thị %1/%2 đơn vị</source>
        <translation>Showing %1/%2 units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="602"/>
        <source>Lưu danh sách đơn vị chưa nộp</source>
        <translation>Save the list of units yet to submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="603"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="616"/>
        <source>Đã lưu %n đơn vị chưa nộp vào %1.</source>
        <translation>
            <numerusform>%1: saved %n unit that has not submitted.</numerusform>
            <numerusform>%1: saved %n units that have not submitted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignSetupDialog</name>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="181"/>
        <source>Thiết lập đợt đánh giá</source>
        <translation>Set up a campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="183"/>
        <source>1. Đợt đánh giá</source>
        <translation>1. Campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="184"/>
        <source>2. Nhóm đơn vị</source>
        <translation>2. Unit groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="185"/>
        <source>3. Thời hạn</source>
        <translation>3. Deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="186"/>
        <source>4. Mức xếp loại</source>
        <translation>4. Rating bands</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="194"/>
        <source>&lt; &amp;Trước</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="195"/>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="196"/>
        <source>Tạo đợt đánh giá</source>
        <translation>Create campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="198"/>
        <source>Tạo đợt đánh giá với mọi thông tin trên cả bốn trang, trong một lần ghi: nếu có giá trị không hợp lệ thì không có gì được lưu.</source>
        <translation>Create the campaign with everything on all four pages in a single save: if any value is invalid, nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="200"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="233"/>
        <source>Năm được đánh giá; thời hạn gợi ý đi theo năm này.</source>
        <translation>The year being assessed; the suggested deadlines follow this year.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="238"/>
        <source>ví dụ: An Giang</source>
        <translation>e.g. An Giang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="241"/>
        <source>&amp;Năm đánh giá:</source>
        <translation>Assessment &amp;year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="242"/>
        <source>Tên đợt đánh giá:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="243"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="246"/>
        <source>Đợt đánh giá gồm các nhóm đơn vị (mỗi nhóm một bộ tiêu chí), các thời hạn và mức xếp loại. Đợt mới được chọn làm đợt đang làm việc. Sau khi tạo: ghi danh các đơn vị (Điều phối › Danh sách đơn vị…), rồi kiểm tra và phát hành gói đợt đánh giá cho các đơn vị.</source>
        <translation>A campaign is made up of unit groups (each with its own criteria set), deadlines and rating bands. The new campaign becomes the active campaign. After creating it: enrol the units (Coordination › Unit registry…), then check and publish the campaign package to the units.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="259"/>
        <source>Đánh giá Chỉ số CCHC năm %1</source>
        <translation>%1 Administrative Reform Index assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="265"/>
        <source>Mã nhóm</source>
        <translation>Group code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="265"/>
        <source>Tên nhóm</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="265"/>
        <source>Bộ tiêu chí</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="265"/>
        <source>Tóm tắt</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="278"/>
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="280"/>
        <source>Xóa nhóm</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="282"/>
        <source>Nạp bộ tiêu chí từ tệp…</source>
        <translation>Load criteria set from file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="284"/>
        <source>Bộ tiêu chí chính thức của tỉnh dạng .xlsx (theo mẫu của phần mềm) hoặc .json, dùng cho nhóm đang chọn.</source>
        <translation>The province&apos;s official criteria set as .xlsx (in the software&apos;s template) or .json, for the selected group.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="295"/>
        <source>Bộ tiêu chí của nhóm đang chọn</source>
        <translation>Criteria set of the selected group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="300"/>
        <source>Mỗi nhóm đơn vị chấm theo một bộ tiêu chí. Mã nhóm là mã ghi ở cột “Nhóm” của danh sách đơn vị (ví dụ so-ban-nganh, xa-phuong).</source>
        <translation>Each unit group is scored against one criteria set. The group code is the code written in the “Nhóm” (group) column of the unit registry (e.g. so-ban-nganh, xa-phuong).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="320"/>
        <source>Các cuộc họp giao ban CCHC hằng quý.</source>
        <translation>The quarterly administrative reform briefings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="322"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="325"/>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="335"/>
        <source>Họp giao ban hằng quý:</source>
        <translation>Quarterly briefings:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="336"/>
        <source>Đặt lại thời hạn gợi ý</source>
        <translation>Reset to suggested deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="343"/>
        <source>Thời hạn gợi ý theo năm đánh giá (đề xuất 15/11, tự chấm 15/12, thẩm định và giải trình tháng 1–2 năm sau, công bố 31/03); hãy sửa cho khớp kế hoạch của tỉnh. Các bước phải theo thứ tự: tự chấm → thẩm định vòng 1 → giải trình → thẩm định vòng 2 → công bố.</source>
        <translation>Deadlines suggested for the assessment year (proposals 15/11, self-assessment 15/12, appraisal and explanations in January–February of the following year, publication 31/03); adjust them to match the province&apos;s plan. The steps must come in order: self-assessment → round 1 appraisal → explanations → round 2 appraisal → publication.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="357"/>
        <source>Thang chung áp dụng cho mọi nhóm; một nhóm có thang riêng thì xếp loại theo thang riêng của nhóm.</source>
        <translation>The common scale applies to every group; a group with its own scale is rated on that scale.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="364"/>
        <location filename="../../desktop/ui/campaign_setup.py" line="458"/>
        <source>Chung của đợt đánh giá (mọi nhóm)</source>
        <translation>Campaign-wide (all groups)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="365"/>
        <source>Thêm mức</source>
        <translation>Add band</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="368"/>
        <source>Xóa mức</source>
        <translation>Remove band</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="371"/>
        <source>Thang xếp loại của:</source>
        <translation>Rating scale for:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="379"/>
        <source>Mỗi mức: tên xếp loại và điểm tối thiểu tính theo % tổng điểm, mức cao nhất ở trên cùng, ngưỡng giảm dần đến 0.</source>
        <translation>Each band: the rating name and the minimum score as a % of the total points; the highest band at the top, with thresholds decreasing down to 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="391"/>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="391"/>
        <source>Từ (% tổng điểm)</source>
        <translation>From (% of total)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="398"/>
        <source>Nhóm %1 dùng thang riêng (nếu không: thang chung của đợt)</source>
        <translation>Group %1 uses its own scale (otherwise: the campaign-wide scale)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="460"/>
        <source>Nhóm %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="477"/>
        <source>Các đợt đánh giá đã có:</source>
        <translation>Existing campaigns:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="478"/>
        <source> — đang làm việc</source>
        <translation> — active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="563"/>
        <source>Tệp: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="565"/>
        <source>Tệp .xlsx hoặc .json khác…</source>
        <translation>Another .xlsx or .json file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="582"/>
        <source>Bộ tiêu chí nhóm này chấm theo</source>
        <translation>The criteria set this group is scored against</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="633"/>
        <source>%1 điểm · %2 tiêu chí</source>
        <translation>%1 points · %2 criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="636"/>
        <source>MẪU</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="646"/>
        <source>Chọn một nhóm để xem bộ tiêu chí của nhóm.</source>
        <translation>Select a group to see its criteria set.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="648"/>
        <source>Tỉnh: %1 · năm %2 · nhóm %3 · tổng %4 điểm · %5 lĩnh vực, %6 tiêu chí và tiêu chí thành phần</source>
        <translation>Province: %1 · year %2 · group %3 · %4 points in total · %5 areas, %6 criteria and sub-criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="655"/>
        <source>Đọc từ tệp: %1</source>
        <translation>Read from file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="658"/>
        <source>Đây là bộ tiêu chí MẪU, dựng theo cấu trúc Chỉ số CCHC, không phải bảng chính thức của tỉnh: hãy nạp bộ tiêu chí chính thức (.xlsx hoặc .json) khi có.</source>
        <translation>This is a SAMPLE criteria set, built on the structure of the Administrative Reform Index, not the province&apos;s official table: load the official criteria set (.xlsx or .json) once you have it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="662"/>
        <source>Bộ tiêu chí năm %1, khác năm đánh giá %2.</source>
        <translation>The criteria set is for %1, not the assessment year %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="673"/>
        <source>Chọn tệp bộ tiêu chí</source>
        <translation>Choose a criteria set file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="674"/>
        <source>Bộ tiêu chí (*.xlsx *.json)</source>
        <translation>Criteria sets (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="680"/>
        <source>Đang đọc bộ tiêu chí %1…</source>
        <translation>Reading the criteria set %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="690"/>
        <source>Đã đọc bộ tiêu chí “%1”; bộ tiêu chí được lưu khi tạo đợt đánh giá.</source>
        <translation>Read the criteria set “%1”; it will be saved when the campaign is created.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="730"/>
        <source>Đang tạo đợt đánh giá…</source>
        <translation>Creating the campaign…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="734"/>
        <source>Đã tạo đợt đánh giá “%1” (năm %2) và chọn làm đợt đang làm việc. Tiếp theo: ghi danh các đơn vị (Danh sách đơn vị…), rồi Kiểm tra và phát hành.</source>
        <translation>Created the campaign “%1” (year %2) and made it the active campaign. Next: enrol the units (Unit registry…), then Check and publish.</translation>
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
        <location filename="../../desktop/ui/board_view.py" line="57"/>
        <source>Chưa nhận</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="58"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="59"/>
        <source>Đang thẩm định</source>
        <translation>Under appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="60"/>
        <source>Đã yêu cầu giải trình</source>
        <translation>Explanation requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="61"/>
        <source>Đã giải trình</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="62"/>
        <source>Đã thẩm định</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="63"/>
        <source>Đã phê duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="65"/>
        <source>Đang giữ (cách ly)</source>
        <translation>Held (quarantine)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="67"/>
        <source>Sở, ban, ngành</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="68"/>
        <source>Ngành dọc</source>
        <translation>Central agencies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="69"/>
        <source>Cấp xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="72"/>
        <source>Gói tự đánh giá</source>
        <translation>Self-assessment package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="73"/>
        <source>Đăng ký khóa</source>
        <translation>Key enrolment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="74"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="75"/>
        <source>Kết quả thẩm định</source>
        <translation>Appraisal results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="76"/>
        <source>Đề xuất nhiệm vụ</source>
        <translation>Task proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="77"/>
        <source>Giấy báo nhận</source>
        <translation>Receipt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="133"/>
        <source>Quá hạn %n ngày</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="134"/>
        <source>Đã quá hạn tự chấm điểm %1 mà chưa nhận được gói tự đánh giá nào.</source>
        <translation>The self-assessment deadline of %1 has passed and no self-assessment package has been received.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="138"/>
        <source>Quá hạn giải trình %n ngày</source>
        <translation>
            <numerusform>Explanation overdue by %n day</numerusform>
            <numerusform>Explanation overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="139"/>
        <source>Đã quá hạn giải trình %1 mà chưa nhận được giải trình.</source>
        <translation>The explanation deadline of %1 has passed and no explanation has been received.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="142"/>
        <source>Có gói của đơn vị đang giữ trong khu cách ly (khóa chưa được duyệt, xung đột hoặc gửi sau khi đã phê duyệt); xem thẻ “Gói dữ liệu”.</source>
        <translation>A package from this unit is held in quarantine (key not yet approved, a conflict, or sent after approval); see the “Packages” tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="147"/>
        <source>Nộp muộn</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_view.py" line="148"/>
        <source>Gói tự đánh giá gửi sau hạn tự chấm điểm %1.</source>
        <translation>The self-assessment package was sent after the self-assessment deadline of %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="152"/>
        <source>Sửa sau thẩm định: %n</source>
        <translation>
            <numerusform>%n criterion changed after appraisal</numerusform>
            <numerusform>%n criteria changed after appraisal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board_view.py" line="153"/>
        <source>%n tiêu chí đơn vị sửa điểm tự đánh giá sau khi đã được thẩm định; xem lại ở thẻ “Thẩm định”.</source>
        <translation>
            <numerusform>%n criterion whose self-assessed score the unit changed after it was appraised; review it in the “Appraisal” tab.</numerusform>
            <numerusform>%n criteria whose self-assessed scores the unit changed after they were appraised; review them in the “Appraisal” tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorPlanPage</name>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="590"/>
        <source>Thêm nhiệm vụ…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="592"/>
        <source>Giao thêm một nhiệm vụ cho một đơn vị (Insert)</source>
        <translation>Assign another task to a unit (Insert)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="594"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="595"/>
        <source>Sửa nhiệm vụ đang chọn (Enter hoặc F2, hoặc nhấp đúp)</source>
        <translation>Edit the selected task (Enter or F2, or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="600"/>
        <source>Nhiệm vụ thêm hoặc sửa sau khi phát hành đợt đánh giá sẽ đến đơn vị cùng gói đợt đánh giá phát hành lần sau; trạng thái và tiến độ do đơn vị báo cáo qua gói tự đánh giá.</source>
        <translation>Tasks added or changed after the campaign is published reach the units with the next campaign package you publish; the units report status and progress in their self-assessment packages.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="609"/>
        <source>Đơn vị phụ trách</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="609"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="609"/>
        <location filename="../../desktop/ui/plan_view.py" line="659"/>
        <source>Lĩnh
vực</source>
        <translation>Area
code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="609"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="610"/>
        <location filename="../../desktop/ui/plan_view.py" line="659"/>
        <source>Sản phẩm đầu ra</source>
        <translation>Expected output</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="610"/>
        <location filename="../../desktop/ui/plan_view.py" line="660"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="610"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="615"/>
        <source>Insert: thêm · Enter/F2: sửa</source>
        <translation>Insert: add · Enter/F2: edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="624"/>
        <source>Tiến độ thực hiện kế hoạch</source>
        <translation>Plan progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="626"/>
        <location filename="../../desktop/ui/plan_view.py" line="659"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="627"/>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="628"/>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="629"/>
        <source>Theo lĩnh vực</source>
        <translation>By area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="634"/>
        <source>Đề xuất cho kế hoạch năm sau</source>
        <translation>Proposals for next year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="638"/>
        <source>Đưa vào kế hoạch</source>
        <translation>Adopt into plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="639"/>
        <source>Chấp nhận các đề xuất đang chọn cho kế hoạch năm sau</source>
        <translation>Accept the selected proposals for next year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="641"/>
        <source>Không đưa vào</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="642"/>
        <source>Không chấp nhận các đề xuất đang chọn; đề xuất đã thành nhiệm vụ thì giữ nguyên</source>
        <translation>Decline the selected proposals; proposals already made into tasks stay as they are</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="645"/>
        <source>Lập dự thảo kế hoạch năm sau…</source>
        <translation>Draft next year&apos;s plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="646"/>
        <source>Đưa các đề xuất đã chấp nhận vào kế hoạch của đợt đánh giá năm sau</source>
        <translation>Put the accepted proposals into the plan of next year&apos;s campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="659"/>
        <source>Đề xuất</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="660"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="660"/>
        <source>Hạn gửi</source>
        <translation>Sending deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="700"/>
        <source>Số
nhiệm vụ</source>
        <translation>Number
of tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="700"/>
        <source>Hoàn
thành</source>
        <translation>Tasks
completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="701"/>
        <source>Đang
thực hiện</source>
        <translation>Tasks in
progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="701"/>
        <source>Quá
hạn</source>
        <translation>Tasks
overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="701"/>
        <source>Bình
quân</source>
        <translation>Average
progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="704"/>
        <source>Bình quân: tiến độ trung bình (%) các nhiệm vụ chưa hủy, nhiệm vụ hoàn thành tính 100 %. Nhiệm vụ đã hủy không được tính.</source>
        <translation>Average progress: the mean progress (%) of the tasks not cancelled, with completed tasks counted as 100 %. Cancelled tasks are not counted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="714"/>
        <source>Kế hoạch CCHC năm %1</source>
        <translation>CCHC plan for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="725"/>
        <source>Kế hoạch chưa có nhiệm vụ nào: bấm “Thêm nhiệm vụ…” để giao nhiệm vụ cho các đơn vị.</source>
        <translation>The plan has no tasks yet: click “Add task…” to assign tasks to the units.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="728"/>
        <source>%1 nhiệm vụ · %2 hoàn thành · %3 đang thực hiện · %4 quá hạn · tiến độ bình quân %5 %</source>
        <translation>%1 tasks · %2 completed · %3 in progress · %4 overdue · average progress %5 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="745"/>
        <source>Văn bản giao: %1</source>
        <translation>Assigning document: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="764"/>
        <source>Quá hạn %1 ngày</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="779"/>
        <source>Không gắn lĩnh vực</source>
        <translation>Not linked to an area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="791"/>
        <source>Toàn tỉnh</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="806"/>
        <source>Không kể %1 nhiệm vụ đã hủy</source>
        <translation>Excluding %1 cancelled tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="816"/>
        <source>Đề xuất cho kế hoạch năm %1</source>
        <translation>Proposals for the %1 plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="822"/>
        <source>%1 đề xuất đã nhận, %2 chờ quyết định</source>
        <translation>%1 proposals received, %2 awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="825"/>
        <source>%1 gửi muộn</source>
        <translation>%1 sent late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="826"/>
        <source>Chưa nhận đề xuất nào.</source>
        <translation>No proposals received yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="834"/>
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="850"/>
        <source>Muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="851"/>
        <source>Nhận sau hạn gửi đề xuất %1</source>
        <translation>Received after the proposals deadline of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="855"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/plan_view.py" line="922"/>
        <source>Đã đưa %n đề xuất vào kế hoạch năm sau.</source>
        <translation>
            <numerusform>Adopted %n proposal into next year&apos;s plan.</numerusform>
            <numerusform>Adopted %n proposals into next year&apos;s plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/plan_view.py" line="923"/>
        <source>Đã ghi không đưa %n đề xuất vào kế hoạch.</source>
        <translation>
            <numerusform>Recorded %n proposal as declined for the plan.</numerusform>
            <numerusform>Recorded %n proposals as declined for the plan.</numerusform>
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
    <name>DraftPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="469"/>
        <source>Lập dự thảo kế hoạch năm sau</source>
        <translation>Draft next year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="470"/>
        <source>Mỗi đề xuất đã được đưa vào kế hoạch mà chưa thành nhiệm vụ sẽ trở thành một nhiệm vụ trong kế hoạch của đợt đánh giá được chọn, giao cho đơn vị đã đề xuất; lập lại không thêm trùng. Đề xuất không có thời hạn nhận hạn 31/12 của năm đó.</source>
        <translation>Each adopted proposal that is not yet a task becomes a task in the plan of the chosen campaign, assigned to the unit that proposed it; drafting again adds no duplicates. A proposal without a deadline gets a deadline of 31/12 of that year.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="477"/>
        <source>Đợt đánh giá của năm sau; tạo đợt đó trước nếu chưa có.</source>
        <translation>Next year&apos;s campaign; create it first if it does not exist yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="479"/>
        <source>&amp;Kế hoạch của đợt:</source>
        <translation>Plan of &amp;campaign:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="481"/>
        <source>Lập dự thảo</source>
        <translation>Draft plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="493"/>
        <source>đợt nhận đề xuất</source>
        <translation>campaign the proposals came in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="502"/>
        <source>Chưa có đợt đánh giá nào khác: hãy tạo đợt đánh giá của năm sau trước.</source>
        <translation>There is no other campaign yet: create next year&apos;s campaign first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/plan_view.py" line="505"/>
        <source>%n đề xuất sẽ được đưa vào kế hoạch:</source>
        <translation>
            <numerusform>%n proposal will be put into the plan:</numerusform>
            <numerusform>%n proposals will be put into the plan:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="508"/>
        <source>Không có đề xuất nào đã được đưa vào kế hoạch mà chưa thành nhiệm vụ.</source>
        <translation>There is no adopted proposal that is not yet a task.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/plan_view.py" line="523"/>
        <source>Đã thêm %n nhiệm vụ vào kế hoạch của đợt %1.</source>
        <translation>
            <numerusform>Added %n task to the plan of the campaign %1.</numerusform>
            <numerusform>Added %n tasks to the plan of the campaign %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="526"/>
        <source>hạn %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>EnrolByTypeDialog</name>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1036"/>
        <source>Ghi danh theo loại đơn vị</source>
        <translation>Enrol by unit type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1042"/>
        <source>Ghi danh</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1046"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1050"/>
        <source>Chọn nhóm cho từng loại đơn vị. Chỉ các đơn vị còn hiệu lực vào ngày 31/12 của năm đánh giá và chưa ghi danh mới được đưa vào; loại để “không ghi danh” thì bỏ qua.</source>
        <translation>Choose a group for each unit type. Only units that are still valid on 31/12 of the assessment year and not yet enrolled are added; types left at “do not enrol” are skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1068"/>
        <source>(không ghi danh)</source>
        <translation>(do not enrol)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1075"/>
        <source>%1 (%2 đơn vị):</source>
        <translation>%1 (%2 units):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1078"/>
        <source>Mọi đơn vị còn hiệu lực đã được ghi danh.</source>
        <translation>Every valid unit is already enrolled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1093"/>
        <source>Hãy chọn nhóm cho ít nhất một loại đơn vị.</source>
        <translation>Choose a group for at least one unit type.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1099"/>
        <source>Đã đưa %1 đơn vị vào đợt đánh giá%2.</source>
        <translation>Enrolled %1 units in the campaign%2.</translation>
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
        <location filename="../../desktop/ui/coordination_dialogs.py" line="270"/>
        <source>Xuất kết quả thẩm định và đề nghị giải trình</source>
        <translation>Export appraisal results and explanation requests</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="271"/>
        <source>Mỗi đơn vị đã được thẩm định đủ trong vòng nhận một gói: điểm thẩm định, nhận xét và các tiêu chí cần giải trình, kèm hạn giải trình.</source>
        <translation>Each unit fully appraised in the round gets one package: the appraised points, the remarks and the criteria needing an explanation, with the explanation deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="275"/>
        <source>Chọn thư mục lưu gói</source>
        <translation>Choose a folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="276"/>
        <source>Thư mục lưu các gói</source>
        <translation>Folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="277"/>
        <source>Vòng:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="278"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="279"/>
        <source>Xuất gói</source>
        <translation>Export packages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/coordination_dialogs.py" line="289"/>
        <source>Đã ghi %n gói:</source>
        <translation>
            <numerusform>Wrote %n package:</numerusform>
            <numerusform>Wrote %n packages:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="288"/>
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
        <location filename="../../desktop/ui/main_window.py" line="120"/>
        <source>Đang mở không gian làm việc…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>Không gian làm việc &amp;gần đây</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>Kiểm tra trước khi nộp</source>
        <translation>Pre-submission check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92"/>
        <source>Gói dữ liệu</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99"/>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Bảng theo dõi</source>
        <translation>Tracking board</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Thẩm định</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <location filename="../../desktop/ui/main_window.py" line="173"/>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>Kế hoạch CCHC</source>
        <translation>CCHC plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>Không gian làm việc &amp;mới…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135"/>
        <source>&amp;Mở thư mục không gian làm việc…</source>
        <translation>&amp;Open workspace folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>Mở không gian &amp;mẫu (DEMO)</source>
        <translation>Open &amp;sample workspace (DEMO)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>&amp;Xuất gói nộp…</source>
        <translation>E&amp;xport submission package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Xuất gói đăng &amp;ký khóa…</source>
        <translation>Export key en&amp;rolment package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Ghi vào ổ di động</source>
        <translation>Save to the &amp;removable drive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>&amp;Báo cáo…</source>
        <translation>Re&amp;ports…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>&amp;Hoàn tác thay đổi vừa lưu</source>
        <translation>&amp;Undo last saved change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <source>Đ&amp;i tới</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>Tiêu chí &amp;tiếp theo</source>
        <translation>&amp;Next criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Tiêu chí t&amp;rước</source>
        <translation>&amp;Previous criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>Tiêu chí &amp;chưa xong tiếp theo</source>
        <translation>Next &amp;unfinished criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>Tìm tiêu chí</source>
        <translation>Find criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>Kế hoạch CCHC, đề xuất năm sau</source>
        <translation>CCHC plan, next year&apos;s proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>Điề&amp;u phối</source>
        <translation>&amp;Coordination</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Thiết &amp;lập đợt đánh giá…</source>
        <translation>Set up a &amp;campaign…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>&amp;Danh sách đơn vị…</source>
        <translation>&amp;Unit registry…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>Kiểm tra và phát &amp;hành đợt đánh giá…</source>
        <translation>Check and pu&amp;blish the campaign…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Xuất gói &amp;giao thẩm định…</source>
        <translation>Export appraisal &amp;work packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Xuất kết quả thẩm định và đề nghị giải &amp;trình…</source>
        <translation>Export appraisal results and &amp;explanation requests…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>Nhập điểm điều tra &amp;XHH từ Excel…</source>
        <translation>Import &amp;survey points from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>Xuất &amp;kết quả cho các đơn vị…</source>
        <translation>Export &amp;results to units…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>&amp;Phân công thẩm định theo lĩnh vực…</source>
        <translation>&amp;Assign appraisers by area…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>Xuất kết quả &amp;thẩm định…</source>
        <translation>Export a&amp;ppraisal results…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Đề xuất năm sau</source>
        <translation>Next year&apos;s proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>Chọn thư mục không gian làm việc</source>
        <translation>Choose a workspace folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Đang tạo không gian làm việc mẫu…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371"/>
        <source>Chưa có không gian làm việc</source>
        <translation>No workspace yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="392"/>
        <source>Chưa có đợt đánh giá: hãy nạp gói đợt đánh giá hoặc tạo không gian với đợt mẫu.</source>
        <translation>No campaign yet: load a campaign package or create a workspace with the sample campaign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="435"/>
        <source>Đã ghi không gian làm việc vào ổ di động.</source>
        <translation>The workspace was saved to the removable drive.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="436"/>
        <source>Không có thay đổi nào cần ghi vào ổ di động.</source>
        <translation>There are no changes to save to the removable drive.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="475"/>
        <source>Mọi tiêu chí đã được chấm và giải trình đủ.</source>
        <translation>Every criterion has been scored and fully explained.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="496"/>
        <source>Không còn gì để hoàn tác.</source>
        <translation>Nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="501"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại CCHC Desk.</source>
        <translation>The new language takes effect when CCHC Desk is reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="504"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="505"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tiêu chí chưa xong tiếp theo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+↓ / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tiêu chí tiếp theo / trước&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tìm tiêu chí&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chuyển giữa ô nhập, giải trình, tài liệu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mũi tên&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chọn phương án&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;hoàn tác thay đổi vừa lưu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;báo cáo (PDF, Excel)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tổng quan, Tự đánh giá, Nhiệm vụ, Kiểm tra&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Giải trình (khi có yêu cầu)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+6…8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bảng theo dõi, Thẩm định, Kết quả (Sở Nội vụ)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kế hoạch CCHC (Sở Nội vụ), Đề xuất năm sau (đơn vị)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next unfinished criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+↓ / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move between input, explanation and evidence&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;choose an option&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo the last saved change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reports (PDF, Excel)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Overview, Self-assessment, Tasks, Check&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Explanation (when requested)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+6…8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tracking board, Appraisal, Results (Department of Home Affairs)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;CCHC plan (Department of Home Affairs), Next year&apos;s proposals (units)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="520"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521"/>
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
    <name>PlanTaskDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="307"/>
        <source>Sửa nhiệm vụ trong kế hoạch</source>
        <translation>Edit plan task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="308"/>
        <source>Thêm nhiệm vụ vào kế hoạch</source>
        <translation>Add a task to the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="314"/>
        <source>Ví dụ: Rà soát, công bố thủ tục hành chính</source>
        <translation>e.g. Review and publish administrative procedures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="315"/>
        <source>— (không gắn lĩnh vực)</source>
        <translation>— (no area)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="316"/>
        <source>Lĩnh vực của bộ tiêu chí mà nhiệm vụ phục vụ; tiến độ kế hoạch được tổng hợp theo lĩnh vực.</source>
        <translation>The area of the criteria set that the task serves; plan progress is summarised by area.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="320"/>
        <source>Ví dụ: Báo cáo kết quả rà soát</source>
        <translation>e.g. Report on the review results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="322"/>
        <source>Ví dụ: KH 12/KH-UBND</source>
        <translation>e.g. KH 12/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="323"/>
        <source>Số, ký hiệu của kế hoạch giao nhiệm vụ</source>
        <translation>Number and symbol of the plan that assigns the task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="324"/>
        <source>Đơn &amp;vị phụ trách:</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="326"/>
        <source>&amp;Tên nhiệm vụ:</source>
        <translation>&amp;Task name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="327"/>
        <source>&amp;Lĩnh vực:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="328"/>
        <source>&amp;Hạn hoàn thành:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="330"/>
        <source>Sản phẩm đầu &amp;ra:</source>
        <translation>Expected &amp;output:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="332"/>
        <source>Văn &amp;bản giao:</source>
        <translation>Assigning do&amp;cument:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="336"/>
        <source>Đơn vị báo cáo:</source>
        <translation>Reported by the unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="338"/>
        <source>Nhiệm vụ đến đơn vị cùng gói đợt đánh giá. Nếu đợt đã được phát hành, nhiệm vụ mới và thay đổi sẽ đi kèm gói đợt đánh giá phát hành lần sau; tiến độ đơn vị báo cáo được giữ nguyên.</source>
        <translation>Tasks reach the unit with the campaign package. If the campaign has already been published, new tasks and changes go out with the next campaign package you publish; the progress the unit has reported is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="357"/>
        <source>Không đổi được đơn vị của nhiệm vụ đã giao; hãy thêm nhiệm vụ mới cho đơn vị khác.</source>
        <translation>The unit of an assigned task cannot be changed; add a new task for the other unit instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="365"/>
        <source>%1, tiến độ %2 %</source>
        <translation>%1, progress %2 %</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="547"/>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="548"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="549"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="550"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="557"/>
        <source>Đã lập nhiệm vụ</source>
        <translation>Made into a task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="558"/>
        <source>Chờ quyết định</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="559"/>
        <source>Đưa vào kế hoạch</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="560"/>
        <source>Không đưa vào</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="949"/>
        <source>Chưa đặt hạn gửi đề xuất.</source>
        <translation>No deadline set for sending proposals.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="956"/>
        <source>Hạn gửi đề xuất: %1 (%2)</source>
        <translation>Proposals deadline: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1160"/>
        <source>Chưa có đợt đánh giá đang mở.</source>
        <translation>No campaign is open.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="399"/>
        <source>Sửa đề xuất</source>
        <translation>Edit proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="400"/>
        <source>Thêm đề xuất cho kế hoạch năm %1</source>
        <translation>Add a proposal for the %1 plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="404"/>
        <source>Ví dụ: Số hóa hồ sơ thủ tục hành chính</source>
        <translation>e.g. Digitise administrative procedure records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="405"/>
        <source>— (không gắn lĩnh vực)</source>
        <translation>— (no area)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="407"/>
        <source>Ví dụ: 100% hồ sơ được số hóa</source>
        <translation>e.g. 100% of records digitised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="409"/>
        <source>&amp;Không có hạn</source>
        <translation>No dead&amp;line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="410"/>
        <source>Nếu được đưa vào kế hoạch, nhiệm vụ không có hạn đề xuất sẽ có hạn 31/12 của năm đó.</source>
        <translation>If adopted into the plan, a task with no proposed deadline gets a deadline of 31/12 of that year.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="420"/>
        <source>Lý do, nguồn lực cần có…</source>
        <translation>Reasons, resources needed…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="421"/>
        <source>&amp;Nội dung đề xuất:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="423"/>
        <source>&amp;Lĩnh vực:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="424"/>
        <source>Sản phẩm đầu &amp;ra:</source>
        <translation>Expected &amp;output:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="426"/>
        <source>&amp;Thời hạn dự kiến:</source>
        <translation>Proposed &amp;deadline:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="428"/>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1136"/>
        <source>Kiểm tra và phát hành đợt đánh giá</source>
        <translation>Check and publish the campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1144"/>
        <source>&amp;Kiểm tra lại</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1154"/>
        <source>Danh sách lỗi và cảnh báo</source>
        <translation>List of errors and warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1158"/>
        <source>Dấu vân tay khóa của Sở Nội vụ — ghi vào công văn gửi kèm gói; mỗi đơn vị đối chiếu đủ 40 chữ số khi nhập gói đợt đánh giá lần đầu:</source>
        <translation>Fingerprint of the Department of Home Affairs key — write it in the official letter sent with the package; each unit compares all 40 digits when it first imports the campaign package:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1167"/>
        <source>Chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1168"/>
        <source>Chép dấu vân tay để dán vào công văn.</source>
        <translation>Copy the fingerprint to paste it into the official letter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1181"/>
        <source>Phát hành gói đợt đánh giá…</source>
        <translation>Publish campaign package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1184"/>
        <source>Ghi gói đợt đánh giá (đợt, danh mục đơn vị, bộ tiêu chí, thời hạn, mức xếp loại, phân công thẩm định, kế hoạch của tỉnh) có chữ ký của Sở Nội vụ.</source>
        <translation>Write the campaign package (campaign, unit registry, criteria sets, deadlines, rating bands, appraiser assignments, the province&apos;s plan), signed by the Department of Home Affairs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1188"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1217"/>
        <source>%1 (năm %2)</source>
        <translation>%1 (year %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1218"/>
        <source>%1: %2 nhóm đơn vị, %3 đơn vị tham gia.</source>
        <translation>%1: %2 unit groups, %3 participating units.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1224"/>
        <source>Chưa thể phát hành: %1 lỗi phải sửa, %2 cảnh báo.</source>
        <translation>Cannot publish yet: %1 error(s) to fix, %2 warning(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1229"/>
        <source>Có thể phát hành; %1 cảnh báo nên xem lại.</source>
        <translation>Ready to publish; %1 warning(s) worth reviewing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1233"/>
        <source>Có thể phát hành: không có lỗi hay cảnh báo nào.</source>
        <translation>Ready to publish: no errors or warnings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1242"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1242"/>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1266"/>
        <source>Lưu gói đợt đánh giá</source>
        <translation>Save campaign package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1276"/>
        <source>Đang phát hành…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1282"/>
        <source>Đã phát hành và đọc lại để kiểm tra: %1 (%2 byte). Gửi tệp này cho các đơn vị kèm công văn.</source>
        <translation>Published and read back to verify: %1 (%2 bytes). Send this file to the units with the official letter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="1304"/>
        <source>Đang phát hành gói đợt đánh giá…</source>
        <translation>Publishing the campaign package…</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="792"/>
        <source>Danh sách đơn vị</source>
        <translation>Unit registry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="794"/>
        <source>Danh mục các cơ quan, đơn vị của tỉnh. Nhập từ Excel theo tệp mẫu: tệp có bất kỳ lỗi nào thì không đơn vị nào được nhập và phần mềm liệt kê từng lỗi kèm số dòng; đơn vị đã có được cập nhật theo mã.</source>
        <translation>The list of the province&apos;s agencies and units. Import it from Excel using the template: if the file has any error, no unit is imported and the software lists each error with its row number; units already listed are updated by code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="799"/>
        <source>Lọc theo mã, tên, loại hoặc nhóm…</source>
        <translation>Filter by code, name, type or group…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="803"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="803"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="804"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="804"/>
        <source>Hiệu lực</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="805"/>
        <source>Nhóm trong đợt đánh giá</source>
        <translation>Group in the campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="814"/>
        <source>Xuất mẫu Excel…</source>
        <translation>Export Excel template…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="816"/>
        <source>Tệp Excel có sẵn các cột, vài dòng ví dụ và trang hướng dẫn từng cột.</source>
        <translation>An Excel file with the columns ready, a few example rows and a sheet explaining each column.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="818"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="820"/>
        <source>Ghi danh theo cột “Nhóm”</source>
        <translation>Enrol by the “Nhóm” (group) column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="822"/>
        <source>Khi nhập, đưa mỗi đơn vị vào nhóm ghi ở cột “Nhóm” của đợt đánh giá đang chọn.</source>
        <translation>When importing, put each unit into the group of the selected campaign named in its “Nhóm” (group) column.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="823"/>
        <source>Ghi danh theo loại đơn vị…</source>
        <translation>Enrol by unit type…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="825"/>
        <source>Đưa mọi đơn vị của một loại (sở, UBND xã…) còn hiệu lực vào một nhóm của đợt đánh giá đang chọn.</source>
        <translation>Put every valid unit of one type (provincial departments, commune People&apos;s Committees…) into a group of the selected campaign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="841"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="872"/>
        <source>Chưa có đợt đánh giá: có thể nhập danh sách đơn vị ngay, rồi ghi danh sau khi thiết lập đợt đánh giá.</source>
        <translation>No campaign yet: you can import the unit registry now and enrol the units once a campaign has been set up.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="875"/>
        <source>Đợt đánh giá đang chọn: %1 (năm %2).</source>
        <translation>Selected campaign: %1 (year %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="887"/>
        <source> (đơn vị này)</source>
        <translation> (this unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="896"/>
        <source>Không còn (hoặc chưa có) hiệu lực vào %1.</source>
        <translation>No longer (or not yet) valid on %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="900"/>
        <source>%1 đơn vị; %2 đơn vị đã ghi danh vào đợt đánh giá.</source>
        <translation>%1 units; %2 units enrolled in the campaign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="911"/>
        <source>từ %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="913"/>
        <source>đến %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="929"/>
        <source>Lưu tệp mẫu danh sách đơn vị</source>
        <translation>Save the unit registry template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="931"/>
        <location filename="../../desktop/ui/campaign_setup.py" line="951"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="942"/>
        <source>Đã lưu tệp mẫu: %1. Điền danh sách (các dòng ví dụ có thể xóa) rồi bấm “Nhập từ Excel…”.</source>
        <translation>Saved the template: %1. Fill in the list (the example rows can be deleted), then click “Import from Excel…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="950"/>
        <source>Chọn tệp danh sách đơn vị</source>
        <translation>Choose the unit registry file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="960"/>
        <source>Đang kiểm tra %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="967"/>
        <source>Tệp có %1 lỗi nên không đơn vị nào được nhập; hãy sửa các dòng sau rồi nhập lại:</source>
        <translation>The file has %1 error(s), so no unit was imported; fix the following rows and import it again:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="973"/>
        <source>Đã nhập danh sách đơn vị: %1 mới, %2 cập nhật, %3 quan hệ kế thừa, %4 đơn vị được ghi danh vào đợt đánh giá.</source>
        <translation>Imported the unit registry: %1 new, %2 updated, %3 successions, %4 units enrolled in the campaign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="978"/>
        <source>%1 dòng có cột “Nhóm” chưa được ghi danh (chưa chọn ghi danh theo cột “Nhóm”).</source>
        <translation>%1 rows with a “Nhóm” (group) value were not enrolled (enrolling by the “Nhóm” column was not selected).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="60"/>
        <source>Báo cáo kết quả tự đánh giá (PDF)</source>
        <translation>Self-assessment results report (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="62"/>
        <source>Báo cáo định kỳ công tác CCHC (PDF)</source>
        <translation>Periodic administrative reform report (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="64"/>
        <source>Báo cáo tổng hợp kết quả Chỉ số CCHC của tỉnh (PDF)</source>
        <translation>Summary report of the province&apos;s Administrative Reform Index results (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="66"/>
        <source>Kết quả thẩm định của một đơn vị (PDF)</source>
        <translation>A unit&apos;s appraisal results (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="68"/>
        <source>Bảng điểm của đơn vị (Excel)</source>
        <translation>The unit&apos;s score table (Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="70"/>
        <source>Bảng tổng hợp và các bảng thẩm định theo lĩnh vực (Excel)</source>
        <translation>Summary table and appraisal tables by area (Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="72"/>
        <source>Bảng theo dõi đợt đánh giá (Excel)</source>
        <translation>Campaign tracking board (Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="76"/>
        <source>Quý I</source>
        <translation>Quarter 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="77"/>
        <source>Quý II</source>
        <translation>Quarter 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="78"/>
        <source>Quý III</source>
        <translation>Quarter 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="79"/>
        <source>Quý IV</source>
        <translation>Quarter 4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="80"/>
        <source>6 tháng đầu năm</source>
        <translation>First 6 months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="81"/>
        <source>Cả năm</source>
        <translation>Full year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="177"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="194"/>
        <source>Văn bản PDF theo thể thức Nghị định 30/2020/NĐ-CP, hoặc bảng tính Excel có công thức. Báo cáo tổng hợp, kết quả thẩm định và bảng theo dõi chỉ có tại Sở Nội vụ.</source>
        <translation>A PDF document in the format of Decree 30/2020/NĐ-CP, or an Excel workbook with formulas. The summary report, the appraisal results and the tracking board are available only at the Department of Home Affairs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="197"/>
        <source>Đơn vị được báo cáo.</source>
        <translation>The unit the report is about.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="208"/>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="211"/>
        <source>Nhiệm vụ đến hạn trong kỳ này; trạng thái tính đến ngày của báo cáo.</source>
        <translation>Tasks due in this period; their status as of the report&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="214"/>
        <source>Loại &amp;báo cáo:</source>
        <translation>Report &amp;type:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="215"/>
        <source>Đơ&amp;n vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="218"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Report &amp;period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="223"/>
        <source>Thông tin trên văn bản</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="228"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Managing body:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="229"/>
        <source>Tên cơ quan cấp trên trực tiếp, chữ in hoa (vd. UBND TỈNH AN GIANG); để trống nếu không có.</source>
        <translation>Name of the directly superior body, in capitals (e.g. UBND TỈNH AN GIANG); leave empty if there is none.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="231"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="231"/>
        <source>Tên cơ quan ban hành, chữ in hoa.</source>
        <translation>Name of the issuing body, in capitals.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="232"/>
        <source>Số, ký hiệu:</source>
        <translation>Number and symbol:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="233"/>
        <source>In sau “Số:”, vd. 15/BC-STP; để “/BC-STP” nếu văn thư ghi số khi phát hành.</source>
        <translation>Printed after “Số:” (No.), e.g. 15/BC-STP; leave “/BC-STP” if the records office fills in the number when the document is issued.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="234"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="234"/>
        <source>In trước ngày tháng, vd. An Giang.</source>
        <translation>Printed before the date, e.g. An Giang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="235"/>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="236"/>
        <source>Để trống: dùng trích yếu thường dùng của loại báo cáo.</source>
        <translation>Leave empty to use the usual subject for the report type.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="237"/>
        <source>Quyền hạn ký:</source>
        <translation>Authority line:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="238"/>
        <source>Dòng trên chức vụ người ký, vd. KT. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN; để trống nếu người đứng đầu ký.</source>
        <translation>The line above the signer&apos;s title, e.g. KT. GIÁM ĐỐC (signing for the Director), TM. ỦY BAN NHÂN DÂN (on behalf of the People&apos;s Committee); leave empty if the head signs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="240"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="240"/>
        <source>vd. PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC (Deputy Director)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="241"/>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="249"/>
        <source>(trích yếu thường dùng của loại báo cáo)</source>
        <translation>(the usual subject for the report type)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="259"/>
        <source>Ngày ghi trên văn bản (ngày ký); không được lưu lại cho lần sau.</source>
        <translation>The date printed on the document (the signing date); it is not kept for next time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="261"/>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="263"/>
        <source>Mỗi nơi nhận một dòng, không cần gạch đầu dòng; “Lưu: VT” được thêm nếu thiếu.</source>
        <translation>One recipient per line, no dashes needed; “Lưu: VT” (file copy for the records office) is added if missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="265"/>
        <source>Mục III của báo cáo: khó khăn, vướng mắc.</source>
        <translation>Section III of the report: difficulties and obstacles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="267"/>
        <source>Mục III của báo cáo: kiến nghị, đề xuất.</source>
        <translation>Section III of the report: recommendations and proposals.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="268"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="269"/>
        <source>Khó khăn, vướng mắc:</source>
        <translation>Difficulties and obstacles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="270"/>
        <source>Kiến nghị, đề xuất:</source>
        <translation>Recommendations and proposals:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="293"/>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="294"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="295"/>
        <source>Cỡ của bản xem trước: thấy cả trang, hoặc vừa chiều rộng để đọc chữ.</source>
        <translation>Preview size: see the whole page, or fit the width to read the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="318"/>
        <source>&amp;Xem trước</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="320"/>
        <source>Dựng lại trang đầu của báo cáo theo nội dung đã nhập.</source>
        <translation>Rebuild the first page of the report from what has been entered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="322"/>
        <source>&amp;Lưu…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="325"/>
        <source>Chọn nơi lưu và ghi tệp; thông tin trên văn bản được nhớ cho lần sau.</source>
        <translation>Choose where to save and write the file; the document details are remembered for next time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="327"/>
        <source>Mở &amp;thư mục</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="329"/>
        <source>Mở thư mục chứa tệp vừa lưu.</source>
        <translation>Open the folder containing the file just saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="348"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="366"/>
        <source>Chưa có đợt đánh giá: hãy nạp gói đợt đánh giá trước khi lập báo cáo.</source>
        <translation>No campaign yet: load a campaign package before making a report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="465"/>
        <source>Bảng tính Excel không có bản xem trước: hãy lưu rồi mở bằng Excel hoặc LibreOffice. Các tổng được tính bằng công thức trong bảng.</source>
        <translation>Excel workbooks have no preview: save the file, then open it in Excel or LibreOffice. The totals are calculated by formulas in the workbook.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="482"/>
        <source>Đang dựng bản xem trước…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="497"/>
        <source>Trang 1 trong %1 trang (bản xem trước)</source>
        <translation>Page 1 of %1 (preview)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="506"/>
        <source>Không dựng được bản xem trước.</source>
        <translation>The preview could not be built.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="540"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="547"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="548"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="563"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="579"/>
        <source>Đã dừng; không có tệp nào được ghi.</source>
        <translation>Stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="584"/>
        <source>Đã lưu %1 (%2 byte).</source>
        <translation>Saved %1 (%2 bytes).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="592"/>
        <source>Đang lưu báo cáo…</source>
        <translation>Saving the report…</translation>
    </message>
</context>
<context>
    <name>ResultsExportDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="363"/>
        <source>Xuất kết quả cho các đơn vị</source>
        <translation>Export results to units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="364"/>
        <source>Mỗi đơn vị đã được phê duyệt điểm nhận một gói kết quả: điểm cuối cùng từng tiêu chí, nhận xét, tổng điểm, Chỉ số, xếp loại, thứ hạng trong khối và phương pháp xếp hạng. Thứ hạng được tính lại trước khi xuất.</source>
        <translation>Each unit whose points have been approved gets a results package: the final points for each criterion, the remarks, the total, the Index, the rating, the rank in its block and the ranking method. Ranks are recalculated before exporting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="367"/>
        <source>Chọn thư mục lưu gói</source>
        <translation>Choose a folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="368"/>
        <source>Thư mục lưu các gói kết quả</source>
        <translation>Folder for the results packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="369"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="370"/>
        <source>Xuất gói</source>
        <translation>Export packages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/coordination_dialogs.py" line="378"/>
        <source>Đã ghi %n gói kết quả:</source>
        <translation>
            <numerusform>Wrote %n results package:</numerusform>
            <numerusform>Wrote %n results packages:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="377"/>
        <source>Đang xuất gói kết quả…</source>
        <translation>Exporting results packages…</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="86"/>
        <source>Tính xếp hạng</source>
        <translation>Compute ranking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="87"/>
        <source>Tính lại tổng điểm, Chỉ số, xếp loại và thứ hạng của mọi đơn vị theo điểm mới nhất</source>
        <translation>Recalculate the total, Index, rating and rank of every unit from the latest points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="90"/>
        <location filename="../../desktop/ui/results_view.py" line="112"/>
        <location filename="../../desktop/ui/results_view.py" line="367"/>
        <source>Phê duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="91"/>
        <source>Phê duyệt và khóa điểm của các đơn vị đang chọn</source>
        <translation>Approve and lock the points of the selected units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="93"/>
        <source>Mở khóa…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="94"/>
        <source>Mở khóa điểm đã phê duyệt của đơn vị đang chọn; phải ghi lý do</source>
        <translation>Unlock the approved points of the selected unit; a reason is required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="110"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="110"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="110"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="110"/>
        <source>Tự đánh
giá</source>
        <translation>Self
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="111"/>
        <source>Điểm
cuối cùng</source>
        <translation>Final
points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="111"/>
        <source>Chỉ số
(%)</source>
        <translation>Index
(%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="111"/>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="138"/>
        <source>Phương pháp xếp hạng</source>
        <translation>Ranking method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="186"/>
        <source>Đang tính xếp hạng…</source>
        <translation>Computing the ranking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="199"/>
        <source>Thứ hạng tạm tính (còn đơn vị chưa phê duyệt): %1.</source>
        <translation>Provisional ranks (some units not approved yet): %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="204"/>
        <source>Xếp hạng tính lần cuối lúc %1 %2; bấm “Tính xếp hạng” để tính lại theo điểm mới nhất.</source>
        <translation>Ranking last computed at %1 on %2; click “Compute ranking” to recompute it from the latest points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="208"/>
        <source>Chưa tính xếp hạng: bấm “Tính xếp hạng”.</source>
        <translation>Ranking not computed yet: click “Compute ranking”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/results_view.py" line="215"/>
        <source>Đã tính xếp hạng cho %n đơn vị.</source>
        <translation>
            <numerusform>Ranked %n unit.</numerusform>
            <numerusform>Ranked %n units.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="232"/>
        <source>Đã phê duyệt %1</source>
        <translation>Approved on %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="250"/>
        <source>Thứ hạng tạm tính: trong khối còn đơn vị chưa được phê duyệt điểm.</source>
        <translation>Provisional rank: some units of the block are not approved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="288"/>
        <source>Thứ hạng tạm tính (biểu tượng ~): %1/%2 đơn vị của khối chưa được phê duyệt điểm; thứ hạng chính thức khi mọi đơn vị của khối đã được phê duyệt.</source>
        <translation>Provisional ranks (marked ~): %1/%2 units of the block are not approved yet; the ranks become official once every unit of the block is approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="292"/>
        <source>Mọi đơn vị của khối đã được phê duyệt: thứ hạng chính thức.</source>
        <translation>Every unit of the block is approved: the ranks are official.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="351"/>
        <source>Đã phê duyệt và khóa điểm: %1.</source>
        <translation>Approved and locked the points of: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="368"/>
        <source>%1 còn %2 tiêu chí tự chấm chưa có điểm thẩm định. Giữ nguyên điểm tự đánh giá cho các tiêu chí chưa thẩm định và phê duyệt?</source>
        <translation>%1: %2 self-scored criteria still have no appraised points. Keep the self-assessed points for the criteria not appraised, and approve?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="372"/>
        <source>Giữ nguyên điểm tự đánh giá cho các tiêu chí chưa thẩm định và phê duyệt</source>
        <translation>Keep the self-assessed points for the criteria not appraised, and approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="374"/>
        <source>Không, để thẩm định tiếp</source>
        <translation>No, continue appraising</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="392"/>
        <source>Mở khóa điểm đã phê duyệt</source>
        <translation>Unlock approved points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="393"/>
        <source>Lý do mở khóa điểm của %1 (bắt buộc, được lưu vào nhật ký):</source>
        <translation>Reason for unlocking the points of %1 (required, recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="396"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="397"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="412"/>
        <source>Đã mở khóa; lý do đã được lưu vào nhật ký.</source>
        <translation>Unlocked; the reason has been recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="97"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="296"/>
        <source>Điểm điều tra xã hội học</source>
        <translation>Survey points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="297"/>
        <source>1. Xuất tệp mẫu (mỗi đơn vị một dòng, mỗi tiêu chí điều tra một cột). 2. Điền điểm quy đổi (ô trống: chưa nhập). 3. Nhập lại tệp: mọi ô phải hợp lệ thì mới nhập, nếu không sẽ liệt kê các ô cần sửa.</source>
        <translation>1. Export the template (one row per unit, one column per survey criterion). 2. Fill in the converted points (an empty cell means not entered). 3. Import the file back: it is imported only if every cell is valid; otherwise the cells to fix are listed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="300"/>
        <source>Lưu tệp mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="300"/>
        <source>Nơi lưu tệp mẫu .xlsx</source>
        <translation>Where to save the .xlsx template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="301"/>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="303"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="302"/>
        <source>Chọn tệp điểm</source>
        <translation>Choose the points file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="302"/>
        <source>Tệp .xlsx đã điền điểm</source>
        <translation>The filled-in .xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="304"/>
        <source>Xuất tệp mẫu</source>
        <translation>Export template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="306"/>
        <source>Nhập điểm</source>
        <translation>Import points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="314"/>
        <source>Tệp mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="315"/>
        <source>Nhập từ:</source>
        <translation>Import from:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="321"/>
        <source>Hãy chọn nơi lưu tệp mẫu.</source>
        <translation>Choose where to save the template.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="327"/>
        <source>Đã lưu tệp mẫu: %1</source>
        <translation>Saved the template: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="338"/>
        <source>Hãy chọn tệp điểm cần nhập.</source>
        <translation>Choose the points file to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="342"/>
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
    <name>UnitProposalsPage</name>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="984"/>
        <source>Đề xuất chỉ đến Sở Nội vụ khi gửi gói đề xuất. Sửa rồi gửi lại là an toàn: Sở Nội vụ cập nhật các đề xuất đã nhận, trừ đề xuất đã được quyết định. Đề xuất gửi sau hạn vẫn được nhận nhưng bị đánh dấu gửi muộn.</source>
        <translation>Proposals reach the Department of Home Affairs only when you send the proposals package. Editing and sending again is safe: the Department updates the proposals it has received, except those already decided. Proposals sent after the deadline are still accepted but marked as late.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="987"/>
        <source>Thêm đề xuất…</source>
        <translation>Add proposal…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="988"/>
        <source>Thêm một đề xuất (Insert)</source>
        <translation>Add a proposal (Insert)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="989"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="990"/>
        <source>Sửa đề xuất đang chọn (Enter hoặc F2, hoặc nhấp đúp)</source>
        <translation>Edit the selected proposal (Enter or F2, or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="993"/>
        <location filename="../../desktop/ui/plan_view.py" line="1093"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="994"/>
        <source>Rút đề xuất đang chọn (Delete); đề xuất đã gửi vẫn còn ở Sở Nội vụ</source>
        <translation>Withdraw the selected proposal (Delete); a proposal already sent stays with the Department of Home Affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="999"/>
        <source>&amp;Gửi đề xuất cho Sở Nội vụ…</source>
        <translation>&amp;Send proposals to the Department of Home Affairs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1000"/>
        <source>Xuất mọi đề xuất thành một gói có chữ ký để gửi Sở Nội vụ (USB hoặc thư điện tử)</source>
        <translation>Export all proposals as one signed package to send to the Department of Home Affairs (USB stick or email)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1008"/>
        <source>Nội dung đề xuất</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1008"/>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1009"/>
        <source>Sản phẩm đầu ra</source>
        <translation>Expected output</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1009"/>
        <source>Thời hạn
dự kiến</source>
        <translation>Proposed
deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1010"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1014"/>
        <source>Insert: thêm · Enter/F2: sửa · Delete: xóa</source>
        <translation>Insert: add · Enter/F2: edit · Delete: delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1040"/>
        <source>Đề xuất nhiệm vụ cho kế hoạch CCHC năm %1</source>
        <translation>Task proposals for the %1 CCHC plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/plan_view.py" line="1060"/>
        <source>%n đề xuất</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1061"/>
        <source>Chưa có đề xuất nào: bấm “Thêm đề xuất…” (Insert) để đề xuất nhiệm vụ cho kế hoạch năm sau.</source>
        <translation>No proposals yet: click “Add proposal…” (Insert) to propose tasks for next year&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1090"/>
        <source>Xóa đề xuất</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1091"/>
        <source>Xóa đề xuất “%1”? Nếu đã gửi, Sở Nội vụ vẫn giữ bản đã nhận.</source>
        <translation>Delete the proposal “%1”? If it has been sent, the Department of Home Affairs keeps the copy it received.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1094"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1103"/>
        <source>Đã xóa đề xuất.</source>
        <translation>Proposal deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1109"/>
        <source>Lưu gói đề xuất</source>
        <translation>Save proposals package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1125"/>
        <source>Đã xuất gói đề xuất và đọc lại để kiểm tra: %1 (%2 byte). Hãy gửi tệp này cho Sở Nội vụ.</source>
        <translation>Exported the proposals package and read it back to verify: %1 (%2 bytes). Send this file to the Department of Home Affairs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="1135"/>
        <source>Đang xuất gói đề xuất…</source>
        <translation>Exporting the proposals package…</translation>
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
    <name>_EditDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="245"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="246"/>
        <source>Lưu (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_view.py" line="247"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="156"/>
        <source>Vòng 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="157"/>
        <source>Vòng 2</source>
        <translation>Round 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coordination_dialogs.py" line="163"/>
        <source>Hãy chọn một thư mục có sẵn để lưu các gói.</source>
        <translation>Choose an existing folder to save the packages in.</translation>
    </message>
</context>
<context>
    <name>campaign_setup</name>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="73"/>
        <source>Tự chấm điểm:</source>
        <translation>Self-assessment:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="74"/>
        <source>Thẩm định vòng 1:</source>
        <translation>Appraisal, round 1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="75"/>
        <source>Giải trình:</source>
        <translation>Explanations:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="76"/>
        <source>Thẩm định vòng 2:</source>
        <translation>Appraisal, round 2:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="77"/>
        <source>Công bố kết quả:</source>
        <translation>Publication of results:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="78"/>
        <source>Đề xuất kế hoạch năm sau:</source>
        <translation>Proposals for next year&apos;s plan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="81"/>
        <source>Hạn các đơn vị tự chấm điểm và nộp gói cho Sở Nội vụ.</source>
        <translation>Deadline for the units to self-assess and submit their package to the Department of Home Affairs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="83"/>
        <source>Hạn các cơ quan thẩm định gửi kết quả thẩm định vòng 1.</source>
        <translation>Deadline for the appraising departments to send their round 1 appraisal results.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="85"/>
        <source>Hạn các đơn vị giải trình những tiêu chí được đề nghị.</source>
        <translation>Deadline for the units to explain the criteria they were asked about.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="87"/>
        <source>Hạn thẩm định lại sau giải trình.</source>
        <translation>Deadline for the re-appraisal after the explanations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="89"/>
        <source>Hạn UBND tỉnh công bố Chỉ số CCHC.</source>
        <translation>Deadline for the Provincial People&apos;s Committee to publish the Administrative Reform Index.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="91"/>
        <source>Hạn các đơn vị gửi đề xuất nhiệm vụ cho kế hoạch CCHC năm sau (thường trước 15/11).</source>
        <translation>Deadline for the units to send task proposals for next year&apos;s CCHC plan (usually before 15/11).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="96"/>
        <source>Sở</source>
        <translation>Provincial department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="97"/>
        <source>Ban, ngành tỉnh</source>
        <translation>Provincial board or agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="98"/>
        <source>Cơ quan ngành dọc</source>
        <translation>Vertically managed agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="99"/>
        <source>UBND tỉnh</source>
        <translation>Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="100"/>
        <source>UBND cấp huyện (trước 1/7/2025)</source>
        <translation>District People&apos;s Committee (before 1 July 2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="101"/>
        <source>UBND xã</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="102"/>
        <source>UBND phường</source>
        <translation>Ward People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="103"/>
        <source>UBND đặc khu</source>
        <translation>Special zone People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="104"/>
        <source>Phòng, đơn vị trực thuộc</source>
        <translation>Division or subordinate unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_setup.py" line="105"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
</TS>
