<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Qt's own dialogs in Chinese where the qtbase_zh_CN catalogue shipped with PySide6 falls short: since
  Qt 6 these labels carry a mnemonic ("&Look in:") that the catalogue only has without ("Look in:").
  The wording is the catalogue's own; the mnemonic goes in brackets as in its other labels
  ("文件名称(&N)："). Loaded after qtbase_zh_CN by ui.localization; tests/ui/test_qt_dialogs_chinese.py
  fails on any label of a file or print dialog left in English.
-->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
</TS>
