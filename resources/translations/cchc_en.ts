<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="27" />
        <source>DỮ LIỆU MẪU — chỉ để làm quen, không dùng cho báo cáo chính thức</source>
        <translation>DEMO DATA — for practice only, not for official reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="38" />
        <source>Đơn vị và đợt đánh giá</source>
        <translation>Unit and campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="40" />
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="41" />
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="42" />
        <source>Đợt đánh giá:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="48" />
        <source>%v/%m tiêu chí đã chấm</source>
        <translation>%v/%m criteria scored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="51" />
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="60" />
        <source>Nhiệm vụ và tài liệu kiểm chứng</source>
        <translation>Tasks and evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="62" />
        <source>Nhiệm vụ:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="63" />
        <source>Tài liệu kiểm chứng:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="66" />
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="66" />
        <source>Điểm tự đánh giá</source>
        <translation>Self-assessed points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="67" />
        <source>Điểm tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="91" />
        <source>Đơn vị tự đánh giá</source>
        <translation>Assessed unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="91" />
        <source>Sở Nội vụ (điều phối)</source>
        <translation>Department of Home Affairs (coordinator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="92" />
        <source>Cơ quan thẩm định</source>
        <translation>Appraising department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="93" />
        <location filename="../../desktop/ui/dashboard.py" line="95" />
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="94" />
        <source>(chưa thiết lập)</source>
        <translation>(not set up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="97" />
        <source>%1 nhiệm vụ: %2 hoàn thành, %3 quá hạn</source>
        <translation>%1 tasks: %2 done, %3 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="101" />
        <source>%1 tệp</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="113" />
        <source>Chỉ số: %1%</source>
        <translation>Index: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="116" />
        <source>%1 tiêu chí cần giải trình</source>
        <translation>%1 criteria need an explanation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="50" />
        <source>Đang mở không gian làm việc…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58" />
        <source>Chưa có không gian làm việc. Hãy tạo không gian mẫu để làm quen, hoặc thiết lập đơn vị bằng lệnh “cchc init”.</source>
        <translation>There is no workspace yet. Create the demo workspace to look around, or set up your unit with “cchc init”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62" />
        <source>Tạo không gian làm việc mẫu</source>
        <translation>Create the demo workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71" />
        <source>Không gian làm việc &amp;gần đây</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91" />
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Đang tạo không gian làm việc mẫu…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>Chưa có không gian làm việc</source>
        <translation>No workspace yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167" />
        <source>&lt;b&gt;CCHC Desk&lt;/b&gt; %1&lt;br&gt;Tự đánh giá và điều phối cải cách hành chính, hoạt động không cần mạng.</source>
        <translation>&lt;b&gt;CCHC Desk&lt;/b&gt; %1&lt;br&gt;Administrative-reform self-assessment and coordination that works without a network.</translation>
    </message>
</context>
</TS>