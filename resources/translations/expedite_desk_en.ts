<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table_model.py" line="28"/>
        <source>案件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="29"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="30"/>
        <source>业务类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="31"/>
        <source>加急事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="32"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="33"/>
        <source>截止时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="34"/>
        <source>项目经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="35"/>
        <source>最近更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="102"/>
        <source>已超过客户要求的截止时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="36"/>
        <source>搜索案件编号、客户、事项、业务类型、状态或项目经理（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="41"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="43"/>
        <source>重新读取案件（F5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cases_view.py" line="92"/>
        <source>共 %n 个案件</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cases_view.py" line="95"/>
        <source>找到 {shown} 个，共 {total} 个案件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="42"/>
        <source>今日概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="45"/>
        <source>进行中的加急案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="45"/>
        <source>待确认与办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="46"/>
        <source>48 小时内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="46"/>
        <source>客户要求的截止时间临近</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="47"/>
        <source>已超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="47"/>
        <source>截止时间已过仍未结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="48"/>
        <source>受阻任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="48"/>
        <source>进行中案件里标为受阻的任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_view.py" line="55"/>
        <source>后续版本将在这里列出：我的待办、需要复盘的案件、SLA 计时与客户通知提醒、被 @ 的消息与关键决策。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="31"/>
        <source>欢迎使用加急工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="34"/>
        <source>请先填写本机构的信息，它们会打印在加急服务确认书上，以后可在“设置”中修改。带 * 的为必填项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="40"/>
        <source>同时载入示例数据（{cases} 个加急案件，便于熟悉功能）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="46"/>
        <source>开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="47"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="68"/>
        <source>正在生成示例数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="81"/>
        <source>示例数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="81"/>
        <source>示例数据生成失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <location filename="../../ui/office_profile_form.py" line="23"/>
        <source>机构名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="24"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="25"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="26"/>
        <source>签字人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="27"/>
        <source>印章文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="30"/>
        <source>如：明远企业服务有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="31"/>
        <source>打印在确认书抬头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="32"/>
        <source>手机或座机，如 021-58881234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="33"/>
        <source>代表本机构签署确认书的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="34"/>
        <source>如：明远企业服务有限公司 合同专用章</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="34"/>
        <source>有未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="35"/>
        <source>保存机构信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="38"/>
        <source>保存（Ctrl+S）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="45"/>
        <source>机构信息（打印在确认书上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="57"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="59"/>
        <source>语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="66"/>
        <source>数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="68"/>
        <source>数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="70"/>
        <source>打开数据文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="90"/>
        <source>未保存：请按提示修改后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="93"/>
        <source>已保存（{time}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_view.py" line="98"/>
        <source>重新启动加急工作台后生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <location filename="../../ui/pages/upcoming_view.py" line="14"/>
        <source>此功能尚在开发中，将在后续版本提供。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="33"/>
        <source>工商设立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="34"/>
        <source>工商变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="35"/>
        <source>工商注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="36"/>
        <source>税务申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="37"/>
        <source>税务变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="38"/>
        <source>清税</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="39"/>
        <source>出口退税</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="40"/>
        <source>资质许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="41"/>
        <source>海关备案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="42"/>
        <source>银行开户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="43"/>
        <source>商标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="44"/>
        <source>社保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="48"/>
        <source>基础</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="49"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="53"/>
        <source>前台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="54"/>
        <source>项目经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="55"/>
        <source>执行专员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="56"/>
        <source>合规复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="57"/>
        <source>主管</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="58"/>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="62"/>
        <source>待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="63"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="64"/>
        <source>按期完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="65"/>
        <source>逾期完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="66"/>
        <source>失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="67"/>
        <source>已撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="77"/>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="78"/>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="79"/>
        <source>待复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="80"/>
        <source>受阻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="81"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="85"/>
        <source>完成-开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/vocabulary.py" line="86"/>
        <source>开始-开始</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
