<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="61"/>
        <source>最常见的问题类型</source>
        <extracomment>Quarters shown in the trend charts (the tables list them all).</extracomment>
        <translation>Most common problem types</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="62"/>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="68"/>
        <location filename="../../ui/knowledge/analysis_view.py" line="82"/>
        <source>（未标注）</source>
        <translation>(Untagged)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="79"/>
        <source>问题类型的季度趋势</source>
        <translation>Problem types by quarter</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="96"/>
        <source>按期完成率（%）与平均延误（工作小时）</source>
        <translation>On-time rate (%) and average delay (working hours)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="98"/>
        <location filename="../../ui/knowledge/analysis_view.py" line="133"/>
        <source>按期完成率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="99"/>
        <source>平均延误</source>
        <translation>Average delay</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="131"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="132"/>
        <source>复盘案件</source>
        <translation>Cases reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="134"/>
        <source>平均延误（工作小时）</source>
        <translation>Average delay (working hours)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="135"/>
        <source>最常见问题</source>
        <translation>Most common problem</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="145"/>
        <source>（不限）</source>
        <translation>(Any)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="151"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="151"/>
        <source>最常见的问题类型（次数）</source>
        <translation>Most common problem types (count)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="36"/>
        <source>发生了意外错误：{error}</source>
        <translation>An unexpected error occurred: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="38"/>
        <location filename="../../ui/application.py" line="47"/>
        <source>加急工作台</source>
        <translation>Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="54"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/board/board_model.py" line="133"/>
        <source>⚡ 全面加急</source>
        <translation>⚡ Full expedite</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_model.py" line="137"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_model.py" line="247"/>
        <source>（每道 ≤{n}）</source>
        <translation> (≤{n} per lane)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_model.py" line="252"/>
        <source>在制品上限 {n}：超过时标红</source>
        <translation>Work-in-progress limit {n}: shown in red when exceeded</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/pages/board_page.py" line="120"/>
        <source>全所看板</source>
        <translation>Office board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="123"/>
        <source>案件编号，如 JJ2026-00042，回车打开单案看板</source>
        <translation>Case no., e.g. JJ2026-00042; press Enter to open its case board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="128"/>
        <source>泳道：按案件</source>
        <translation>Lanes: by case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="129"/>
        <source>泳道：按负责人</source>
        <translation>Lanes: by assignee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="130"/>
        <source>泳道：按业务类型</source>
        <translation>Lanes: by service type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="136"/>
        <source>列设置…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="138"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="139"/>
        <source>重新读取看板并按当前时间重新排程（F5）</source>
        <translation>Reload the board and reschedule from the current time (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="142"/>
        <location filename="../../ui/pages/board_page.py" line="147"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="144"/>
        <location filename="../../ui/pages/board_page.py" line="147"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="148"/>
        <source>撤销上一次移动（Ctrl+Z）</source>
        <translation>Undo the last move (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="149"/>
        <source>重做（Ctrl+Shift+Z）</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="159"/>
        <source>全部负责人</source>
        <translation>All assignees</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="160"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="165"/>
        <source>全部业务类型</source>
        <translation>All service types</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="168"/>
        <source>只看关键路径</source>
        <translation>Critical path only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="169"/>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="170"/>
        <source>只看受阻</source>
        <translation>Blocked only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="174"/>
        <source>搜索任务、案件、客户或负责人（Ctrl+F）</source>
        <translation>Search by task, case, client or assignee (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="203"/>
        <source>方向键选择卡片；Ctrl+←/→ 移到相邻列，Ctrl+↑/↓ 调整顺序；回车打开任务；也可用鼠标拖动。</source>
        <translation>Arrow keys select a card; Ctrl+←/→ moves it to the adjacent column, Ctrl+↑/↓ changes its order; Enter opens the task; you can also drag with the mouse.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="225"/>
        <source>正在按当前时间重新排程在办案件…</source>
        <translation>Rescheduling open cases as of now…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="231"/>
        <location filename="../../ui/pages/board_page.py" line="239"/>
        <source>已重新排程 {n} 个在办案件</source>
        <translation>Rescheduled {n} open cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="249"/>
        <source>单案看板：{number}</source>
        <translation>Case board: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="260"/>
        <source>没有找到案件“{number}”</source>
        <translation>Case “{number}” not found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="279"/>
        <source>显示 {shown} 张卡片</source>
        <translation>Showing {shown} card(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="288"/>
        <source>{number} {client}｜{task}｜{status}｜最迟完成 {due}｜案件截止 {deadline}</source>
        <translation>{number} {client} | {task} | {status} | Latest finish {due} | Case deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="328"/>
        <source>移动“{task}”到“{column}”</source>
        <translation>Move “{task}” to “{column}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="350"/>
        <source>{number} 预计完成：{finish}。{summary}</source>
        <translation>{number}: projected finish {finish}. {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="389"/>
        <location filename="../../ui/pages/board_page.py" line="393"/>
        <source>受阻原因</source>
        <translation>Reason blocked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="389"/>
        <source>“{task}”为什么受阻？</source>
        <translation>Why is “{task}” blocked?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="393"/>
        <source>请填写受阻原因（不能为空）：</source>
        <translation>Enter why it is blocked (cannot be empty):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="400"/>
        <source>确认书尚未签回</source>
        <translation>Letter not signed yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="401"/>
        <source>{number} 的确认书尚未签回。仍要开始办理，请填写作出决定的人：</source>
        <translation>The confirmation letter for {number} has not been signed yet. To start work anyway, enter who decided:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py" line="408"/>
        <source>前置任务未完成</source>
        <translation>Predecessors not done</translation>
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
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="142"/>
        <source>受阻：</source>
        <translation>Blocked: </translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="150"/>
        <source>时差 {hours}h</source>
        <translation>Slack {hours}h</translation>
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
        <location filename="../../ui/pages/cases_view.py" line="59"/>
        <source>搜索案件编号、客户、事项、业务类型、状态或项目经理（Ctrl+F）</source>
        <translation>Search by case no., client, matter, service type, status or case manager (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="64"/>
        <source>新建接待单</source>
        <translation>New intake</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="66"/>
        <source>前台接待：登记客户需求、评估紧急度、报价与材料预审（Ctrl+N）</source>
        <translation>Intake: record the client&apos;s request, assess urgency, quote and pre-check materials (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="68"/>
        <source>材料预审…</source>
        <translation>Material pre-check…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="70"/>
        <source>选中案件的材料清单、三级审核与破例受理（Ctrl+M）</source>
        <translation>Material checklist, three-level review and acceptance by exception for the selected case (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="74"/>
        <source>案件看板</source>
        <translation>Case board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="76"/>
        <source>打开选中案件的任务看板（Ctrl+B）</source>
        <translation>Open the task board of the selected case (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="80"/>
        <source>确认书…</source>
        <translation>Confirmation letters…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="82"/>
        <source>选中案件的加急服务确认书：生成、预览、打印、登记签回（Ctrl+L）</source>
        <translation>Confirmation letters for the selected case: generate, preview, print, register the signed copy (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="85"/>
        <source>批量打印确认书…</source>
        <translation>Print letters in batch…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="86"/>
        <source>打印所有选中案件的最新确认书（没有的先生成）</source>
        <translation>Print the latest confirmation letter of every selected case (generating one where there is none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="89"/>
        <source>结案…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="92"/>
        <source>选中案件结案：按期完成、逾期完成、失败或撤回；之后须在 24 个工作小时内复盘</source>
        <translation>Close the selected case as Achieved, Achieved late, Failed or Withdrawn; its retrospective is then due within 24 working hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="96"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="98"/>
        <source>重新读取案件（F5）</source>
        <translation>Reload cases (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="155"/>
        <source>已保存案件 {number}（{status}），已按 SOP 生成 {tasks} 个任务。</source>
        <translation>Saved case {number} ({status}); {tasks} tasks generated from the SOP.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="164"/>
        <source>请先在列表中选中一个案件</source>
        <translation>Select a case in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="194"/>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="194"/>
        <source>结案结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="205"/>
        <source>已结案。请在 24 个工作小时内完成复盘（知识库 → 待复盘）。</source>
        <translation>Case closed. Complete the retrospective within 24 working hours (Knowledge base → Reviews due).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="215"/>
        <source>请先在列表中选中要打印的案件（可按住 Ctrl 或 Shift 多选）</source>
        <translation>Select the cases to print in the list first (hold Ctrl or Shift to select several)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="232"/>
        <source>已送打印 {n} 份确认书，共 {pages} 页</source>
        <translation>Sent {n} letter(s) to the printer, {pages} page(s) in total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cases_view.py" line="254"/>
        <source>共 %n 个案件</source>
        <translation>
            <numerusform>%n case in total</numerusform>
            <numerusform>%n cases in total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="257"/>
        <source>找到 {shown} 个，共 {total} 个案件</source>
        <translation>Found {shown} of {total} cases</translation>
    </message>
</context>
<context>
    <name>ClientSearchModel</name>
    <message>
        <location filename="../../ui/intake/client_search_model.py" line="44"/>
        <source>无信用代码</source>
        <extracomment>Enough to pick from; more words narrow it down.</extracomment>
        <translation>No credit code</translation>
    </message>
</context>
<context>
    <name>ColumnSettingsDialog</name>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="34"/>
        <source>看板列设置</source>
        <translation>Board columns</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="39"/>
        <source>列名（留空用默认）</source>
        <translation>Column name (blank for default)</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="39"/>
        <source>WIP 上限（0 为不限）</source>
        <translation>WIP limit (0 = no limit)</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="39"/>
        <source>按泳道计</source>
        <translation>Per lane</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="45"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="45"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="60"/>
        <source>列对应任务状态；超过 WIP 上限的列（或泳道中的格子）标红。</source>
        <translation>Each column is a task status; columns (or cells in a lane) over the WIP limit are shown in red.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="46"/>
        <source>今日概况</source>
        <translation>Today at a glance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="49"/>
        <source>进行中的加急案件</source>
        <translation>Open expedite cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="49"/>
        <source>待受理、已受理与办理中</source>
        <translation>Awaiting acceptance, accepted and in progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="50"/>
        <source>48 小时内到期</source>
        <translation>Due within 48 hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="50"/>
        <source>客户要求的截止时间临近</source>
        <translation>Client deadline approaching</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="51"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="51"/>
        <source>截止时间已过仍未结案</source>
        <translation>Past deadline and not yet closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="52"/>
        <source>受阻任务</source>
        <translation>Blocked tasks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="52"/>
        <source>进行中案件里标为受阻的任务</source>
        <translation>Tasks marked Blocked in open cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="53"/>
        <source>待复盘</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="53"/>
        <source>结案后 24 个工作小时内须复盘</source>
        <translation>Due within 24 working hours of closing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="55"/>
        <source>复盘已超期</source>
        <translation>Reviews overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="55"/>
        <source>结案已超过 24 个工作小时仍未复盘</source>
        <translation>Closed over 24 working hours ago and not yet reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="63"/>
        <source>后续版本将在这里列出：我的待办、SLA 计时与客户通知提醒、被 @ 的消息与关键决策。待复盘的案件在“知识库 → 待复盘”中。</source>
        <translation>Later versions will list here: my to-dos, SLA timers and client notification reminders, @-mentions and key decisions. Cases awaiting review are under “Knowledge base → Reviews due”.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="33"/>
        <source>编辑知识库条目</source>
        <translation>Edit knowledge base entry</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="33"/>
        <source>新建知识库条目</source>
        <translation>New knowledge base entry</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="38"/>
        <source>经验、与窗口打交道的方法、最佳实践……</source>
        <translation>Lessons, ways of dealing with the service counters, best practices…</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="59"/>
        <source>（不限）</source>
        <translation>(Any)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="71"/>
        <source>标题 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="72"/>
        <source>内容 *</source>
        <translation>Content *</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="73"/>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_dialog.py" line="77"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="22"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="23"/>
        <source>问题类型</source>
        <translation>Problem type</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="24"/>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="25"/>
        <source>解决方式</source>
        <translation>Kind of solution</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="26"/>
        <source>客户行业</source>
        <translation>Client industry</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="27"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="28"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="29"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/entry_table_model.py" line="30"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>FailureNoticeDialog</name>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="166"/>
        <source>未能按期完成告知书</source>
        <translation>Notice of a missed deadline</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="170"/>
        <source>发生了什么、何时发现、影响如何</source>
        <translation>What happened, when it was found, what it affects</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="177"/>
        <source>补救方案，如：免费继续办理，预计新的完成时间</source>
        <translation>The remedy, e.g. work continues free of charge, the new expected completion</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="186"/>
        <source>发生了什么</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="187"/>
        <source>责任</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="188"/>
        <source>补救方案</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="189"/>
        <source>补偿金额（元）</source>
        <translation>Compensation (yuan)</translation>
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
    <name>GanttChart</name>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="219"/>
        <source>班</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="220"/>
        <source>·预估</source>
        <translation>·est.</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="245"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="246"/>
        <source>截止</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>GanttExport</name>
    <message>
        <location filename="../../ui/gantt/gantt_export.py" line="67"/>
        <source>图片过大（共 {n} 行），请缩小时间轴或导出 PDF（可分多页）</source>
        <translation>The image would be too large ({n} rows): zoom out the timeline or export a PDF (it can span several pages)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_export.py" line="104"/>
        <source>无法写入 {path}</source>
        <translation>Cannot write {path}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_export.py" line="116"/>
        <source>第 {page} 页 共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>GanttPage</name>
    <message>
        <location filename="../../ui/gantt/chart_rows.py" line="97"/>
        <source>未指定项目经理</source>
        <translation>No case manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="90"/>
        <source>全所概览</source>
        <translation>Office overview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="94"/>
        <source>案件编号，回车打开该案件的甘特图</source>
        <translation>Case no.; press Enter to open its Gantt chart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="97"/>
        <source>按业务类型分组</source>
        <translation>Group by service type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="98"/>
        <source>按项目经理分组</source>
        <translation>Group by case manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="101"/>
        <source>时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="101"/>
        <source>日</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="101"/>
        <source>周</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="103"/>
        <source>时间轴按{unit}显示（也可 Ctrl+滚轮缩放）</source>
        <translation>Timeline scale: {unit} (you can also zoom with Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="106"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="108"/>
        <source>设为基线</source>
        <translation>Set baseline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="109"/>
        <source>把当前计划保存为基线（客户签字确认时的计划），以浅色条显示</source>
        <translation>Save the current plan as the baseline (the plan the client signed off on), shown as light bars</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="113"/>
        <source>{paper} 横向</source>
        <translation>{paper} landscape</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="114"/>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="116"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="118"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="120"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="159"/>
        <source>预计超期的案件（双击打开，红色为须处理的关键任务）</source>
        <translation>Cases projected to miss their deadline (double-click to open; critical tasks needing action are in red)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="191"/>
        <source>拖动任务条调整开始时间，拖动右端调整工期，按住 Shift 从一个任务拖到另一个建立前置关系，点击箭头后按 Delete 删除；Ctrl+Z 撤销。</source>
        <translation>Drag a task bar to change its start, drag its right end to change its duration, hold Shift and drag from one task to another to add a dependency, click an arrow and press Delete to remove it; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="207"/>
        <source>案件 {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="232"/>
        <source>在办案件 {n} 个，其中预计超期 {late} 个。双击某一行打开该案件的甘特图。</source>
        <translation>{n} open cases, {late} of them projected to miss their deadline. Double-click a row to open that case&apos;s Gantt chart.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="274"/>
        <source>没有找到案件“{number}”</source>
        <translation>Case “{number}” not found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="304"/>
        <source>移动任务</source>
        <translation>Move task</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="320"/>
        <source>调整工期</source>
        <translation>Change duration</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="337"/>
        <source>添加前置关系</source>
        <translation>Add dependency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="352"/>
        <source>删除前置关系</source>
        <translation>Delete dependency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="371"/>
        <source>导出 PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="378"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="387"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/gantt_page.py" line="390"/>
        <source>已导出 {pages} 页：{path}</source>
        <translation>Exported {pages} page(s): {path}</translation>
    </message>
</context>
<context>
    <name>GanttTableModel</name>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="17"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="17"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="17"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="17"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="17"/>
        <source>时差(h)</source>
        <translation>Slack (h)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="65"/>
        <source>招标公告</source>
        <extracomment>A draft is written this long after the last change (and at once when the form closes).</extracomment>
        <translation>Tender notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="66"/>
        <source>海关通知</source>
        <translation>Customs notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="67"/>
        <source>即将到期的许可证</source>
        <translation>Expiring licence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="68"/>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="69"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="113"/>
        <source>新建接待单</source>
        <extracomment>The page each problem field is on, to open it when saving fails.</extracomment>
        <translation>New intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="129"/>
        <source>1 客户</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="130"/>
        <source>2 需求</source>
        <translation>2 Request</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="131"/>
        <source>3 紧急度与报价</source>
        <translation>3 Urgency &amp; quote</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="135"/>
        <source>4 材料预审</source>
        <translation>4 Material pre-check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="157"/>
        <source>丢弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="159"/>
        <source>清空本接待单并删除草稿（Ctrl+Shift+Delete）</source>
        <translation>Clear this intake form and delete the draft (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="163"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="164"/>
        <source>关闭并保留草稿（Esc）</source>
        <translation>Close and keep the draft (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="167"/>
        <source>保存接待单</source>
        <translation>Save intake form</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="169"/>
        <source>保存（Enter、Ctrl+S 或 Ctrl+Enter）</source>
        <translation>Save (Enter, Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="212"/>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="218"/>
        <source>输入名称、信用代码、联系人或电话搜索老客户；新客户请填写全称</source>
        <translation>Type a name, credit code, contact or phone to find an existing client; for a new client, enter the full name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="237"/>
        <source>18 位，如 91310115MA1K4DXQ3N；新设公司可不填</source>
        <translation>18 characters, e.g. 91310115MA1K4DXQ3N; may be left blank for a company being set up</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="240"/>
        <source>客户方联系人</source>
        <translation>Contact person at the client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="242"/>
        <source>手机或带区号的座机，如 13912345678、021-61234567</source>
        <translation>Mobile or landline with area code, e.g. 13912345678, 021-61234567</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="258"/>
        <source>接待人 *</source>
        <translation>Intake by *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="259"/>
        <source>客户 *</source>
        <translation>Client *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="260"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="261"/>
        <source>联系人 *</source>
        <translation>Contact *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="262"/>
        <source>联系电话 *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="263"/>
        <source>服务等级</source>
        <translation>Service tier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="275"/>
        <source>如：经营范围变更加急（省级投标截止）</source>
        <translation>e.g. Expedited business scope change (provincial tender deadline)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="276"/>
        <source>客户要办成什么：具体事项、要求、已知情况</source>
        <translation>What the client needs done: specific matters, requirements, known circumstances</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="377"/>
        <source>（未审批）</source>
        <translation>(not approved)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="551"/>
        <source>（未填写：请输入客户给出的硬性截止时间）</source>
        <translation>(Not set: enter the hard deadline the client gave)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="294"/>
        <source>错过截止的后果，如：失去投标资格；货物滞港每天产生费用</source>
        <translation>What happens if the deadline is missed, e.g. disqualified from the tender; goods held at port incur daily charges</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="301"/>
        <source>添加证据文件…</source>
        <translation>Add evidence file…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="303"/>
        <source>招标公告、海关通知、即将到期的许可证等（Ctrl+O）</source>
        <translation>Tender notices, customs notices, expiring licences, etc. (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="307"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="308"/>
        <source>移除选中的证据文件（Delete）</source>
        <translation>Remove the selected evidence file (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="326"/>
        <source>业务类型 *</source>
        <translation>Service type *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="327"/>
        <source>办理流程</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="328"/>
        <source>办理事项 *</source>
        <translation>Matter *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="329"/>
        <source>具体要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="330"/>
        <source>硬性截止时间 *</source>
        <translation>Hard deadline *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="331"/>
        <source>错过的后果 *</source>
        <translation>Consequence if missed *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="332"/>
        <location filename="../../ui/intake/intake_dialog.py" line="571"/>
        <source>证据文件</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="336"/>
        <source>紧急程度（按影响评分）</source>
        <translation>Urgency (scored by impact)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="354"/>
        <source>按系统建议</source>
        <translation>Follow the system&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="358"/>
        <source>不按建议办理时必填：为什么</source>
        <translation>Required when not following the advice: why</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="359"/>
        <source>评估与建议</source>
        <translation>Assessment and advice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="362"/>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="363"/>
        <source>调整理由</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="365"/>
        <source>费用预估（客户可见，单位：元）</source>
        <translation>Cost estimate (shown to the client, in yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="374"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="382"/>
        <source>主管审批</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="470"/>
        <source>老客户（{tier}）。修改名称即改为新客户。</source>
        <translation>Existing client ({tier}). Changing the name makes it a new client.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="480"/>
        <location filename="../../ui/intake/intake_dialog.py" line="496"/>
        <source>新客户</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="495"/>
        <source>找到 {n} 个老客户：按 ↓ 选择；或继续填写新客户</source>
        <translation>{n} existing client(s) found: press ↓ to choose, or keep typing for a new client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="554"/>
        <source>，{name}非工作日</source>
        <translation>, {name} non-working day</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="560"/>
        <source>选择证据文件</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="562"/>
        <source>证据文件 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;所有文件 (*)</source>
        <translation>Evidence files (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="571"/>
        <source>“{name}”是：</source>
        <translation>“{name}” is:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="616"/>
        <source>（超过审批额度 {limit}，需主管审批）</source>
        <translation> (over the approval threshold of {limit}; manager approval required)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="624"/>
        <source>待填写截止时间</source>
        <translation>awaiting deadline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="625"/>
        <source>{n} 个问题</source>
        <translation>{n} issue(s)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="625"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="627"/>
        <source>建议：{advice}&#x3000;合计：{total}&#x3000;材料：{materials}</source>
        <translation>Advice: {advice} · Total: {total} · Materials: {materials}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="634"/>
        <source>填写截止时间并选择办理流程后，这里显示剩余工作时间与办理建议。</source>
        <translation>Enter the deadline and choose a process to see the remaining working time and handling advice here.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="639"/>
        <source>&lt;p&gt;剩余工作时间 &lt;b&gt;{left}&lt;/b&gt; 小时；常规办理约 {normal} 小时，加急方案约 {expedite} 小时，预计 {finish} 完成{estimated}。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{left}&lt;/b&gt; working hours left; normal handling takes about {normal} hours, the expedite plan about {expedite} hours; expected to finish {finish}{estimated}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="646"/>
        <source>（含预估节假日）</source>
        <translation> (includes estimated holidays)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="690"/>
        <source>有 {n} 处需要修改，已在对应位置标出。</source>
        <translation>{n} item(s) need correcting; each is marked where it appears.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="709"/>
        <source>已恢复 {when} 自动保存的草稿。不需要时按 Ctrl+Shift+Delete 丢弃。</source>
        <translation>Restored the draft autosaved at {when}. Press Ctrl+Shift+Delete to discard it if you don&apos;t need it.</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="79"/>
        <source>搜索标题与内容，两个字也可以，如：清算、税务（Ctrl+F）</source>
        <extracomment>Entries listed at once; a search narrows them (the count says how many match in all).</extracomment>
        <translation>Search titles and content; two characters are enough, e.g. liquidation, tax (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="90"/>
        <source>全部业务类型</source>
        <translation>All service types</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="94"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="118"/>
        <source>打开关联案件</source>
        <translation>Open linked case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="127"/>
        <source>新建条目</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="128"/>
        <source>手工录入一条经验（Ctrl+Shift+N）</source>
        <translation>Enter a lesson by hand (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="131"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="132"/>
        <source>导出当前筛选出的全部条目、标签统计与季度分析</source>
        <translation>Export all entries matching the current filters, with tag statistics and the quarterly analysis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="134"/>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="164"/>
        <source>结案后 24 个工作小时内应完成复盘。双击开始复盘（红色为已超期）。</source>
        <translation>A retrospective is due within 24 working hours of closing. Double-click a case to start it (overdue ones are in red).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="175"/>
        <source>复盘提出的 SOP 修改。双击打开模板编辑，发布即采纳并记入该复盘。</source>
        <translation>SOP changes proposed in retrospectives. Double-click to edit the template; publishing it accepts the change and records it in that retrospective.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="180"/>
        <source>知识库条目</source>
        <translation>Knowledge base entries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="181"/>
        <source>待复盘</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="182"/>
        <source>季度分析</source>
        <translation>Quarterly analysis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="183"/>
        <source>SOP 改进建议</source>
        <translation>SOP improvement proposals</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="203"/>
        <source>全部{kind}</source>
        <translation>{kind}: all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="225"/>
        <source>显示最新的 {n} 条；请输入关键词或筛选以缩小范围</source>
        <translation>Showing the latest {n} entries; type keywords or use the filters to narrow the list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="227"/>
        <source>共 {n} 条</source>
        <translation>Entries: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="235"/>
        <source>{number} {client}（{outcome}）结案 {closed}，应于 {due} 前复盘</source>
        <translation>{number} {client} ({outcome}), closed {closed}; review due by {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="247"/>
        <source>待复盘（{n}）</source>
        <translation>Reviews due ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="255"/>
        <source>已采纳</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="255"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="292"/>
        <source>已保存 {number} 的复盘并存入知识库</source>
        <translation>Saved the retrospective of {number} to the knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="298"/>
        <source>模板 {code} 已不存在</source>
        <translation>Template {code} no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="307"/>
        <source>复盘改进：{change}</source>
        <translation>Retrospective improvement: {change}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="310"/>
        <source>已发布 {code} 第 {version} 版并记入复盘</source>
        <translation>Published {code}, version {version}, and recorded it in the retrospective</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="319"/>
        <source>导出知识库</source>
        <translation>Export knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="319"/>
        <source>复盘知识库.xlsx</source>
        <translation>Retrospective knowledge base.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="328"/>
        <source>正在导出知识库…</source>
        <translation>Exporting the knowledge base…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="328"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="351"/>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported {n} entries to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="356"/>
        <source>已取消导出</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="358"/>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="365"/>
        <source>导入知识库</source>
        <translation>Import knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="370"/>
        <source>确认导入</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="383"/>
        <source>
……另有 {n} 处</source>
        <translation>
…and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="386"/>
        <source>文件有 {n} 处问题，未导入任何内容：
{list}</source>
        <translation>The file has {n} problem(s); nothing was imported:
{list}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="391"/>
        <source>将新增 {added} 条、更新 {updated} 条（{unchanged} 条不变）。确定导入吗？</source>
        <translation>This will add {added} entries and update {updated} ({unchanged} unchanged). Import now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/knowledge_page.py" line="399"/>
        <source>已导入：新增 {added} 条，更新 {updated} 条</source>
        <translation>Imported: {added} added, {updated} updated</translation>
    </message>
</context>
<context>
    <name>LetterVersionModel</name>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="58"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="59"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="60"/>
        <source>文书编号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="61"/>
        <source>生成时间</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="62"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="63"/>
        <source>签回</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="74"/>
        <source>{date} 由 {who} 接收</source>
        <translation>{date}, received by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="78"/>
        <source>未签回</source>
        <translation>Not signed yet</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="210"/>
        <source>确认书与文书 — {number}</source>
        <translation>Letters and documents — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="229"/>
        <source>生成确认书新版本</source>
        <translation>Generate a new letter version</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="231"/>
        <source>按案件当前的计划与费用生成确认书；旧版本保留（Ctrl+G）</source>
        <translation>Generate a confirmation letter from the case&apos;s current plan and costs; earlier versions are kept (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="234"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="235"/>
        <source>打印选中的版本（Ctrl+P）</source>
        <translation>Print the selected version (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="238"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="240"/>
        <source>生成进度报告</source>
        <translation>Generate progress report</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="243"/>
        <source>未能按期完成告知书…</source>
        <translation>Notice of a missed deadline…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="246"/>
        <source>生成案件摘要</source>
        <translation>Generate case summary</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="249"/>
        <source>登记签回件…</source>
        <translation>Register signed copy…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="252"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="290"/>
        <source>尚未生成确认书。按“生成确认书新版本”（Ctrl+G）生成第一版。</source>
        <translation>No confirmation letter yet. Press “Generate a new letter version” (Ctrl+G) for the first one.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="315"/>
        <source>已生成{kind}第 {version} 版（{number}）</source>
        <translation>Generated {kind}, version {version} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="337"/>
        <source>已生成告知书（{number}）</source>
        <translation>Generated the notice ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="347"/>
        <source>已送打印：{pages} 页</source>
        <translation>Sent to the printer: {pages} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="353"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="360"/>
        <source>无法保存到 {path}：{reason}</source>
        <translation>Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="364"/>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="380"/>
        <source>已登记签回：第 {version} 版。当前计划已设为基线。</source>
        <translation>Signed copy registered: Version {version}. The current plan is now the baseline.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>甘特图</source>
        <translation>Gantt chart</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>数据库：{location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>新建接待单(&amp;N)…</source>
        <translation>&amp;New intake…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>关于加急工作台</source>
        <translation>About Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>加急工作台</source>
        <translation>Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>加急工作台 {version}
代理机构加急案件的接待、计划、确认书与复盘。</source>
        <translation>Expedite Desk {version}
Intake, planning, confirmation letters and retrospectives for expedite cases in agency offices.</translation>
    </message>
</context>
<context>
    <name>MaterialCheckModel</name>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="40"/>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="40"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="40"/>
        <source>文件上的名称</source>
        <translation>Name on document</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="40"/>
        <source>文件上的信用代码</source>
        <translation>Credit code on document</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="41"/>
        <source>签发日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="41"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="41"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="62"/>
        <source>“{item}”的{column}：{message}</source>
        <translation>{column} of “{item}”: {message}</translation>
    </message>
</context>
<context>
    <name>MaterialReviewDialog</name>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="28"/>
        <source>材料预审 — {number}</source>
        <translation>Material pre-check — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="30"/>
        <source>{client}&#x3000;{service}&#x3000;截止 {deadline}&#x3000;状态：{status}</source>
        <translation>{client} · {service} · Deadline {deadline} · Status: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="45"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="48"/>
        <source>保存预审</source>
        <translation>Save pre-check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="51"/>
        <source>保存（Enter 或 Ctrl+S）</source>
        <translation>Save (Enter or Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="107"/>
        <source>空格键切换状态（缺失 → 已收到 → 有问题）；F2 或直接输入编辑单元格；日期如 2026-01-31。</source>
        <translation>Space cycles the status (Missing → Received → Problem); press F2 or just type to edit a cell; dates like 2026-01-31.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="110"/>
        <source>全部标记为已收到</source>
        <translation>Mark all received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="112"/>
        <source>未收到的材料全部标记为已收到（Alt+R）</source>
        <translation>Mark every material not yet received as received (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="124"/>
        <source>三级审核（每级须由不同的人完成）</source>
        <translation>Three-level review (each level by a different person)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="149"/>
        <source>破例受理（材料未通过时由主管决定）</source>
        <translation>Accept by exception (a manager decides when materials do not pass)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="155"/>
        <source>如：客户承诺明早补交章程，先行受理</source>
        <translation>e.g. Client promises to submit the articles of association tomorrow morning; accept now</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="159"/>
        <source>主管</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="160"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="178"/>
        <source>（未审核）</source>
        <translation>(Not reviewed)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="185"/>
        <source>（不破例）</source>
        <translation>(No exception)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="238"/>
        <source>已收到 {received} 项，缺失 {missing} 项，有问题 {problem} 项。</source>
        <translation>Received: {received}, missing: {missing}, problem: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="245"/>
        <source>暂不能受理：</source>
        <translation> Cannot be accepted yet: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="248"/>
        <source>材料预审通过，保存后案件即为“已受理”。</source>
        <translation> Material pre-check passed; once saved, the case is “Accepted”.</translation>
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
        <location filename="../../ui/office_profile_form.py" line="22"/>
        <source>机构名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="23"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="24"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="25"/>
        <source>签字人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="26"/>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="29"/>
        <source>如：明远企业服务有限公司</source>
        <translation>e.g. Mingyuan Enterprise Services Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="30"/>
        <source>打印在确认书抬头</source>
        <translation>Printed in the confirmation letter header</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="31"/>
        <source>手机或座机，如 021-58881234</source>
        <translation>Mobile or landline, e.g. 021-58881234</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="32"/>
        <source>代表本机构签署确认书的人</source>
        <translation>Person who signs confirmation letters on behalf of the office</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="33"/>
        <source>如：明远企业服务有限公司 合同专用章</source>
        <translation>e.g. Mingyuan Enterprise Services Co., Ltd. Contract Seal</translation>
    </message>
</context>
<context>
    <name>RetrospectiveDialog</name>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="64"/>
        <source>复盘 — {number}</source>
        <translation>Retrospective — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="71"/>
        <source>五维评分（1 很差 … 5 很好）</source>
        <translation>Five-dimension scores (1 very poor … 5 very good)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="79"/>
        <source>未评</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="81"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="88"/>
        <source>根本原因：失败或延误为什么发生；成功的做对了什么</source>
        <translation>Root cause: why the failure or delay happened; for a success, what went right</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="94"/>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="137"/>
        <source>改进措施</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="95"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="96"/>
        <source>完成日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="97"/>
        <source>修改的 SOP 模板</source>
        <translation>SOP template to change</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="98"/>
        <source>建议的 SOP 修改</source>
        <translation>Proposed SOP change</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="104"/>
        <source>添加措施</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="106"/>
        <source>删除措施</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="112"/>
        <source>一句话写清教训，如：清税遇系统升级，提前预约避开窗口</source>
        <translation>The lesson in one sentence, e.g. Tax clearance hit a system upgrade; book ahead to avoid the downtime</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="113"/>
        <source>下次怎么做</source>
        <translation>What to do next time</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="128"/>
        <source>复盘人 *</source>
        <translation>Reviewed by *</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="132"/>
        <source>事实经过（已按案件记录填入，可修改）</source>
        <translation>Facts / timeline (filled in from the case record; can be edited)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="134"/>
        <source>根本原因 *</source>
        <translation>Root cause *</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="144"/>
        <source>存入知识库</source>
        <translation>Save to the knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="146"/>
        <source>标题 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="147"/>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="175"/>
        <source>（不修改 SOP）</source>
        <translation>(No SOP change)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="196"/>
        <source>第 {n} 条措施：{message}</source>
        <translation>Action {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="237"/>
        <source>有 {n} 处需要修改，已在对应位置标出</source>
        <translation>{n} item(s) need correcting; each is marked where it was typed</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="45"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="46"/>
        <source>保存机构信息</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="49"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="56"/>
        <source>机构信息（打印在确认书上）</source>
        <translation>Office details (printed on confirmation letters)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="68"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="70"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="77"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="79"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="81"/>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="92"/>
        <source>保存额度</source>
        <translation>Save threshold</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="98"/>
        <source>接待与计划</source>
        <translation>Intake and planning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="100"/>
        <source>费用审批额度（元）</source>
        <translation>Cost approval threshold (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="101"/>
        <source>报价合计超过此金额时，须由主管审批后才能保存接待单。</source>
        <translation>When a quote&apos;s total exceeds this amount, a manager must approve it before the intake form can be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="106"/>
        <source> 工作小时</source>
        <translation> working hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="109"/>
        <source>关键任务预警余量</source>
        <translation>Critical-task warning margin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="111"/>
        <source>甘特图上，关键路径任务离最迟完成时间不足此余量时以橙色框标出。</source>
        <translation>On the Gantt chart, critical tasks closer than this to their latest finish get an orange frame.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="128"/>
        <source>机构与界面</source>
        <translation>Office &amp; interface</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="130"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="132"/>
        <source>SOP 模板</source>
        <translation>SOP templates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="145"/>
        <source>未保存：请按提示修改后再保存</source>
        <translation>Not saved: correct the highlighted fields and save again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="148"/>
        <source>已保存（{time}）</source>
        <translation>Saved ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="159"/>
        <source>审批额度已保存：{amount}</source>
        <translation>Approval threshold saved: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="163"/>
        <source>预警余量已保存</source>
        <translation>Warning margin saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="167"/>
        <source>重新启动加急工作台后生效。</source>
        <translation>Takes effect after restarting Expedite Desk.</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="119"/>
        <source>登记签回件</source>
        <translation>Register signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="126"/>
        <source>接收签回件的同事</source>
        <translation>Colleague who received the signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="129"/>
        <source>签回件扫描件（PDF 或图片），可稍后补充</source>
        <translation>Scan of the signed copy (PDF or image); can be added later</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="130"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="140"/>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="141"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="142"/>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="147"/>
        <source>选择签回件</source>
        <translation>Choose signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="147"/>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>SopTemplateEditor</name>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="71"/>
        <source>编辑 SOP 模板：{name}（当前第 {version} 版）</source>
        <translation>Edit SOP template: {name} (currently Version {version})</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="78"/>
        <source>常规（非加急）办理通常需要的工期，如 4d</source>
        <translation>Usual duration for normal (non-expedite) handling, e.g. 4d</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="81"/>
        <source>模板名称</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="82"/>
        <source>常规办理工期</source>
        <translation>Normal handling duration</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="83"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="87"/>
        <source>标识</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="87"/>
        <source>步骤名称</source>
        <translation>Step name</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="87"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="87"/>
        <source>工期</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="87"/>
        <source>前置步骤</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="88"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="88"/>
        <source>检查清单（用“；”分隔）</source>
        <translation>Checklist (separate items with “；”)</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="103"/>
        <source>工期写作 4h（小时）、2d（工作日）、30m（分钟）；前置步骤写标识，</source>
        <translation>Write durations as 4h (hours), 2d (working days) or 30m (minutes); list predecessors by key, </translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="104"/>
        <source>开始-开始写 b(ss)，滞后写 c(+2h)。</source>
        <translation>write start-to-start as b(ss) and a lag as c(+2h).</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="108"/>
        <source>添加步骤</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="110"/>
        <source>删除步骤</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="112"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="114"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="124"/>
        <source>这一版改了什么、为什么改（必填），如：复盘发现银行信息传递延迟，增加确认步骤</source>
        <translation>What changed in this version and why (required), e.g. the retrospective found delays in passing on bank information, so a confirmation step was added</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="134"/>
        <source>发布新版本</source>
        <translation>Publish new version</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="144"/>
        <source>修订说明</source>
        <translation>Revision note</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="169"/>
        <source>新步骤</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/sop_template_editor.py" line="198"/>
        <source>第 {row} 步：{error}</source>
        <translation>Step {row}: {error}</translation>
    </message>
</context>
<context>
    <name>SopTemplatesView</name>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="125"/>
        <source>编辑并发布新版本…</source>
        <translation>Edit and publish new version…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="129"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="174"/>
        <source>（无说明）</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="176"/>
        <source>第 {n} 版 · {time} · {note}</source>
        <translation>Version {n} · {time} · {note}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="190"/>
        <source>{flow} · {service} · 常规办理约 {normal} · {steps} 个步骤</source>
        <translation>{flow} · {service} · normal handling about {normal} · {steps} steps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sop_templates_view.py" line="201"/>
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
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="44"/>
        <source>任务：{name}（{number}）</source>
        <translation>Task: {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="49"/>
        <source>（未分配）</source>
        <translation>(Unassigned)</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="58"/>
        <source> 工时</source>
        <translation> working hours</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="66"/>
        <source>添加检查项</source>
        <translation>Add checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="68"/>
        <source>新检查项</source>
        <translation>New checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="69"/>
        <source>删除检查项</source>
        <translation>Delete checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="92"/>
        <source>（暂无记录）</source>
        <translation>(No history yet)</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="99"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="102"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="105"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="114"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="115"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="116"/>
        <source>工期</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="120"/>
        <source>检查清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="121"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="122"/>
        <source>历史</source>
        <translation>History</translation>
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
        <source>待受理</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="64"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="65"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="66"/>
        <source>按期完成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="67"/>
        <source>逾期完成</source>
        <translation>Achieved late</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="68"/>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="69"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="79"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="80"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="81"/>
        <source>待复核</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="82"/>
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="83"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="87"/>
        <source>完成-开始</source>
        <translation>Finish-to-start</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="88"/>
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
        <location filename="../../app/domain/urgency.py" line="29"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="30"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="31"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="32"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="37"/>
        <source>常规办理</source>
        <translation>Normal handling</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="38"/>
        <source>专项加急（仅瓶颈环节）</source>
        <translation>Targeted expedite (bottleneck step only)</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="39"/>
        <source>全面加急</source>
        <translation>Full expedite</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="40"/>
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
        <location filename="../../app/domain/cost_estimate.py" line="16"/>
        <source>加急服务费</source>
        <extracomment>Amounts a form takes: below one 万亿 yuan (and within a 64-bit count of fen).</extracomment>
        <translation>Expedite fee</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="17"/>
        <source>加班费</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="18"/>
        <source>专家溢价</source>
        <translation>Expert premium</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="19"/>
        <source>特殊通道费</source>
        <translation>Channel fee</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="15"/>
        <source>加急服务确认书</source>
        <translation>Expedite service confirmation letter</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="16"/>
        <source>进度报告</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="17"/>
        <source>未能按期完成告知书</source>
        <translation>Notice of a missed deadline</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="18"/>
        <source>案件摘要</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="22"/>
        <source>甲方原因</source>
        <translation>Caused by the client</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="23"/>
        <source>乙方原因</source>
        <translation>Caused by the office</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="24"/>
        <source>外部因素或不可抗力</source>
        <translation>External factors or force majeure</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="21"/>
        <source>目标达成</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="22"/>
        <source>流程效率</source>
        <translation>Process efficiency</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="23"/>
        <source>资源使用</source>
        <translation>Resource use</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="24"/>
        <source>沟通效果</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="25"/>
        <source>风险暴露</source>
        <translation>Risk exposure</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="29"/>
        <source>问题类型</source>
        <translation>Problem type</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="30"/>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="31"/>
        <source>解决方式</source>
        <translation>Kind of solution</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="32"/>
        <source>客户行业</source>
        <translation>Client industry</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="56"/>
        <source>复盘</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="57"/>
        <source>手工录入</source>
        <translation>Written by hand</translation>
    </message>
    <message>
        <location filename="../../app/domain/sla.py" line="22"/>
        <source>一级（10 分钟）</source>
        <translation>Level 1 (10 minutes)</translation>
    </message>
    <message>
        <location filename="../../app/domain/sla.py" line="23"/>
        <source>二级（2 小时）</source>
        <translation>Level 2 (2 hours)</translation>
    </message>
    <message>
        <location filename="../../app/domain/sla.py" line="24"/>
        <source>三级（24 小时）</source>
        <translation>Level 3 (24 hours)</translation>
    </message>
</context>
</TS>
