<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="35"/>
        <source>发生了意外错误：{error}</source>
        <translation>An unexpected error occurred: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="37"/>
        <location filename="../../ui/application.py" line="46"/>
        <source>加急工作台</source>
        <translation>Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="53"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>CalendarOverrideModel</name>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="60"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="60"/>
        <source>安排</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="60"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="68"/>
        <source>上班</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="68"/>
        <source>休息</source>
        <translation>Day off</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsView</name>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="136"/>
        <source>保存办公时间</source>
        <translation>Save office hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="142"/>
        <source>办公时间（所有工期与承诺时间按此计算）</source>
        <translation>Office hours (all durations and committed times are calculated on these)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="153"/>
        <source>红色：法定节假日休息&#x3000;蓝色：调休上班&#x3000;斜体：预估（尚无放假安排数据）&#x3000;粗体：本所设定</source>
        <translation>Red: statutory holiday · Blue: make-up working day · Italic: estimated (no holiday schedule data yet) · Bold: set by the office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="156"/>
        <source>日历（数据来自 chinesecalendar，国务院放假安排）</source>
        <translation>Calendar (data from chinesecalendar, per the State Council holiday schedule)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="175"/>
        <source>休息</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="176"/>
        <source>上班</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="179"/>
        <source>如：国务院办公厅 2027 年部分节假日安排的通知</source>
        <translation>e.g. General Office of the State Council notice on the 2027 holiday schedule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="183"/>
        <source>添加或更新</source>
        <translation>Add or update</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="186"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="189"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="190"/>
        <source>安排</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="191"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="196"/>
        <source>本所日历例外（新发布的放假通知、地方安排）</source>
        <translation>Office calendar overrides (newly published holiday notices, local arrangements)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table_model.py" line="27"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="28"/>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="29"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="30"/>
        <source>加急事项</source>
        <translation>Expedite matter</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="31"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="32"/>
        <source>截止时间</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="33"/>
        <source>项目经理</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="34"/>
        <source>最近更新</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="87"/>
        <source>已超过客户要求的截止时间</source>
        <translation>Past the client&apos;s deadline</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="36"/>
        <source>搜索案件编号、客户、事项、业务类型、状态或项目经理（Ctrl+F）</source>
        <translation>Search by case no., client, matter, service type, status or case manager (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="41"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="43"/>
        <source>重新读取案件（F5）</source>
        <translation>Reload cases (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cases_view.py" line="92"/>
        <source>共 %n 个案件</source>
        <translation>
            <numerusform>%n case in total</numerusform>
            <numerusform>%n cases in total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="95"/>
        <source>找到 {shown} 个，共 {total} 个案件</source>
        <translation>Found {shown} of {total} cases</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="45"/>
        <source>今日概况</source>
        <translation>Today at a glance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="48"/>
        <source>进行中的加急案件</source>
        <translation>Open expedite cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="48"/>
        <source>待确认与办理中</source>
        <translation>Awaiting confirmation or in progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="49"/>
        <source>48 小时内到期</source>
        <translation>Due within 48 hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="49"/>
        <source>客户要求的截止时间临近</source>
        <translation>Client deadline approaching</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="50"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="50"/>
        <source>截止时间已过仍未结案</source>
        <translation>Past deadline and not yet closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="51"/>
        <source>受阻任务</source>
        <translation>Blocked tasks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="51"/>
        <source>进行中案件里标为受阻的任务</source>
        <translation>Tasks marked Blocked in open cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="58"/>
        <source>后续版本将在这里列出：我的待办、需要复盘的案件、SLA 计时与客户通知提醒、被 @ 的消息与关键决策。</source>
        <translation>Coming in a later version: my to-dos, cases due for retrospective, SLA timers and client notification reminders, @-mentions and key decisions.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="31"/>
        <source>欢迎使用加急工作台</source>
        <translation>Welcome to Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="34"/>
        <source>请先填写本机构的信息，它们会打印在加急服务确认书上，以后可在“设置”中修改。带 * 的为必填项。</source>
        <translation>First, enter your office&apos;s details. They are printed on the expedite service confirmation letter and can be changed later in Settings. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="40"/>
        <source>同时载入示例数据（{cases} 个加急案件，便于熟悉功能）</source>
        <translation>Also load sample data ({cases} expedite cases to help you explore the features)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="46"/>
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="47"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="68"/>
        <source>正在生成示例数据…</source>
        <translation>Generating sample data…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="81"/>
        <source>示例数据</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="81"/>
        <source>示例数据生成失败：{error}</source>
        <translation>Failed to generate sample data: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>加急任务看板</source>
        <translation>Expedite task board</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>按案件、负责人或业务类型分泳道的任务看板：待办、进行中、待复核、受阻、已完成；每列 WIP 上限，卡片显示截止倒计时、总时差和关键路径标记，可拖拽或用键盘移动。</source>
        <translation>A task board with swimlanes by case, assignee or service type: To do, In progress, In review, Blocked, Done; a WIP limit per column; cards show the deadline countdown, total slack and a critical-path marker, and move by drag and drop or from the keyboard.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>甘特图</source>
        <translation>Gantt chart</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>按中国工作日历（法定节假日与调休）排布的甘特图：关键路径标红、时差尾线、今日线与截止线、确认书签署时的基线；拖动任务条即可重新排程。</source>
        <translation>A Gantt chart on the Chinese working calendar (statutory holidays and make-up working days): the critical path in red, slack tails, today and deadline lines, and the baseline from when the confirmation letter was signed; drag a bar to reschedule.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>复盘知识库</source>
        <translation>Review knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>结案 24 小时内的五维复盘（目标达成、流程效率、资源使用、沟通效果、风险暴露），按问题类型、风险等级、解决方式打标签，支持中文检索与导出 Excel。</source>
        <translation>Retrospectives within 24 hours of closing, on five dimensions (goal attainment, process efficiency, resource use, communication, risk exposure), tagged by problem type, risk level and solution kind, with Chinese full-text search and Excel export.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>数据库：{location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>关于加急工作台</source>
        <translation>About Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>加急工作台</source>
        <translation>Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>加急工作台 {version}
代理机构加急案件的接待、计划、确认书与复盘。</source>
        <translation>Expedite Desk {version}
Intake, planning, confirmation letters and retrospectives for expedite cases in agency offices.</translation>
    </message>
</context>
<context>
    <name>OfficeCalendarWidget</name>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="92"/>
        <source>上班</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="92"/>
        <source>休息</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="93"/>
        <source>本所设定：{state}（{note}）</source>
        <translation>Set by the office: {state} ({note})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="95"/>
        <source>调休上班（{holiday}）</source>
        <translation>Make-up working day ({holiday})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="97"/>
        <source>{holiday}假期</source>
        <translation>{holiday} holiday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="99"/>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="99"/>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_settings_view.py" line="101"/>
        <source>（预估：尚无国务院放假安排数据）</source>
        <translation> (estimated: no State Council holiday schedule data yet)</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <location filename="../../ui/office_profile_form.py" line="23"/>
        <source>机构名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="24"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="25"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="26"/>
        <source>签字人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="27"/>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="30"/>
        <source>如：明远企业服务有限公司</source>
        <translation>e.g. Mingyuan Enterprise Services Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="31"/>
        <source>打印在确认书抬头</source>
        <translation>Printed in the confirmation letter header</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="32"/>
        <source>手机或座机，如 021-58881234</source>
        <translation>Mobile or landline, e.g. 021-58881234</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="33"/>
        <source>代表本机构签署确认书的人</source>
        <translation>Person who signs confirmation letters on behalf of the office</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="34"/>
        <source>如：明远企业服务有限公司 合同专用章</source>
        <translation>e.g. Mingyuan Enterprise Services Co., Ltd. Contract Seal</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="39"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="40"/>
        <source>保存机构信息</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="43"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="50"/>
        <source>机构信息（打印在确认书上）</source>
        <translation>Office details (printed on confirmation letters)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="62"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="64"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="71"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="73"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="75"/>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="94"/>
        <source>机构与界面</source>
        <translation>Office &amp; interface</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="96"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="98"/>
        <source>SOP 模板</source>
        <translation>SOP templates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="111"/>
        <source>未保存：请按提示修改后再保存</source>
        <translation>Not saved: correct the highlighted fields and save again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="114"/>
        <source>已保存（{time}）</source>
        <translation>Saved ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="119"/>
        <source>重新启动加急工作台后生效。</source>
        <translation>Takes effect after restarting Expedite Desk.</translation>
    </message>
</context>
<context>
    <name>SopTemplateEditor</name>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="62"/>
        <source>编辑 SOP 模板：{name}（当前第 {version} 版）</source>
        <translation>Edit SOP template: {name} (currently Version {version})</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="69"/>
        <source>常规（非加急）办理通常需要的工期，如 4d</source>
        <translation>Usual duration for normal (non-expedite) handling, e.g. 4d</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="72"/>
        <source>模板名称</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="73"/>
        <source>常规办理工期</source>
        <translation>Normal handling duration</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="74"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="78"/>
        <source>标识</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="78"/>
        <source>步骤名称</source>
        <translation>Step name</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="78"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="78"/>
        <source>工期</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="78"/>
        <source>前置步骤</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="79"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="79"/>
        <source>检查清单（用“；”分隔）</source>
        <translation>Checklist (separate items with “；”)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="94"/>
        <source>工期写作 4h（小时）、2d（工作日）、30m（分钟）；前置步骤写标识，</source>
        <translation>Write durations as 4h (hours), 2d (working days) or 30m (minutes); list predecessors by key, </translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="95"/>
        <source>开始-开始写 b(ss)，滞后写 c(+2h)。</source>
        <translation>write start-to-start as b(ss) and a lag as c(+2h).</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="99"/>
        <source>添加步骤</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="101"/>
        <source>删除步骤</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="103"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="105"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="115"/>
        <source>这一版改了什么、为什么改（必填），如：复盘发现银行信息传递延迟，增加确认步骤</source>
        <translation>What changed in this version and why (required), e.g. the retrospective found delays in passing on bank information, so a confirmation step was added</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="125"/>
        <source>发布新版本</source>
        <translation>Publish new version</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="135"/>
        <source>修订说明</source>
        <translation>Revision note</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="160"/>
        <source>新步骤</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="189"/>
        <source>第 {row} 步：{error}</source>
        <translation>Step {row}: {error}</translation>
    </message>
</context>
<context>
    <name>SopTemplatesView</name>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="122"/>
        <source>编辑并发布新版本…</source>
        <translation>Edit and publish new version…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="126"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="171"/>
        <source>（无说明）</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="173"/>
        <source>第 {n} 版 · {time} · {note}</source>
        <translation>Version {n} · {time} · {note}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="187"/>
        <source>{flow} · {service} · 常规办理约 {normal} · {steps} 个步骤</source>
        <translation>{flow} · {service} · normal handling about {normal} · {steps} steps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="198"/>
        <source>若现在开始：{summary} 关键路径上的步骤以红色标出。</source>
        <translation>If started now: {summary} Steps on the critical path are shown in red.</translation>
    </message>
</context>
<context>
    <name>StepScheduleModel</name>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="65"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="65"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="65"/>
        <source>工期</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="65"/>
        <source>前置步骤</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="65"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="66"/>
        <source>最早开始</source>
        <translation>Earliest start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="66"/>
        <source>最早完成</source>
        <translation>Earliest finish</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="66"/>
        <source>总时差（小时）</source>
        <translation>Total slack (h)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="66"/>
        <source>关键</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="83"/>
        <source>检查清单：</source>
        <translation>Checklist: </translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="44"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="44"/>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="44"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="56"/>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <location filename="../../ui/pages/upcoming_view.py" line="14"/>
        <source>此功能尚在开发中，将在后续版本提供。</source>
        <translation>This feature is still in development and will be available in a later version.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="33"/>
        <source>工商设立</source>
        <translation>Company setup</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="34"/>
        <source>工商变更</source>
        <translation>Company change</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="35"/>
        <source>工商注销</source>
        <translation>Company deregistration</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="36"/>
        <source>税务申报</source>
        <translation>Tax filing</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="37"/>
        <source>税务变更</source>
        <translation>Tax registration change</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="38"/>
        <source>清税</source>
        <translation>Tax clearance</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="39"/>
        <source>出口退税</source>
        <translation>Export tax rebate</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="40"/>
        <source>资质许可</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="41"/>
        <source>海关备案</source>
        <translation>Customs filing</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="42"/>
        <source>银行开户</source>
        <translation>Bank account opening</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="43"/>
        <source>商标</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="44"/>
        <source>社保</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="48"/>
        <source>基础</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="49"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="53"/>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="54"/>
        <source>项目经理</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="55"/>
        <source>执行专员</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="56"/>
        <source>后勤支持</source>
        <translation>Logistics support</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="57"/>
        <source>合规复核</source>
        <translation>Compliance reviewer</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="58"/>
        <source>主管</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="59"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="63"/>
        <source>待确认</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="64"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="65"/>
        <source>按期完成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="66"/>
        <source>逾期完成</source>
        <translation>Achieved late</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="67"/>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="68"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="78"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="79"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="80"/>
        <source>待复核</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="81"/>
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="82"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="86"/>
        <source>完成-开始</source>
        <translation>Finish-to-start</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="87"/>
        <source>开始-开始</source>
        <translation>Start-to-start</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="37"/>
        <source>加急版</source>
        <translation>Expedite</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="38"/>
        <source>常规版</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="22"/>
        <source>影响业务存续</source>
        <extracomment>Room the normal flow must leave before the deadline for the urgency to count as false. A dimension scored this high (of 3) makes the urgency genuine: survival or a major loss.</extracomment>
        <translation>Business survival</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="23"/>
        <source>重大经济损失</source>
        <translation>Major financial loss</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="24"/>
        <source>市场机会丧失</source>
        <translation>Lost market opportunity</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="25"/>
        <source>内部管理需求</source>
        <translation>Internal management need</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="32"/>
        <source>常规办理</source>
        <translation>Normal handling</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="33"/>
        <source>专项加急（仅瓶颈环节）</source>
        <translation>Targeted expedite (bottleneck step only)</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="34"/>
        <source>全面加急</source>
        <translation>Full expedite</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="35"/>
        <source>加急也无法按期完成</source>
        <translation>Cannot be met even expedited</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="27"/>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="28"/>
        <source>已收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="29"/>
        <source>有问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="33"/>
        <source>业务员初核</source>
        <translation>Clerk&apos;s first check</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="34"/>
        <source>主管复核</source>
        <translation>Supervisor review</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="35"/>
        <source>法务终审</source>
        <translation>Legal final review</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="14"/>
        <source>加急服务费</source>
        <translation>Expedite fee</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="15"/>
        <source>加班费</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="16"/>
        <source>专家溢价</source>
        <translation>Expert premium</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="17"/>
        <source>特殊通道费</source>
        <translation>Channel fee</translation>
    </message>
</context>
</TS>
