"""资源池: the office's staff with role, skills, region and current load (open tasks, the working hours
left on them, the open cases they are on), sortable and filtered as you type; a person's skills and
region edited in a small dialog (double-click or Enter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.case_team import parse_skills
from app.domain.permissions import Permission
from app.usecases.access import NotPermitted
from app.usecases.case_team import PoolMember, resource_pool, save_staff_profile
from app.usecases.errors import ValidationFailed
from ui.access import allow_only, desk_person
from ui.field_cell import FieldCell, ok_cancel_layout, show_problems
from ui.labels import hours_text, label, message_text
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel
from ui.screen_fit import fit_to_screen

NAME, ROLE, SKILLS, REGION, TASKS, HOURS, CASES = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole


class PoolTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("姓名"),
            self.tr("岗位"),
            self.tr("技能"),
            self.tr("地区"),
            self.tr("在办任务"),
            self.tr("剩余工时（小时）"),
            self.tr("在办案件"),
        ]
        super().__init__(headers, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member: PoolMember = self._rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            raw = (member.name, label(member.role), "、".join(member.skills), member.region)
            return (
                raw[column]
                if column < TASKS
                else (member.open_tasks, member.open_minutes, member.cases)[column - TASKS]
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                member.name,
                label(member.role),
                "、".join(member.skills),
                member.region,
                str(member.open_tasks),
                hours_text(member.open_minutes),
                str(member.cases),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= TASKS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StaffProfileDialog(QDialog):
    """A person's skills (comma or 、 separated) and region; stays open on a problem. Read-only for
    another person's profile unless the login arranges teams."""

    def __init__(
        self, database: Database, member: PoolMember, regions: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staff_profile_dialog")
        self.setWindowTitle(self.tr("技能与地区 — {name}").format(name=member.name))
        self._database, self.member = database, member
        self.skills = QLineEdit("、".join(member.skills))
        self.skills.setObjectName("profile_skills")
        self.skills.setPlaceholderText(self.tr("如：清税、税务申报、工商设立（逗号或顿号分隔）"))
        self.region = QComboBox()
        self.region.setObjectName("profile_region")
        self.region.setEditable(True)  # a new region can be typed
        self.region.addItems(["", *regions])
        self.region.setCurrentText(member.region)
        self.cells = {
            "skills": FieldCell(self.skills),
            "region": FieldCell(self.region, "profile_region_error"),
        }
        form = QFormLayout()
        form.addRow(self.tr("姓名"), QLabel(f"{member.name}（{label(member.role)}）"))
        form.addRow(self.tr("技能"), self.cells["skills"])
        form.addRow(self.tr("地区"), self.cells["region"])
        ok_cancel_layout(self, form)
        person = desk_person(database)
        buttons = self.findChild(QDialogButtonBox)
        if buttons is not None and (person is None or person.staff_id != member.id):  # one's own is one's
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            allow_only(database, Permission.MANAGE_TEAM, self.skills, self.region, ok)
        fit_to_screen(self, 480, 180)

    def accept(self) -> None:
        database, staff_id, region = self._database, self.member.id, self.region.currentText()
        try:
            skills = parse_skills(self.skills.text())
            perform(self, lambda: save_staff_profile(database, staff_id, skills, region))
        except ValidationFailed as failure:
            problems = dict(failure.problems)
            if "staff" in problems:  # the person was deleted meanwhile: said under the first field
                problems["skills"] = problems.pop("staff")
            show_problems(self.cells, problems)
            return
        except NotPermitted as refusal:  # the profile as stored, the refusal under it
            self.skills.setText("、".join(self.member.skills))
            self.region.setCurrentText(self.member.region)
            show_problems(self.cells, {"skills": message_text(refusal)})
            return
        super().accept()


class ResourcePoolView(QWidget):
    """Signals:
    changed(): a person's skills or region were saved.
    """

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resource_pool_view")
        self._database = database
        self._loaded = False
        self.dialog: StaffProfileDialog | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("pool_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("筛选：姓名、岗位、技能、地区（Ctrl+F）"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        self.model = PoolTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("pool_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HOURS, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(SKILLS, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_selected())  # double-click or Enter
        hint = QLabel(self.tr("负载为未结案件中未完成的任务；双击或回车编辑技能与地区。"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._loaded = True
        self.model.set_rows(resource_pool(self._database, self._database.clock.now()))

    def member_at(self, proxy_row: int) -> PoolMember:
        return self.model.row_at(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def edit_selected(self) -> StaffProfileDialog | None:
        """Open the profile dialog of the selected person (window-modal; saving reloads the list)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        member = self.member_at(index.row())
        regions = sorted({self.model.row_at(r).region for r in range(self.model.rowCount())} - {""})
        self.dialog = StaffProfileDialog(self._database, member, regions, self)
        self.dialog.accepted.connect(lambda: self._saved(member.id))
        self.dialog.open()
        return self.dialog

    def _saved(self, staff_id: int) -> None:
        self.refresh()
        for row in range(self.proxy.rowCount()):
            if self.member_at(row).id == staff_id:
                self.table.selectRow(row)
        self.changed.emit()
