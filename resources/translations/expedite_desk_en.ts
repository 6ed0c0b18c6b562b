<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Access</name>
    <message>
        <location filename="../../ui/access.py" line="33"/>
        <source>记录为当前登录的人</source>
        <translation>Recorded as the person logged in</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="46"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="47"/>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="48"/>
        <source>需{roles}权限</source>
        <translation>Requires the {roles} role</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="96"/>
        <source>只读：{who}</source>
        <translation>Read-only: {who}</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="24"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="24"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="24"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="24"/>
        <source>登录状态</source>
        <translation>Login status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="29"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="31"/>
        <source>未开通</source>
        <translation>No login</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="33"/>
        <source>已锁定至 {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="34"/>
        <source>待修改临时密码</source>
        <translation>Must change temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="34"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="57"/>
        <source>至少 8 位，员工首次登录时须修改</source>
        <translation>At least 8 characters; the person must change it at first login</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="67"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="68"/>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="69"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="72"/>
        <source>开通登录</source>
        <translation>Create login</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="73"/>
        <source>重置密码并解锁</source>
        <translation>Reset password and unlock</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="74"/>
        <source>保存角色</source>
        <translation>Save role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="75"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="124"/>
        <source>请按提示修改</source>
        <translation>Correct the highlighted fields</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="135"/>
        <source>已为{name}开通登录，请把用户名和临时密码告诉本人</source>
        <translation>Login created for {name}. Tell them their username and temporary password in person.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="142"/>
        <source>{name}的密码已重置并解锁，请把临时密码告诉本人</source>
        <translation>Password of {name} reset and account unlocked. Tell them the temporary password in person.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="149"/>
        <source>{name}的角色已保存，下次登录时生效</source>
        <translation>Role of {name} saved; it takes effect at their next login.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_view.py" line="153"/>
        <source>{name}已停用，不能再登录</source>
        <translation>{name} is deactivated and can no longer log in.</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="238"/>
        <source>以谁的身份发言、请求或确认复核</source>
        <translation>Who is posting, requesting or confirming a check</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="241"/>
        <source>输入 @ 提及同事；Ctrl+Enter 发送</source>
        <translation>Type @ to mention a colleague; Ctrl+Enter to send</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="245"/>
        <source>关键决策</source>
        <translation>Key decision</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="247"/>
        <source>关键决策须 @ 项目经理，会出现在其工作台</source>
        <translation>A key decision must @ the case manager; it appears on their dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="248"/>
        <source>发送</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="250"/>
        <source>发送（Ctrl+Enter）</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="256"/>
        <source>请求复核</source>
        <translation>Request check</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="259"/>
        <source>所选任务已完成，@ 合规复核（无则项目经理）请其复核；输入框中的文字作为复核要点</source>
        <translation>The selected task is done: @ the compliance reviewer (or the case manager if none) to check it; the text in the box gives the points to check</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="262"/>
        <source>确认复核</source>
        <translation>Confirm check</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="264"/>
        <source>确认所选的复核请求，记入任务</source>
        <translation>Confirm the selected check request and record it on the task</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="270"/>
        <source>发言人</source>
        <translation>Posting as</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="276"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="319"/>
        <source>（已复核）</source>
        <translation> (checked)</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="360"/>
        <source>本案没有任务</source>
        <translation>This case has no tasks</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="114"/>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="120"/>
        <location filename="../../ui/knowledge/analysis_view.py" line="137"/>
        <source>（未标注）</source>
        <translation>(Untagged)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="197"/>
        <source>按期完成率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="109"/>
        <source>近 {n} 个季度最常见的问题类型（复盘案件数）</source>
        <extracomment>Problem types the trend chart draws (the ranking&apos;s first). What QtCharts keeps beside a category label: a label longer than its share of the axis (the axis width over the categories and one) less this is cut to &quot;…&quot;. Measured on Qt 6 with eight quarters: a 42 px &quot;2025Q1&quot; was cut at 53 px a share and whole at 58; 20 leaves room for larger fonts.</extracomment>
        <translation>Most common problem types, last {n} quarters (reviewed cases)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="131"/>
        <source>近 {n} 个季度前 {top} 类问题的季度趋势（复盘案件数）</source>
        <translation>Top {top} problem types by quarter, last {n} quarters (reviewed cases)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="151"/>
        <source>按期完成率与平均延误</source>
        <translation>On-time rate and average delay</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="154"/>
        <source>按期完成率（%，左轴）</source>
        <translation>On time (%, left axis)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="155"/>
        <source>平均延误（工作小时，右轴）</source>
        <translation>Avg. delay (working h, right axis)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="195"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="196"/>
        <source>复盘案件</source>
        <translation>Cases reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="198"/>
        <source>平均延误（工作小时）</source>
        <translation>Average delay (working hours)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="199"/>
        <source>最常见问题</source>
        <translation>Most common problem</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="200"/>
        <source>客户满意度（1–5）</source>
        <translation>Client satisfaction (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="201"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="211"/>
        <source>（不限）</source>
        <translation>(Any)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/analysis_view.py" line="216"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="64"/>
        <source>发生了意外错误：{error}</source>
        <translation>An unexpected error occurred: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="52"/>
        <location filename="../../ui/application.py" line="103"/>
        <source>加急工作台</source>
        <translation>Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="111"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>ArrangedDayModel</name>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="54"/>
        <source>日期</source>
        <extracomment>Typing pauses this long before the notice is read again.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="54"/>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="54"/>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="62"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="62"/>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/case/audit_panel.py" line="36"/>
        <source>共 {n} 条修改记录，最新的在最上面。</source>
        <translation>{n} change(s), newest first.</translation>
    </message>
    <message>
        <location filename="../../ui/case/audit_panel.py" line="38"/>
        <source>本案暂无修改记录。</source>
        <translation>No changes recorded for this case yet.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/audit_table_model.py" line="20"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="21"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="22"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="23"/>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="24"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="25"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../ui/audit_table_model.py" line="26"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="55"/>
        <source>全部对象</source>
        <extracomment>Rows shown at once; the export writes every row the filters select. Typing pauses this long (ms) before the search runs.</extracomment>
        <translation>All record types</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="62"/>
        <source>搜索原值、新值或案件编号</source>
        <translation>Search old values, new values or case no.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="66"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="68"/>
        <source>导出当前筛选出的全部修改记录</source>
        <translation>Export all changes matching the current filters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="80"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="108"/>
        <source>全部人员</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="133"/>
        <source>（只列出最新的 {n} 条，导出可得全部）</source>
        <translation> (only the latest {n} are listed; export to get them all)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="137"/>
        <source>共 {n} 条修改记录</source>
        <translation>{n} change(s)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="140"/>
        <source>导出审计记录</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="140"/>
        <source>审计记录.xlsx</source>
        <translation>Audit trail.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="147"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="150"/>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported {n} entries to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_view.py" line="151"/>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="80"/>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="81"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="82"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="83"/>
        <source>加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="84"/>
        <source>完整性</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="85"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="99"/>
        <source>已加密</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="99"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="100"/>
        <source>完整</source>
        <translation>Whole</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="100"/>
        <source>不完整，无法恢复</source>
        <translation>Incomplete, cannot be restored</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="135"/>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="139"/>
        <source>备份文件夹：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="146"/>
        <source>从所选备份恢复…</source>
        <translation>Restore from selected backup…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="149"/>
        <source>从其他文件恢复…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="166"/>
        <source>用密码加密</source>
        <translation>Encrypt with a password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="178"/>
        <location filename="../../ui/settings/backup_view.py" line="183"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="186"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="187"/>
        <source>再次输入密码</source>
        <translation>Re-enter password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="192"/>
        <source>密码不会保存在任何地方：忘记密码，这个备份就无法恢复。自动备份不加密，存放在上面的文件夹中。</source>
        <translation>The password is not stored anywhere: if you forget it, this backup cannot be restored. Automatic backups are not encrypted and are kept in the folder above.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="201"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="203"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="209"/>
        <source>保存保留设置</source>
        <translation>Save retention settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="213"/>
        <source>自动备份</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="216"/>
        <source>每天第一次打开加急工作台时自动备份一次；整夜开着的工作台在零点后补做。</source>
        <translation>A backup is made automatically the first time Expedite Desk is opened each day; a desk left open overnight makes it after midnight.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="218"/>
        <source>保留每日备份</source>
        <translation>Keep daily backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="219"/>
        <source>保留每月备份</source>
        <translation>Keep monthly backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="222"/>
        <source>升级前和恢复前的备份各保留最近 10 个；手动备份不会自动删除。</source>
        <translation>The 10 most recent backups taken before an upgrade and the 10 most recent taken before a restore are kept; manual backups are never deleted automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="252"/>
        <source>保留设置已保存：下次自动备份时按新设置清理旧备份。</source>
        <translation>Retention settings saved: old backups will be cleared under the new settings at the next automatic backup.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="260"/>
        <source>请输入密码</source>
        <translation>Enter a password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="262"/>
        <source>两次输入的密码不一致</source>
        <translation>The passwords do not match</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="268"/>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="281"/>
        <source>已备份：{name}（已通过完整性检查）</source>
        <translation>Backed up: {name} (integrity check passed)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="292"/>
        <source>请先在列表中选择一个备份</source>
        <translation>Select a backup in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="299"/>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="300"/>
        <source>加急工作台备份 (*.sqlite3 *.enc);;所有文件 (*)</source>
        <translation>Expedite Desk backups (*.sqlite3 *.enc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="313"/>
        <source>备份密码</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="314"/>
        <source>该备份已加密，请输入备份时设置的密码：</source>
        <translation>This backup is encrypted. Enter the password that was set when it was made:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="320"/>
        <source>将用备份“{name}”替换当前的全部数据。

恢复前会先把当前数据另存为一个“恢复前”备份，需要时可再恢复回来。备份文件会先做检查，有问题时不会替换任何数据。

恢复完成后加急工作台将关闭，请重新打开。确定恢复吗？</source>
        <translation>All current data will be replaced with the backup “{name}”.

Before restoring, the current data is saved as a “Before restore” backup, so you can go back to it if needed. The backup file is checked first; if there is a problem, no data is replaced.

Expedite Desk will close when the restore is done; please open it again. Restore now?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="325"/>
        <location filename="../../ui/settings/backup_view.py" line="331"/>
        <location filename="../../ui/settings/backup_view.py" line="365"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="329"/>
        <source>正在检查备份并恢复数据，请稍候……</source>
        <translation>Checking the backup and restoring the data, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="354"/>
        <source>备份来自旧版本，数据库结构已升级到 {revision}。
</source>
        <translation>The backup came from an older version; the database structure has been upgraded to {revision}.
</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_view.py" line="361"/>
        <source>已从备份恢复数据。
原来的数据已另存为：{saved}
{migrated}加急工作台现在关闭，请重新打开并登录。</source>
        <translation>Data restored from the backup.
The previous data was saved as: {saved}
{migrated}Expedite Desk will now close; open it again and log in.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/board/board_model.py" line="263"/>
        <source>⚡ 全面加急</source>
        <translation>⚡ Full expedite</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_model.py" line="259"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_model.py" line="440"/>
        <source>单击标题或按空格键折叠、展开本泳道</source>
        <translation>Click the title or press Space to collapse or expand this lane</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_model.py" line="448"/>
        <source>（每道 ≤{n}）</source>
        <translation> (≤{n} per lane)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_model.py" line="453"/>
        <source>在制品上限 {n}：超过时标红</source>
        <translation>Work-in-progress limit {n}: shown in red when exceeded</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board/board_page.py" line="144"/>
        <source>全所看板</source>
        <extracomment>Beyond this many cases changed at once, the board is read again whole rather than case by case. Case lanes the office board shows before its first paint, after the ⚡ lane: a few screens&apos; worth. Records whose change moves every card: the columns, and the working calendar every due time is on.</extracomment>
        <translation>Office board</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="147"/>
        <source>案件编号，如 JJ2026-00042，回车打开单案看板</source>
        <translation>Case no., e.g. JJ2026-00042; press Enter to open its case board</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="152"/>
        <source>泳道：按案件</source>
        <translation>Lanes: by case</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="153"/>
        <source>泳道：按负责人</source>
        <translation>Lanes: by assignee</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="154"/>
        <source>泳道：按业务类型</source>
        <translation>Lanes: by service type</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="159"/>
        <source>紧凑卡片</source>
        <translation>Compact cards</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="161"/>
        <source>每张卡片只显示两行：任务与负责人，案件与剩余工时</source>
        <translation>Each card in two lines: task and assignee, case and hours left</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="165"/>
        <source>列设置…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="169"/>
        <source>查看看板列设置（修改{who}）</source>
        <translation>View the board columns (changing them: {who})</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="171"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="172"/>
        <source>重新读取看板并按当前时间重新排程（F5）</source>
        <translation>Reload the board and reschedule from the current time (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="175"/>
        <location filename="../../ui/board/board_page.py" line="180"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="177"/>
        <location filename="../../ui/board/board_page.py" line="180"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="181"/>
        <source>撤销上一次移动（Ctrl+Z）</source>
        <translation>Undo the last move (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="182"/>
        <source>重做（Ctrl+Shift+Z）</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="192"/>
        <source>全部负责人</source>
        <translation>All assignees</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="193"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="196"/>
        <source>全部业务类型</source>
        <translation>All service types</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="199"/>
        <source>只看关键路径</source>
        <translation>Critical path only</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="200"/>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="201"/>
        <source>只看受阻</source>
        <translation>Blocked only</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="205"/>
        <source>搜索任务、案件、客户或负责人（Ctrl+F）</source>
        <translation>Search by task, case, client or assignee (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="238"/>
        <source>方向键选择卡片；Ctrl+←/→ 移到相邻列（跳过受阻），Ctrl+B 移到受阻，Ctrl+↑/↓ 调整顺序；回车打开任务；空格或单击泳道标题折叠、展开泳道；也可用鼠标拖动。</source>
        <translation>Arrow keys select a card; Ctrl+←/→ move it to the next column (skipping Blocked), Ctrl+B to Blocked, Ctrl+↑/↓ reorder; Enter opens the task; Space or a click on a lane&apos;s title collapses or expands the lane; cards can also be dragged.</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="257"/>
        <source>正在读取看板…</source>
        <translation>Reading the board…</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="333"/>
        <source>正在按当前时间重新排程在办案件…</source>
        <translation>Rescheduling open cases as of now…</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="344"/>
        <source>已重新排程 {n} 个在办案件</source>
        <translation>Rescheduled {n} open cases</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="392"/>
        <source>单案看板：{number}</source>
        <translation>Case board: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="426"/>
        <source>显示 {shown} 张卡片</source>
        <translation>Showing {shown} card(s)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="427"/>
        <source>，正在读取其余案件…</source>
        <translation>, reading the other cases…</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="439"/>
        <source>{number} {client}｜{task}｜{status}｜最迟完成 {due}｜案件截止 {deadline}</source>
        <translation>{number} {client} | {task} | {status} | Latest finish {due} | Case deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="460"/>
        <source>不能移动任务：{who}</source>
        <translation>Cannot move tasks: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="472"/>
        <source>移动“{task}”到“{column}”</source>
        <translation>Move “{task}” to “{column}”</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="489"/>
        <source>{number} 的确认书尚未签回，先行办理{who}</source>
        <translation>The client has not signed back the confirmation letter of {number}. Starting work before that: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="516"/>
        <source>无法预计完成时间。</source>
        <translation>The finish cannot be projected.</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="517"/>
        <source>{number}：{summary}</source>
        <translation>{number}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="559"/>
        <location filename="../../ui/board/board_page.py" line="563"/>
        <source>受阻原因</source>
        <translation>Reason blocked</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="559"/>
        <source>“{task}”为什么受阻？</source>
        <translation>Why is “{task}” blocked?</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="563"/>
        <source>请填写受阻原因（不能为空）：</source>
        <translation>Enter why it is blocked (cannot be empty):</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="569"/>
        <source>确认书尚未签回</source>
        <translation>Letter not signed yet</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="570"/>
        <source>{number} 的确认书尚未签回。仍要开始办理吗？
这一决定将记为{person}作出。</source>
        <translation>The confirmation letter of {number} has not been signed and returned. Start the work anyway?
This decision will be recorded as made by {person}.</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="576"/>
        <source>前置任务未完成</source>
        <translation>Predecessors not done</translation>
    </message>
</context>
<context>
    <name>CalendarOverrideModel</name>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="68"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="68"/>
        <source>安排</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="68"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="76"/>
        <source>上班</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="76"/>
        <source>休息</source>
        <translation>Day off</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsView</name>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="178"/>
        <source>保存办公时间</source>
        <translation>Save office hours</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="184"/>
        <source>办公时间（所有工期与承诺时间按此计算）</source>
        <translation>Office hours (all durations and committed times are calculated on these)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="218"/>
        <source>休息</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="219"/>
        <source>上班</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="196"/>
        <source>红色：法定节假日休息&#x3000;蓝色：调休上班&#x3000;斜体：预估（尚无放假通知）&#x3000;粗体：本所设定</source>
        <translation>Red: public holiday off   Blue: make-up working day   Italic: estimated (no notice yet)   Bold: set by the office</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="199"/>
        <source>日历（国务院放假通知，其次 chinesecalendar，再次按法律预估）</source>
        <translation>Calendar (State Council notice, else chinesecalendar, else estimated by the law)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="222"/>
        <source>如：本市另行安排的休息日</source>
        <translation>e.g. a day off the city arranged</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="226"/>
        <source>添加或更新</source>
        <translation>Add or update</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="229"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="232"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="233"/>
        <source>安排</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="234"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="239"/>
        <source>本所日历例外（地方安排、本所自定；优先于放假通知）</source>
        <translation>Office exceptions (local arrangements, the office&apos;s own; above the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="277"/>
        <source>导入放假通知…</source>
        <translation>Import holiday notice…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="279"/>
        <source>粘贴国务院办公厅的放假通知全文，或打开另存的 .txt / .html</source>
        <translation>Paste the full text of the State Council&apos;s holiday notice, or open a saved .txt / .html</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="281"/>
        <source>撤销所选通知</source>
        <translation>Withdraw selected notice</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="289"/>
        <source>国务院放假通知（本所正式数据，优先于 chinesecalendar 和预估）</source>
        <translation>State Council holiday notices (the office&apos;s official data, above chinesecalendar and the estimate)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="315"/>
        <source>{year} 年：已导入放假通知</source>
        <translation>{year}: notice imported</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="317"/>
        <source>{year} 年：&lt;b&gt;预估&lt;/b&gt;（尚无放假通知，按法律推算）</source>
        <translation>{year}: &lt;b&gt;estimated&lt;/b&gt; (no notice yet, worked out by the law)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="318"/>
        <source>{year} 年：chinesecalendar</source>
        <translation>{year}: chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="323"/>
        <source>{day}：通知 {ours}，chinesecalendar {library}</source>
        <translation>{day}: notice {ours}, chinesecalendar {library}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="332"/>
        <source>⚠ chinesecalendar 已有 {year} 年数据，与导入的通知有 {n} 处不同，请核对通知原文：{days}{more}</source>
        <translation>⚠ chinesecalendar now has {year} and differs from the imported notice on {n} days; check the notice: {days}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="337"/>
        <source>；等</source>
        <translation>; and more</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="349"/>
        <source>已导入 {year} 年放假通知，重新排程在办案件 {n} 个（详见导入窗口）。</source>
        <translation>Holiday notice for {year} imported; {n} open cases rescheduled (see the import window).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="362"/>
        <source>撤销《{title}》？{year} 年将改按 chinesecalendar 或预估计算，并重新排程在办案件。</source>
        <translation>Withdraw &quot;{title}&quot;? {year} will follow chinesecalendar or the estimate again, and open cases are rescheduled.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="380"/>
        <source>已撤销 {year} 年放假通知，重新排程在办案件 {n} 个。</source>
        <translation>Holiday notice for {year} withdrawn; {n} open cases rescheduled.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="392"/>
        <source>撤销放假通知</source>
        <translation>Withdraw holiday notice</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="198"/>
        <location filename="../../ui/board/card_delegate.py" line="235"/>
        <source>受阻：</source>
        <extracomment>Cards kept drawn: a few screens&apos; worth; the cache starts again when full.</extracomment>
        <translation>Blocked: </translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="243"/>
        <source>时差 {hours}h</source>
        <translation>Slack {hours}h</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board/card_delegate.py" line="272"/>
        <source>%n 张</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board/card_delegate.py" line="280"/>
        <source>%n 张超期</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="289"/>
        <source>◷ 暂停</source>
        <translation>◷ Paused</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="292"/>
        <source>{hours}时{minutes}分</source>
        <translation>{hours}h {minutes}m</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="294"/>
        <source>{minutes}分</source>
        <translation>{minutes}m</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="295"/>
        <source>◷ 超时 {span}</source>
        <translation>◷ Breached {span}</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="301"/>
        <source>⚠ 计划跨越风险窗口：{titles}</source>
        <translation>⚠ Plan crosses risk window: {titles}</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="304"/>
        <source>计时中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="305"/>
        <source>即将超时</source>
        <translation>Near breach</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="306"/>
        <source>已超时</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="307"/>
        <source>已暂停（等待客户）</source>
        <translation>Paused (waiting for client)</translation>
    </message>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="310"/>
        <source>{countdown}｜{level}｜{state}：{title}</source>
        <translation>{countdown} | {level} | {state}: {title}</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <location filename="../../ui/case_number.py" line="15"/>
        <source>请输入案件编号</source>
        <translation>Enter a case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_number.py" line="18"/>
        <source>没有找到案件“{number}”</source>
        <translation>Case “{number}” not found</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table_model.py" line="38"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="39"/>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="40"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="41"/>
        <source>加急事项</source>
        <translation>Expedite matter</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="42"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="43"/>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="44"/>
        <source>截止时间</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="45"/>
        <source>项目经理</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="46"/>
        <source>最近更新</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="135"/>
        <source>按紧急度评分与接待时的剩余时间评定</source>
        <translation>Graded from the urgency scores and the time left at intake</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="137"/>
        <source>已超过客户要求的截止时间</source>
        <translation>Past the client&apos;s deadline</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case/case_window.py" line="50"/>
        <source>专属小组</source>
        <extracomment>(key, module, class) of each tab, in order; the titles are in ``CaseWindow._titles``.</extracomment>
        <translation>Case team</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="51"/>
        <source>案件动态</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="52"/>
        <source>客户通知</source>
        <translation>Client notices</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="53"/>
        <source>SLA 计时</source>
        <translation>SLA clocks</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="54"/>
        <source>突发事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="55"/>
        <source>客户反馈</source>
        <translation>Client feedback</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="56"/>
        <source>成本与失败处理</source>
        <translation>Costs and failure handling</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="57"/>
        <source>修改记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="59"/>
        <source>正在读取案件…</source>
        <translation>Reading the case…</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="134"/>
        <source>案件已不存在</source>
        <translation>The case no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="137"/>
        <source>案件 {number} — {client}</source>
        <translation>Case {number} — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="144"/>
        <source>&#x3000;&lt;span style=&apos;color:#b26a00&apos;&gt;确认书承诺：{date}（计划已变动）&lt;/span&gt;</source>
        <translation>  &lt;span style=&apos;color:#b26a00&apos;&gt;Promised in the letter: {date} (plan has moved)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="146"/>
        <source>&#x3000;确认书承诺：{date}</source>
        <translation>  Promised in the letter: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="150"/>
        <source>&lt;b style=&apos;font-size:14pt&apos;&gt;{number}&lt;/b&gt;&#x3000;{title}&lt;br&gt;客户：{client}（{tier}）&#x3000;业务：{service}&#x3000;状态：{status}&#x3000;项目经理：{manager}&lt;br&gt;截止：&lt;b&gt;{deadline}&lt;/b&gt;&#x3000;预计完成：{finish}&#x3000;客户联系人：{contact}</source>
        <translation>&lt;b style=&apos;font-size:14pt&apos;&gt;{number}&lt;/b&gt; · {title}&lt;br&gt;Client: {client} ({tier}) · Service: {service} · Status: {status} · Case manager: {manager}&lt;br&gt;Deadline: &lt;b&gt;{deadline}&lt;/b&gt; · Projected finish: {finish} · Client contact: {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="160"/>
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_window.py" line="169"/>
        <source>✓ 目前没有已知风险</source>
        <translation>✓ No known risks at present</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="68"/>
        <source>搜索案件编号、客户、事项、业务类型、状态或项目经理（Ctrl+F）</source>
        <translation>Search by case no., client, matter, service type, status or case manager (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="75"/>
        <source>新建接待单</source>
        <translation>New intake</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="77"/>
        <source>前台接待：登记客户需求、评估紧急度、报价与材料预审（Ctrl+N）</source>
        <translation>Intake: record the client&apos;s request, assess urgency, quote and pre-check materials (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="79"/>
        <source>材料预审…</source>
        <translation>Material pre-check…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="81"/>
        <source>选中案件的材料清单、三级审核与破例受理（Ctrl+M）</source>
        <translation>Material checklist, three-level review and acceptance by exception for the selected case (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="85"/>
        <source>案件详情…</source>
        <translation>Case details…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="88"/>
        <source>选中案件的小组、动态、客户通知、SLA 计时、突发事件、反馈与成本（Enter 或 Ctrl+D）</source>
        <translation>Team, activity, client notices, SLA clocks, incidents, feedback and costs of the selected case (Enter or Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="93"/>
        <source>案件看板</source>
        <translation>Case board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="95"/>
        <source>打开选中案件的任务看板（Ctrl+B）</source>
        <translation>Open the task board of the selected case (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="99"/>
        <source>确认书…</source>
        <translation>Confirmation letters…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="101"/>
        <source>选中案件的加急服务确认书：生成、预览、打印、登记签回（Ctrl+L）</source>
        <translation>Confirmation letters for the selected case: generate, preview, print, register the signed copy (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="104"/>
        <source>批量打印确认书…</source>
        <translation>Print letters in batch…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="105"/>
        <source>打印所有选中案件的最新确认书（没有的先生成）</source>
        <translation>Print the latest confirmation letter of every selected case (generating one where there is none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="108"/>
        <source>结案…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="180"/>
        <source>正在读取案件…</source>
        <translation>Reading the cases…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="285"/>
        <source>选中案件结案：按期完成、逾期完成、失败或撤回；之后须在 24 个工作小时内复盘</source>
        <translation>Close the selected case as Achieved, Achieved late, Failed or Withdrawn; its retrospective is then due within 24 working hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="115"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="117"/>
        <source>重新读取案件（F5）</source>
        <translation>Reload cases (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="234"/>
        <source>已保存案件 {number}（{status}），已按 SOP 生成 {tasks} 个任务。</source>
        <translation>Saved case {number} ({status}); {tasks} tasks generated from the SOP.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="243"/>
        <source>请先在列表中选中一个案件</source>
        <translation>Select a case in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="296"/>
        <source>该案件已结案（{status}），不能再次结案</source>
        <translation>This case is already closed ({status}); it cannot be closed again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="302"/>
        <source>已结案。请在 24 个工作小时内完成复盘（知识库 → 待复盘）。</source>
        <translation>Case closed. Complete the retrospective within 24 working hours (Knowledge base → Reviews due).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="311"/>
        <source>请先在列表中选中要打印的案件（可按住 Ctrl 或 Shift 多选）</source>
        <translation>Select the cases to print in the list first (hold Ctrl or Shift to select several)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="335"/>
        <source>已送打印 {n} 份确认书，共 {pages} 页</source>
        <translation>Sent {n} letter(s) to the printer, {pages} page(s) in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="342"/>
        <source>确认书-批量-{date}.pdf</source>
        <translation>letters-batch-{date}.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cases_view.py" line="405"/>
        <source>共 %n 个案件</source>
        <translation>
            <numerusform>%n case in total</numerusform>
            <numerusform>%n cases in total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="408"/>
        <source>找到 {shown} 个，共 {total} 个案件</source>
        <translation>Found {shown} of {total} cases</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="38"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="49"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="50"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="51"/>
        <source>再次输入新密码</source>
        <translation>Re-enter new password</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="52"/>
        <source>保存新密码</source>
        <translation>Save new password</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="55"/>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="56"/>
        <source>您正在使用管理员设置的临时密码。请设置您自己的新密码后再开始工作。</source>
        <translation>You are using a temporary password set by the administrator. Set your own new password before you start work.</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="59"/>
        <source>密码至少 8 位，不能全是数字。</source>
        <translation>Passwords must be at least 8 characters and not all digits.</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.py" line="69"/>
        <source>两次输入的新密码不一致</source>
        <translation>The new passwords do not match</translation>
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
    <name>ClockModel</name>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="51"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="52"/>
        <source>响应级别</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="53"/>
        <source>计时方式</source>
        <translation>Clock basis</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="54"/>
        <source>开始</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="55"/>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="56"/>
        <source>剩余 / 超时</source>
        <translation>Left / breached</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="57"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="62"/>
        <source>计时中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="63"/>
        <source>即将超时</source>
        <translation>Near breach</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="64"/>
        <source>已超时</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="65"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="66"/>
        <source>按时响应</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="67"/>
        <source>超时响应</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="72"/>
        <source>暂停（{reason}）</source>
        <translation>Paused ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="77"/>
        <source>超时 {t}</source>
        <translation>Breached by {t}</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="79"/>
        <source>用时 {t}</source>
        <translation>Took {t}</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="80"/>
        <source>剩 {t}</source>
        <translation>{t} left</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="90"/>
        <source>7×24</source>
        <translation>24/7</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="90"/>
        <source>工作时间</source>
        <translation>Working hours</translation>
    </message>
</context>
<context>
    <name>ClocksPanel</name>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="112"/>
        <source>开始计时…</source>
        <translation>Start clock…</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="114"/>
        <source>为一项响应承诺开始计时（如：答应客户 2 小时内回电）</source>
        <translation>Start timing a response promise (e.g. call the client back within 2 hours)</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="116"/>
        <source>暂停…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="118"/>
        <source>等待客户时暂停计时（须写明原因）</source>
        <translation>Pause the clock while waiting for the client (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="120"/>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="123"/>
        <source>结束…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="125"/>
        <source>已响应：结束计时，记录当前登录的人为响应人，超时会记录超时时长</source>
        <translation>Responded: stop the clock with the person logged in as the responder; a breach records how late</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="143"/>
        <source>本案暂无 SLA 计时。登记突发事件、客户投诉或 VIP 请求时会自动开始计时。</source>
        <translation>This case has no SLA clocks yet. A clock starts automatically when an incident, client complaint or VIP request is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="147"/>
        <source>进行中 {n} 个，其中已超时 {m} 个。</source>
        <translation>{n} running, {m} of them breached.</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="168"/>
        <source>请先选择一个计时。</source>
        <translation>Select a clock first.</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="190"/>
        <source>暂停计时</source>
        <translation>Pause clock</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="190"/>
        <source>暂停原因（如：等待客户补充材料）：</source>
        <translation>Reason for pausing (e.g. waiting for the client to supply materials):</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="213"/>
        <source>结束计时</source>
        <translation>Stop clock</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="213"/>
        <source>响应人：</source>
        <translation>Responded by:</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="42"/>
        <source>结案 — {number}</source>
        <translation>Close case — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="46"/>
        <source>{now}（现在）</source>
        <translation>{now} (now)</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="48"/>
        <source>{finished}，晚于截止时间 {delay}</source>
        <translation>{finished}, {delay} past the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="52"/>
        <source>{finished}，未超过截止时间</source>
        <translation>{finished}, within the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="64"/>
        <source>客户截止时间</source>
        <translation>Client deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="65"/>
        <source>完成时间</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="66"/>
        <source>结案结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="71"/>
        <source>工作尚未全部完成，不能按完成结案，建议按“{outcome}”结案；客户撤回委托的请改选“已撤回”。</source>
        <translation>The work is not all done, so the case cannot close as completed: closing as “{outcome}” is suggested; if the client withdrew, choose “Withdrawn”.</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="74"/>
        <source>按截止时间与完成时间建议：{outcome}。失败或撤回的案件请改选。</source>
        <translation>Proposed from the deadline and the finish: {outcome}. Choose otherwise for a failed or withdrawn case.</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="83"/>
        <source>将以上任务记为“已取消”后结案</source>
        <translation>Mark these tasks “Cancelled” and close</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="86"/>
        <source>尚有 {n} 项任务未完成：</source>
        <translation>{n} task(s) not done:</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="88"/>
        <source>未指派</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="95"/>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/case/close_dialog.py" line="96"/>
        <source>返回</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>ColumnSettingsDialog</name>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="41"/>
        <source>看板列设置</source>
        <translation>Board columns</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="46"/>
        <source>列名（留空用默认）</source>
        <translation>Column name (blank for default)</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="46"/>
        <source>WIP 上限（0 为不限）</source>
        <translation>WIP limit (0 = no limit)</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="46"/>
        <source>按泳道计</source>
        <translation>Per lane</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="50"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="50"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/board/column_settings_dialog.py" line="72"/>
        <source>列对应任务状态；超过 WIP 上限的列（或泳道中的格子）标红。</source>
        <translation>Each column is a task status; columns (or cells in a lane) over the WIP limit are shown in red.</translation>
    </message>
</context>
<context>
    <name>CompensationDialog</name>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="89"/>
        <source>登记补偿</source>
        <translation>Record compensation</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="89"/>
        <source>提议补偿（待主管批准）</source>
        <translation>Propose compensation (for a manager to approve)</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="97"/>
        <source>如 8,000 或 ¥8000</source>
        <translation>e.g. 8,000 or ¥8000</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="100"/>
        <source>如：按确认书第六条免收加急服务费</source>
        <translation>e.g. Expedite fee waived under clause 6 of the confirmation letter</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="103"/>
        <source>（请选择主管）</source>
        <translation>(Select a manager)</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="115"/>
        <source>补偿方式 *</source>
        <translation>Compensation type *</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="116"/>
        <source>金额（元）*</source>
        <translation>Amount (yuan) *</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="117"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="121"/>
        <source>批准主管 *</source>
        <translation>Approving manager *</translation>
    </message>
</context>
<context>
    <name>ContingencyPlansView</name>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="65"/>
        <source>显示已停用的预案</source>
        <translation>Show retired plans</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="79"/>
        <source>什么情况下启用，如：审批系统崩溃、停机，影响关键路径</source>
        <translation>When to use it, e.g. the approval system crashes or is down, affecting the critical path</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="83"/>
        <source>每行一个步骤，如：
联系运维获取修复时间
申请线下临时通道
告知客户</source>
        <translation>One step per line, e.g.:
Ask IT operations when it will be fixed
Apply for a temporary offline channel
Inform the client</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="86"/>
        <source>何时、向谁升级</source>
        <translation>When and to whom to escalate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="98"/>
        <location filename="../../ui/settings/contingency_plans_view.py" line="166"/>
        <source>新建预案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="101"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="103"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="106"/>
        <location filename="../../ui/settings/contingency_plans_view.py" line="168"/>
        <source>停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="108"/>
        <source>停用后不再供选择；已采用该预案的事件保留其步骤</source>
        <translation>A retired plan can no longer be chosen; incidents already using it keep its steps</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="116"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="117"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="118"/>
        <source>触发条件</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="119"/>
        <source>处置步骤 *</source>
        <translation>Steps *</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="120"/>
        <source>升级路径</source>
        <translation>Escalation path</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="166"/>
        <source>编辑预案</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="168"/>
        <source>恢复使用</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="199"/>
        <source>已保存预案“{name}”</source>
        <translation>Saved plan “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="220"/>
        <source>已停用预案“{name}”</source>
        <translation>Retired plan “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="220"/>
        <source>已恢复预案“{name}”</source>
        <translation>Reinstated plan “{name}”</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="109"/>
        <location filename="../../ui/case/costs_panel.py" line="112"/>
        <location filename="../../ui/case/costs_panel.py" line="148"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="109"/>
        <source>报价（估算）</source>
        <translation>Quoted (estimate)</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="109"/>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="109"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="112"/>
        <location filename="../../ui/case/costs_panel.py" line="177"/>
        <location filename="../../ui/case/costs_panel.py" line="186"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="112"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="112"/>
        <location filename="../../ui/case/costs_panel.py" line="151"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="112"/>
        <source>登记时间</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="121"/>
        <source>如 1,200 或 ¥1200.50</source>
        <translation>e.g. 1,200 or ¥1200.50</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="124"/>
        <source>加班小时，如 6.5</source>
        <translation>Overtime hours, e.g. 6.5</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="128"/>
        <source>备注，如：周末加班</source>
        <translation>Note, e.g. weekend overtime</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="137"/>
        <source>添加实际成本</source>
        <translation>Add actual cost</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="140"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="149"/>
        <source>金额（元）*</source>
        <translation>Amount (yuan) *</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="150"/>
        <source>工时（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="152"/>
        <source>成本：报价估算与实际</source>
        <translation>Costs: quoted estimate and actual</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="166"/>
        <source>发生了什么、何时发现、为什么</source>
        <translation>What happened, when it was found, and why</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="167"/>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="173"/>
        <source>保存失败原因</source>
        <translation>Save failure reason</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="177"/>
        <location filename="../../ui/case/costs_panel.py" line="186"/>
        <source>补偿方式</source>
        <translation>Compensation type</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="177"/>
        <location filename="../../ui/case/costs_panel.py" line="186"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="177"/>
        <source>批准主管</source>
        <translation>Approving manager</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="177"/>
        <source>批准时间</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="182"/>
        <source>登记补偿…</source>
        <translation>Record compensation…</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="182"/>
        <source>提议补偿…</source>
        <translation>Propose compensation…</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="186"/>
        <source>提议人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="186"/>
        <source>提议时间</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="189"/>
        <source>待主管批准的补偿提议</source>
        <translation>Proposals awaiting a manager</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="190"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="192"/>
        <source>批准所选提议：记为由您批准的补偿</source>
        <translation>Approve the selected proposal: recorded as approved by you</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="194"/>
        <source>不批准…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="198"/>
        <source>生成未能按期完成告知书…</source>
        <translation>Generate notice of a missed deadline…</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="210"/>
        <source>责任归属 *</source>
        <translation>Responsibility *</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="211"/>
        <source>经过与原因 *</source>
        <translation>What happened and why *</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="212"/>
        <source>登记人 *</source>
        <translation>Recorded by *</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="213"/>
        <source>失败处理</source>
        <translation>Failure handling</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="217"/>
        <source>补偿（须主管批准）</source>
        <translation>Compensation (requires manager approval)</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="247"/>
        <source>报价 &lt;b&gt;{quoted}&lt;/b&gt;（其中加急服务费 {fee}）&#x3000;免收加急费 {waived}&#x3000;实际成本 {costs}&#x3000;其他补偿 {compensation}&lt;br&gt;毛利 &lt;b{colour}&gt;{margin}&lt;/b&gt;&#x3000;毛利率 &lt;b{colour}&gt;{rate}&lt;/b&gt;&#x3000;补偿占总成本 {share}</source>
        <translation>Quoted &lt;b&gt;{quoted}&lt;/b&gt; (incl. expedite fee {fee}) · Fee waived {waived} · Actual costs {costs} · Other compensation {compensation}&lt;br&gt;Margin &lt;b{colour}&gt;{margin}&lt;/b&gt; · Margin rate &lt;b{colour}&gt;{rate}&lt;/b&gt; · Compensation share of total cost {share}</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="274"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="358"/>
        <source>尚未登记失败原因。登记后可登记补偿、生成未能按期完成告知书。</source>
        <translation>No failure reason recorded yet. Once it is, you can record compensation and generate a notice of a missed deadline.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="360"/>
        <source>本案未逾期，也未预计逾期，无需失败处理。</source>
        <translation>This case is neither overdue nor projected to be late; no failure handling is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="365"/>
        <source>{who} 于 {at} 登记：{attribution}</source>
        <translation>Recorded by {who} at {at}: {attribution}</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="397"/>
        <source>工时请填写数字，如 6.5</source>
        <translation>Enter hours as a number, e.g. 6.5</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="414"/>
        <source>实际成本已登记。</source>
        <translation>Actual cost recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="420"/>
        <source>请先在列表中选中要删除的成本。</source>
        <translation>Select the cost to delete in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="425"/>
        <source>删除实际成本</source>
        <translation>Delete actual cost</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="426"/>
        <source>删除“{item} {amount}”？</source>
        <translation>Delete “{item} {amount}”?</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="439"/>
        <source>已删除。</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="465"/>
        <source>再次点击“保存失败原因”将以您填写的内容为准。</source>
        <translation> Click “Save failure reason” again to keep what you entered.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="474"/>
        <source>失败原因已保存。</source>
        <translation>Failure reason saved.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="485"/>
        <source>补偿已登记。</source>
        <translation>Compensation recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="485"/>
        <source>补偿提议已提交，待主管批准。</source>
        <translation>Proposal submitted for a manager&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="494"/>
        <source>请先选择一项补偿提议。</source>
        <translation>Select a proposal first.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="506"/>
        <source>已批准补偿提议。</source>
        <translation>Proposal approved.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="514"/>
        <source>不批准补偿提议</source>
        <translation>Decline proposal</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="514"/>
        <source>不批准的理由：</source>
        <translation>Reason for declining:</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="520"/>
        <source>已退回补偿提议。</source>
        <translation>Proposal declined.</translation>
    </message>
    <message>
        <location filename="../../ui/case/costs_panel.py" line="548"/>
        <source>已生成未能按期完成告知书 {number}：&lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation>Generated notice of a missed deadline {number}: &lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="37"/>
        <source>请填写金额</source>
        <translation>Enter an amount</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="44"/>
        <source>现场授权签字</source>
        <translation>Sign at this desk</translation>
    </message>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="49"/>
        <source>须由{roles}本人在此输入自己的用户名和密码签字。</source>
        <translation>A {roles} must sign here in person with their own username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="51"/>
        <source>审计记录将写明在{desk}的工位现场授权。</source>
        <translation>The audit trail will record that they signed at {desk}&apos;s desk.</translation>
    </message>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="60"/>
        <source>签字人用户名</source>
        <translation>Signer&apos;s username</translation>
    </message>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="61"/>
        <source>签字人密码</source>
        <translation>Signer&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="64"/>
        <source>签字</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="64"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/countersign_dialog.py" line="77"/>
        <source>请输入签字人的用户名</source>
        <translation>Enter the signer&apos;s username</translation>
    </message>
</context>
<context>
    <name>DailyBackupTimer</name>
    <message>
        <location filename="../../ui/backup_timer.py" line="56"/>
        <source>已完成今日自动备份：{name}</source>
        <extracomment>How often a running desk looks whether the day has changed (ms).</extracomment>
        <translation>Today&apos;s automatic backup is done: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_timer.py" line="62"/>
        <source>今日自动备份失败：{error}</source>
        <translation>Today&apos;s automatic backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="152"/>
        <source>今日概况</source>
        <extracomment>The target of the line that folds (or unfolds) the cases only crossing a risk window.</extracomment>
        <translation>Today at a glance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="156"/>
        <source>选择您自己：“我的今日任务”和“@我的”按此人显示</source>
        <translation>Choose yourself: “My tasks today” and “@ me” are shown for this person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="157"/>
        <source>（未选择）</source>
        <translation>(None selected)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="164"/>
        <source>当前登录的人：“我的今日任务”和“@我的”按此人显示</source>
        <translation>The person logged in: “My tasks today” and “Mentions” are shown for them</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="166"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="167"/>
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="173"/>
        <source>我是：</source>
        <translation>I am:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="184"/>
        <source>进行中的加急案件</source>
        <translation>Open expedite cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="184"/>
        <source>待受理、已受理与办理中</source>
        <translation>Awaiting acceptance, accepted and in progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="185"/>
        <source>48 小时内到期</source>
        <translation>Due within 48 hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="185"/>
        <source>客户要求的截止时间临近</source>
        <translation>Client deadline approaching</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="186"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="186"/>
        <source>截止时间已过仍未结案</source>
        <translation>Past deadline and not yet closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="187"/>
        <source>受阻任务</source>
        <translation>Blocked tasks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="187"/>
        <source>进行中案件里标为受阻的任务</source>
        <translation>Tasks marked Blocked in open cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="188"/>
        <location filename="../../ui/pages/dashboard_view.py" line="211"/>
        <source>待复盘</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="188"/>
        <source>结案后 24 个工作小时内须复盘</source>
        <translation>Due within 24 working hours of closing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="190"/>
        <source>复盘已超期</source>
        <translation>Reviews overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="190"/>
        <source>结案已超过 24 个工作小时仍未复盘</source>
        <translation>Closed over 24 working hours ago and not yet reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="193"/>
        <source>客户通知逾期</source>
        <translation>Client notices overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="193"/>
        <source>里程碑或风险预警后未按时告知客户</source>
        <translation>Client not informed on time after a milestone or risk warning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="195"/>
        <source>响应超时</source>
        <translation>Responses breached</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="195"/>
        <source>SLA 计时已超过承诺时限</source>
        <translation>SLA clocks past the committed time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="197"/>
        <location filename="../../ui/pages/dashboard_view.py" line="210"/>
        <source>开放的突发事件</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="197"/>
        <source>尚未处理完毕的突发事件</source>
        <translation>Incidents not yet resolved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="206"/>
        <source>我的今日任务</source>
        <translation>My tasks today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="207"/>
        <source>风险案件</source>
        <translation>Cases at risk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="208"/>
        <source>客户通知</source>
        <translation>Client notices</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="209"/>
        <source>SLA 计时临近或已超时</source>
        <translation>SLA clocks near breach or breached</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="212"/>
        <source>@我的与关键决策</source>
        <translation>@ me and key decisions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="213"/>
        <source>待审批的赔付</source>
        <translation>Compensation to approve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="217"/>
        <source>没有风险案件</source>
        <translation>No cases at risk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="218"/>
        <source>没有待发的客户通知</source>
        <translation>No client notices due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="219"/>
        <source>没有临近或超时的计时</source>
        <translation>No clocks near or past breach</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="220"/>
        <source>没有开放的突发事件</source>
        <translation>No open incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="221"/>
        <source>没有待复盘的案件</source>
        <translation>No reviews due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="222"/>
        <source>没有提到您的留言</source>
        <translation>No messages mentioning you</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="223"/>
        <source>没有待审批的赔付提议</source>
        <translation>No compensation proposals waiting for approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="291"/>
        <source>今天没有您的任务</source>
        <translation>No tasks for you today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="293"/>
        <source>在右上角“我是”选择您自己，这里列出您今天要办的任务</source>
        <translation>Pick yourself under “I am” at the top right to list your tasks for today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="308"/>
        <source>⚠ {years} 年节假日尚无放假通知，日期按法律预估（含补假）。通知发布后请在“设置 → 工作日历 → 导入放假通知”中粘贴（或 expedite-desk calendar import-notice 文件）。</source>
        <translation>⚠ No holiday notice for {years} yet: dates are estimated by the law (make-up days off included). Once it is published, paste it in &quot;Settings → Working calendar → Import holiday notice&quot; (or run expedite-desk calendar import-notice FILE).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="335"/>
        <source>▾ 收起 {n} 件仅跨越风险窗口</source>
        <translation>▾ Hide {n} case(s) only crossing a risk window</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="337"/>
        <source>▸ 另有 {n} 件仅跨越风险窗口</source>
        <translation>▸ {n} more case(s) only crossing a risk window</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="340"/>
        <source>计划跨越系统升级、节假日等风险窗口，但未超期、未预计超期，也无其他风险。回车或双击展开、收起</source>
        <translation>Plans crossing a risk window (system upgrade, holidays…) that are neither overdue nor projected late and carry no other risk. Enter or double-click to expand or fold</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="351"/>
        <source>{case} {task}（{status}），最晚 {due}</source>
        <translation>{case} {task} ({status}), due by {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="370"/>
        <source>已逾期 {span}</source>
        <translation>{span} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="385"/>
        <source>已超时 {span}</source>
        <translation>{span} over</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="387"/>
        <source>剩 {span}</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="433"/>
        <source>{number} {client} {amount}，{name} {when} 提议</source>
        <translation>{number} {client} {amount}, proposed by {name} at {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="446"/>
        <source>回车或双击打开“成本与失败处理”批准或不批准</source>
        <translation>Press Enter or double-click to open “Costs and failure handling” to approve or decline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="374"/>
        <source>{due} 前</source>
        <translation>by {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="390"/>
        <source>应于 {due} 前响应</source>
        <translation>Respond by {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="398"/>
        <source>（已升级至{name}）</source>
        <translation> (escalated to {name})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="410"/>
        <source>{number} {client}（{outcome}），应于 {due} 前复盘</source>
        <translation>{number} {client} ({outcome}), retrospective due by {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="422"/>
        <source>【关键决策】</source>
        <translation>[Key decision] </translation>
    </message>
</context>
<context>
    <name>DayChangeModel</name>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="70"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="70"/>
        <source>现行日历</source>
        <translation>Calendar in force</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="70"/>
        <source>按通知</source>
        <translation>By the notice</translation>
    </message>
</context>
<context>
    <name>DocumentCopies</name>
    <message>
        <location filename="../../ui/document_copies.py" line="44"/>
        <source>无法写入临时文件 {path}：{reason}</source>
        <translation>Cannot write the temporary file {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>{d} 天 {h} 小时</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>{h} 小时 {m} 分钟</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
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
        <location filename="../../ui/case/failure_dialogs.py" line="171"/>
        <source>生成未能按期完成告知书</source>
        <translation>Generate notice of a missed deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="174"/>
        <source>发生了什么、何时发现</source>
        <translation>What happened and when it was found</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="183"/>
        <source>补救方案，如：免费继续办理，预计 12 月 5 日前完成</source>
        <translation>The remedy, e.g. work continues free of charge, expected to finish by 5 December</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="193"/>
        <source>经过 *</source>
        <translation>What happened *</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="194"/>
        <source>责任归属</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="195"/>
        <source>补救方案 *</source>
        <translation>Remedy *</translation>
    </message>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="196"/>
        <source>补偿金额（元）</source>
        <translation>Compensation (yuan)</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="70"/>
        <source>【关键决策】</source>
        <translation> [Key decision]</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="72"/>
        <source>已确认</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="72"/>
        <source>待确认</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="73"/>
        <source>【{kind}·{state}】</source>
        <translation> [{kind} · {state}]</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="75"/>
        <source>【{kind}】</source>
        <translation> [{kind}]</translation>
    </message>
    <message>
        <location filename="../../ui/case/activity_panel.py" line="98"/>
        <source>提及：{names}</source>
        <translation>Mentions: {names}</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="150"/>
        <source>记录客户反馈</source>
        <translation>Record client feedback</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="159"/>
        <source>（不针对具体节点）</source>
        <translation>(Not tied to a point)</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="161"/>
        <source>（未完成）</source>
        <translation> (not done)</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="163"/>
        <source>里程碑“{name}”后</source>
        <translation>After milestone “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="165"/>
        <source>结案时</source>
        <translation>At closing</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="169"/>
        <source>客户的原话或要点</source>
        <translation>The client&apos;s own words or main points</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="170"/>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="172"/>
        <source>投诉（立为突发事件，二级响应 2 小时内处理）</source>
        <translation>Complaint (opened as an incident, level 2 response within 2 hours)</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="183"/>
        <source>满意度 *（按 1–5）</source>
        <translation>Satisfaction * (press 1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="184"/>
        <source>反馈节点</source>
        <translation>Feedback point</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="185"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="186"/>
        <source>记录人 *</source>
        <translation>Recorded by *</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="188"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="47"/>
        <source>时间</source>
        <extracomment>The point a feedback follows, as the combo&apos;s data: a milestone&apos;s task id, or one of these.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="48"/>
        <source>节点</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="49"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="50"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="51"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="52"/>
        <location filename="../../ui/case/feedback_panel.py" line="66"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="59"/>
        <source>结案时</source>
        <translation>At closing</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="60"/>
        <source>“{name}”后</source>
        <translation>After “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="67"/>
        <source>投诉 → 突发事件 #{id}（二级响应）</source>
        <translation>Complaint → incident #{id} (level 2 response)</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="234"/>
        <source>记录客户反馈…</source>
        <translation>Record client feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="246"/>
        <source>尚无客户反馈。里程碑完成后和结案时，请回访客户并记录。</source>
        <translation>No client feedback yet. After each milestone and at closing, follow up with the client and record it.</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="251"/>
        <source>共 {n} 条反馈，平均满意度 {avg:.1f} / 5，投诉 {c} 条。</source>
        <translation>{n} feedback entries, average satisfaction {avg:.1f} / 5, {c} complaint(s).</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="264"/>
        <source>反馈已记录；投诉已立为突发事件，请在 2 小时内回应客户。</source>
        <translation>Feedback recorded; the complaint was opened as an incident. Respond to the client within 2 hours.</translation>
    </message>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="266"/>
        <source>反馈已记录。</source>
        <translation>Feedback recorded.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="22"/>
        <source>创建系统管理员账号</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="25"/>
        <source>本机构还没有登录账号。请先创建系统管理员账号：管理员在“设置 → 账号”中为每位员工开通登录、分配角色和重置密码。请牢记此密码。</source>
        <translation>This office has no login accounts yet. First create the administrator account: the administrator gives each staff member a login, assigns roles and resets passwords in Settings → Accounts. Remember this password.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="43"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="44"/>
        <source>用户名 *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="45"/>
        <source>密码 *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="46"/>
        <source>再次输入密码 *</source>
        <translation>Re-enter password *</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="47"/>
        <source>创建并登录</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="47"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="51"/>
        <source>用户名用英文字母或数字；密码至少 8 位，不能全是数字。</source>
        <translation>Use letters or digits for the username; the password must be at least 8 characters and not all digits.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.py" line="59"/>
        <source>两次输入的密码不一致</source>
        <translation>The passwords do not match</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="33"/>
        <source>欢迎使用加急工作台</source>
        <translation>Welcome to Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="36"/>
        <source>请先填写本机构的信息，它们会打印在加急服务确认书上，以后可在“设置”中修改。带 * 的为必填项。</source>
        <translation>First, enter your office&apos;s details. They are printed on the expedite service confirmation letter and can be changed later in Settings. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="42"/>
        <source>同时载入示例数据（{cases} 个加急案件，便于熟悉功能）</source>
        <translation>Also load sample data ({cases} expedite cases to help you explore the features)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="47"/>
        <source>示例数据带有登录账号：系统管理员 {admin}；员工的用户名为姓名拼音（如主管 zhoumingyuan、前台 chenjing、合规 hexue）；密码均为 {password}。</source>
        <translation>The sample data comes with login accounts: administrator {admin}; staff usernames are their names in pinyin (e.g. manager zhoumingyuan, front desk chenjing, compliance hexue); every password is {password}.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="56"/>
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="56"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="76"/>
        <source>正在生成示例数据…</source>
        <translation>Generating sample data…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="89"/>
        <source>示例数据</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="88"/>
        <source>示例数据生成失败：{error}</source>
        <translation>Failed to generate sample data: {error}</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="337"/>
        <source>{year}年{month}月{day}日 星期{weekday}</source>
        <extracomment>Tones whose bars are facts: neither dragged nor resized.</extracomment>
        <translation>{weekday}, {day} {name} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="344"/>
        <source>{month}月{day}日</source>
        <translation>{day} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="347"/>
        <location filename="../../ui/gantt/gantt_chart.py" line="366"/>
        <source>班</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="352"/>
        <source>{year}年{month}月</source>
        <translation>{name} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="353"/>
        <source>{month}月</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="356"/>
        <source>·预估</source>
        <translation>·est.</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="389"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="390"/>
        <source>截止</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="566"/>
        <source>已开始的任务不能改开始时间，只能从右端调整工期</source>
        <translation>A task already started keeps its start: drag its right end to change its duration</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="639"/>
        <source>⚠ 风险窗口：{title}（{span}）</source>
        <translation>⚠ Risk window: {title} ({span})</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="655"/>
        <source>已取消：结案时未办完，不计入预计完成与关键路径</source>
        <translation>Cancelled: not finished when the case closed; left out of the projected finish and the critical path</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="657"/>
        <source>已开始：不能移动，可拖动右端调整工期</source>
        <translation>Started: cannot be moved; drag its right end to change the duration</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_chart.py" line="660"/>
        <source>⚠ 计划跨越风险窗口：{titles}</source>
        <translation>⚠ Plan crosses risk window: {titles}</translation>
    </message>
</context>
<context>
    <name>GanttExport</name>
    <message>
        <location filename="../../ui/gantt/gantt_export.py" line="97"/>
        <source>{group}（续）</source>
        <extracomment>The widest a column of the table beside the bars gets (longer task names are elided).</extracomment>
        <translation>{group} (continued)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_export.py" line="188"/>
        <source>图片过大（共 {n} 行），请缩小时间轴或导出 PDF（可分多页）</source>
        <translation>The image would be too large ({n} rows): zoom out the timeline or export a PDF (it can span several pages)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_export.py" line="225"/>
        <source>无法写入 {path}</source>
        <translation>Cannot write {path}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_export.py" line="251"/>
        <source>第 {page} 页 共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="33"/>
        <source>按期</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="34"/>
        <source>预计超期</source>
        <translation>Projected late</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="35"/>
        <source>该案截止时间</source>
        <translation>Case deadline</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="39"/>
        <source>任务（深色为进度）</source>
        <translation>Task (dark part: progress)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="40"/>
        <source>关键路径</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="41"/>
        <source>关键且临近最晚完成</source>
        <translation>Critical, near its latest finish</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="42"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="43"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="44"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="45"/>
        <source>时差（可推迟到的最晚完成）</source>
        <translation>Slack (latest finish it may slip to)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="46"/>
        <source>基线（签字确认时的计划）</source>
        <translation>Baseline (the plan the client signed)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="47"/>
        <source>截止时间</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="50"/>
        <source>今天（现在）</source>
        <translation>Today (now)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="51"/>
        <source>法定节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="52"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="53"/>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="54"/>
        <source>预估：该年放假安排尚未公布，按惯例推算</source>
        <translation>Estimated: the year&apos;s holidays are not yet published, inferred from custom</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_legend.py" line="55"/>
        <source>政策风险窗口</source>
        <translation>Policy risk window</translation>
    </message>
</context>
<context>
    <name>GanttPage</name>
    <message>
        <location filename="../../ui/gantt/chart_rows.py" line="116"/>
        <source>未指定项目经理</source>
        <translation>No case manager</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="124"/>
        <source>全所概览</source>
        <translation>Office overview</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="128"/>
        <source>案件编号，回车打开该案件的甘特图</source>
        <translation>Case no.; press Enter to open its Gantt chart</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="131"/>
        <source>按业务类型分组</source>
        <translation>Group by service type</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="132"/>
        <source>按项目经理分组</source>
        <translation>Group by case manager</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="135"/>
        <source>时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="135"/>
        <source>日</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="135"/>
        <source>周</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="137"/>
        <source>时间轴按{unit}显示（也可 Ctrl+滚轮缩放）</source>
        <translation>Timeline scale: {unit} (you can also zoom with Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="140"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="142"/>
        <source>设为基线</source>
        <translation>Set baseline</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="143"/>
        <source>把当前计划保存为基线（客户签字确认时的计划），以浅色条显示</source>
        <translation>Save the current plan as the baseline (the plan the client signed off on), shown as light bars</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="151"/>
        <source>{paper} 横向</source>
        <translation>{paper} landscape</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="152"/>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="154"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="157"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="159"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="201"/>
        <source>预计超期的案件（双击打开，红色为须处理的关键任务）</source>
        <translation>Cases projected to miss their deadline (double-click to open; critical tasks needing action are in red)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="234"/>
        <source>拖动未开始的任务条调整开始时间，拖动任务条右端调整工期（已开始的任务只能调整工期），按住 Shift 从一个任务拖到另一个建立前置关系，点击箭头后按 Delete 删除；Ctrl+Z 撤销。</source>
        <translation>Drag a task not yet started to change its start; drag a bar&apos;s right end to change its duration (a started task: duration only); Shift-drag from one task to another to link them; click an arrow and press Delete to remove it; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="252"/>
        <source>案件 {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="269"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="310"/>
        <source>在办案件 {n} 个，其中预计超期 {late} 个。双击某一行打开该案件的甘特图。</source>
        <translation>{n} open cases, {late} of them projected to miss their deadline. Double-click a row to open that case&apos;s Gantt chart.</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="401"/>
        <source>移动任务</source>
        <translation>Move task</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="409"/>
        <source>调整工期</source>
        <translation>Change duration</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="414"/>
        <source>添加前置关系</source>
        <translation>Add dependency</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="421"/>
        <source>删除前置关系</source>
        <translation>Delete dependency</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="445"/>
        <source>客户：{client}&#x3000;截止：{deadline}&#x3000;{closing}</source>
        <translation>Client: {client}   Deadline: {deadline}   {closing}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="451"/>
        <source>余量 {hours} 个工作小时</source>
        <translation>{hours} working hours to spare</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="453"/>
        <source>超期 {hours} 个工作小时</source>
        <translation>{hours} working hours late</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="455"/>
        <source>客户：{client}&#x3000;截止：{deadline}&#x3000;预计完成：{finish}{estimated}&#x3000;{margin}</source>
        <translation>Client: {client}   Deadline: {deadline}   Projected finish: {finish}{estimated}   {margin}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="459"/>
        <source>（预估）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="465"/>
        <source>导出 PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="470"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="478"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_page.py" line="481"/>
        <source>已导出 {pages} 页：{path}</source>
        <translation>Exported {pages} page(s): {path}</translation>
    </message>
</context>
<context>
    <name>GanttTableModel</name>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="25"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="25"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="25"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="25"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="25"/>
        <source>时差(h)</source>
        <translation>Slack (h)</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="69"/>
        <source>⚠ 计划跨越风险窗口：{titles}</source>
        <translation>⚠ Plan crosses risk window: {titles}</translation>
    </message>
    <message>
        <location filename="../../ui/gantt/gantt_table_model.py" line="71"/>
        <source>已取消：结案时未办完，不计入预计完成与关键路径</source>
        <translation>Cancelled: not finished when the case closed; left out of the projected finish and the critical path</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="132"/>
        <source>导入放假通知</source>
        <translation>Import holiday notice</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="140"/>
        <source>把国务院办公厅《关于 XXXX 年部分节假日安排的通知》全文（含标题）粘贴到下面，或打开另存的 .txt / .html 文件。保存前先逐行检查，并列出与现行日历的差别。</source>
        <translation>Paste the full text of the State Council&apos;s notice on the year&apos;s holidays (with its title) below, or open a saved .txt / .html. Every line is checked and the changes to the calendar in force are listed before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="148"/>
        <source>一、元旦：1月1日（周五）放假1天，不调休。
二、春节：……放假调休，共8天。……上班。</source>
        <translation>一、元旦：1月1日（周五）放假1天，不调休。
二、春节：……放假调休，共8天。……上班。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="153"/>
        <source>打开文件…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="165"/>
        <source>尚未粘贴通知。</source>
        <translation>No notice pasted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="173"/>
        <source>放假与调休上班</source>
        <translation>Days off and make-up days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="174"/>
        <source>与现行日历的差别</source>
        <translation>Changes to the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="175"/>
        <source>逐行检查</source>
        <translation>Line by line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="187"/>
        <source>保存为本所正式日历</source>
        <translation>Save as the office&apos;s official calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="191"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="204"/>
        <source>打开放假通知</source>
        <translation>Open holiday notice</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="204"/>
        <source>通知 (*.txt *.html *.htm);;所有文件 (*)</source>
        <translation>Notices (*.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="232"/>
        <source>与现行日历的差别（{n}）</source>
        <translation>Changes to the calendar ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="234"/>
        <source>逐行检查（{n} 行有问题）</source>
        <translation>Line by line ({n} with problems)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="238"/>
        <source>有 {n} 处问题，不能保存：
{problems}</source>
        <translation>{n} problems, cannot be saved:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="246"/>
        <source>《{title}》：{year} 年放假 {off} 天，调休上班 {makeup} 天；与现行日历有 {n} 处差别。</source>
        <translation>&quot;{title}&quot;: {off} days off and {makeup} make-up working days in {year}; {n} changes to the calendar in force.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="255"/>
        <source>保存后取代此前导入的《{title}》。</source>
        <translation>Saving replaces the earlier import &quot;{title}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="267"/>
        <source>正在保存并重新排程在办案件…</source>
        <translation>Saving and rescheduling open cases…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="278"/>
        <source>重新排程的案件（{n}）</source>
        <translation>Rescheduled cases ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="284"/>
        <source>已保存为本所 {year} 年的正式日历（不再预估），重新排程在办案件 {n} 个，其中 {moved} 个预计完成时间改变（橙色）。已签的确认书原文不变，案件中会显示承诺时间已变动。</source>
        <translation>Saved as the office&apos;s official calendar for {year} (no longer estimated); {n} open cases rescheduled, {moved} of them with a new projected finish (orange). Signed letters keep their text; the cases show that the promised date moved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="296"/>
        <source>未保存：{error}</source>
        <translation>Not saved: {error}</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeModel</name>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="138"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="139"/>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="140"/>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="141"/>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="142"/>
        <source>与 chinesecalendar</source>
        <translation>vs chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="153"/>
        <source>{n} 处不同</source>
        <translation>{n} differences</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="155"/>
        <source>一致</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="155"/>
        <source>尚无该年数据</source>
        <translation>No data for the year yet</translation>
    </message>
</context>
<context>
    <name>ImportConfirmDialog</name>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="27"/>
        <source>确认导入</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="29"/>
        <source>将新增 {added} 条、更新 {updated} 条（{unchanged} 条不变）。确定导入吗？</source>
        <translation>This will add {added} entries and update {updated} ({unchanged} unchanged). Import now?</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="34"/>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="34"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="34"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="34"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="34"/>
        <source>改动</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="43"/>
        <source>新增条目</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="61"/>
        <source>只列出了前 {n} 行。</source>
        <translation>Only the first {n} rows are listed.</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/import_confirm_dialog.py" line="64"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="62"/>
        <source>记录突发事件</source>
        <translation>Record incident</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="34"/>
        <source>一级</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="35"/>
        <source>二级</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="36"/>
        <source>三级</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="45"/>
        <source>{level}：{within}内响应</source>
        <translation>{level}: respond within {within}</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="49"/>
        <source>，立即升级主管</source>
        <translation>, escalate to a manager at once</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="70"/>
        <source>发生了什么、影响哪一步</source>
        <translation>What happened and which step it affects</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="77"/>
        <source>（未指定）</source>
        <translation>(Not specified)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="89"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="90"/>
        <source>响应级别</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="91"/>
        <source>情况说明 *</source>
        <translation>Description *</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="92"/>
        <source>应急预案</source>
        <translation>Contingency plan</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="94"/>
        <source>上报人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="95"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="41"/>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="43"/>
        <source>{h} 小时</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="103"/>
        <source>（不使用预案）</source>
        <translation>(No contingency plan)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="118"/>
        <source>升级：{path}</source>
        <translation>Escalation: {path}</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="49"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="50"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="51"/>
        <source>情况</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="52"/>
        <source>上报</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="53"/>
        <source>应急预案</source>
        <translation>Contingency plan</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="54"/>
        <source>响应计时</source>
        <translation>Response clock</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="55"/>
        <source>升级</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="56"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="65"/>
        <source>超时 {t}</source>
        <translation>Breached by {t}</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="67"/>
        <source>按时响应</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="69"/>
        <source>暂停（等待客户）</source>
        <translation>Paused (waiting for client)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="70"/>
        <source>剩 {t}</source>
        <translation>{t} left</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="80"/>
        <source>待升级</source>
        <translation>To escalate</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="84"/>
        <source>已处理</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="84"/>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="116"/>
        <source>应急预案的处置步骤：空格键勾选完成</source>
        <translation>Contingency plan steps: press Space to tick one off</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="123"/>
        <source>记录突发事件…</source>
        <translation>Record incident…</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="125"/>
        <source>记录突发事件（Ctrl+N）</source>
        <translation>Record incident (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="128"/>
        <source>升级…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="130"/>
        <source>交给主管处理（三级事件记录时已自动升级）</source>
        <translation>Hand over to a manager (level 3 incidents are escalated automatically when recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="132"/>
        <source>处理完毕…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="134"/>
        <source>写明处理结果，结束响应计时（超时会记录超时时长）</source>
        <translation>Record the outcome and stop the response clock (a breach records how long it ran over)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="146"/>
        <source>处置步骤（空格键勾选）</source>
        <translation>Steps (press Space to tick)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="165"/>
        <source>本案暂无突发事件。</source>
        <translation>This case has no incidents.</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="169"/>
        <source>处理中 {n} 件（响应超时 {late} 件），已处理 {done} 件。</source>
        <translation>{n} in progress ({late} breached), {done} resolved.</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="196"/>
        <source>完成于 {at}</source>
        <translation>Done at {at}</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="207"/>
        <source>应急预案：{name}</source>
        <translation>Contingency plan: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="209"/>
        <source>未使用应急预案</source>
        <translation>No contingency plan used</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="211"/>
        <source>主管</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="213"/>
        <source>已升级至 {who}（{at}）</source>
        <translation>Escalated to {who} ({at})</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="216"/>
        <source>处理完毕 {at}：{text}</source>
        <translation>Resolved {at}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="248"/>
        <source>请先选择一个突发事件。</source>
        <translation>Select an incident first.</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="253"/>
        <source>本所没有在职的主管，请先在人员设置中添加。</source>
        <translation>The office has no active manager; add one in the staff settings first.</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="256"/>
        <source>升级</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/case/incidents_panel.py" line="256"/>
        <source>交给哪位主管：</source>
        <translation>Escalate to which manager:</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="76"/>
        <source>招标公告</source>
        <extracomment>A draft is written this long after the last change (and at once when the form closes).</extracomment>
        <translation>Tender notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="77"/>
        <source>海关通知</source>
        <translation>Customs notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="78"/>
        <source>即将到期的许可证</source>
        <translation>Expiring licence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="79"/>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="80"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="119"/>
        <source>新建接待单</source>
        <extracomment>The page each problem field is on, to open it when saving fails.</extracomment>
        <translation>New intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="134"/>
        <source>1 客户</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="135"/>
        <source>2 需求</source>
        <translation>2 Request</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="136"/>
        <source>3 紧急度与报价</source>
        <translation>3 Urgency &amp;&amp; quote</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="141"/>
        <source>4 材料预审</source>
        <translation>4 Material pre-check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="165"/>
        <source>丢弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="167"/>
        <source>清空本接待单并删除草稿（Ctrl+Shift+Delete）</source>
        <translation>Clear this intake form and delete the draft (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="171"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="172"/>
        <source>关闭并保留草稿（Esc）</source>
        <translation>Close and keep the draft (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="175"/>
        <source>保存接待单</source>
        <translation>Save intake form</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="177"/>
        <source>保存（Enter、Ctrl+S 或 Ctrl+Enter）</source>
        <translation>Save (Enter, Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="227"/>
        <source>输入名称、信用代码、联系人或电话搜索老客户；新客户请填写全称</source>
        <translation>Type a name, credit code, contact or phone to find an existing client; for a new client, enter the full name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="246"/>
        <source>18 位，如 91310115MA1K4DXQ3N；新设公司可不填</source>
        <translation>18 characters, e.g. 91310115MA1K4DXQ3N; may be left blank for a company being set up</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="249"/>
        <source>客户方联系人</source>
        <translation>Contact person at the client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="251"/>
        <source>手机或带区号的座机，如 13912345678、021-61234567</source>
        <translation>Mobile or landline with area code, e.g. 13912345678, 021-61234567</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="256"/>
        <source>打印在确认书甲方栏，如：上海市浦东新区科苑路 88 号</source>
        <translation>Printed for Party A on the confirmation letter, e.g. 88 Keyuan Road, Pudong, Shanghai</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="271"/>
        <source>接待人 *</source>
        <translation>Intake by *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="272"/>
        <source>客户 *</source>
        <translation>Client *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="273"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="274"/>
        <source>联系人 *</source>
        <translation>Contact *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="275"/>
        <source>联系电话 *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="276"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="277"/>
        <source>服务等级</source>
        <translation>Service tier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="289"/>
        <source>如：经营范围变更加急（省级投标截止）</source>
        <translation>e.g. Expedited business scope change (provincial tender deadline)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="290"/>
        <source>客户要办成什么：具体事项、要求、已知情况</source>
        <translation>What the client needs done: specific matters, requirements, known circumstances</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="295"/>
        <source>如 2026-12-04 17:00、12-4 17:00、12月4日下午5点、明天 17:00</source>
        <translation>e.g. 2026-12-04 17:00, 12-4 17:00, 12月4日下午5点, 明天 17:00</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="386"/>
        <source>（未审批）</source>
        <translation>(not approved)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="525"/>
        <source>找到 {n} 个老客户：Enter 选高亮的一个，↓ 在列表中挑选；新客户请继续填写</source>
        <translation>{n} existing client(s) found: Enter takes the highlighted one, ↓ chooses in the list; for a new client keep typing</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="684"/>
        <source>&lt;p&gt;剩余工作时间 &lt;b&gt;{left}&lt;/b&gt; 小时；常规办理约 {normal} 小时，加急方案约 {expedite} 小时。&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{left}&lt;/b&gt; working hours left; the normal flow takes about {normal} h, the expedite plan about {expedite} h.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="300"/>
        <source>错过截止的后果，如：失去投标资格；货物滞港每天产生费用</source>
        <translation>What happens if the deadline is missed, e.g. disqualified from the tender; goods held at port incur daily charges</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="223"/>
        <source>接待人即当前登录人</source>
        <translation>The receptionist is the person logged in</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="307"/>
        <source>添加证据文件…</source>
        <translation>Add evidence file…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="309"/>
        <source>招标公告、海关通知、即将到期的许可证等（Ctrl+O）</source>
        <translation>Tender notices, customs notices, expiring licences, etc. (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="313"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="314"/>
        <source>移除选中的证据文件（Delete）</source>
        <translation>Remove the selected evidence file (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="332"/>
        <source>业务类型 *</source>
        <translation>Service type *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="333"/>
        <source>办理流程</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="334"/>
        <source>办理事项 *</source>
        <translation>Matter *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="335"/>
        <source>具体要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="336"/>
        <source>硬性截止时间 *</source>
        <translation>Hard deadline *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="337"/>
        <source>错过的后果 *</source>
        <translation>Consequence if missed *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="338"/>
        <location filename="../../ui/intake/intake_dialog.py" line="605"/>
        <source>证据文件</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="342"/>
        <source>紧急程度（按影响评分）</source>
        <translation>Urgency (scored by impact)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="360"/>
        <source>按系统建议</source>
        <translation>Follow the system&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="364"/>
        <location filename="../../ui/intake/intake_dialog.py" line="700"/>
        <source>不按建议办理时必填：为什么</source>
        <translation>Required when not following the advice: why</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="365"/>
        <source>评估与建议</source>
        <translation>Assessment and advice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="368"/>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="369"/>
        <source>调整理由</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="371"/>
        <source>费用预估（客户可见，单位：元）</source>
        <translation>Cost estimate (shown to the client, in yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="381"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="390"/>
        <source>主管审批</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="477"/>
        <source>（登录后即为当前登录人）</source>
        <translation>(the person logged in)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="483"/>
        <source>新接待单</source>
        <translation>New intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="487"/>
        <source>费用审批（合计 {total}）：{subject}</source>
        <translation>Fee approval (total {total}): {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="498"/>
        <source>老客户（{tier}）。修改名称即改为新客户。</source>
        <translation>Existing client ({tier}). Changing the name makes it a new client.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="508"/>
        <location filename="../../ui/intake/intake_dialog.py" line="527"/>
        <source>新客户</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="595"/>
        <source>选择证据文件</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="596"/>
        <source>证据文件 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;所有文件 (*)</source>
        <translation>Evidence files (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="605"/>
        <source>“{name}”是：</source>
        <translation>“{name}” is:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="652"/>
        <source>（超过审批额度 {limit}，需主管审批）</source>
        <translation> (over the approval threshold of {limit}; manager approval required)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="656"/>
        <source>（{n} 项未计入）</source>
        <translation>({n} item(s) not counted)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="665"/>
        <source>待填写截止时间</source>
        <translation>awaiting deadline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="665"/>
        <source>请核对截止时间</source>
        <translation>Check the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="667"/>
        <source>{n} 个问题</source>
        <translation>{n} issue(s)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="667"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="669"/>
        <source>建议：{advice}&#x3000;合计：{total}&#x3000;材料：{materials}</source>
        <translation>Advice: {advice} · Total: {total} · Materials: {materials}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="678"/>
        <source>填写截止时间并选择办理流程后，这里显示剩余工作时间与办理建议。</source>
        <translation>Enter the deadline and choose a process to see the remaining working time and handling advice here.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="697"/>
        <source>必填：客户已同意推迟完成，如“客户同意 {finish} 前完成”</source>
        <translation>Required: the client accepts the later finish, e.g. “Client agrees to completion by {finish}”</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="701"/>
        <source>（含预估节假日）</source>
        <translation> (includes estimated holidays)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="703"/>
        <source>&lt;p&gt;按{handling}，预计 &lt;b&gt;{finish}&lt;/b&gt; 完成{estimated}。&lt;/p&gt;</source>
        <translation>&lt;p&gt;With {handling}, expected to finish &lt;b&gt;{finish}&lt;/b&gt;{estimated}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="708"/>
        <source>&lt;p&gt;按{handling}，预计 &lt;b&gt;{earliest}&lt;/b&gt; 至 &lt;b&gt;{latest}&lt;/b&gt; 之间完成{estimated}。&lt;/p&gt;</source>
        <translation>&lt;p&gt;With {handling}, expected to finish between &lt;b&gt;{earliest}&lt;/b&gt; and &lt;b&gt;{latest}&lt;/b&gt;{estimated}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="710"/>
        <source>优先级：{priority}</source>
        <translation>Priority: {priority}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="761"/>
        <source>有 {n} 处需要修改，已在对应位置标出。</source>
        <translation>{n} item(s) need correcting; each is marked where it appears.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_dialog.py" line="780"/>
        <source>已恢复 {when} 自动保存的草稿。不需要时按 Ctrl+Shift+Delete 丢弃。</source>
        <translation>Restored the draft autosaved at {when}. Press Ctrl+Shift+Delete to discard it if you don&apos;t need it.</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="87"/>
        <source>搜索标题与内容，两个字也可以，如：清算、税务（Ctrl+F）</source>
        <extracomment>Entries listed at once; a search narrows them (the count says how many match in all).</extracomment>
        <translation>Search titles and content; two characters are enough, e.g. liquidation, tax (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="99"/>
        <source>全部业务类型</source>
        <translation>All service types</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="103"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="128"/>
        <source>打开关联案件</source>
        <translation>Open linked case</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="138"/>
        <source>新建条目</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="139"/>
        <source>手工录入一条经验（Ctrl+Shift+N）</source>
        <translation>Enter a lesson by hand (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="142"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="143"/>
        <source>导出当前筛选出的全部条目、标签统计与季度分析</source>
        <translation>Export all entries matching the current filters, with tag statistics and the quarterly analysis</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="145"/>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="183"/>
        <source>结案后 24 个工作小时内应完成复盘。双击开始复盘（红色为已超期）。</source>
        <translation>A retrospective is due within 24 working hours of closing. Double-click a case to start it (overdue ones are in red).</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="194"/>
        <source>复盘提出的 SOP 修改。双击打开模板编辑，发布即采纳并记入该复盘。</source>
        <translation>SOP changes proposed in retrospectives. Double-click to edit the template; publishing it accepts the change and records it in that retrospective.</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="199"/>
        <source>知识库条目</source>
        <translation>Knowledge base entries</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="200"/>
        <source>待复盘</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="201"/>
        <source>季度分析</source>
        <translation>Quarterly analysis</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="202"/>
        <source>SOP 改进建议</source>
        <translation>SOP improvement proposals</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="222"/>
        <source>全部{kind}</source>
        <translation>{kind}: all</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="244"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="255"/>
        <source>显示最新的 {n} 条；请输入关键词或筛选以缩小范围</source>
        <translation>Showing the latest {n} entries; type keywords or use the filters to narrow the list</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="257"/>
        <source>共 {n} 条</source>
        <translation>Entries: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="272"/>
        <source>{number} {client}（{outcome}）结案 {closed}，应于 {due} 前复盘</source>
        <translation>{number} {client} ({outcome}), closed {closed}; review due by {due}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="284"/>
        <source>待复盘（{n}）</source>
        <translation>Reviews due ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="292"/>
        <source>已采纳</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="292"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="339"/>
        <source>已保存 {number} 的复盘并存入知识库</source>
        <translation>Saved the retrospective of {number} to the knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="348"/>
        <source>模板 {code} 已不存在</source>
        <translation>Template {code} no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="357"/>
        <source>复盘改进：{change}</source>
        <translation>Retrospective improvement: {change}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="360"/>
        <source>已发布 {code} 第 {version} 版并记入复盘</source>
        <translation>Published {code}, version {version}, and recorded it in the retrospective</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="368"/>
        <source>导出知识库</source>
        <translation>Export knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="368"/>
        <source>复盘知识库.xlsx</source>
        <translation>Retrospective knowledge base.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="383"/>
        <source>正在导出知识库…</source>
        <translation>Exporting the knowledge base…</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="402"/>
        <location filename="../../ui/knowledge/knowledge_page.py" line="404"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="385"/>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported {n} entries to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="378"/>
        <source>已取消导出</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="454"/>
        <source>已取消导入，未导入任何内容</source>
        <translation>Import cancelled; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="458"/>
        <source>导入失败，未导入任何内容：{error}</source>
        <translation>Import failed; nothing was imported: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="473"/>
        <source>未导入：已取消</source>
        <translation>Not imported: cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="476"/>
        <source>正在写入知识库…</source>
        <translation>Writing to the knowledge base…</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="492"/>
        <source>正在读取并检查 {name}…</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="380"/>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="438"/>
        <source>导入知识库</source>
        <translation>Import knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="468"/>
        <source>
……另有 {n} 处</source>
        <translation>
…and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="465"/>
        <source>文件有 {n} 处问题，未导入任何内容：
{list}</source>
        <translation>The file has {n} problem(s); nothing was imported:
{list}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/knowledge_page.py" line="486"/>
        <source>已导入：新增 {added} 条，更新 {updated} 条</source>
        <translation>Imported: {added} added, {updated} updated</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>{name}（{role}）</source>
        <extracomment>A case&apos;s priority reads in the same colour on the board&apos;s cards and in the cases list.</extracomment>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>{title}（{n}）</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>{head}：{text}</source>
        <translation>{head}: {text}</translation>
    </message>
</context>
<context>
    <name>LatestRead</name>
    <message>
        <location filename="../../ui/worker.py" line="145"/>
        <source>读取失败：{error}</source>
        <extracomment>How long an answer is held after it was delivered (milliseconds), see _Postbox._deliver.</extracomment>
        <translation>Could not read: {error}</translation>
    </message>
</context>
<context>
    <name>LetterVersionModel</name>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="66"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="67"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="68"/>
        <source>文书编号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="69"/>
        <source>生成时间</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="70"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="71"/>
        <source>签回</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="82"/>
        <source>{date} 由 {who} 接收</source>
        <translation>{date}, received by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="86"/>
        <source>未签回</source>
        <translation>Not signed yet</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="259"/>
        <source>确认书与文书 — {number}</source>
        <translation>Letters and documents — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="270"/>
        <source>生成确认书新版本</source>
        <translation>Generate a new letter version</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="272"/>
        <source>按案件当前的计划与费用生成确认书；旧版本保留（Ctrl+G）</source>
        <translation>Generate a confirmation letter from the case&apos;s current plan and costs; earlier versions are kept (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="275"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="276"/>
        <source>打印选中的版本（Ctrl+P）</source>
        <translation>Print the selected version (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="279"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="281"/>
        <source>生成进度报告</source>
        <translation>Generate progress report</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="284"/>
        <source>未能按期完成告知书…</source>
        <translation>Notice of a missed deadline…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="287"/>
        <source>生成案件摘要</source>
        <translation>Generate case summary</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="290"/>
        <source>登记签回件…</source>
        <translation>Register signed copy…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="296"/>
        <source>查看签回件</source>
        <translation>View signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="299"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="338"/>
        <source>尚未生成确认书。按“生成确认书新版本”（Ctrl+G）生成第一版。</source>
        <translation>No confirmation letter yet. Press “Generate a new letter version” (Ctrl+G) for the first one.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="372"/>
        <source>已生成{kind}第 {version} 版（{number}）</source>
        <translation>Generated {kind}, version {version} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="387"/>
        <source>已生成告知书（{number}）</source>
        <translation>Generated the notice ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="402"/>
        <source>无法打印到文件：{reason}</source>
        <translation>Cannot print to the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="404"/>
        <source>已送打印：{pages} 页</source>
        <translation>Sent to the printer: {pages} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="431"/>
        <source>该版本没有登记签回件扫描件。</source>
        <translation>No scan of the signed copy is registered for this version.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="411"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="421"/>
        <source>无法保存到 {path}：{reason}</source>
        <translation>Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="425"/>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="462"/>
        <source>已登记签回：第 {version} 版。当前计划已设为基线。</source>
        <translation>Signed copy registered: Version {version}. The current plan is now the baseline.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="24"/>
        <source>登录 — 加急工作台</source>
        <translation>Log in — Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="32"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="33"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="37"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="37"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="42"/>
        <source>忘记密码或账号被锁定时，请联系系统管理员。</source>
        <translation>If you forgot your password or your account is locked, contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="74"/>
        <source>请先设置新密码，再开始工作。</source>
        <translation>Set a new password before you start work.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>甘特图</source>
        <translation>Gantt chart</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>资源池</source>
        <translation>Resource pool</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>数据库：{location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>新建接待单(&amp;N)…</source>
        <translation>&amp;New intake…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>注销(&amp;L)</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>关于加急工作台</source>
        <translation>About Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>注销后将回到登录界面。未保存的修改将丢失。确定注销吗？</source>
        <translation>Logging out returns you to the login screen. Unsaved changes will be lost. Log out now?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
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
    <message>
        <location filename="../../ui/intake/material_check_model.py" line="93"/>
        <source>（选交）</source>
        <translation> (optional)</translation>
    </message>
</context>
<context>
    <name>MaterialReviewDialog</name>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="29"/>
        <source>材料预审 — {number}</source>
        <translation>Material pre-check — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="31"/>
        <source>{client}&#x3000;{service}&#x3000;截止 {deadline}&#x3000;状态：{status}</source>
        <translation>{client} · {service} · Deadline {deadline} · Status: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="48"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="51"/>
        <source>保存预审</source>
        <translation>Save pre-check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_review_dialog.py" line="54"/>
        <source>保存（Enter 或 Ctrl+S）</source>
        <translation>Save (Enter or Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="118"/>
        <source>空格键切换状态（缺失 → 已收到 → 有问题）；F2 或直接输入编辑单元格；日期如 2026-01-31。</source>
        <translation>Space cycles the status (Missing → Received → Problem); press F2 or just type to edit a cell; dates like 2026-01-31.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="121"/>
        <source>全部标记为已收到</source>
        <translation>Mark all received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="123"/>
        <source>未收到的材料全部标记为已收到（Alt+R）</source>
        <translation>Mark every material not yet received as received (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="135"/>
        <source>三级审核（每级须由不同的人完成）</source>
        <translation>Three-level review (each level by a different person)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="158"/>
        <source>破例受理（材料未通过时由主管决定）</source>
        <translation>Accept by exception (a manager decides when materials do not pass)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="161"/>
        <source>破例受理：{subject}</source>
        <translation>Acceptance despite problems: {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="166"/>
        <source>如：客户承诺明早补交章程，先行受理</source>
        <translation>e.g. Client promises to submit the articles of association tomorrow morning; accept now</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="173"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="143"/>
        <source>（未审核）</source>
        <translation>(Not reviewed)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="162"/>
        <source>（不破例）</source>
        <translation>(No exception)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="172"/>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="245"/>
        <source>已收到 {received} 项，缺失 {missing} 项，有问题 {problem} 项。</source>
        <translation>Received: {received}, missing: {missing}, problem: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="252"/>
        <source>暂不能受理：</source>
        <translation> Cannot be accepted yet: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/materials_panel.py" line="255"/>
        <source>材料预审通过，保存后案件即为“已受理”。</source>
        <translation> Material pre-check passed; once saved, the case is “Accepted”.</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <location filename="../../ui/moment_field.py" line="95"/>
        <source>{day}{time}，{state}</source>
        <translation>{day}{time}, {state}</translation>
    </message>
</context>
<context>
    <name>NoticeLineModel</name>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="85"/>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="85"/>
        <source>识别为</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="85"/>
        <source>内容与问题</source>
        <translation>Text and problems</translation>
    </message>
</context>
<context>
    <name>NoticeLogDialog</name>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="117"/>
        <source>主动通知客户</source>
        <translation>Proactive client notice</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="119"/>
        <source>记录通知 — {kind}</source>
        <translation>Record notice — {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="124"/>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="128"/>
        <source>发给客户的内容</source>
        <translation>What was sent to the client</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="141"/>
        <source>应通知时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="142"/>
        <source>渠道 *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="143"/>
        <source>通知人 *</source>
        <translation>Notified by *</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="144"/>
        <source>通知时间 *</source>
        <translation>Notified at *</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="145"/>
        <source>内容 *</source>
        <translation>Content *</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="146"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>NoticeModel</name>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="51"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="52"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="53"/>
        <source>应通知时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="54"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="55"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="56"/>
        <source>通知人</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="57"/>
        <source>通知时间</source>
        <translation>Notified at</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="65"/>
        <source>剩 {t}</source>
        <translation>{t} left</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="67"/>
        <source>已超时 {t}</source>
        <translation>Breached by {t}</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="69"/>
        <source>逾时 {t} 通知</source>
        <translation>Notified {t} late</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="197"/>
        <source>记录通知…</source>
        <translation>Record notice…</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="199"/>
        <source>记录已发出的通知（双击待通知行亦可）</source>
        <translation>Record a notice that was sent (or double-click a pending row)</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="201"/>
        <source>主动通知…</source>
        <translation>Proactive notice…</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="205"/>
        <source>复制进度日报</source>
        <translation>Copy daily update</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="207"/>
        <source>复制本案进度日报，可直接粘贴到微信</source>
        <translation>Copy this case&apos;s daily progress update, ready to paste into WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="209"/>
        <source>生成进度报告 PDF</source>
        <translation>Generate progress report PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="226"/>
        <source>本案暂无客户通知。里程碑完成或案件预计逾期时，通知会自动列在这里。</source>
        <translation>This case has no client notices yet. They are listed here automatically when a milestone is completed or the case is projected to be late.</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="230"/>
        <source>待通知 {n} 条，其中 {m} 条已超时，请尽快联系客户。</source>
        <translation>{n} notice(s) pending, {m} of them breached; contact the client as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="233"/>
        <source>待通知 {n} 条。</source>
        <translation>{n} notice(s) pending.</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="261"/>
        <source>没有待记录的通知；如需主动联系客户，请用“主动通知…”。</source>
        <translation>No notices to record; to contact the client proactively, use “Proactive notice…”.</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="269"/>
        <source>通知已记录。</source>
        <translation>Notice recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="276"/>
        <source>进度日报已复制，可粘贴到微信或邮件。</source>
        <translation>Daily update copied; paste it into WeChat or an email.</translation>
    </message>
    <message>
        <location filename="../../ui/case/notices_panel.py" line="283"/>
        <source>已生成进度报告 {number}：&lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation>Generated progress report {number}: &lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="38"/>
        <source>加急工作台</source>
        <extracomment>How often the reminders look again (ms): a 30-minute promise needs no finer watch.</extracomment>
        <translation>Expedite Desk</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="66"/>
        <source>
……共 {n} 条</source>
        <translation>
…{n} in total</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="71"/>
        <source>加急工作台提醒</source>
        <translation>Expedite Desk reminder</translation>
    </message>
</context>
<context>
    <name>OfficeCalendarWidget</name>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="100"/>
        <source>上班</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="100"/>
        <source>休息</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="101"/>
        <source>本所设定：{state}（{note}）</source>
        <translation>Set by the office: {state} ({note})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="105"/>
        <source>尚无国务院放假通知：按法定节假日及补假推算，导入通知后以通知为准</source>
        <translation>No State Council notice yet: worked out from the statutory holidays and their make-up days off; an imported notice takes over</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="107"/>
        <source>依据《{source}》</source>
        <translation>According to &quot;{source}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="109"/>
        <source>依据 chinesecalendar</source>
        <translation>According to chinesecalendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_settings_view.py" line="110"/>
        <source>{day}：{state}
{basis}</source>
        <translation>{day}: {state}
{basis}</translation>
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
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
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
        <location filename="../../ui/office_profile_form.py" line="28"/>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="29"/>
        <source>银行账号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="32"/>
        <source>如：明远企业服务有限公司</source>
        <translation>e.g. Mingyuan Enterprise Services Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="33"/>
        <source>18 位，打印在确认书乙方栏</source>
        <translation>18 characters, printed for Party B on the confirmation letter</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="34"/>
        <source>打印在确认书抬头</source>
        <translation>Printed in the confirmation letter header</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="35"/>
        <source>手机或座机，如 021-58881234</source>
        <translation>Mobile or landline, e.g. 021-58881234</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="36"/>
        <source>代表本机构签署确认书的人</source>
        <translation>Person who signs confirmation letters on behalf of the office</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="37"/>
        <source>如：明远企业服务有限公司 合同专用章</source>
        <translation>e.g. Mingyuan Enterprise Services Co., Ltd. Contract Seal</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="38"/>
        <source>如：招商银行上海张江支行</source>
        <translation>e.g. China Merchants Bank, Shanghai Zhangjiang Branch</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="39"/>
        <source>客户付款的账号，可带空格粘贴</source>
        <translation>The account clients pay into; may be pasted with spaces</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="35"/>
        <source>预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="35"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="35"/>
        <source>步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="35"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="42"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/contingency_plans_view.py" line="42"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>PoolTableModel</name>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="45"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="46"/>
        <source>岗位</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="47"/>
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="48"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="49"/>
        <source>在办任务</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="50"/>
        <source>剩余工时（小时）</source>
        <translation>Remaining hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="51"/>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
</context>
<context>
    <name>RescheduledCaseModel</name>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="104"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="105"/>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="106"/>
        <source>原预计完成</source>
        <translation>Projected finish before</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="107"/>
        <source>新预计完成</source>
        <translation>Projected finish now</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holiday_notice_dialog.py" line="108"/>
        <source>已签承诺</source>
        <translation>Signed promise</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="151"/>
        <source>突发事件处理完毕</source>
        <translation>Resolve incident</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="154"/>
        <source>采取了哪些措施，结果如何</source>
        <translation>What was done and with what result</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="155"/>
        <source>为什么不再执行这些步骤</source>
        <translation>Why these steps will not be carried out</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="156"/>
        <source>（未指定）</source>
        <translation>(Not specified)</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="164"/>
        <source>处理结果 *</source>
        <translation>Outcome *</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="166"/>
        <source>尚有 {n} 个步骤未完成：{steps}</source>
        <translation>{n} step(s) not done: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="170"/>
        <source>未完成原因 *</source>
        <translation>Reason not done *</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="173"/>
        <source>处理人</source>
        <translation>Resolved by</translation>
    </message>
    <message>
        <location filename="../../ui/case/incident_dialogs.py" line="174"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ResourcePoolView</name>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="152"/>
        <source>筛选：姓名、岗位、技能、地区（Ctrl+F）</source>
        <translation>Filter: name, position, skills, region (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="173"/>
        <source>负载为未结案件中未完成的任务；双击或回车编辑技能与地区。</source>
        <translation>Load is the unfinished tasks in open cases; double-click or press Enter to edit skills and region.</translation>
    </message>
</context>
<context>
    <name>RetrospectiveDialog</name>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="55"/>
        <source>复盘 — {number}</source>
        <translation>Retrospective — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="69"/>
        <source>五维评分（1 很差 … 5 很好）</source>
        <translation>Five-dimension scores (1 very poor … 5 very good)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="77"/>
        <source>未评</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="79"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="87"/>
        <source>根本原因：失败或延误为什么发生；成功的做对了什么</source>
        <translation>Root cause: why the failure or delay happened; for a success, what went right</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="93"/>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="137"/>
        <source>改进措施</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="94"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="95"/>
        <source>完成日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="96"/>
        <source>修改的 SOP 模板</source>
        <translation>SOP template to change</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="97"/>
        <source>建议的 SOP 修改</source>
        <translation>Proposed SOP change</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="103"/>
        <source>添加措施</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="105"/>
        <source>删除措施</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="111"/>
        <source>一句话写清教训，如：清税遇系统升级，提前预约避开窗口</source>
        <translation>The lesson in one sentence, e.g. Tax clearance hit a system upgrade; book ahead to avoid the downtime</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="112"/>
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
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="140"/>
        <source>存入知识库</source>
        <translation>Save to the knowledge base</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="142"/>
        <source>标题 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="143"/>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="172"/>
        <source>（不修改 SOP）</source>
        <translation>(No SOP change)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="199"/>
        <source>第 {n} 条措施：{message}</source>
        <translation>Action {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/retrospective_dialog.py" line="239"/>
        <source>有 {n} 处需要修改，已在对应位置标出</source>
        <translation>{n} item(s) need correcting; each is marked where it was typed</translation>
    </message>
</context>
<context>
    <name>RiskCalendarView</name>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="97"/>
        <source>如：金税系统升级</source>
        <translation>e.g. Golden Tax system upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="102"/>
        <source>留空表示所有地区</source>
        <translation>Leave blank for all regions</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="105"/>
        <source>如：税务局</source>
        <translation>e.g. Tax Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="108"/>
        <source>不勾选表示所有业务类型；空格键勾选</source>
        <translation>None ticked means all service types; press Space to tick</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="129"/>
        <source>新建窗口</source>
        <translation>New window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="132"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="134"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="137"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="150"/>
        <source>标题 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="151"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="152"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="153"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="154"/>
        <source>主管部门</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="155"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="156"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="162"/>
        <source>计划跨越所选窗口的在办案件</source>
        <translation>Open cases whose plan crosses the selected window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="196"/>
        <source>{number} {client}（截止 {deadline}）</source>
        <translation>{number} {client} (deadline {deadline})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="219"/>
        <source>编辑风险窗口</source>
        <translation>Edit risk window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="219"/>
        <source>新建风险窗口</source>
        <translation>New risk window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="262"/>
        <source>已保存“{title}”，计划跨越它的在办案件 {n} 个</source>
        <translation>Saved “{title}”; {n} open case(s) have plans crossing it</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="274"/>
        <source>删除风险窗口</source>
        <translation>Delete risk window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="274"/>
        <source>删除“{title}”？</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="286"/>
        <source>已删除“{title}”</source>
        <translation>Deleted “{title}”</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="53"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="54"/>
        <source>保存机构信息</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="57"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="64"/>
        <source>机构信息（打印在确认书上）</source>
        <translation>Office details (printed on confirmation letters)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="76"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="78"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="85"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="87"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="89"/>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="100"/>
        <source>保存额度</source>
        <translation>Save threshold</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="106"/>
        <source>接待与计划</source>
        <translation>Intake and planning</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="108"/>
        <source>费用审批额度（元）</source>
        <translation>Cost approval threshold (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="109"/>
        <source>报价合计超过此金额时，须由主管审批后才能保存接待单。</source>
        <translation>When a quote&apos;s total exceeds this amount, a manager must approve it before the intake form can be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="114"/>
        <source> 工作小时</source>
        <translation> working hours</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="117"/>
        <source>关键任务预警余量</source>
        <translation>Critical-task warning margin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="119"/>
        <source>甘特图上，关键路径任务离最迟完成时间不足此余量时以橙色框标出。</source>
        <translation>On the Gantt chart, critical tasks closer than this to their latest finish get an orange frame.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="138"/>
        <source>机构与界面</source>
        <translation>Office &amp;&amp; interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="140"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="142"/>
        <source>SOP 模板</source>
        <translation>SOP templates</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="144"/>
        <source>响应时效</source>
        <translation>Response times</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="146"/>
        <source>应急预案</source>
        <translation>Contingency plan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="148"/>
        <source>政策风险日历</source>
        <translation>Policy-risk calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="150"/>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="152"/>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="153"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="171"/>
        <source>未保存：{refusal}</source>
        <translation>Not saved: {refusal}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="179"/>
        <source>未保存：请按提示修改后再保存</source>
        <translation>Not saved: correct the highlighted fields and save again</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="186"/>
        <source>已保存（{time}）</source>
        <translation>Saved ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="202"/>
        <source>审批额度已保存：{amount}</source>
        <translation>Approval threshold saved: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="213"/>
        <source>预警余量已保存</source>
        <translation>Warning margin saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_view.py" line="217"/>
        <source>重新启动加急工作台后生效。</source>
        <translation>Takes effect after restarting Expedite Desk.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../ui/signature_field.py" line="68"/>
        <source>本人签字</source>
        <translation>Sign myself</translation>
    </message>
    <message>
        <location filename="../../ui/signature_field.py" line="69"/>
        <source>以当前登录人的身份签字</source>
        <translation>Sign as the person logged in</translation>
    </message>
    <message>
        <location filename="../../ui/signature_field.py" line="73"/>
        <source>他人现场签字…</source>
        <translation>Another person signs here…</translation>
    </message>
    <message>
        <location filename="../../ui/signature_field.py" line="75"/>
        <source>请{roles}现场签字…</source>
        <translation>Ask a {roles} to sign here…</translation>
    </message>
    <message>
        <location filename="../../ui/signature_field.py" line="79"/>
        <source>请签字人本人在此输入用户名和密码（现场授权）；须为{roles}</source>
        <translation>The signer types their own username and password here (signing at this desk); must be a {roles}</translation>
    </message>
    <message>
        <location filename="../../ui/signature_field.py" line="83"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/signature_field.py" line="84"/>
        <source>撤销尚未保存的签字</source>
        <translation>Take back the signature not yet saved</translation>
    </message>
    <message>
        <location filename="../../ui/signature_field.py" line="94"/>
        <source>由当前登录人签字</source>
        <translation>Signed by the person logged in</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="168"/>
        <source>登记签回件</source>
        <extracomment>The resolution pages are sent to a printer at, at most: sharp on paper, about a second and 0.7 MB a page (Qt&apos;s high-resolution mode printed at 1200 dpi: 15 s and 11 MB for two pages to a PDF printer).</extracomment>
        <translation>Register signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="173"/>
        <source>如 2026-11-20、11月20日、昨天</source>
        <translation>e.g. 2026-11-20, 11月20日, 昨天</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="178"/>
        <source>接收签回件的同事</source>
        <translation>Colleague who received the signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="185"/>
        <source>签回件扫描件（PDF 或图片），可稍后补充</source>
        <translation>Scan of the signed copy (PDF or image); can be added later</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="186"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="196"/>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="197"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="198"/>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="203"/>
        <source>选择签回件</source>
        <translation>Choose signed copy</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="203"/>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letters_dialog.py" line="211"/>
        <source>请填写签署日期</source>
        <translation>Enter the date of signing</translation>
    </message>
</context>
<context>
    <name>SlaSettingsView</name>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="43"/>
        <source>响应时限</source>
        <translation>Response time limits</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="46"/>
        <source>一级响应</source>
        <translation>Level 1 response</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="47"/>
        <source>二级响应</source>
        <translation>Level 2 response</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="48"/>
        <source>三级响应</source>
        <translation>Level 3 response</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="54"/>
        <source>里程碑完成后通知客户</source>
        <translation>Notify the client after a milestone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="56"/>
        <source>预计逾期时主动通知客户</source>
        <translation>Notify the client when projected to be late</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="57"/>
        <source>VIP 客户 7×24 计时</source>
        <translation>24/7 clock for VIP clients</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="59"/>
        <source>基础客户 7×24 计时</source>
        <translation>24/7 clock for basic clients</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="64"/>
        <source>未勾选的客户等级按工作日历计时：午休、周末、节假日不计，调休上班日照常计。</source>
        <translation>Unticked client tiers are timed on the working calendar: lunch breaks, weekends and holidays are not counted; make-up working days are counted as usual.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="67"/>
        <source>客户通知模板</source>
        <translation>Client notice templates</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="70"/>
        <source>可用占位符：</source>
        <translation>Available placeholders: </translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="81"/>
        <source>恢复默认措辞</source>
        <translation>Restore default wording</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="92"/>
        <source>保存服务时效</source>
        <translation>Save service times</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="95"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="123"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="168"/>
        <source>未保存：{refusal}</source>
        <translation>Not saved: {refusal}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="173"/>
        <source>有需要修改的地方，已在对应位置标出</source>
        <translation>Some entries need correcting; each is marked where it appears</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sla_settings_view.py" line="176"/>
        <source>已保存。新的时限用于此后开始的计时和通知。</source>
        <translation>Saved. The new limits apply to clocks and notices started from now on.</translation>
    </message>
</context>
<context>
    <name>SopTemplateEditor</name>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="79"/>
        <source>编辑 SOP 模板：{name}（当前第 {version} 版）</source>
        <translation>Edit SOP template: {name} (currently Version {version})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="86"/>
        <source>常规（非加急）办理通常需要的工期，如 4d</source>
        <translation>Usual duration for normal (non-expedite) handling, e.g. 4d</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="89"/>
        <source>模板名称</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="90"/>
        <source>常规办理工期</source>
        <translation>Normal handling duration</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="91"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="95"/>
        <source>标识</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="95"/>
        <source>步骤名称</source>
        <translation>Step name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="95"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="95"/>
        <source>工期</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="95"/>
        <source>前置步骤</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="96"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="96"/>
        <source>检查清单（用“；”分隔）</source>
        <translation>Checklist (separate items with “；”)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="111"/>
        <source>工期写作 4h（小时）、2d（工作日）、30m（分钟）；前置步骤写标识，</source>
        <translation>Write durations as 4h (hours), 2d (working days) or 30m (minutes); list predecessors by key, </translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="112"/>
        <source>开始-开始写 b(ss)，滞后写 c(+2h)。</source>
        <translation>write start-to-start as b(ss) and a lag as c(+2h).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="116"/>
        <source>添加步骤</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="118"/>
        <source>删除步骤</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="120"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="122"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="132"/>
        <source>这一版改了什么、为什么改（必填），如：复盘发现银行信息传递延迟，增加确认步骤</source>
        <translation>What changed in this version and why (required), e.g. the retrospective found delays in passing on bank information, so a confirmation step was added</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="142"/>
        <source>发布新版本</source>
        <translation>Publish new version</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="157"/>
        <source>修订说明</source>
        <translation>Revision note</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="182"/>
        <source>新步骤</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_template_editor.py" line="211"/>
        <source>第 {row} 步：{error}</source>
        <translation>Step {row}: {error}</translation>
    </message>
</context>
<context>
    <name>SopTemplatesView</name>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="125"/>
        <source>编辑并发布新版本…</source>
        <translation>Edit and publish new version…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="130"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="175"/>
        <source>（无说明）</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="177"/>
        <source>第 {n} 版 · {time} · {note}</source>
        <translation>Version {n} · {time} · {note}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="193"/>
        <source>{flow} · {service} · 常规办理约 {normal} · {steps} 个步骤</source>
        <translation>{flow} · {service} · normal handling about {normal} · {steps} steps</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="204"/>
        <source>若现在开始：{summary} 关键路径上的步骤以红色标出。</source>
        <translation>If started now: {summary} Steps on the critical path are shown in red.</translation>
    </message>
</context>
<context>
    <name>StaffProfileDialog</name>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="91"/>
        <source>技能与地区 — {name}</source>
        <translation>Skills and region — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="95"/>
        <source>如：清税、税务申报、工商设立（逗号或顿号分隔）</source>
        <translation>e.g. tax clearance, tax filing, company registration (separated by commas)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="106"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="107"/>
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resource_pool_view.py" line="108"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>StarsField</name>
    <message>
        <location filename="../../ui/case/feedback_panel.py" line="104"/>
        <source>{n} 星</source>
        <translation>{n} ★</translation>
    </message>
</context>
<context>
    <name>StartClockDialog</name>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="230"/>
        <source>开始计时</source>
        <translation>Start clock</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="235"/>
        <source>如：答应客户 2 小时内回复补正材料的问题</source>
        <translation>e.g. answer the client&apos;s question on the corrections within 2 hours</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="241"/>
        <source>事项 *</source>
        <translation>For *</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="242"/>
        <source>响应级别</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location filename="../../ui/case/clocks_panel.py" line="243"/>
        <source>开始计时（Ctrl+Enter）</source>
        <translation>Start (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>StepScheduleModel</name>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="65"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="65"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="65"/>
        <source>工期</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="65"/>
        <source>前置步骤</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="65"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="66"/>
        <source>最早开始</source>
        <translation>Earliest start</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="66"/>
        <source>最早完成</source>
        <translation>Earliest finish</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="66"/>
        <source>总时差（小时）</source>
        <translation>Total slack (h)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="66"/>
        <source>关键</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="83"/>
        <source>检查清单：</source>
        <translation>Checklist: </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="48"/>
        <source>任务：{name}（{number}）</source>
        <translation>Task: {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="53"/>
        <source>（未分配）</source>
        <translation>(Unassigned)</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="61"/>
        <source> 工时</source>
        <translation> working hours</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="65"/>
        <source>添加检查项</source>
        <translation>Add checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="67"/>
        <source>新检查项</source>
        <translation>New checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="68"/>
        <source>删除检查项</source>
        <translation>Delete checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="141"/>
        <source>{name}：</source>
        <translation>{name}: </translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="144"/>
        <source>（暂无记录）</source>
        <translation>(No history yet)</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="91"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="94"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="97"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="111"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="112"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="113"/>
        <source>工期</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="117"/>
        <source>检查清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="118"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/board/task_dialog.py" line="119"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../ui/case/team_panel.py" line="88"/>
        <source>加入小组</source>
        <translation>Add to team</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="93"/>
        <source>按技能、地区与当前负载排序；双击或回车加入</source>
        <translation>Sorted by skills, region and current load; double-click or press Enter to add</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="95"/>
        <source>移出</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="96"/>
        <source>移出所选成员（Delete）</source>
        <translation>Remove the selected member (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="99"/>
        <source>保存小组</source>
        <translation>Save team</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="101"/>
        <source>保存小组（Ctrl+S）</source>
        <translation>Save team (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="118"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="119"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="124"/>
        <source>建议人选</source>
        <translation>Suggested people</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="143"/>
        <source>{number} · {service} · 地区：{region}</source>
        <translation>{number} · {service} · Region: {region}</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="144"/>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="197"/>
        <source>{name} 已在小组中（{part}），一人只担任一个角色；请先移出</source>
        <translation>{name} is already on the team ({part}); each person plays only one role. Remove them first</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../ui/case/team_panel.py" line="41"/>
        <source>本案角色</source>
        <translation>Role on case</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="42"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="43"/>
        <source>岗位</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="44"/>
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="45"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="46"/>
        <source>当前负载</source>
        <translation>Current load</translation>
    </message>
    <message>
        <location filename="../../ui/case/team_panel.py" line="60"/>
        <source>{count} 项 / {hours} 小时</source>
        <translation>{count} task(s) / {hours} h</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="44"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="44"/>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="44"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/settings/sop_templates_view.py" line="56"/>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
</context>
<context>
    <name>WindowModel</name>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="50"/>
        <source>风险窗口</source>
        <translation>Risk window</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="51"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="52"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="53"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="54"/>
        <source>主管部门</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="55"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="56"/>
        <source>涉及在办案件</source>
        <translation>Open cases affected</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="67"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/settings/risk_calendar_view.py" line="73"/>
        <source>全部地区</source>
        <translation>All regions</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/case/failure_dialogs.py" line="75"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/domain/errors.py" line="71"/>
        <source>该记录已被他人修改，您的更改未保存。请核对最新数据后重新操作。</source>
        <translation>Someone else changed this record; your changes were not saved. Check the latest data and try again.</translation>
    </message>
    <message>
        <location filename="../../app/db/database.py" line="128"/>
        <source>数据库路径是一个文件夹，不是数据库文件：{path}</source>
        <translation>The database path is a folder, not a database file: {path}</translation>
    </message>
    <message>
        <location filename="../../app/db/database.py" line="136"/>
        <source>数据库所在的文件夹不存在：{folder}</source>
        <translation>The database&apos;s folder does not exist: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/db/database.py" line="156"/>
        <source>无法识别的数据库地址：{url}</source>
        <translation>Unrecognised database address: {url}</translation>
    </message>
    <message>
        <location filename="../../app/db/database.py" line="161"/>
        <source>数据库地址中的端口不是数字：{port}</source>
        <translation>The port in the database address is not a number: {port}</translation>
    </message>
    <message>
        <location filename="../../app/db/database.py" line="173"/>
        <source>不支持的数据库类型或缺少驱动：{drivername}（PostgreSQL 需安装 postgres 扩展）</source>
        <translation>Unsupported database type or missing driver: {drivername} (PostgreSQL needs the postgres extra installed)</translation>
    </message>
    <message>
        <location filename="../../app/db/database.py" line="191"/>
        <source>该文件不是数据库文件（不是 SQLite 格式）：{path}</source>
        <translation>This file is not a database file (not in SQLite format): {path}</translation>
    </message>
    <message>
        <location filename="../../app/db/database.py" line="197"/>
        <source>无法打开数据库 {database}：{reason}</source>
        <translation>Cannot open the database {database}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/board_rules.py" line="27"/>
        <source>“{item}”</source>
        <extracomment>A card turns amber within one working day of its due time, red within two working hours. Room a new card gets after the last one in a column.</extracomment>
        <translation>“{item}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/board_rules.py" line="30"/>
        <location filename="../../app/usecases/closing.py" line="165"/>
        <source>等 {n} 项</source>
        <translation> and {n} items in all</translation>
    </message>
    <message>
        <location filename="../../app/domain/board_rules.py" line="35"/>
        <source>检查清单尚未完成：{shown}{more}。完成检查后才能移到“已完成”</source>
        <translation>The checklist is not complete: {shown}{more}. Finish the checks before moving to “Done”</translation>
    </message>
    <message>
        <location filename="../../app/domain/board_rules.py" line="40"/>
        <source>请填写受阻原因（如：等待客户补充章程修正案）</source>
        <translation>Enter why it is blocked (e.g. waiting for the client&apos;s amended articles)</translation>
    </message>
    <message>
        <location filename="../../app/domain/board_rules.py" line="131"/>
        <source>已超期</source>
        <extracomment>Columns a move into needs something typed for: 受阻 its reason.</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/domain/board_rules.py" line="135"/>
        <source>{text} 工时后到期</source>
        <translation>due in {text} h</translation>
    </message>
    <message>
        <location filename="../../app/domain/board_rules.py" line="137"/>
        <source>已超期 {text} 工时</source>
        <translation>overdue by {text} h</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="70"/>
        <source>已超过截止时间 {deadline}</source>
        <translation>Past the deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="79"/>
        <source>预计 {finish} 完成，晚于截止 {deadline}</source>
        <translation>Projected to finish {finish}, after the deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="87"/>
        <source>响应超时：{title}</source>
        <translation>Response overdue: {title}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="95"/>
        <source>{notices_overdue} 条客户通知已逾期</source>
        <translation>{notices_overdue} client notice(s) overdue</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="102"/>
        <source>关键任务“{task}”受阻：{reason}</source>
        <translation>Critical task “{task}” is blocked: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="104"/>
        <source>关键任务“{task}”受阻</source>
        <translation>Critical task “{task}” is blocked</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="113"/>
        <source>关键路径仅余 {value:.1f} 个工作小时</source>
        <translation>Only {value:.1f} working hours of slack left on the critical path</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="121"/>
        <source>开放的突发事件：{category}</source>
        <translation>Open incident: {category}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_risk.py" line="128"/>
        <source>计划跨越风险窗口“{title}”</source>
        <translation>The plan crosses the risk window “{title}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="41"/>
        <source>无法识别的金额“{text}”，请填写数字，如 1200 或 1200.50，或写作“一千二”</source>
        <translation>Cannot read the amount “{text}”: enter a number such as 1200 or 1200.50, or write it as “一千二”</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="49"/>
        <source>金额“{text}”应为不小于 0、最多两位小数的数字</source>
        <translation>The amount “{text}” must be a number of at least 0 with at most two decimals</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="54"/>
        <source>金额“{text}”过大，请核对（上限为一万亿元以下）</source>
        <translation>The amount “{text}” is too large, please check it (the limit is below one trillion yuan)</translation>
    </message>
    <message>
        <location filename="../../app/domain/credit_code.py" line="33"/>
        <source>第 {position} 位的“{char}”</source>
        <extracomment>The 31 characters GB 32100 uses: digits and capitals without I, O, S, V, Z. Dashes people put between groups of a code when they copy it (spaces go too).</extracomment>
        <translation>“{char}” at position {position}</translation>
    </message>
    <message>
        <location filename="../../app/domain/credit_code.py" line="36"/>
        <source>{where}不允许：统一社会信用代码不使用字母 I、O、S、V、Z</source>
        <translation>{where} is not allowed: credit codes do not use the letters I, O, S, V, Z</translation>
    </message>
    <message>
        <location filename="../../app/domain/credit_code.py" line="41"/>
        <source>{where}应为数字（第 3–8 位是登记管理机关的行政区划码）</source>
        <translation>{where} must be a digit (positions 3–8 are the registration authority&apos;s area code)</translation>
    </message>
    <message>
        <location filename="../../app/domain/credit_code.py" line="45"/>
        <source>{where}不是统一社会信用代码使用的字符</source>
        <translation>{where} is not a character credit codes use</translation>
    </message>
    <message>
        <location filename="../../app/domain/credit_code.py" line="63"/>
        <source>请填写统一社会信用代码</source>
        <translation>Enter the unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/credit_code.py" line="69"/>
        <source>统一社会信用代码应为 {length} 位，现在是 {n} 位</source>
        <translation>The credit code must have {length} characters; it has {n}</translation>
    </message>
    <message>
        <location filename="../../app/domain/credit_code.py" line="76"/>
        <source>统一社会信用代码未通过校验，有字符抄错：请对照营业执照逐位核对</source>
        <translation>The credit code fails its check: a character was copied wrongly. Compare it with the business licence character by character</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="21"/>
        <source>一</source>
        <extracomment>Zoom limits, in pixels per hour: from about a quarter year to about a working day on screen. Monday to Sunday, one message each: a tick&apos;s day and a day&apos;s tooltip, in the interface&apos;s language.</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="22"/>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="23"/>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="24"/>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="25"/>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="26"/>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="27"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="77"/>
        <source>{month}月{day}日 星期{weekday}</source>
        <translation>{weekday} {month}/{day}</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="84"/>
        <source>{day}：{remark}</source>
        <translation>{day}: {remark}</translation>
    </message>
    <message>
        <location filename="../../app/domain/gantt_geometry.py" line="129"/>
        <source>{date} {weekday}</source>
        <translation>{date} {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="131"/>
        <source>草稿内容无法识别</source>
        <extracomment>Who may sign each review level; the clerk&apos;s first check is anyone&apos;s. Who approves an estimate above the threshold, and accepts a case whose materials do not pass.</extracomment>
        <translation>The draft cannot be read</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="247"/>
        <source>请填写客户的硬性截止时间</source>
        <translation>Enter the client&apos;s hard deadline</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="249"/>
        <source>截止时间已经过去，请核对客户给出的日期和时间</source>
        <translation>The deadline has passed: check the date and time the client gave</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="259"/>
        <source>接待人须为本所在职员工（即登录的人）</source>
        <translation>The receptionist must be one of the office&apos;s staff (the person logged in)</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="263"/>
        <source>请搜索并选择已有客户，或填写新客户的名称</source>
        <translation>Search for and pick an existing client, or enter the new client&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="269"/>
        <source>请填写联系人</source>
        <translation>Enter the contact person</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="273"/>
        <source>请填写办理事项，如“经营范围变更加急”</source>
        <translation>Enter the matter, e.g. “Expedited change of business scope”</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="275"/>
        <source>该业务类型没有可用的 SOP 模板，请先在设置中添加</source>
        <translation>No SOP template for this service type: add one in Settings first</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="281"/>
        <source>请写明错过截止时间的后果（如：失去投标资格、货物滞港产生费用）</source>
        <translation>State what missing the deadline would cost (e.g. losing the right to bid, demurrage on goods held at port)</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="39"/>
        <source>请写明发生了什么、影响哪一步</source>
        <extracomment>The longest description an incident keeps on its clock&apos;s title and in lists.</extracomment>
        <translation>Please describe what happened and which step it affects</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="43"/>
        <location filename="../../app/usecases/calendar.py" line="71"/>
        <location filename="../../app/usecases/case_costs.py" line="284"/>
        <source>说明不能超过 {limit} 个字</source>
        <translation>The description cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="80"/>
        <source>请填写预案名称</source>
        <extracomment>Field limits of a plan (the name and a step as stored; a step becomes an incident&apos;s checklist line).</extracomment>
        <translation>Please enter the plan&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="83"/>
        <source>名称不能超过 {limit} 个字</source>
        <translation>The name cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="87"/>
        <source>至少写一个处置步骤（每行一步）</source>
        <translation>Write at least one response step (one step per line)</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="90"/>
        <source>步骤不能超过 {limit} 个</source>
        <translation>There cannot be more than {limit} steps</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="94"/>
        <source>第 {step} 步超过 {limit} 个字，请拆成几步</source>
        <translation>Step {step} exceeds {limit} characters; please split it into several steps</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_limits.py" line="17"/>
        <source>不能超过 {limit} 个字</source>
        <translation>At most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="108"/>
        <source>请写明处理结果</source>
        <translation>Please describe the outcome</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="112"/>
        <source>处理结果不能超过 {limit} 个字</source>
        <translation>The outcome cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="118"/>
        <source>还有 {n} 个步骤未完成（{step}…）；确需结束，请写明原因</source>
        <translation>{n} step(s) are not done yet ({step}…); to close anyway, please give the reason</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="295"/>
        <source>系统建议“{recommended}”，改为“{chosen}”时请写明理由</source>
        <translation>The advice is “{recommended}”: give a reason for choosing “{chosen}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="300"/>
        <source>即使加急也无法在截止时间前完成：请与客户商定，写明客户已同意推迟完成（确认书将写明无法按要求时间完成，客户签署即接受）</source>
        <translation>Even an expedite cannot finish by the deadline: agree with the client and write down that the client accepts the later finish (the confirmation letter will state that the requested time cannot be met; the client accepts by signing)</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="315"/>
        <source>费用合计超过审批额度 {threshold}，需主管审批</source>
        <translation>The total exceeds the approval limit {threshold}: a manager must approve it</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="319"/>
        <source>费用审批须由主管进行</source>
        <translation>Fees must be approved by a manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="324"/>
        <source>第 {number} 个证据文件请写明是什么（如：招标公告）</source>
        <translation>Say what evidence file {number} is (e.g. tender notice)</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="345"/>
        <source>{level}须由{roles}进行</source>
        <translation>{level} must be done by: {roles}</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="355"/>
        <source>破例受理须由主管决定：请主管登录，或由主管现场授权签字</source>
        <translation>Accepting as an exception is a manager&apos;s decision: a manager logs in or signs here in person</translation>
    </message>
    <message>
        <location filename="../../app/domain/intake_form.py" line="359"/>
        <source>请写明破例受理的理由</source>
        <translation>Give the reason for accepting as an exception</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="84"/>
        <source>条款文件 {file}</source>
        <extracomment>How the 附件 words each state for the client: what is still to hand over, what must be redone.</extracomment>
        <translation>the clause file {file}</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="100"/>
        <source>无法读取{where}：{error}</source>
        <translation>Cannot read {where}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="105"/>
        <source>{where}缺少或写错了条目：{error}</source>
        <translation>{where} has a missing or wrong entry: {error}</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="111"/>
        <source>{where}缺少服务等级：{tiers}</source>
        <translation>{where} lacks service tiers: {tiers}</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="126"/>
        <source>条款中有无法识别的名称：{names}</source>
        <translation>The clauses have unrecognised names: {names}</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="179"/>
        <source>甲方</source>
        <translation>Party A</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="180"/>
        <source>乙方</source>
        <translation>Party B</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="191"/>
        <source>签字人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="192"/>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="193"/>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="197"/>
        <source>具体要求</source>
        <translation>Specific requirements</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="199"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="200"/>
        <source>费用项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="202"/>
        <source>材料清单</source>
        <translation>Material checklist</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="205"/>
        <source>材料核对人</source>
        <translation>Material checker</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="210"/>
        <source>条款</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="229"/>
        <source>请安装生僻字字体（花园明朝 HanaMinA/HanaMinB，见安装说明）后再生成</source>
        <translation>Install the rare-character fonts (HanaMinA/HanaMinB, see the installation notes), then generate again</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="233"/>
        <source>请删去该字符或改用文字后再生成</source>
        <translation>Remove the character or write it in words, then generate again</translation>
    </message>
    <message>
        <location filename="../../app/domain/letter.py" line="236"/>
        <source>{where}中的“{char}”（U+{code:04X}）没有可用的字体，无法打印。{remedy}</source>
        <translation>“{char}” (U+{code:04X}) in {where} has no font to print it. {remedy}</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="82"/>
        <source>无法读取材料清单 {file}：{error}</source>
        <extracomment>The English interface&apos;s words (the built-in files carry them; the letter&apos;s 附件 stays Chinese).</extracomment>
        <translation>Cannot read the material checklist {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="92"/>
        <source>材料清单 {file}的业务类型“{code}”无效</source>
        <translation>The service type “{code}” of the material checklist {file} is invalid</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="103"/>
        <source>材料清单 {file}第 {number} 项的标识或名称无效（标识须唯一，名称不能为空）</source>
        <translation>Item {number} of the material checklist {file} has an invalid key or name (keys must be unique, names cannot be empty)</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="124"/>
        <source>材料清单 {file}没有任何材料项</source>
        <translation>The material checklist {file} has no items</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="148"/>
        <source>“{name}”有问题：{note}</source>
        <translation>“{name}” has a problem: {note}</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="150"/>
        <source>未注明</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="154"/>
        <source>缺少必需材料“{name}”</source>
        <translation>Required material missing: “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="166"/>
        <source>{reviewer} 已做过{done}，不能再做{level}</source>
        <translation>{reviewer} already did the {done} and cannot also do the {level}</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="176"/>
        <source>三级审核应依次进行：业务员初核 → 主管复核 → 法务终审</source>
        <translation>The three reviews go in order: clerk&apos;s check → supervisor&apos;s review → legal sign-off</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="184"/>
        <source>尚未完成{level}</source>
        <translation>{level} not done yet</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_consistency.py" line="47"/>
        <source>{where}上的名称“{company_name}”与客户名称“{client_name}”不一致，必须逐字相同</source>
        <translation>The name “{company_name}” on {where} differs from the client&apos;s name “{client_name}”: they must match exactly</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_consistency.py" line="59"/>
        <source>{where}上的统一社会信用代码 {credit_code} 与客户的 {client_code} 不一致</source>
        <translation>The credit code {credit_code} on {where} differs from the client&apos;s {client_code}</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_consistency.py" line="70"/>
        <source>{where}的签发日期 {issued_on} 晚于今天，日期有误</source>
        <translation>{where} is dated {issued_on}, after today: the date is wrong</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_consistency.py" line="78"/>
        <source>{where}已于 {expires_on} 过期</source>
        <translation>{where} expired on {expires_on}</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_consistency.py" line="86"/>
        <source>{where}将于 {expires_on} 到期，早于办理截止时间，请先续期或更换</source>
        <translation>{where} expires on {expires_on}, before the deadline: renew or replace it first</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_consistency.py" line="95"/>
        <source>{where}的到期日早于签发日，日期有误</source>
        <translation>{where} expires before it was issued: the dates are wrong</translation>
    </message>
    <message>
        <location filename="../../app/domain/message.py" line="22"/>
        <source>、</source>
        <extracomment>Joins the items of a list parameter, and the problems of a refused form, in Chinese.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/domain/message.py" line="23"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/domain/office_profile.py" line="51"/>
        <source>请填写机构名称</source>
        <extracomment>Longest text each field takes (the database columns&apos; lengths).</extracomment>
        <translation>Enter the office&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/office_profile.py" line="59"/>
        <source>银行账号只能包含数字</source>
        <translation>The bank account number may contain digits only</translation>
    </message>
    <message>
        <location filename="../../app/domain/office_profile.py" line="62"/>
        <source>请同时填写开户银行和银行账号</source>
        <translation>Enter both the bank and the account number</translation>
    </message>
    <message>
        <location filename="../../app/domain/phone.py" line="20"/>
        <source>请填写电话号码</source>
        <translation>Enter a phone number</translation>
    </message>
    <message>
        <location filename="../../app/domain/phone.py" line="25"/>
        <source>手机号码应为 11 位数字，现在是 {n} 位</source>
        <translation>A mobile number has 11 digits; this one has {n}</translation>
    </message>
    <message>
        <location filename="../../app/domain/phone.py" line="26"/>
        <source>请填写有效的手机号（如 13912345678）或带区号的座机号（如 021-61234567）</source>
        <translation>Enter a valid mobile number (e.g. 13912345678) or a landline with its area code (e.g. 021-61234567)</translation>
    </message>
    <message>
        <location filename="../../app/domain/scheduling.py" line="100"/>
        <location filename="../../app/domain/working_calendar.py" line="158"/>
        <source>{remark}（预估）</source>
        <extracomment>How many critical tasks the feasibility advice names.</extracomment>
        <translation>{remark} (estimated)</translation>
    </message>
    <message>
        <location filename="../../app/domain/scheduling.py" line="102"/>
        <source>预计 {finish} 完成。</source>
        <translation>Projected to finish {finish}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scheduling.py" line="105"/>
        <source>预计 {finish} 完成，距截止时间还有 {spare} 个工作小时的余量。</source>
        <translation>Projected to finish {finish}, {spare} working hours before the deadline.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scheduling.py" line="112"/>
        <source>预计 {finish} 完成，比截止时间晚 {short} 个工作小时。请压缩或改为并行处理关键任务：{names}。</source>
        <translation>Projected to finish {finish}, {short} working hours after the deadline. Shorten the critical tasks or run them in parallel: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scheduling.py" line="259"/>
        <source>步骤“{name}”的标识 {key} 重复</source>
        <translation>Step “{name}”: the key {key} is used twice</translation>
    </message>
    <message>
        <location filename="../../app/domain/scheduling.py" line="273"/>
        <source>步骤“{name}”的前置步骤“{predecessor}”不存在</source>
        <translation>Step “{name}”: the predecessor “{predecessor}” does not exist</translation>
    </message>
    <message>
        <location filename="../../app/domain/scheduling.py" line="295"/>
        <source>前置关系存在循环：{cycle}</source>
        <translation>The dependencies form a loop: {cycle}</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="54"/>
        <source>无法识别的工期“{text}”，请写成 4h（小时）、2d（工作日）或 30m（分钟）</source>
        <translation>Cannot read the duration “{text}”: write 4h (hours), 2d (working days) or 30m (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="132"/>
        <source>{where}缺少“{name}”或其不是文字</source>
        <translation>{where}: “{name}” is missing or not text</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="147"/>
        <source>{where}的取值“{value}”无效，可选：{names}</source>
        <translation>{where}: “{value}” is not valid; choose from: {names}</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="163"/>
        <source>{where}的前置步骤应写成步骤标识，或 {example}</source>
        <translation>{where}: write the predecessors as step keys, or {example}</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="171"/>
        <source>{where}的前置关系类型</source>
        <translation>{where}, dependency type</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="178"/>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="188"/>
        <source>{where}没有任何步骤</source>
        <translation>{where} has no steps</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="191"/>
        <source>{where}第 {number} 步</source>
        <translation>{where}, step {number}</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="193"/>
        <source>{at}格式不正确</source>
        <translation>{at} is not in the right form</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="198"/>
        <source>{at}的标识“{key}”只能用小写字母、数字和连字符</source>
        <translation>{at}: the key “{key}” may use only lower-case letters, digits and hyphens</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="205"/>
        <source>{at}的标识“{key}”重复</source>
        <translation>{at}: the key “{key}” is used twice</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="209"/>
        <source>{where}步骤“{step}”</source>
        <translation>{where}, step “{step}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="217"/>
        <source>{at}的 after 和 checklist 应为列表</source>
        <translation>{at}: after and checklist must be lists</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="226"/>
        <source>{at}的角色</source>
        <translation>{at}, role</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="241"/>
        <source>{where}业务类型</source>
        <translation>{where}, service type</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="246"/>
        <source>{where}流程类型</source>
        <translation>{where}, flow type</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="267"/>
        <source>无法读取模板文件 {name}：{error}</source>
        <translation>Cannot read the template file {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="270"/>
        <source>模板文件 {name}</source>
        <translation>Template file {name}</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="295"/>
        <source>无法识别的前置步骤“{part}”，示例：a, b(ss), c(+2h), d(ss+1h)</source>
        <translation>Cannot read the predecessor “{part}”; examples: a, b(ss), c(+2h), d(ss+1h)</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="138"/>
        <source>{dimension}的评分应为 0–3，现在是 {score}</source>
        <translation>The score for {dimension} must be 0–3; it is {score}</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="146"/>
        <source>距截止还有 {left}</source>
        <translation>{left} left until the deadline</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="150"/>
        <source>，常规办理约需 {normal}，加急方案约需 {expedite}。</source>
        <translation>; normal handling takes about {normal}, the expedite plan about {expedite}. </translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="158"/>
        <source>{dimension}（{score}）</source>
        <translation>{dimension} ({score})</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="164"/>
        <source>紧急原因：{scored}。</source>
        <translation>Reasons for urgency: {scored}. </translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="167"/>
        <source>四项紧急度评分均未达到“中”，紧急只来自客户给出的截止时间。</source>
        <translation>None of the four urgency scores reaches “Medium”: the urgency comes only from the client&apos;s deadline. </translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="170"/>
        <source>“{step}”</source>
        <translation>“{step}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="172"/>
        <source>关键路径上的瓶颈环节</source>
        <translation>the bottleneck step on the critical path</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="179"/>
        <source>即使全面加急也还差约 {short}，请如实告知客户，商量调整截止时间或只办理能赶上的部分。</source>
        <translation>Even a full expedite is about {short} short: tell the client frankly, and agree a new deadline or only the part that can be done in time.</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="191"/>
        <source>紧急但时间充足：紧急原因属实，剩余时间也够走常规流程，建议常规办理（客户要求更稳妥时可对{bottleneck}轻度提速）；请盯紧进度，一旦延误及时改为加急。</source>
        <translation>Urgent, but with time to spare: the reason for urgency is real and the time left is enough for the normal flow, so normal handling is advised (if the client wants more certainty, speed up {bottleneck} a little); watch progress closely and switch to an expedite at the first delay.</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="201"/>
        <source>时间足够常规办理，属于“伪紧急”：向客户说明常规周期与加急的额外成本和风险，建议常规办理。</source>
        <translation>There is time enough for normal handling: a “false urgency”. Explain to the client the normal timescale and the extra cost and risk of expediting; normal handling is advised.</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="209"/>
        <source>紧急原因属实且常规办理赶不上，建议全面加急：并行处理各环节并组建专属小组。</source>
        <translation>The urgency is real and normal handling cannot make it: a full expedite is advised, running the steps in parallel with a dedicated case team.</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="217"/>
        <source>常规办理略有不足，只需对{bottleneck}专项加急，其余按常规流程，节省客户费用；请向客户确认截止时间的依据。</source>
        <translation>Normal handling falls a little short: expedite only {bottleneck} and keep the rest normal, which saves the client money; ask the client what the deadline is based on.</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="228"/>
        <source>常规办理赶不上：请先向客户确认截止时间的依据（合同、投标文件、政府通知等）。可只对{bottleneck}专项加急以节省费用，但时间很紧，未必赶得上；客户确认截止时间确有依据时，再改为全面加急（费用更高）。</source>
        <translation>Normal handling cannot make it: first ask the client what the deadline is based on (a contract, tender documents, a government notice…). Expediting only {bottleneck} saves money but the time is very tight and may not be enough; once the client shows the deadline is real, switch to a full expedite (which costs more).</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="33"/>
        <location filename="../../app/domain/working_calendar.py" line="177"/>
        <source>元旦</source>
        <extracomment>How far the calendar searches for a working day before it declares the calendar empty.</extracomment>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="34"/>
        <location filename="../../app/domain/working_calendar.py" line="179"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="35"/>
        <location filename="../../app/domain/working_calendar.py" line="182"/>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="36"/>
        <location filename="../../app/domain/working_calendar.py" line="183"/>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="37"/>
        <location filename="../../app/domain/working_calendar.py" line="184"/>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="38"/>
        <location filename="../../app/domain/working_calendar.py" line="186"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="39"/>
        <location filename="../../app/domain/working_calendar.py" line="185"/>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="40"/>
        <source>抗战胜利纪念日</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="63"/>
        <source>无法识别的办公时段“{part}”，请写成 09:00-12:00 的形式</source>
        <translation>Cannot read the office hours “{part}”: write them as 09:00-12:00</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="72"/>
        <source>办公时段“{part}”中的时间无效</source>
        <translation>The office hours “{part}” hold an invalid time</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="78"/>
        <source>办公时段“{part}”的结束时间必须晚于开始时间</source>
        <translation>The office hours “{part}” must end after they start</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="84"/>
        <source>请至少填写一个办公时段，例如 09:00-12:00, 13:30-18:00</source>
        <translation>Enter at least one period of office hours, e.g. 09:00-12:00, 13:30-18:00</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="89"/>
        <source>办公时段之间不能重叠</source>
        <translation>Periods of office hours must not overlap</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="152"/>
        <source>{holiday}调休上班</source>
        <translation>Make-up working day ({holiday})</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="154"/>
        <source>{holiday}放假</source>
        <translation>{holiday} holiday</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="155"/>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="157"/>
        <location filename="../../app/domain/working_calendar.py" line="257"/>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="242"/>
        <source>（调休上班，预估）</source>
        <translation> (make-up working day, estimated)</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="244"/>
        <source>（调休上班）</source>
        <translation> (make-up working day)</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="245"/>
        <source>（预估）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="394"/>
        <location filename="../../app/domain/working_calendar.py" line="484"/>
        <source>工作日历中十年内没有任何工作日，请检查日历例外设置</source>
        <translation>The working calendar has no working day within ten years: check the calendar&apos;s exceptions</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="427"/>
        <location filename="../../app/domain/working_calendar.py" line="442"/>
        <source>工作日历中十年内没有足够的工作时间</source>
        <translation>The working calendar has not enough working time within ten years</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_calendar.py" line="491"/>
        <source>时间早于时间轴起点</source>
        <translation>The time is before the start of the timeline</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="45"/>
        <source>请先登录，再{action}。</source>
        <translation>Log in first to {action}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="50"/>
        <source>您的角色“{role}”无权{action}。</source>
        <translation>Your role “{role}” may not {action}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="62"/>
        <source>请先登录后再操作。</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location filename="../../app/usecases/board_cards.py" line="142"/>
        <source>WIP 上限不能为负数，列名不能超过 40 个字</source>
        <extracomment>The office board keeps done cards for a day, then they leave it (the case board keeps them all). Cards in a column: by rank, ties by task id (C-level key: sorting thousands of cards).</extracomment>
        <translation>WIP limits cannot be negative, and column names have at most 40 characters</translation>
    </message>
    <message>
        <location filename="../../app/usecases/board.py" line="75"/>
        <source>前置任务尚未完成：{names}。仍要移动吗？</source>
        <translation>Predecessors not done yet: {names}. Move anyway?</translation>
    </message>
    <message>
        <location filename="../../app/usecases/board.py" line="87"/>
        <source>{number} 的确认书尚未签回：开始办理须有人决定先行办理</source>
        <translation>The client has not signed back the confirmation letter of {number}: someone must decide to start work before that</translation>
    </message>
    <message>
        <location filename="../../app/usecases/board.py" line="336"/>
        <location filename="../../app/usecases/gantt.py" line="337"/>
        <source>工期不能为负数</source>
        <extracomment>How far apart a history line and the audit trail&apos;s entries of the same change may be stamped: the line takes the time the desk passed, the audit trail the clock&apos;s at its flush.</extracomment>
        <translation>The duration cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/usecases/board.py" line="338"/>
        <source>检查清单中有空行，请填写或删除</source>
        <translation>The checklist has an empty line: fill it in or delete it</translation>
    </message>
    <message>
        <location filename="../../app/usecases/dashboard.py" line="225"/>
        <source>{case} 客户通知已逾期</source>
        <extracomment>How far ahead the dashboard looks for deadlines coming up.</extracomment>
        <translation>{case}: client notice overdue</translation>
    </message>
    <message>
        <location filename="../../app/usecases/dashboard.py" line="227"/>
        <source>{case} 客户通知即将到期</source>
        <translation>{case}: client notice due soon</translation>
    </message>
    <message>
        <location filename="../../app/usecases/dashboard.py" line="235"/>
        <source>{case_number} 响应超时：{title}</source>
        <translation>{case_number}: response overdue: {title}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="160"/>
        <source>{closed} 结案：{outcome}。</source>
        <extracomment>How close to its latest finish a critical task is flagged, unless the office set its own margin.</extracomment>
        <translation>Closed {closed}: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="259"/>
        <source>“{name}”已完成，不能再调整</source>
        <translation>“{name}” is done and can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="291"/>
        <source>“{name}”已经开始，不能再移动开始时间；可拖动右端调整工期</source>
        <translation>“{name}” has started, so its start can no longer move; drag its right end to change the duration</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="312"/>
        <source>“{name}”最早只能在 {earliest} 开始：前置任务或当前时间不允许更早</source>
        <translation>“{name}” can start at {earliest} at the earliest: its predecessors or the current time allow nothing earlier</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="344"/>
        <source>“{task}”已进行 {hours} 个工作小时，工期不能短于已用时间，也不能在现在之前结束</source>
        <translation>“{task}” has run {hours} working hours: its duration cannot be shorter than the time already spent, nor can it end before now</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="373"/>
        <source>只能在同一案件的两个任务之间建立前置关系</source>
        <translation>A dependency can only link two tasks of the same case</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="376"/>
        <source>任务不能以自己为前置</source>
        <translation>A task cannot depend on itself</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="386"/>
        <source>“{predecessor}”已是“{successor}”的前置任务</source>
        <translation>“{predecessor}” is already a predecessor of “{successor}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="435"/>
        <source>该前置关系已被删除</source>
        <translation>This dependency has been deleted</translation>
    </message>
    <message>
        <location filename="../../app/usecases/gantt.py" line="473"/>
        <source>预警余量应在 0 到 120 个工作小时之间</source>
        <translation>The warning margin must be between 0 and 120 working hours</translation>
    </message>
    <message>
        <location filename="../../app/usecases/intake.py" line="277"/>
        <source>所选客户已不存在，请重新搜索</source>
        <translation>The chosen client no longer exists: search again</translation>
    </message>
    <message>
        <location filename="../../app/usecases/intake.py" line="283"/>
        <source>该信用代码已登记为客户“{name}”，请在搜索中选择该客户</source>
        <translation>This credit code belongs to the client “{name}”: pick that client in the search</translation>
    </message>
    <message>
        <location filename="../../app/usecases/intake.py" line="287"/>
        <source>请填写截止时间</source>
        <translation>Enter the deadline</translation>
    </message>
    <message>
        <location filename="../../app/usecases/intake.py" line="376"/>
        <source>保存时与其他工作台冲突（案件编号或客户重复），请再保存一次</source>
        <translation>Another desk saved at the same moment (same case number or client): save again</translation>
    </message>
    <message>
        <location filename="../../app/usecases/letters.py" line="83"/>
        <location filename="../../app/usecases/office.py" line="34"/>
        <source>请先填写机构信息</source>
        <translation>Fill in the office&apos;s details first</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_costs.py" line="281"/>
        <source>请写明未能按期完成的经过和原因</source>
        <translation>Please describe how and why the deadline was missed</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_costs.py" line="287"/>
        <source>请选择登记人</source>
        <translation>Please choose who records it</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_costs.py" line="299"/>
        <source>只有失败、逾期完成或已经（预计）超过截止时间的案件才能登记失败原因</source>
        <translation>A failure cause can only be recorded for a case that failed, finished late or is (expected to be) past its deadline</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_costs.py" line="357"/>
        <source>请先登记失败原因和责任归属，再登记补偿</source>
        <translation>Record the cause of the failure and who was responsible before recording compensation</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_costs.py" line="421"/>
        <source>该补偿提议已处理</source>
        <translation>This compensation proposal has already been handled</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_costs.py" line="497"/>
        <source>请写明不批准的理由</source>
        <translation>Please give the reason for declining</translation>
    </message>
    <message>
        <location filename="../../app/usecases/letters.py" line="142"/>
        <source>该案件还没有任务计划，无法写明完成时限</source>
        <translation>The case has no plan yet, so the letter cannot state when it will be done</translation>
    </message>
    <message>
        <location filename="../../app/usecases/letters.py" line="354"/>
        <source>请填写接收签回件的人</source>
        <extracomment>How a saved copy&apos;s file name starts, per kind of document.</extracomment>
        <translation>Enter who received the signed copy</translation>
    </message>
    <message>
        <location filename="../../app/usecases/letters.py" line="356"/>
        <source>签署日期不能晚于今天</source>
        <translation>The signing date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../app/usecases/letters.py" line="363"/>
        <source>只有确认书才能登记签回</source>
        <translation>Only a confirmation letter is signed and returned</translation>
    </message>
    <message>
        <location filename="../../app/usecases/planning.py" line="42"/>
        <source>该案件已有任务计划，不能重复生成</source>
        <translation>The case already has a plan; it is not generated twice</translation>
    </message>
    <message>
        <location filename="../../app/usecases/planning.py" line="52"/>
        <source>没有找到可用的加急版 SOP 模板：{value}</source>
        <translation>No expedite SOP template found: {value}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/signatures.py" line="46"/>
        <source>{name}（{role}）不能签此项，须由{roles}签字</source>
        <extracomment>How long a signature given at the desk waits for the save it was given for.</extracomment>
        <translation>{name} ({role}) cannot sign this: it needs {roles}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/signatures.py" line="77"/>
        <source>须由本人登录后签字，或请其本人在此输入密码现场授权</source>
        <translation>Signed by the person logged in, or by that person typing their password here</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="89"/>
        <source>时限须在 1 到 {LONGEST_PROMISE} 分钟之间</source>
        <extracomment>The longest promise an office may set, in minutes (a week of clock time).</extracomment>
        <translation>The time limit must be between 1 and {LONGEST_PROMISE} minutes</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="97"/>
        <source>响应级别应由急到缓：一级 ≤ 二级 ≤ 三级</source>
        <translation>Response levels go from fastest to slowest: L1 ≤ L2 ≤ L3</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="154"/>
        <source>请写明计时的事项（如：回复客户关于补正材料的询问）</source>
        <translation>State what is being timed (e.g. answering the client&apos;s question about missing documents)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="157"/>
        <source>事项不能超过 200 个字</source>
        <translation>The matter has at most 200 characters</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="162"/>
        <source>案件已结案或不存在，不能开始计时</source>
        <translation>The case is closed or does not exist: no clock can start</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="54"/>
        <source>计时不存在（可能已被删除）</source>
        <translation>The clock does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="56"/>
        <source>该突发事件不存在（可能已被删除）</source>
        <translation>This incident does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="57"/>
        <source>该步骤不存在（可能已被删除）</source>
        <translation>This step does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="58"/>
        <source>该费用记录不存在（可能已被删除）</source>
        <translation>This cost record does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="59"/>
        <source>该补偿提议不存在（可能已被删除）</source>
        <translation>This compensation proposal does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="60"/>
        <source>该改进措施不存在（可能已被删除）</source>
        <translation>This improvement action does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="61"/>
        <source>该条目不存在（可能已被删除）</source>
        <translation>This entry does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="62"/>
        <source>该风险窗口不存在（可能已被删除）</source>
        <translation>This risk window does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="184"/>
        <source>请写明暂停原因（如：等待客户补充材料）</source>
        <translation>Give the reason for pausing (e.g. waiting for documents from the client)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="189"/>
        <source>计时已结束，不能暂停</source>
        <translation>The clock has stopped and cannot be paused</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="191"/>
        <source>计时已处于暂停状态</source>
        <translation>The clock is already paused</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="201"/>
        <source>计时没有暂停</source>
        <translation>The clock is not paused</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sla_clocks.py" line="227"/>
        <source>计时已结束</source>
        <translation>The clock has stopped</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sop.py" line="114"/>
        <source>请填写修订说明：这一版改了什么、为什么改</source>
        <translation>Enter a revision note: what this version changes and why</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sop.py" line="118"/>
        <source>模板“{name}”</source>
        <translation>Template “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/sop.py" line="183"/>
        <source>模板 {code}</source>
        <translation>Template {code}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="54"/>
        <source>小组角色只能是项目经理、执行专员、后勤支持或合规复核</source>
        <extracomment>The parts a member plays on a case team; the compliance reviewer signs off but is not on the team. The roles that carry tasks: those who may move cards on the board. Whose own role allows them to play a part.</extracomment>
        <translation>A team role is case manager, specialist, logistics support or compliance reviewer</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="58"/>
        <location filename="../../app/usecases/case_team.py" line="232"/>
        <source>所选人员不存在或已停用，请刷新后重选</source>
        <translation>A chosen person does not exist or is inactive: refresh and choose again</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="65"/>
        <source>须指定一名项目经理</source>
        <translation>Choose a case manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="67"/>
        <source>项目经理只能有一名</source>
        <translation>A case has only one case manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="69"/>
        <source>项目经理须由项目经理岗或主管担任</source>
        <translation>The case manager must be a coordinator or a manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="71"/>
        <source>合规复核只能指定一名</source>
        <translation>Choose only one compliance reviewer</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="73"/>
        <source>合规复核人员不能同时担任本案小组的其他角色（须独立于所复核的小组）</source>
        <translation>The compliance reviewer cannot hold another role on this team (they must be independent of the team they review)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="81"/>
        <source>合规复核须由合规岗或主管担任</source>
        <translation>The compliance reviewer must be a compliance officer or a manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="86"/>
        <source>同一人在小组中只能担任一个角色</source>
        <translation>A person holds only one role on the team</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="92"/>
        <source>执行专员与后勤支持须由承担任务的岗位担任（前台与系统管理员不在小组中办理任务）</source>
        <translation>Specialists and logistics support must be staff who do tasks (front desk and administrators do not work on a team)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="102"/>
        <source>此人是本案的独立合规复核人，只能负责合规复核任务，不能负责其所复核的工作（请改派）</source>
        <translation>This person is the case&apos;s independent compliance reviewer: they take only compliance review tasks, never the work they review (assign someone else)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="152"/>
        <source>熟悉{needed_skill}</source>
        <translation>knows {needed_skill}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="154"/>
        <source>未登记{needed_skill}技能</source>
        <translation>no {needed_skill} skill recorded</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="157"/>
        <source>同在{region}</source>
        <translation>also in {region}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="159"/>
        <source>在{region}</source>
        <translation>in {region}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="163"/>
        <source>当前负载 {open_tasks} 项（约 {hours} 小时）</source>
        <translation>{open_tasks} open tasks (about {hours} h)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="169"/>
        <source>当前无在办任务</source>
        <translation>no open tasks</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="223"/>
        <source>技能最多登记 {SKILL_COUNT_LIMIT} 项</source>
        <translation>At most {SKILL_COUNT_LIMIT} skills</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="228"/>
        <source>每项技能不超过 {SKILL_LIMIT} 个字</source>
        <translation>Each skill has at most {SKILL_LIMIT} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="232"/>
        <source>地区不超过 {REGION_LIMIT} 个字</source>
        <translation>The region has at most {REGION_LIMIT} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="289"/>
        <source>请输入内容</source>
        <translation>Enter some text</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="293"/>
        <source>内容不能超过 {ACTIVITY_TEXT_LIMIT} 个字</source>
        <translation>The text has at most {ACTIVITY_TEXT_LIMIT} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="105"/>
        <source>尚有 {n} 项任务未完成，不能按“{outcome}”结案：请先办完，或按“失败”或“已撤回”结案</source>
        <translation>{n} tasks are not done yet, so the case cannot close as “{outcome}”: finish them first, or close it as “Failed” or “Withdrawn”</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="115"/>
        <source>完成时间 {finished} 已晚于客户的截止时间 {due}，应选“逾期完成”</source>
        <translation>Finished at {finished}, after the client&apos;s deadline {due}: choose “Achieved late”</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="120"/>
        <source>完成时间 {finished} 未晚于客户的截止时间 {due}，应选“按期完成”</source>
        <translation>Finished at {finished}, not after the client&apos;s deadline {due}: choose “Achieved”</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="134"/>
        <source>{minutes} 分钟</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="136"/>
        <source>{hours} 小时</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="145"/>
        <location filename="../../app/domain/urgency.py" line="121"/>
        <source>{hours} 个工作小时</source>
        <translation>{hours} working hours</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="148"/>
        <source>{hours} 个工作小时（约 {days} 个工作日）</source>
        <translation>{hours} working hours (about {days} working days)</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="188"/>
        <source>请填写复盘人</source>
        <extracomment>Longest text each field takes (the database columns&apos; lengths; an Excel cell holds 32,767).</extracomment>
        <translation>Enter who wrote the retrospective</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="193"/>
        <source>请为“{dimension}”打 1–5 分</source>
        <translation>Score “{dimension}” from 1 to 5</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="196"/>
        <source>请写明根本原因（成功的案件也写：做对了什么）</source>
        <translation>Write the root cause (for a success too: what was done right)</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="198"/>
        <source>请为知识库条目写一个标题</source>
        <translation>Write a title for the knowledge-base entry</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="200"/>
        <location filename="../../app/domain/retrospective.py" line="246"/>
        <source>请选择问题类型</source>
        <translation>Choose a problem type</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="209"/>
        <source>第 {number} 条改进措施的负责人不能超过 {limit} 个字</source>
        <translation>The owner of improvement action {number} cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="215"/>
        <source>第 {number} 条改进措施没有内容</source>
        <translation>Improvement action {number} is empty</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="219"/>
        <source>第 {number} 条改进措施提出了 SOP 修改，请选择要修改的模板</source>
        <translation>Improvement action {number} proposes an SOP change: choose the template to change</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="242"/>
        <source>请填写标题</source>
        <translation>Enter a title</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="244"/>
        <source>请填写内容</source>
        <translation>Enter the text</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="81"/>
        <source>PostgreSQL 数据库不能在加急工作台内备份或恢复。请由管理员在数据库服务器上用 pg_dump 定期备份，例如：
{command}
恢复时使用 pg_restore。</source>
        <extracomment>The reason in a backup&apos;s file name for each kind (migrations add their revision: before-0009).</extracomment>
        <translation>A PostgreSQL database cannot be backed up or restored within Expedite Desk. Have an administrator back it up regularly on the database server with pg_dump, for example:
{command}
Restore with pg_restore.</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="142"/>
        <location filename="../../app/db/backup.py" line="165"/>
        <source>备份失败：{error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="147"/>
        <location filename="../../app/db/backup.py" line="169"/>
        <source>备份文件未通过完整性检查：{problem}</source>
        <translation>The backup file failed the integrity check: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="222"/>
        <source>加密备份失败：{error}</source>
        <translation>Encrypted backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/backup_crypto.py" line="37"/>
        <source>备份密码不正确</source>
        <translation>Wrong backup password</translation>
    </message>
    <message>
        <location filename="../../app/db/backup_crypto.py" line="42"/>
        <source>备份文件已损坏</source>
        <translation>The backup file is damaged</translation>
    </message>
    <message>
        <location filename="../../app/db/document_store.py" line="122"/>
        <source>文件缺失：{name}（存入数据库时在各工位的数据文件夹中都没有找到，记录仍保留）</source>
        <translation>File missing: {name} (not found in any desk&apos;s data folder when it was moved into the database; the record is kept)</translation>
    </message>
    <message>
        <location filename="../../app/db/document_store.py" line="136"/>
        <source>文件已损坏：{name}（内容与记录的校验值不符）</source>
        <translation>File damaged: {name} (its content does not match the recorded checksum)</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="88"/>
        <source>该数据库不是加急工作台的数据库（{reason}），为避免损坏未做任何改动。</source>
        <extracomment>SQLite&apos;s application_id (a field of the file header) of an Expedite Desk database: &quot;EXDS&quot;.</extracomment>
        <translation>This database is not an Expedite Desk database ({reason}); nothing was changed, to avoid damage.</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="117"/>
        <source>文件标记属于其他程序：0x{marker}</source>
        <translation>the file&apos;s marker belongs to another program: 0x{marker}</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="123"/>
        <source>含有其他程序的数据表</source>
        <translation>it holds another program&apos;s tables</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="132"/>
        <source>结构版本 {revision} 应有的数据表缺失：{tables}</source>
        <translation>tables schema version {revision} should have are missing: {tables}</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="134"/>
        <source>结构版本 {revision} 应有的数据表缺失：{tables}等</source>
        <translation>tables schema version {revision} should have are missing: {tables} and others</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="142"/>
        <source>数据库的结构版本（{revision}）比本程序支持的版本（{supported}）更新，请升级加急工作台后再打开。数据库未做任何改动。</source>
        <translation>The database&apos;s schema version ({revision}) is newer than the one this program supports ({supported}); please upgrade Expedite Desk before opening it. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="214"/>
        <source>数据库结构升级未完成：表 {table} 中有记录引用了不存在的数据，已撤销本次升级，数据库保持原样。</source>
        <translation>The database upgrade did not complete: records in table {table} refer to data that does not exist. The upgrade was undone; the database is as it was.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="46"/>
        <source>备份文件已损坏（完整性检查未通过：{problem}），未做任何改动。</source>
        <translation>The backup file is damaged (integrity check failed: {problem}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="58"/>
        <source>该文件不是加急工作台的数据库，未做任何改动。</source>
        <translation>This file is not an Expedite Desk database. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="64"/>
        <source>该备份来自更新版本的加急工作台（结构版本 {revision}，本程序为 {supported}），请先升级加急工作台再恢复。未做任何改动。</source>
        <translation>This backup comes from a newer Expedite Desk (schema version {revision}, this program has {supported}); please upgrade Expedite Desk before restoring. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="75"/>
        <source>该文件的结构版本（{revision}）不属于加急工作台，未做任何改动。</source>
        <translation>This file&apos;s schema version ({revision}) does not belong to Expedite Desk. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="89"/>
        <source>该备份已加密，请输入备份密码。</source>
        <translation>This backup is encrypted; please enter the backup password.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="95"/>
        <source>该文件不是加急工作台的备份（既不是数据库文件，也不是加密备份），未做任何改动。</source>
        <translation>This file is not an Expedite Desk backup (neither a database file nor an encrypted backup). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="108"/>
        <source>无法读取备份文件：{reason}</source>
        <translation>Cannot read the backup file: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="135"/>
        <source>所选文件是正在使用的数据库本身，不是备份，未做任何改动。</source>
        <translation>The selected file is the database in use, not a backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="149"/>
        <source>恢复失败，当前数据未改动：{error}（如有其他工作台正在使用，请先关闭）</source>
        <translation>Restore failed, the current data is unchanged: {error} (if another desk is using it, close that first)</translation>
    </message>
    <message>
        <location filename="../../app/db/restore.py" line="162"/>
        <source>备份的数据库无法升级到本程序的版本（{reason}），已还原为恢复前的数据，未做任何改动。</source>
        <translation>The backed-up database cannot be upgraded to this program&apos;s version ({reason}); the data from before the restore was put back. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="128"/>
        <location filename="../../app/domain/chinese_amount.py" line="144"/>
        <source>金额不能为负数</source>
        <extracomment>The estimate line an actual cost is compared with; &quot;other&quot; was never estimated.
----------
Numerals as clerks type them (小写) and as contracts write them (大写).</extracomment>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="130"/>
        <source>加班费请填写加班工时（小时）</source>
        <translation>For overtime pay, please enter the overtime hours</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="133"/>
        <source>工时应在 0 到 {limit} 小时之间</source>
        <translation>The hours must be between 0 and {limit}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="137"/>
        <location filename="../../app/domain/risk_window.py" line="101"/>
        <source>备注不能超过 {limit} 个字</source>
        <translation>The note cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="153"/>
        <source>请选择批准补偿的主管</source>
        <translation>Please choose the manager who approves the compensation</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="155"/>
        <source>补偿须由主管批准</source>
        <translation>Compensation must be approved by a manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="157"/>
        <location filename="../../app/domain/case_documents.py" line="110"/>
        <source>补偿金额不能为负数</source>
        <translation>The compensation cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="161"/>
        <source>免收金额不能超过报价中的加急服务费（还可免收 {amount}）</source>
        <translation>The waived amount cannot exceed the quoted expedite fee ({amount} can still be waived)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="104"/>
        <source>请写明发生了什么、何时发现</source>
        <translation>Please describe what happened and when it was found</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="106"/>
        <source>请写明补救方案（如：免费继续办理、预计新的完成时间）</source>
        <translation>Please describe the remedy (e.g. continuing free of charge, the new expected finish)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="116"/>
        <location filename="../../app/domain/letter.py" line="196"/>
        <source>办理事项</source>
        <extracomment>Where a document&apos;s own words print, as a refusal names them; any other text is 文书内容.</extracomment>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="117"/>
        <source>发生了什么</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="118"/>
        <source>补救方案</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="119"/>
        <source>错过的后果</source>
        <translation>Consequence of missing it</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="122"/>
        <location filename="../../app/domain/letter.py" line="183"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="123"/>
        <location filename="../../app/domain/letter.py" line="184"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="124"/>
        <location filename="../../app/domain/letter.py" line="185"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="125"/>
        <location filename="../../app/domain/letter.py" line="186"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="126"/>
        <location filename="../../app/domain/letter.py" line="187"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="138"/>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="140"/>
        <source>本所</source>
        <translation>Our office</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="144"/>
        <location filename="../../app/domain/letter.py" line="177"/>
        <source>{party}{field}</source>
        <translation>{party} {field}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="151"/>
        <source>文书内容</source>
        <translation>Document text</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="211"/>
        <source>无法识别的日期“{text}”，请按 2026-01-31 的格式填写</source>
        <translation>Unrecognised date “{text}”; please write it as 2026-01-31</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_feedback.py" line="24"/>
        <source>请选择满意度（1 到 5 星）</source>
        <extracomment>Room for the comment in the complaint incident&apos;s description (its limit is 2000).</extracomment>
        <translation>Choose a satisfaction score (1 to 5 stars)</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_feedback.py" line="26"/>
        <source>请选择记录人</source>
        <translation>Choose who recorded it</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_feedback.py" line="28"/>
        <source>投诉请写明客户不满的内容</source>
        <translation>For a complaint, write what the client is unhappy about</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_feedback.py" line="31"/>
        <source>意见不能超过 {limit} 个字</source>
        <translation>The comment cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="142"/>
        <source>请填写通知内容</source>
        <extracomment>The longest notice text kept (a WeChat message or an email body, not a letter).</extracomment>
        <translation>Enter the notice&apos;s text</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="145"/>
        <source>通知内容不能超过 {limit} 字</source>
        <translation>The notice&apos;s text cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="148"/>
        <source>请选择通知人</source>
        <translation>Choose who sent it</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="150"/>
        <source>请填写通知时间</source>
        <translation>Enter when it was sent</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="152"/>
        <source>通知时间不能晚于现在</source>
        <translation>The time sent cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="158"/>
        <source>模板内容不能为空</source>
        <translation>The template cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="160"/>
        <source>模板不能超过 {limit} 字</source>
        <translation>The template cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="31"/>
        <source>星期一</source>
        <extracomment>The holidays a notice may name (抗战胜利纪念日 was a one-off of 2015).</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="32"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="33"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="34"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="35"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="36"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="37"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="116"/>
        <source>没有{month}月{day}日这一天</source>
        <translation>There is no day {month}/{day}</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="129"/>
        <source>{month}月{day}日是{weekday}，通知写的是“{stated}”</source>
        <translation>{month}/{day} is a {weekday}; the notice says “{stated}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="137"/>
        <source>无法识别括注“{remark}”</source>
        <translation>Cannot read the remark “{remark}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="150"/>
        <location filename="../../app/domain/holiday_notice.py" line="163"/>
        <location filename="../../app/domain/holiday_notice.py" line="192"/>
        <location filename="../../app/domain/holiday_notice.py" line="264"/>
        <source>无法识别“{text}”</source>
        <translation>Cannot read “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="156"/>
        <source>“{text}”没有写月份</source>
        <translation>“{text}” gives no month</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="173"/>
        <source>“{text}”不是一个日期或一段日期</source>
        <translation>“{text}” is neither a date nor a range of dates</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="178"/>
        <source>{month}月{day}日早于{first_month}月{first_day}日</source>
        <translation>{month}/{day} is before {first_month}/{first_day}</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="196"/>
        <source>写明共{count}天，但{first_month}月{first_day}日至{month}月{day}日是{days}天</source>
        <translation>It says {count} days in all, but {first_month}/{first_day} to {month}/{day} is {days} days</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="224"/>
        <source>不是“一、元旦：……”的格式</source>
        <translation>Not in the form “一、元旦：……” (number, holiday, colon, days)</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="229"/>
        <source>未知的节日“{name}”（应为{holidays}）</source>
        <translation>Unknown holiday “{name}” (expected one of {holidays})</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="237"/>
        <source>没有写节日名称</source>
        <translation>No holiday is named</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="250"/>
        <source>{month}月{day}日是{weekday}，本来就上班，不是调休上班日</source>
        <translation>{month}/{day} is a {weekday}, a working day anyway, not a make-up working day</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="269"/>
        <source>没有写放假日期</source>
        <translation>No days off are given</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="271"/>
        <source>{day} 不在 {year} 年前后</source>
        <translation>{day} is not near the year {year}</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="297"/>
        <source>找不到通知的年份：请连同标题“国务院办公厅关于 XXXX 年部分节假日安排的通知”一起粘贴</source>
        <translation>The notice&apos;s year cannot be found: paste it together with its title “国务院办公厅关于 XXXX 年部分节假日安排的通知”</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="311"/>
        <source>有放假或上班的日期，但不是“一、元旦：……”的格式</source>
        <translation>It has days off or working days, but not in the form “一、元旦：……”</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="317"/>
        <source>第 {line} 行（{excerpt}）：{problem}</source>
        <translation>Line {line} ({excerpt}): {problem}</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="331"/>
        <source>第 {line} 行（{excerpt}）：{month}月{day}日已在第 {first} 行出现</source>
        <translation>Line {line} ({excerpt}): {month}/{day} already appears on line {first}</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="344"/>
        <source>没有找到放假安排：应有“一、元旦：1月1日放假……”这样的条目</source>
        <translation>No holiday arrangements found: expected items such as “一、元旦：1月1日放假……”</translation>
    </message>
    <message>
        <location filename="../../app/domain/passwords.py" line="57"/>
        <source>密码至少 {length} 位</source>
        <extracomment>After this many wrong passwords in a row the login is locked for a while.</extracomment>
        <translation>The password must have at least {length} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/passwords.py" line="59"/>
        <source>密码不能全是数字，请加入字母或符号</source>
        <translation>The password cannot be only digits; please add letters or symbols</translation>
    </message>
    <message>
        <location filename="../../app/domain/passwords.py" line="71"/>
        <source>用户名须为 2 到 40 个字符</source>
        <translation>The user name must be 2 to 40 characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/passwords.py" line="73"/>
        <source>用户名只能包含英文字母、数字和 . _ -</source>
        <translation>The user name may only contain English letters, digits and . _ -</translation>
    </message>
    <message>
        <location filename="../../app/domain/risk_window.py" line="79"/>
        <source>请填写标题，如：金税系统升级</source>
        <translation>Enter a title, e.g. Golden Tax system upgrade</translation>
    </message>
    <message>
        <location filename="../../app/domain/risk_window.py" line="82"/>
        <source>标题不能超过 {limit} 个字</source>
        <translation>The title cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/risk_window.py" line="85"/>
        <source>结束时间应晚于开始时间</source>
        <translation>The end must be later than the start</translation>
    </message>
    <message>
        <location filename="../../app/domain/risk_window.py" line="88"/>
        <source>地区不能超过 {limit} 个字</source>
        <translation>The region cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/risk_window.py" line="92"/>
        <source>主管部门不能超过 {limit} 个字</source>
        <translation>The authority cannot exceed {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/risk_window.py" line="97"/>
        <source>未知的业务类型：{codes}</source>
        <translation>Unknown service types: {codes}</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="67"/>
        <source>无法识别“{typed}”：请写成 2026-12-04 17:00、12月4日下午5点、周五 或 明天 17:00</source>
        <extracomment>Words before an hour that say which half of the day it is in. Weekdays as written after 周/星期/礼拜, Monday first (星期天 is 星期日). Words before 周/星期/礼拜 that say which week: this, next or last (a bare 周五 is the coming one).</extracomment>
        <translation>Cannot read “{typed}”: write a date and time such as 2026-12-04 17:00 or 12-4 17:00</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="105"/>
        <source>无法识别“{typed}”：请写成 2026-12-04、12月4日、上周五 或 昨天</source>
        <translation>Cannot read “{typed}”: write a date such as 2026-12-04 or 12-4</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="111"/>
        <source>这里只填日期，不填时间：请写成 2026-12-04、12月4日、上周五 或 昨天</source>
        <translation>A date only here, without a time: write it such as 2026-12-04 or 12-4</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="153"/>
        <source>“{typed}”中的月份 {month} 不存在：月份为 1–12</source>
        <translation>There is no month {month} in “{typed}”: months are 1–12</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="160"/>
        <source>“{typed}”中的日期不存在：{month} 月没有 {day} 日</source>
        <translation>The date in “{typed}” does not exist: month {month} has no day {day}</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="175"/>
        <source>“{typed}”前后矛盾：{half_of_day}没有 {hour} 点</source>
        <translation>“{typed}” contradicts itself: {half_of_day} has no {hour} o&apos;clock</translation>
    </message>
    <message>
        <location filename="../../app/domain/typed_moment.py" line="186"/>
        <source>“{typed}”中的时间不存在：小时为 0–23，分钟为 0–59</source>
        <translation>The time in “{typed}” does not exist: hours are 0–23, minutes 0–59</translation>
    </message>
    <message>
        <location filename="../../app/sample/office.py" line="493"/>
        <source>这些业务类型没有加急版 SOP 模板：{services}</source>
        <extracomment>Every sample person logs in with their name in pinyin (the admin as DEMO_ADMIN) and DEMO_PASSWORD. Share of cases still open (the board&apos;s workload): an office of 20,000 has 2,000 open. The open work a person carries on average: the office employs as many as its open cases need. Of the open cases, the few whose deadline has passed, those projected to finish after it, and those with a task held up: the dashboard&apos;s at-risk list, not half the office. Of the open tasks whose time has come, those still waiting in 待办 for someone to pick them up. Of the open cases, those 待受理 and as many 已受理 (waiting for the client to sign). Letters are real PDFs: the sample gives the most recent open cases one each, up to this many.</extracomment>
        <translation>These service types have no expedite SOP template: {services}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="36"/>
        <source>用户名或密码错误，或账号已锁定、已停用（连续输错 {attempts} 次锁定 {minutes} 分钟）。请重试或联系管理员。</source>
        <extracomment>One answer for every refused login (unknown name, wrong password, locked, deactivated), after the same work (one scrypt check): a guesser learns neither which names exist nor which are locked.</extracomment>
        <translation>Wrong user name or password, or the account is locked or deactivated ({attempts} wrong attempts in a row lock it for {minutes} minutes). Please try again or contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="117"/>
        <source>请先登录</source>
        <translation>Please log in first</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="121"/>
        <source>原密码不正确</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="123"/>
        <source>新密码不能与原密码相同</source>
        <translation>The new password cannot be the same as the current one</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="171"/>
        <source>用户名“{username}”已被{owner}使用</source>
        <translation>The user name “{username}” is already used by {owner}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="193"/>
        <source>该用户名刚被占用，请换一个</source>
        <translation>This user name was just taken; please choose another</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="206"/>
        <source>{name} 还没有登录账号，请先开通</source>
        <translation>{name} has no login account yet; please create one first</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="222"/>
        <source>至少要保留一名可登录的系统管理员</source>
        <translation>At least one system administrator who can log in must remain</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="258"/>
        <source>请填写姓名</source>
        <translation>Please enter the name</translation>
    </message>
    <message>
        <location filename="../../app/usecases/accounts.py" line="275"/>
        <source>本机构已有登录账号，请由系统管理员开通</source>
        <translation>This office already has login accounts; ask the system administrator to create one</translation>
    </message>
    <message>
        <location filename="../../app/usecases/backups.py" line="65"/>
        <source>每日备份须保留 1 到 {limit} 天</source>
        <translation>Daily backups must be kept for 1 to {limit} days</translation>
    </message>
    <message>
        <location filename="../../app/usecases/backups.py" line="69"/>
        <source>每月备份须保留 0 到 {limit} 个月</source>
        <translation>Monthly backups must be kept for 0 to {limit} months</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="50"/>
        <source>案件不存在（可能已被删除）</source>
        <extracomment>Each kind of record: the field of the form that names it, and its one wording when it is gone.</extracomment>
        <translation>The case does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="104"/>
        <source>没有名为{words}的在职人员：@ 后请写同事的姓名</source>
        <extracomment>Mentions listed at most on a dashboard (the newest).</extracomment>
        <translation>No active staff member is named {words}: after @ write a colleague&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="154"/>
        <source>请选择发言人</source>
        <translation>Choose who is writing</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="159"/>
        <source>本案尚未指定项目经理，请先在专属小组中指定</source>
        <translation>This case has no case manager yet: name one in its dedicated team first</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="166"/>
        <source>关键决策须 @ 项目经理（@{manager}），以免被淹没在讨论中</source>
        <translation>A key decision must @ the case manager (@{manager}) so that it is not lost in the discussion</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="51"/>
        <source>任务不存在（可能已被删除）</source>
        <translation>The task does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="185"/>
        <source>「{task}」已于 {at} 由 {who} 复核确认</source>
        <translation>“{task}” was checked and confirmed by {who} at {at}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="210"/>
        <source>请选择提交复核的人</source>
        <translation>Choose who asks for the check</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="216"/>
        <source>本案没有其他人可以复核：请先在专属小组中指定合规复核或项目经理</source>
        <translation>Nobody else on this case can check it: name a compliance reviewer or case manager in its dedicated team first</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="248"/>
        <source>「{task}」还没有人请求复核</source>
        <translation>Nobody has asked for a check of “{task}” yet</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="252"/>
        <source>只有本案的合规复核或项目经理可以确认复核</source>
        <translation>Only this case&apos;s compliance reviewer or case manager can confirm a check</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="257"/>
        <source>不能确认自己提交的复核请求，请由合规复核或项目经理确认</source>
        <translation>You cannot confirm your own check request: the compliance reviewer or case manager confirms it</translation>
    </message>
    <message>
        <location filename="../../app/usecases/case_activity.py" line="262"/>
        <source>请选择复核人</source>
        <translation>Choose the reviewer</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="52"/>
        <source>该人员不存在（可能已被删除）</source>
        <translation>This person does not exist (they may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/client_notices.py" line="248"/>
        <source>所选通知人不存在</source>
        <extracomment>&quot;Since yesterday&quot; in the daily progress report. Next steps named per case in the report and in a notice&apos;s {进展}.</extracomment>
        <translation>The selected sender does not exist</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="53"/>
        <source>该通知不存在（可能已被删除）</source>
        <translation>This notice does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/client_notices.py" line="279"/>
        <source>该通知已记录为已发送</source>
        <translation>This notice is already recorded as sent</translation>
    </message>
    <message>
        <location filename="../../app/usecases/contingency_plans.py" line="126"/>
        <source>已有名为“{name}”的预案</source>
        <translation>A contingency plan named “{name}” already exists</translation>
    </message>
    <message>
        <location filename="../../app/usecases/feedback.py" line="81"/>
        <source>所选里程碑不属于该案件</source>
        <translation>The selected milestone does not belong to this case</translation>
    </message>
    <message>
        <location filename="../../app/usecases/holiday_notices.py" line="95"/>
        <source>{name} 太大（超过 2 MB），不像是一份放假通知</source>
        <extracomment>The largest notice file read (a saved web page with its scripts is well under this). Cases rescheduled per transaction, so other desks&apos; moves are not held up.</extracomment>
        <translation>{name} is too large (over 2 MB) to be a holiday notice</translation>
    </message>
    <message>
        <location filename="../../app/usecases/holiday_notices.py" line="105"/>
        <source>无法读取 {name}：{reason}</source>
        <translation>Cannot read {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/holiday_notices.py" line="119"/>
        <source>{name} 既不是 UTF-8 也不是 GB18030 编码的文本</source>
        <translation>{name} is text in neither UTF-8 nor GB18030 encoding</translation>
    </message>
    <message>
        <location filename="../../app/usecases/errors.py" line="55"/>
        <source>所选应急预案不存在（可能已被删除）</source>
        <translation>The selected contingency plan does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/incidents.py" line="57"/>
        <source>应急预案“{name}”已停用，请选择其他预案</source>
        <translation>The contingency plan “{name}” is retired; please choose another plan</translation>
    </message>
    <message>
        <location filename="../../app/usecases/incidents.py" line="163"/>
        <source>该突发事件已处理完毕</source>
        <translation>This incident has already been resolved</translation>
    </message>
    <message>
        <location filename="../../app/usecases/incidents.py" line="186"/>
        <source>只能升级给在职的主管</source>
        <translation>Can only be escalated to an active manager</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="87"/>
        <source>标签不能为空、不能重复，每个不超过 40 个字</source>
        <translation>Tags cannot be empty or repeated, and each is at most 40 characters</translation>
    </message>
    <message>
        <location filename="../../app/usecases/closing.py" line="119"/>
        <source>案件 {number} 已于 {at} 结案</source>
        <translation>Case {number} was closed at {at}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/closing.py" line="149"/>
        <source>请选择结案结果：按期完成、逾期完成、失败或已撤回</source>
        <translation>Choose how the case closes: achieved, achieved late, failed or withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/usecases/closing.py" line="160"/>
        <source>“{task}”（{status}）</source>
        <translation>“{task}” ({status})</translation>
    </message>
    <message>
        <location filename="../../app/usecases/closing.py" line="170"/>
        <source>尚有任务未完成：{names}{more}。请先办完，或选择将其记为“已取消”</source>
        <translation>Tasks are still open: {names}{more}. Finish them first, or choose to record them as “Cancelled”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="146"/>
        <source>受理登记</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="148"/>
        <source>材料预审通过，已受理</source>
        <translation>Materials pre-check passed, accepted</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="158"/>
        <source>客户签回确认书第 {version} 版</source>
        <translation>Client signed and returned version {version} of the confirmation letter</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="167"/>
        <source>“{task}”{event}</source>
        <translation>“{task}”: {event}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="175"/>
        <source>里程碑“{name}”完成</source>
        <translation>Milestone “{name}” done</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="189"/>
        <source>（结案时）</source>
        <translation> (at closing)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="191"/>
        <source>（“{milestone}”后）</source>
        <translation> (after “{milestone}”)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="196"/>
        <source>客户反馈{point}满意度 {score}/5{complaint}{said}</source>
        <translation>Client feedback{point}: satisfaction {score}/5{complaint}{said}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="199"/>
        <source>，投诉</source>
        <translation>, complaint</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="204"/>
        <source>客户截止时间</source>
        <translation>Client&apos;s deadline</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="209"/>
        <source>，比截止时间晚 {delay}</source>
        <translation>, {delay} after the deadline</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="212"/>
        <source>结案：{outcome}{late}</source>
        <translation>Closed: {outcome}{late}</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="279"/>
        <source>{at} {event}</source>
        <translation>{at} {event}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="220"/>
        <source>：{text}</source>
        <translation>: {text}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="232"/>
        <source>登记未能按期完成：{attribution}，{description}</source>
        <translation>Recorded as not done on time: {attribution}, {description}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="240"/>
        <source>补偿：{kind} {amount}（{approved_by} 批准）{said}</source>
        <translation>Compensation: {kind} {amount} (approved by {approved_by}){said}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="255"/>
        <source>突发事件：{category}，{level}响应：{description}</source>
        <translation>Incident: {category}, {level} response: {description}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="263"/>
        <source>突发事件已处理：{resolution}</source>
        <translation>Incident resolved: {resolution}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="273"/>
        <source>{kind}到期未发送</source>
        <translation>{kind} due and not sent</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="280"/>
        <source>{kind}晚发 {late}</source>
        <translation>{kind} sent {late} late</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="295"/>
        <source>SLA 计时“{title}”超时 {overrun}</source>
        <translation>SLA clock “{title}” overran by {overrun}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="334"/>
        <source>只有已结案的案件才能复盘</source>
        <translation>Only a closed case can be reviewed</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="337"/>
        <location filename="../../app/usecases/knowledge.py" line="356"/>
        <source>案件 {number} 已有复盘</source>
        <translation>Case {number} already has a retrospective</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="439"/>
        <source>该建议已被采纳过</source>
        <translation>This proposal has already been accepted</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge.py" line="579"/>
        <source>业务类型无效</source>
        <extracomment>The entry column each tag list fills. A row of entry_columns(): select() leaves rows of more than ten columns untyped.</extracomment>
        <translation>Invalid service type</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="226"/>
        <source>导出进程意外结束（退出码 {code}）</source>
        <extracomment>The entry fields an import compares and writes. The column of each entry field. A stored code as the sheet shows it, for the fields stored as codes.</extracomment>
        <translation>The export process ended unexpectedly (exit code {code})</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="286"/>
        <source>内容已修改</source>
        <extracomment>Problems and changes a report lists (in sheet order); the rest are only counted. Rows checked against the database at once, and written at once.</extracomment>
        <translation>Content changed</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="290"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="296"/>
        <source>{column} {before} → {after}</source>
        <translation>{column} {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="398"/>
        <source>“{tag}”不在本所的{kind}清单中（{tags}）</source>
        <translation>“{tag}” is not in the office&apos;s {kind} list ({tags})</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="407"/>
        <source>无法识别的业务类型“{value}”</source>
        <translation>Unknown service type “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="411"/>
        <source>无法识别的结果“{value}”</source>
        <translation>Unknown outcome “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="417"/>
        <source>无法识别的时间“{value}”</source>
        <translation>Unreadable time “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="424"/>
        <source>应为数字，现在是“{value}”</source>
        <translation>Should be a number, is “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="433"/>
        <source>应为正整数或留空（新条目），现在是“{value}”</source>
        <translation>Should be a positive whole number, or empty (a new entry); is “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="444"/>
        <source>应为导出时的版本号（正整数），现在是“{value}”</source>
        <translation>Should be the version number when exported (a positive whole number); is “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="454"/>
        <source>编号 {entry_id} 没有版本：只有导出的行（编号与版本都在）才能更新条目，新条目请清空编号</source>
        <translation>No. {entry_id} has no version: only an exported row (with both No. and version) can update an entry; for a new entry clear the No.</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="543"/>
        <source>编号 {entry_id} 与第 {row} 行重复</source>
        <translation>No. {entry_id} repeats row {row}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="555"/>
        <source>没有编号为 {entry_id} 的条目</source>
        <translation>There is no entry No. {entry_id}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/knowledge_io.py" line="562"/>
        <source>编号 {entry_id} 在导出后已被修改（现为第 {version} 版），请重新导出后再改</source>
        <translation>No. {entry_id} has changed since it was exported (now version {version}): export again, then edit</translation>
    </message>
    <message>
        <location filename="../../app/usecases/stored_documents.py" line="56"/>
        <source>文件超过 {limit} MB，无法保存：{source}</source>
        <translation>The file is larger than {limit} MB and cannot be saved: {source}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/stored_documents.py" line="135"/>
        <source>无法读取文件“{source}”：{reason}</source>
        <translation>Cannot read the file “{source}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/usecases/stored_documents.py" line="83"/>
        <source>文件在保存时被修改，请重新选择：{source}</source>
        <translation>The file changed while it was being saved; please choose it again: {source}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="41"/>
        <source>工商设立</source>
        <translation>Company setup</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="42"/>
        <source>工商变更</source>
        <translation>Company change</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="43"/>
        <source>工商注销</source>
        <translation>Company deregistration</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="44"/>
        <source>税务申报</source>
        <translation>Tax filing</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="45"/>
        <source>税务变更</source>
        <translation>Tax registration change</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="46"/>
        <source>清税</source>
        <translation>Tax clearance</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="47"/>
        <source>出口退税</source>
        <translation>Export tax rebate</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="48"/>
        <source>资质许可</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="49"/>
        <source>海关备案</source>
        <translation>Customs filing</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="50"/>
        <source>银行开户</source>
        <translation>Bank account opening</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="51"/>
        <source>商标</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="52"/>
        <source>社保</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="56"/>
        <source>基础</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="57"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="61"/>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="30"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="31"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="32"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="37"/>
        <source>案件</source>
        <extracomment>The audited tables and what a person calls their rows.</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="38"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="39"/>
        <source>前置关系</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="40"/>
        <source>任务检查项</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="41"/>
        <source>费用报价</source>
        <translation>Quote line</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="42"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="43"/>
        <source>补偿</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="44"/>
        <source>补偿提议</source>
        <translation>Compensation proposal</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="45"/>
        <source>失败记录</source>
        <translation>Failure record</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="46"/>
        <source>实际成本</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="47"/>
        <source>机构设置</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="48"/>
        <source>SOP 模板</source>
        <translation>SOP template</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="49"/>
        <source>SOP 模板版本</source>
        <translation>SOP template version</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="50"/>
        <source>工作日历调整</source>
        <translation>Working calendar change</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="51"/>
        <location filename="../../app/domain/audit_trail.py" line="207"/>
        <source>放假通知</source>
        <translation>Holiday notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="52"/>
        <source>放假通知日期</source>
        <translation>Holiday notice day</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="53"/>
        <source>通知模板</source>
        <translation>Notice template</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="54"/>
        <source>应急预案</source>
        <translation>Contingency plan</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="55"/>
        <source>政策风险窗口</source>
        <translation>Policy-risk window</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="56"/>
        <source>看板列</source>
        <translation>Board column</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="57"/>
        <location filename="../../app/domain/audit_trail.py" line="160"/>
        <source>人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="58"/>
        <location filename="../../app/domain/audit_trail.py" line="117"/>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="59"/>
        <source>材料核对项</source>
        <translation>material check item</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="60"/>
        <source>材料复核</source>
        <translation>material review</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="61"/>
        <source>案件小组成员</source>
        <translation>case team member</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="105"/>
        <source>名称</source>
        <extracomment>Fields nobody edits: the scheduler rewrites them on every reschedule (a board move reschedules the whole case), or the database keeps them (versions, time stamps, counts of a checklist). The fields that name a new row in its one &quot;新增&quot; line.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="106"/>
        <location filename="../../app/domain/holiday_notice.py" line="52"/>
        <source>标题</source>
        <extracomment>Clauses that add nothing to the days: a day off that is not made up, a day off next to a weekend.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="107"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="108"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="109"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="110"/>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="111"/>
        <source>登录名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="112"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="113"/>
        <source>须修改密码</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="114"/>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="115"/>
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="116"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="118"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="119"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="121"/>
        <source>电子邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="122"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="123"/>
        <source>服务等级</source>
        <translation>Service tier</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="124"/>
        <location filename="../../app/domain/audit_trail.py" line="215"/>
        <source>业务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="125"/>
        <source>要求完成时间</source>
        <translation>Requested deadline</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="126"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="127"/>
        <source>延误后果</source>
        <translation>Consequence of delay</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="128"/>
        <source>接待人</source>
        <translation>Intake by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="129"/>
        <source>费用审批人</source>
        <translation>Cost approved by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="130"/>
        <source>费用审批时间</source>
        <translation>Cost approved at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="131"/>
        <source>受理时间</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="132"/>
        <source>破例受理原因</source>
        <translation>Reason for acceptance by exception</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="133"/>
        <source>破例受理批准人</source>
        <translation>Acceptance by exception approved by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="134"/>
        <location filename="../../app/domain/vocabulary.py" line="62"/>
        <source>项目经理</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="135"/>
        <source>结案时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="136"/>
        <source>SOP 版本</source>
        <translation>SOP version</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="137"/>
        <source>基线时间</source>
        <translation>Baseline set at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="138"/>
        <source>未签先做决定人</source>
        <translation>Unsigned start decided by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="139"/>
        <source>未签先做时间</source>
        <translation>Unsigned start at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="140"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="141"/>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="142"/>
        <source>工期（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="143"/>
        <source>阻塞原因</source>
        <translation>Reason blocked</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="144"/>
        <source>里程碑</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="145"/>
        <source>开始时间</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="146"/>
        <source>完成时间</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="147"/>
        <location filename="../../app/domain/audit_trail.py" line="148"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="149"/>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="150"/>
        <source>材料代码</source>
        <translation>Material code</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="151"/>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="152"/>
        <source>核对结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="153"/>
        <source>证件上的名称</source>
        <translation>Name on the document</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="154"/>
        <source>证件上的代码</source>
        <translation>Code on the document</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="155"/>
        <source>签发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="156"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="157"/>
        <source>复核级别</source>
        <translation>Review level</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="161"/>
        <source>加入时间</source>
        <translation>Joined at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="162"/>
        <source>最早开始</source>
        <translation>Earliest start</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="163"/>
        <source>基线开始</source>
        <translation>Baseline start</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="164"/>
        <source>基线完成</source>
        <translation>Baseline finish</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="158"/>
        <location filename="../../app/domain/audit_trail.py" line="165"/>
        <source>复核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="159"/>
        <location filename="../../app/domain/audit_trail.py" line="166"/>
        <source>复核时间</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="167"/>
        <source>前置任务</source>
        <translation>Predecessor</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="168"/>
        <source>后续任务</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="169"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="170"/>
        <source>间隔（分钟）</source>
        <translation>Lag (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="171"/>
        <location filename="../../app/domain/audit_trail.py" line="198"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="173"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="174"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="175"/>
        <source>费用合计</source>
        <translation>Total fee</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="176"/>
        <source>小时数</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="177"/>
        <source>记录时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="178"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="179"/>
        <source>责任归属</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="180"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="181"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="182"/>
        <source>批准时间</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="183"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="184"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="185"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="186"/>
        <source>承诺完成时间</source>
        <translation>Committed finish</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="187"/>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="188"/>
        <source>签收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="189"/>
        <source>签署件扫描</source>
        <translation>Signed copy scan</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="190"/>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="191"/>
        <source>签署人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="192"/>
        <source>办公时间</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="193"/>
        <source>费用审批额度</source>
        <translation>Cost approval threshold</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="194"/>
        <source>关键任务预警余量（分钟）</source>
        <translation>Critical-task warning margin (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="195"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="196"/>
        <source>流程</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="197"/>
        <source>修订说明</source>
        <translation>Revision note</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="199"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="200"/>
        <source>上班</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="201"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="202"/>
        <source>通知原文</source>
        <translation>Notice text</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="203"/>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="204"/>
        <location filename="../../app/domain/audit_trail.py" line="205"/>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="206"/>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="208"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="209"/>
        <source>触发条件</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="210"/>
        <source>步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="211"/>
        <source>升级路径</source>
        <translation>Escalation path</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="212"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="213"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="214"/>
        <source>部门</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="216"/>
        <source>WIP 上限</source>
        <translation>WIP limit</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="217"/>
        <source>按泳道限制</source>
        <translation>Limit per lane</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="222"/>
        <source>密码已重置</source>
        <extracomment>Longest text kept of one value: a letter&apos;s clauses or an SOP&apos;s content are not copied whole.</extracomment>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="223"/>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="63"/>
        <source>执行专员</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="64"/>
        <source>后勤支持</source>
        <translation>Logistics support</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="65"/>
        <source>合规复核</source>
        <translation>Compliance reviewer</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="66"/>
        <source>主管</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="67"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="71"/>
        <source>待受理</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="72"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="73"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="74"/>
        <source>按期完成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="75"/>
        <source>逾期完成</source>
        <translation>Achieved late</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="76"/>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="77"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="87"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="88"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="89"/>
        <source>待复核</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="90"/>
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="92"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="172"/>
        <location filename="../../app/domain/vocabulary.py" line="91"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="100"/>
        <source>完成-开始</source>
        <extracomment>The board&apos;s columns: a cancelled task belongs to a closed case, which no board shows.</extracomment>
        <translation>Finish-to-start</translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="101"/>
        <source>开始-开始</source>
        <translation>Start-to-start</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="40"/>
        <source>加急版</source>
        <translation>Expedite</translation>
    </message>
    <message>
        <location filename="../../app/domain/sop_template.py" line="41"/>
        <source>常规版</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="26"/>
        <source>影响业务存续</source>
        <extracomment>Room the normal flow must leave before the deadline for the time to count as ample. A dimension scored this high (of 3) makes the urgency genuine: survival or a major loss.</extracomment>
        <translation>Business survival</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="27"/>
        <source>重大经济损失</source>
        <translation>Major financial loss</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="28"/>
        <source>市场机会丧失</source>
        <translation>Lost market opportunity</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="29"/>
        <source>内部管理需求</source>
        <translation>Internal management need</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="33"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="34"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="35"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="36"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="41"/>
        <source>常规办理</source>
        <translation>Normal handling</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="42"/>
        <source>专项加急（仅瓶颈环节）</source>
        <translation>Targeted expedite (bottleneck step only)</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="43"/>
        <source>全面加急</source>
        <translation>Full expedite</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="44"/>
        <source>加急也无法按期完成</source>
        <translation>Cannot be met even expedited</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="69"/>
        <source>特急</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="70"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/domain/urgency.py" line="71"/>
        <source>一般</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="28"/>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="29"/>
        <source>已收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="30"/>
        <source>有问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="34"/>
        <source>业务员初核</source>
        <translation>Clerk&apos;s first check</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="35"/>
        <source>主管复核</source>
        <translation>Supervisor review</translation>
    </message>
    <message>
        <location filename="../../app/domain/material_checklist.py" line="36"/>
        <source>法务终审</source>
        <translation>Legal final review</translation>
    </message>
    <message>
        <location filename="../../app/domain/cost_estimate.py" line="19"/>
        <source>加急服务费</source>
        <extracomment>Amounts a form takes: below one 万亿 yuan (and within a 64-bit count of fen).</extracomment>
        <translation>Expedite fee</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="27"/>
        <location filename="../../app/domain/cost_estimate.py" line="20"/>
        <source>加班费</source>
        <extracomment>The longest note on a cost line (the column&apos;s length). Overtime hours a single line may carry: a month of days and nights is already a typing error.</extracomment>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="28"/>
        <location filename="../../app/domain/cost_estimate.py" line="21"/>
        <source>专家溢价</source>
        <translation>Expert premium</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="29"/>
        <location filename="../../app/domain/cost_estimate.py" line="22"/>
        <source>特殊通道费</source>
        <translation>Channel fee</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="30"/>
        <location filename="../../app/domain/incident.py" line="25"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="34"/>
        <source>免收加急费</source>
        <translation>Expedite fee waived</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="35"/>
        <source>免费重新办理</source>
        <translation>Free redo</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="36"/>
        <source>承担罚款</source>
        <translation>Fine borne by the office</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_costs.py" line="37"/>
        <source>其他补偿</source>
        <translation>Other compensation</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="16"/>
        <source>加急服务确认书</source>
        <translation>Expedite service confirmation letter</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="17"/>
        <source>进度报告</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="18"/>
        <source>未能按期完成告知书</source>
        <translation>Notice of a missed deadline</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="19"/>
        <source>案件摘要</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="23"/>
        <source>甲方原因</source>
        <translation>Caused by the client</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="24"/>
        <source>乙方原因</source>
        <translation>Caused by the office</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_documents.py" line="25"/>
        <source>外部因素或不可抗力</source>
        <translation>External factors or force majeure</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="25"/>
        <source>目标达成</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="26"/>
        <source>流程效率</source>
        <translation>Process efficiency</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="27"/>
        <source>资源使用</source>
        <translation>Resource use</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="28"/>
        <source>沟通效果</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="29"/>
        <source>风险暴露</source>
        <translation>Risk exposure</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="33"/>
        <source>问题类型</source>
        <translation>Problem type</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="34"/>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="35"/>
        <source>解决方式</source>
        <translation>Kind of solution</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="36"/>
        <source>客户行业</source>
        <translation>Client industry</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="60"/>
        <source>复盘</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <location filename="../../app/domain/retrospective.py" line="61"/>
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
    <message>
        <location filename="../../app/domain/case_team.py" line="254"/>
        <source>讨论</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="255"/>
        <source>请求复核</source>
        <translation>Check request</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_team.py" line="256"/>
        <source>已复核</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="21"/>
        <source>里程碑通知</source>
        <translation>Milestone notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="22"/>
        <source>风险预警通知</source>
        <translation>Risk warning notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="23"/>
        <source>进度日报</source>
        <translation>Daily progress update</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_trail.py" line="120"/>
        <location filename="../../app/domain/client_notice.py" line="27"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="28"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="29"/>
        <source>邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="30"/>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="31"/>
        <source>上门</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="35"/>
        <source>待通知</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="36"/>
        <source>已超时</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="37"/>
        <source>按时通知</source>
        <translation>Notified on time</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="38"/>
        <source>逾时通知</source>
        <translation>Notified late</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="43"/>
        <source>客户名称</source>
        <extracomment>The placeholders a template may use, with what each is filled with.</extracomment>
        <translation>Client name</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="44"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="45"/>
        <source>案件事项</source>
        <translation>Case matter</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="46"/>
        <source>刚完成的里程碑</source>
        <translation>The milestone just completed</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="47"/>
        <source>按当前计划的预计完成时间</source>
        <translation>Projected finish under the current plan</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="48"/>
        <source>客户要求的截止时间</source>
        <translation>The client&apos;s deadline</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="49"/>
        <source>风险原因或补充说明</source>
        <translation>Reason for the risk or further details</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="50"/>
        <source>最近完成的工作与下一步</source>
        <translation>Work recently completed and next steps</translation>
    </message>
    <message>
        <location filename="../../app/domain/client_notice.py" line="51"/>
        <source>通知人（或案件经理）</source>
        <translation>Person notifying (or the case manager)</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="16"/>
        <source>系统故障</source>
        <translation>System failure</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="17"/>
        <source>政策变动</source>
        <translation>Policy change</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="18"/>
        <source>材料被退回</source>
        <translation>Materials returned</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="19"/>
        <source>关键人员缺席</source>
        <translation>Key person absent</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="20"/>
        <source>客户撤回</source>
        <translation>Client withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="21"/>
        <source>自然灾害</source>
        <translation>Natural disaster</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="22"/>
        <source>网络安全事件</source>
        <translation>Cybersecurity incident</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="23"/>
        <source>客户投诉</source>
        <translation>Client complaint</translation>
    </message>
    <message>
        <location filename="../../app/domain/incident.py" line="24"/>
        <source>人为失误</source>
        <translation>Human error</translation>
    </message>
    <message>
        <location filename="../../app/domain/backup_rotation.py" line="28"/>
        <source>每日</source>
        <extracomment>A period&apos;s key (a day, a year and month): periods are sorted newest first.</extracomment>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../app/domain/backup_rotation.py" line="29"/>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../app/domain/backup_rotation.py" line="30"/>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location filename="../../app/domain/backup_rotation.py" line="31"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../app/domain/backup_rotation.py" line="32"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="17"/>
        <source>登记接待单</source>
        <translation>record intakes</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="18"/>
        <source>审批超过额度的费用</source>
        <translation>approve fees above the threshold</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="19"/>
        <source>批准补偿</source>
        <translation>approve compensation</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="20"/>
        <source>签署合规复核</source>
        <translation>sign off compliance reviews</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="21"/>
        <source>调整任务与计划</source>
        <translation>change tasks and plans</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="22"/>
        <source>结案</source>
        <translation>close cases</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="23"/>
        <source>删除案件</source>
        <translation>delete cases</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="24"/>
        <source>修改机构设置</source>
        <translation>change office settings</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="25"/>
        <source>管理账号与密码</source>
        <translation>manage accounts and passwords</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="28"/>
        <source>查看客户联系方式与证件号码</source>
        <translation>see clients&apos; contact details and ID numbers</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="30"/>
        <source>查看与导出审计记录</source>
        <translation>view and export the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="31"/>
        <source>备份数据库与从备份恢复</source>
        <translation>back up the database and restore from backups</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="32"/>
        <source>安排案件小组与他人的技能资料</source>
        <translation>arrange case teams and other people&apos;s skill profiles</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="33"/>
        <source>登记实际成本与失败记录</source>
        <translation>record actual costs and failures</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="34"/>
        <source>在案件动态中发言、请求与确认复核</source>
        <translation>post in case activity, request and confirm checks</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="35"/>
        <source>生成确认书与各类文书</source>
        <translation>generate confirmation letters and other documents</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="36"/>
        <source>登记客户签回的确认书</source>
        <translation>register confirmation letters signed by clients</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="37"/>
        <source>登记客户通知与客户反馈</source>
        <translation>log client notices and client feedback</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="38"/>
        <source>处理突发事件与 SLA 计时</source>
        <translation>handle incidents and SLA clocks</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="39"/>
        <source>编辑复盘与知识库</source>
        <translation>edit retrospectives and the knowledge base</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="40"/>
        <source>核对与复核案件材料</source>
        <translation>check and review case materials</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="53"/>
        <source>放假安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="54"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/domain/holiday_notice.py" line="56"/>
        <source>无法识别</source>
        <translation>Unreadable</translation>
    </message>
</context>
</TS>
