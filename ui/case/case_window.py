"""The case window (案件详情): one case's facts and risks at the top, and a tab for each part of its
running — team, activity feed, client notices, SLA clocks, incidents, feedback, costs and failure.

Tabs are built when first shown, so opening a case costs only its header. A write in any tab
(a panel's ``changed``) refreshes the header and the other tabs already built: logging a complaint,
say, opens an incident and a clock that those tabs must show.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.db.changes import Changes
from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.usecases.cases import CaseHeader, case_header
from app.usecases.dashboard import AtRiskCase, risk_of_case
from ui.case.case_panel import CasePanel
from ui.labels import joined_text, label
from ui.screen_fit import fit_to_screen, scrolling
from ui.worker import LatestRead

#: (key, module, class) of each tab, in order; the titles are in ``CaseWindow._titles``.
TABS = (
    ("team", "ui.case.team_panel", "TeamPanel"),
    ("activity", "ui.case.activity_panel", "ActivityPanel"),
    ("notices", "ui.case.notices_panel", "NoticesPanel"),
    ("clocks", "ui.case.clocks_panel", "ClocksPanel"),
    ("incidents", "ui.case.incidents_panel", "IncidentsPanel"),
    ("feedback", "ui.case.feedback_panel", "FeedbackPanel"),
    ("costs", "ui.case.costs_panel", "CostsPanel"),
    ("audit", "ui.case.audit_panel", "AuditPanel"),
)
TAB_KEYS = tuple(key for key, _module, _name in TABS)


class CaseWindow(QDialog):
    """Non-modal: a coordinator keeps several cases open beside the board."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._database = database
        self.case_id = case_id
        self._titles = {
            "team": self.tr("专属小组"),
            "activity": self.tr("案件动态"),
            "notices": self.tr("客户通知"),
            "clocks": self.tr("SLA 计时"),
            "incidents": self.tr("突发事件"),
            "feedback": self.tr("客户反馈"),
            "costs": self.tr("成本与失败处理"),
            "audit": self.tr("修改记录"),
        }
        self.header = QLabel(self.tr("正在读取案件…"))
        self.header.setObjectName("case_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.risks = QLabel()
        self.risks.setObjectName("case_risks")
        self.risks.setWordWrap(True)
        self.tabs = QTabWidget()
        self._panels: dict[str, CasePanel] = {}
        self._holders: list[QVBoxLayout] = []  # each tab's layout, its panel added on first use
        for key in TAB_KEYS:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder_layout)
            self.tabs.addTab(scrolling(holder), self._titles[key])  # a long tab scrolls on a short screen
        for number in range(1, len(TABS) + 1):
            QShortcut(QKeySequence(f"Alt+{number}"), self).activated.connect(
                lambda n=number: self.tabs.setCurrentIndex(n - 1)
            )
        self.tabs.currentChanged.connect(self._build_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.risks)
        layout.addWidget(self.tabs, 1)
        fit_to_screen(self, 1000, 680)
        self.reader = LatestRead(self)
        self.reader.failed.connect(self.header.setText)
        self.refresh_header()
        self._build_tab(0)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))
        self.panel(key).bring_forward()

    def panel(self, key: str) -> CasePanel:
        """The tab's panel, built on first use."""
        if key not in self._panels:
            _key, module, name = TABS[TAB_KEYS.index(key)]
            panel: CasePanel = getattr(importlib.import_module(module), name)(self._database, self.case_id)
            panel.setObjectName(f"panel_{key}")
            panel.changed.connect(lambda source=key: self._changed(source))
            self._holders[TAB_KEYS.index(key)].addWidget(panel)
            panel.show()  # added to a tab that may already be shown
            self._panels[key] = panel
        return self._panels[key]

    def _build_tab(self, index: int) -> None:
        self.panel(TAB_KEYS[index])

    def _changed(self, source: str) -> None:
        self.refresh_header()
        for key, panel in self._panels.items():
            if key != source:
                panel.refresh_when_shown()

    def reload(self) -> None:
        """Everything read again: another desk changed the case."""
        self._changed("")

    def apply_changes(self, changes: Changes) -> None:
        if self.case_id in changes.case_ids:
            self.reload()

    def refresh_header(self) -> None:
        """The case's facts and risks read again off the GUI thread (the risks take every rule's look
        at the case, ~30 ms on a large office; over a network more), then shown."""
        database, case_id, now = self._database, self.case_id, self._database.clock.now()
        self.reader.read(
            lambda: (case_header(database, case_id), risk_of_case(database, case_id, now)),
            lambda read: self._show_header(*read),
        )

    def _show_header(self, header: CaseHeader | None, risk: AtRiskCase | None) -> None:
        if header is None:  # deleted on another desk meanwhile
            self.header.setText(self.tr("案件已不存在"))
            return
        self.setWindowTitle(
            self.tr("案件 {number} — {client}").format(number=header.number, client=header.client)
        )
        finish = format_datetime(header.projected_finish) if header.projected_finish else "—"
        committed = ""
        if header.committed_finish is not None:  # the signed letter keeps its text; say when the plan moved
            moved = header.projected_finish is not None and header.projected_finish != header.committed_finish
            committed = (
                self.tr("　<span style='color:#b26a00'>确认书承诺：{date}（计划已变动）</span>")
                if moved
                else self.tr("　确认书承诺：{date}")
            ).format(date=format_datetime(header.committed_finish))
        self.header.setText(
            self.tr(
                "<b style='font-size:14pt'>{number}</b>　{title}<br>"
                "客户：{client}（{tier}）　业务：{service}　状态：{status}　项目经理：{manager}<br>"
                "截止：<b>{deadline}</b>　预计完成：{finish}　客户联系人：{contact}"
            ).format(
                number=header.number,
                title=header.title,
                client=header.client,
                tier=label(header.tier),
                service=label(header.service_type),
                status=label(header.status),
                manager=header.manager or self.tr("未指定"),
                deadline=format_datetime(header.deadline),
                finish=finish,
                contact=header.contact or "—",
            )
            + committed
        )
        if risk is None:
            self.risks.setStyleSheet("color: #2e7d32;")
            self.risks.setText(self.tr("✓ 目前没有已知风险") if header.status.is_open else "")
        else:
            self.risks.setStyleSheet(f"color: {'#c62828' if risk.severe else '#b26a00'};")
            self.risks.setText("⚠ " + joined_text(risk.reasons))
