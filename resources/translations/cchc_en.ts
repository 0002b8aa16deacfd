<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
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
        <location filename="../../desktop/ui/assessment_view.py" line="99"/>
        <source>%v/%m tiêu chí</source>
        <translation>%v/%m criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_view.py" line="172"/>
        <source>Tổng điểm tự đánh giá: %1 / %2 · chỉ số %3%</source>
        <translation>Self-assessed total: %1 / %2 · index %3%</translation>
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
        <location filename="../../desktop/ui/criterion_page.py" line="87"/>
        <source>Cách chấm:</source>
        <translation>How to score:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="88"/>
        <source>Tài liệu kiểm chứng gợi ý:</source>
        <translation>Suggested evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="90"/>
        <source>Kết quả tự đánh giá</source>
        <translation>Self-assessment result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="111"/>
        <source>Xóa kết quả</source>
        <translation>Clear result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="124"/>
        <source>Dùng giá trị gợi ý</source>
        <translation>Use suggested value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="135"/>
        <source>Giải thích kết quả tự chấm khi chưa có hoặc chưa đủ tài liệu kiểm chứng, hoặc khi điểm thấp hơn điểm tối đa.</source>
        <translation>Explain the self-assessed result when evidence is missing or incomplete, or when the score is below the maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="241"/>
        <source>Điểm tối đa: %1</source>
        <translation>Maximum points: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="243"/>
        <source>Cơ quan thẩm định: %1</source>
        <translation>Appraising department: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="245"/>
        <source>Căn cứ: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="169"/>
        <source>Điểm của mục này là tổng các tiêu chí thành phần:</source>
        <translation>This item&apos;s score is the sum of its sub-criteria:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="172"/>
        <source>Tiêu chí này không tự chấm: điểm do Sở Nội vụ nhập từ kết quả điều tra xã hội học.</source>
        <translation>This criterion is not self-assessed: the Department of Home Affairs enters its points from the survey results.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="268"/>
        <source>điểm</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="278"/>
        <source>Số lần: </source>
        <translation>Count: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="281"/>
        <source>Tỷ lệ %, ví dụ 92,5</source>
        <translation>Rate in %, e.g. 92.5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="282"/>
        <source>Số điểm, ví dụ 1,5</source>
        <translation>Points, e.g. 1.5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="302"/>
        <source>%1/%2 nhiệm vụ kế hoạch tỉnh hoàn thành đúng hạn</source>
        <translation>%1/%2 province plan tasks completed on time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="306"/>
        <source>%1 trong %2 nhiệm vụ kế hoạch tỉnh quá hạn</source>
        <translation>%1 of %2 province plan tasks overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="309"/>
        <source>Gợi ý từ dữ liệu nhiệm vụ: %1 (%2)</source>
        <translation>Suggested from task data: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="325"/>
        <location filename="../../desktop/ui/criterion_page.py" line="366"/>
        <source>Điểm: %1 / %2</source>
        <translation>Points: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="328"/>
        <source>Đã lưu tự động.</source>
        <translation>Saved automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="350"/>
        <source>Giải trình (bắt buộc — chưa có hoặc chưa đủ tài liệu kiểm chứng, hoặc điểm dưới mức tối đa):</source>
        <translation>Explanation (required — evidence is missing or incomplete, or the score is below the maximum):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/criterion_page.py" line="351"/>
        <source>Giải trình:</source>
        <translation>Explanation:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="91"/>
        <source>DỮ LIỆU MẪU — chỉ để làm quen, không dùng cho báo cáo chính thức</source>
        <translation>DEMO DATA — for practice only, not for official reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="103"/>
        <source>Đơn vị và đợt đánh giá</source>
        <translation>Unit and campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="105"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="106"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="107"/>
        <source>Đợt đánh giá:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="116"/>
        <source>%v/%m tiêu chí đã chấm</source>
        <translation>%v/%m criteria scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="118"/>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="50"/>
        <source>Hạn tự chấm điểm</source>
        <translation>Self-assessment deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="51"/>
        <source>Thẩm định vòng 1</source>
        <translation>Appraisal, round 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="52"/>
        <source>Hạn giải trình, bổ sung tài liệu</source>
        <translation>Deadline for explanations and additional evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="53"/>
        <source>Thẩm định vòng 2</source>
        <translation>Appraisal, round 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="54"/>
        <source>Công bố kết quả</source>
        <translation>Publication of results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="55"/>
        <source>Đề xuất nhiệm vụ CCHC năm sau</source>
        <translation>Proposals for next year&apos;s administrative reform tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="56"/>
        <source>Họp giao ban CCHC quý</source>
        <translation>Quarterly administrative reform briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="58"/>
        <source>Thời hạn khác</source>
        <translation>Other deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard.py" line="65"/>
        <source>còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="67"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard.py" line="69"/>
        <source>đã qua %n ngày</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard.py" line="70"/>
        <source>quá hạn %n ngày</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="108"/>
        <source>Nhiệm vụ:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="109"/>
        <source>Tài liệu kiểm chứng:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="127"/>
        <source>Điểm tự đánh giá theo lĩnh vực</source>
        <translation>Self-assessed points by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="133"/>
        <source>Việc</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="133"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="133"/>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="144"/>
        <source>Lịch của đợt đánh giá</source>
        <translation>Campaign schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="148"/>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="148"/>
        <source>Đã chấm</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="149"/>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="161"/>
        <source>Tiến độ chấm theo lĩnh vực</source>
        <translation>Scoring progress by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="190"/>
        <source>Điểm tự đánh giá</source>
        <translation>Self-assessed points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="191"/>
        <source>Điểm tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="247"/>
        <source>Đơn vị tự đánh giá</source>
        <translation>Assessed unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="247"/>
        <source>Sở Nội vụ (điều phối)</source>
        <translation>Department of Home Affairs (coordinator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="248"/>
        <source>Cơ quan thẩm định</source>
        <translation>Appraising department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="249"/>
        <location filename="../../desktop/ui/dashboard.py" line="251"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="250"/>
        <source>(chưa thiết lập)</source>
        <translation>(not set up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="253"/>
        <source>%1 nhiệm vụ: %2 hoàn thành, %3 quá hạn</source>
        <translation>%1 tasks: %2 done, %3 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="257"/>
        <source>%1 tệp</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="272"/>
        <source>Chỉ số: %1%</source>
        <translation>Index: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="275"/>
        <source>%1 tiêu chí cần giải trình</source>
        <translation>%1 criteria need an explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="298"/>
        <source>%1/%2 tiêu chí đã chấm</source>
        <translation>%1/%2 criteria scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="302"/>
        <source>Điều tra XHH</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="303"/>
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
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>Đang mở không gian làm việc…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>Không gian làm việc &amp;gần đây</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62"/>
        <location filename="../../desktop/ui/main_window.py" line="119"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <location filename="../../desktop/ui/main_window.py" line="120"/>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64"/>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="65"/>
        <location filename="../../desktop/ui/main_window.py" line="122"/>
        <source>Kiểm tra trước khi nộp</source>
        <translation>Pre-submission check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68"/>
        <source>Gói dữ liệu</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93"/>
        <source>Không gian làm việc &amp;mới…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <source>&amp;Mở thư mục không gian làm việc…</source>
        <translation>&amp;Open workspace folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="98"/>
        <source>Mở không gian &amp;mẫu (DEMO)</source>
        <translation>Open &amp;sample workspace (DEMO)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>&amp;Xuất gói nộp…</source>
        <translation>E&amp;xport submission package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>Xuất gói đăng &amp;ký khóa…</source>
        <translation>Export key en&amp;rolment package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>&amp;Hoàn tác thay đổi vừa lưu</source>
        <translation>&amp;Undo last saved change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>Đ&amp;i tới</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Tiêu chí &amp;tiếp theo</source>
        <translation>&amp;Next criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114"/>
        <source>Tiêu chí t&amp;rước</source>
        <translation>&amp;Previous criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>Tiêu chí &amp;chưa xong tiếp theo</source>
        <translation>Next &amp;unfinished criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>Tìm tiêu chí</source>
        <translation>Find criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Chọn thư mục không gian làm việc</source>
        <translation>Choose a workspace folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>Đang tạo không gian làm việc mẫu…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>Chưa có không gian làm việc</source>
        <translation>No workspace yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Chưa có đợt đánh giá: hãy nạp gói đợt đánh giá hoặc tạo không gian với đợt mẫu.</source>
        <translation>No campaign yet: load a campaign package or create a workspace with the sample campaign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255"/>
        <source>Mọi tiêu chí đã được chấm và giải trình đủ.</source>
        <translation>Every criterion has been scored and fully explained.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>Không còn gì để hoàn tác.</source>
        <translation>Nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại CCHC Desk.</source>
        <translation>The new language takes effect when CCHC Desk is reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tiêu chí chưa xong tiếp theo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+↓ / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tiêu chí tiếp theo / trước&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tìm tiêu chí&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chuyển giữa ô nhập, giải trình, tài liệu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mũi tên&lt;/b&gt;&lt;/td&gt;&lt;td&gt;chọn phương án&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;hoàn tác thay đổi vừa lưu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tổng quan, Tự đánh giá, Nhiệm vụ, Kiểm tra&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next unfinished criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+↓ / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find criterion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move between input, explanation and evidence&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;choose an option&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo the last saved change&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Overview, Self-assessment, Tasks, Check&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>&lt;b&gt;CCHC Desk&lt;/b&gt; %1&lt;br&gt;Tự đánh giá và điều phối cải cách hành chính, hoạt động không cần mạng.</source>
        <translation>&lt;b&gt;CCHC Desk&lt;/b&gt; %1&lt;br&gt;Administrative-reform self-assessment and coordination that works without a network.</translation>
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
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="88"/>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="88"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="100"/>
        <source>Ví dụ: Báo cáo CCHC quý I</source>
        <translation>e.g. Q1 administrative reform report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="102"/>
        <source>Kế hoạch tỉnh</source>
        <translation>Province plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="103"/>
        <source>Của đơn vị</source>
        <translation>Unit&apos;s own</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="105"/>
        <source>Nhiệm vụ theo kế hoạch CCHC của tỉnh được tính vào tỷ lệ hoàn thành và số nhiệm vụ quá hạn dùng để gợi ý điểm.</source>
        <translation>Tasks in the province&apos;s administrative reform plan count towards the completion rate and the number of overdue tasks used to suggest points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="108"/>
        <source>Ví dụ: 12/KH-UBND</source>
        <translation>e.g. 12/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="113"/>
        <source>Người hoặc bộ phận</source>
        <translation>Person or unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="116"/>
        <source>&amp;Không có hạn</source>
        <translation>No dead&amp;line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="124"/>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="125"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="126"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="126"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="133"/>
        <source>Chỉ nhập khi nhiệm vụ đã hoàn thành.</source>
        <translation>Fill in only once the task is completed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="140"/>
        <source>&amp;Tên nhiệm vụ:</source>
        <translation>&amp;Task name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="141"/>
        <source>&amp;Nguồn:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="142"/>
        <source>&amp;Số, ký hiệu văn bản giao:</source>
        <translation>&amp;Number and symbol of assigning document:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="144"/>
        <source>Người/bộ phận &amp;phụ trách:</source>
        <translation>&amp;Person/unit in charge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="146"/>
        <source>&amp;Hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="147"/>
        <source>Trạn&amp;g thái:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="148"/>
        <source>T&amp;iến độ:</source>
        <translation>Pro&amp;gress:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="149"/>
        <source>Ngày h&amp;oàn thành:</source>
        <translation>Completion dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="151"/>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="162"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="162"/>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="163"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="167"/>
        <source>Enter hoặc nhấp đúp để mở tệp</source>
        <translation>Enter or double-click to open a file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="177"/>
        <source>Đính kèm tài &amp;liệu…</source>
        <translation>Attach doc&amp;uments…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="179"/>
        <source>Tài liệu kiểm chứng của nhiệm vụ</source>
        <translation>Task evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="190"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="191"/>
        <source>Lưu (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="192"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="359"/>
        <source>Lưu nhiệm vụ trước, sau đó mở lại để đính kèm tài liệu.</source>
        <translation>Save the task first, then reopen it to attach documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="362"/>
        <source>Chưa có tài liệu nào.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="364"/>
        <source>%1 tài liệu</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="371"/>
        <source>Chọn tài liệu kiểm chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialog.py" line="384"/>
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
        <location filename="../../desktop/ui/tasks_view.py" line="203"/>
        <source>Quá hạn %1 ngày</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="207"/>
        <source>Văn bản giao: %1</source>
        <translation>Assigning document: %1</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="323"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="324"/>
        <source>Thêm nhiệm vụ mới (Insert)</source>
        <translation>Add a new task (Insert)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="325"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="326"/>
        <source>Sửa nhiệm vụ đang chọn (Enter hoặc F2, hoặc nhấp đúp)</source>
        <translation>Edit the selected task (Enter or F2, or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="329"/>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="330"/>
        <source>Đánh dấu nhiệm vụ đang chọn đã hoàn thành hôm nay (Ctrl+D)</source>
        <translation>Mark the selected task as completed today (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="346"/>
        <location filename="../../desktop/ui/tasks_view.py" line="360"/>
        <location filename="../../desktop/ui/tasks_view.py" line="488"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="346"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="347"/>
        <source>Đến hạn trong tháng này</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="348"/>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="348"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="349"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="349"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="353"/>
        <source>“Đến hạn trong tháng này”: nhiệm vụ chưa xong có hạn trong tháng hiện tại.</source>
        <translation>“Due this month”: unfinished tasks with a deadline in the current month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="365"/>
        <source>Tên, số văn bản, người phụ trách…</source>
        <translation>Name, document number, person in charge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="366"/>
        <source>Tìm theo tên, số văn bản giao, người phụ trách, ghi chú; gõ có dấu hay không dấu đều được (Alt+K). Enter để trở về bảng.</source>
        <translation>Search by name, assigning document number, person in charge or notes; diacritics are optional (Alt+S). Press Enter to return to the table.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="372"/>
        <source>&amp;Hiển thị:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="373"/>
        <source>&amp;Phụ trách:</source>
        <translation>&amp;In charge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="374"/>
        <source>Tìm &amp;kiếm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="396"/>
        <source>Insert: thêm · Enter/F2: sửa · Ctrl+D: hoàn thành</source>
        <translation>Insert: add · Enter/F2: edit · Ctrl+D: complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="492"/>
        <source>(Chưa giao)</source>
        <translation>(Unassigned)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="514"/>
        <source>Kế hoạch tỉnh: chưa có đợt đánh giá đang mở nên chưa tính được số liệu.</source>
        <translation>Province plan: no campaign is open, so no figures can be calculated yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="519"/>
        <source>Kế hoạch tỉnh: chưa có nhiệm vụ nào của năm %1.</source>
        <translation>Province plan: no tasks for %1 yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="523"/>
        <source>Kế hoạch tỉnh: %1/%2 nhiệm vụ hoàn thành đúng hạn (%3%) · %4 quá hạn</source>
        <translation>Province plan: %1/%2 tasks completed on time (%3%) · %4 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="530"/>
        <source>Gợi ý điểm cho tiêu chí %1.</source>
        <translation>Suggests points for criterion %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="531"/>
        <source>Tính nhiệm vụ kế hoạch tỉnh năm %1, trừ nhiệm vụ đã hủy; quá hạn gồm cả nhiệm vụ hoàn thành sau hạn.</source>
        <translation>Counts province plan tasks for %1, excluding cancelled ones; overdue includes tasks completed after their deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_view.py" line="540"/>
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
</TS>
