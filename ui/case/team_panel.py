"""专属小组: the case team as a table of members and their parts, a member added from the staff list
or from suggestions ranked by skill, region and load, and the team saved with its rules checked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.case_team import TEAM_ROLES, may_play, suggest
from app.domain.permissions import Permission
from app.domain.vocabulary import StaffRole
from app.usecases.case_team import CaseTeamView, PoolMember, case_team, resource_pool, save_team
from app.usecases.errors import UseCaseError, ValidationFailed
from ui.access import allow_only
from ui.case.case_panel import CasePanel
from ui.field_cell import error_label
from ui.labels import hours_text, label, message_text, person_text
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel, row_table


class TeamTableModel(RowTableModel):
    """Rows: (part, PoolMember)."""

    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("本案角色"),
            self.tr("姓名"),
            self.tr("岗位"),
            self.tr("技能"),
            self.tr("地区"),
            self.tr("当前负载"),
        ]
        super().__init__(headers, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        part, member = self._rows[index.row()]
        return (
            label(part),
            member.name,
            label(member.role),
            "、".join(member.skills),
            member.region,
            self.tr("{count} 项 / {hours} 小时").format(
                count=member.open_tasks, hours=hours_text(member.open_minutes)
            ),
        )[index.column()]


class TeamPanel(CasePanel):
    """The case window's 专属小组 tab; ``changed`` when the team was saved."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("team_panel", database, case_id, parent, to_the_second=True)
        self._team: CaseTeamView | None = None
        self._pool: dict[int, PoolMember] = {}
        self.members: list[tuple[int, StaffRole]] = []  # as edited, saved by save()

        self.heading = QLabel()
        self.model = TeamTableModel(self)
        self.table = row_table(self.model, "team_members")
        self.error = error_label("team_error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.part = QComboBox()
        self.part.setObjectName("team_part")
        for part in TEAM_ROLES:
            self.part.addItem(label(part), part.value)
        self.part.currentIndexChanged.connect(lambda _i: self._part_chosen())
        self.person = QComboBox()
        self.person.setObjectName("team_person")
        add = QPushButton(self.tr("加入小组"))
        add.setObjectName("team_add")
        add.clicked.connect(lambda: self.add_member())  # not clicked(checked): False is no staff id
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("team_suggestions")
        self.suggestions.setToolTip(self.tr("按技能、地区与当前负载排序；双击或回车加入"))
        self.suggestions.itemActivated.connect(self._add_suggested)
        remove = QPushButton(self.tr("移出"))
        remove.setToolTip(self.tr("移出所选成员（Delete）"))
        remove.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table).activated.connect(self.remove_selected)
        save = QPushButton(self.tr("保存小组"))
        save.setObjectName("team_save")
        save.setToolTip(self.tr("保存小组（Ctrl+S）"))
        save.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.save_button = save
        # Who may not arrange teams sees the team and the suggestions, and changes nothing.
        editors = (self.part, self.person, add, remove, save)
        self._may_arrange = allow_only(database, Permission.MANAGE_TEAM, *editors)

        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(save)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("角色"), self.part)
        form.addRow(self.tr("人员"), self.person)
        form.addRow("", add)
        right = QVBoxLayout()
        right.addWidget(self.error)
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("建议人选")))
        right.addWidget(self.suggestions, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.refresh()

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the team and the resource pool again off the GUI thread (the pool weighs every
        person's load: 0.1 s on a large office); unsaved edits are dropped when they arrive."""
        self.error.clear()
        database, case_id, now = self._database, self._case_id, self.now()
        self.reader.read(lambda: (case_team(database, case_id), resource_pool(database, now)), self._show)

    def _show(self, read: tuple[CaseTeamView, list[PoolMember]]) -> None:
        team, pool = read
        self._team, self._pool = team, {m.id: m for m in pool}
        self.heading.setText(
            self.tr("{number} · {service} · 地区：{region}").format(
                number=team.number, service=label(team.service_type), region=team.region or self.tr("未填")
            )
        )
        self._fill_people()
        self.members = [(m.staff_id, m.part) for m in team.members]
        self._show_members()

    def _show_members(self) -> None:
        rows = [(part, self._pool[staff_id]) for staff_id, part in self.members if staff_id in self._pool]
        self.model.set_rows(rows)
        self._show_suggestions()

    def _part_chosen(self) -> None:
        self._fill_people()
        self._show_suggestions()

    def _fill_people(self) -> None:
        """Only who may play the chosen part (the front desk and the admin carry no case tasks)."""
        part = self._chosen_part()
        self.person.clear()
        for member in self._pool.values():
            if may_play(part, member.role):
                self.person.addItem(person_text(member.name, member.role), member.id)

    def _chosen_part(self) -> StaffRole:
        return StaffRole(self.part.currentData())

    def _show_suggestions(self) -> None:
        self.suggestions.clear()
        if self._team is None:
            return
        ranked = suggest(
            (m.candidate() for m in self._pool.values()),
            self._team.service_type.label,
            self._team.region,
            self._chosen_part(),
            {staff_id for staff_id, _ in self.members},
        )
        for suggestion in ranked:
            item = QListWidgetItem(f"{suggestion.candidate.name} — {message_text(suggestion.reasons)}")
            item.setData(Qt.ItemDataRole.UserRole, suggestion.candidate.staff_id)
            self.suggestions.addItem(item)

    # -- editing ----------------------------------------------------------------------------------
    def add_member(self, staff_id: int | None = None) -> bool:
        """Put the chosen person (or ``staff_id``) in the chosen part; refused if already on the team."""
        staff_id = self.person.currentData() if staff_id is None else staff_id
        if staff_id is None or not self._may_arrange:
            return False
        part = self._chosen_part()
        current = next((p for s, p in self.members if s == staff_id), None)
        if current is not None:
            self.error.setText(
                self.tr("{name} 已在小组中（{part}），一人只担任一个角色；请先移出").format(
                    name=self._pool[staff_id].name, part=label(current)
                )
            )
            return False
        self.members.append((staff_id, part))
        self.members.sort(key=lambda member: TEAM_ROLES.index(member[1]))
        self.error.clear()
        self._show_members()
        return True

    def _add_suggested(self, item: QListWidgetItem) -> None:
        self.add_member(item.data(Qt.ItemDataRole.UserRole))

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or not self._may_arrange:
            return
        _part, member = self.model.row_at(index.row())
        self.members = [(s, p) for s, p in self.members if s != member.id]
        self._show_members()

    def save(self) -> bool:
        """Store the team as edited; a problem is shown beside the table and the edits are kept."""
        if self._team is None:
            return False
        members, now, version = list(self.members), self.now(), self._team.version
        try:
            perform(self, lambda: save_team(self._database, self._case_id, members, now, version))
        except ValidationFailed as failure:
            self.error.setText("\n".join(message_text(p) for p in failure.problems.values()))
            return False
        except UseCaseError as error:
            self.refresh()  # the team as stored (as the other desk saved it)
            self.error.setText(message_text(error))
            return False
        self.refresh()
        self.changed.emit()
        return True
