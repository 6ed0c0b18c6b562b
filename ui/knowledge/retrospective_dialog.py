"""复盘: the review of a closed case on five dimensions, its facts, root cause, actions and lesson."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.retrospective import Dimension, ImprovementAction, RetrospectiveForm, TagKind
from app.domain.typed_moment import parse_date
from app.usecases.errors import ValidationFailed
from app.usecases.knowledge import case_timeline, client_industry, save_retrospective, tag_lists
from app.usecases.sop import list_templates
from ui.access import desk_person, login_tip
from ui.field_cell import ERROR_STYLE, FieldCell, button_row, show_problems, text_box
from ui.labels import label, message_text, template_name
from ui.operations import perform
from ui.screen_fit import fit_to_screen

WHAT, OWNER, DUE, TEMPLATE, CHANGE = range(5)


def tag_combo(name: str, values: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)  # a tag not yet in the list can be typed; the office curates the lists
    combo.addItems(["", *values])
    return combo


class RetrospectiveDialog(QDialog):
    """After ``exec()`` returns Accepted, ``entry_id`` is the knowledge-base entry it became."""

    def __init__(
        self, database: Database, case_id: int, number: str, author: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("retrospective_dialog")
        self.setWindowTitle(self.tr("复盘 — {number}").format(number=number))
        self._database, self._case_id = database, case_id
        self.entry_id: int | None = None
        self._cells: dict[str, FieldCell] = {}

        self.written_by = QLineEdit(author)
        self.written_by.setObjectName("written_by")
        if (person := desk_person(database)) is not None:  # the login reviews (save_retrospective records it)
            self.written_by.setText(person.name)
            self.written_by.setReadOnly(True)
            palette = self.written_by.palette()  # and looks it
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            self.written_by.setPalette(palette)
            self.written_by.setToolTip(login_tip())
        scores = QGroupBox(self.tr("五维评分（1 很差 … 5 很好）"))
        grid = QGridLayout(scores)
        self.scores: dict[Dimension, QSpinBox] = {}
        self.comments: dict[Dimension, QLineEdit] = {}
        for row, dimension in enumerate(Dimension):
            spin = QSpinBox()
            spin.setObjectName(f"score_{dimension.value}")
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("未评"))
            comment = QLineEdit()
            comment.setPlaceholderText(self.tr("说明"))
            grid.addWidget(QLabel(label(dimension)), row, 0)
            grid.addWidget(self._cell(f"score_{dimension.value}", spin), row, 1)
            grid.addWidget(comment, row, 2)
            self.scores[dimension], self.comments[dimension] = spin, comment
        self.timeline = text_box("timeline", "", 6)
        self.timeline.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX: grows with the dialog
        self.timeline.setPlainText("\n".join(map(message_text, case_timeline(database, case_id))))
        self.root_cause = text_box("root_cause", self.tr("根本原因：失败或延误为什么发生；成功的做对了什么"))

        self.action_table = QTableWidget(0, 5)  # not "actions": that is QWidget.actions()
        self.action_table.setObjectName("actions")
        self.action_table.setHorizontalHeaderLabels(
            [
                self.tr("改进措施"),
                self.tr("负责人"),
                self.tr("完成日期"),
                self.tr("修改的 SOP 模板"),
                self.tr("建议的 SOP 修改"),
            ]
        )
        self.action_table.horizontalHeader().setStretchLastSection(True)
        self.action_table.setColumnWidth(WHAT, 220)
        self._templates = [(s.code, s.name) for s in list_templates(database)]
        add = QPushButton(self.tr("添加措施"))
        add.clicked.connect(self.add_action)
        remove = QPushButton(self.tr("删除措施"))
        remove.clicked.connect(lambda: self.action_table.removeRow(self.action_table.currentRow()))

        tags = tag_lists(database)
        self.title = QLineEdit()
        self.title.setObjectName("entry_title")
        self.title.setPlaceholderText(self.tr("一句话写清教训，如：清税遇系统升级，提前预约避开窗口"))
        self.lesson = text_box("lesson", self.tr("下次怎么做"))
        self.tags = {kind: tag_combo(f"tag_{kind.value}", tags[kind]) for kind in TagKind}
        self.tags[TagKind.INDUSTRY].setCurrentText(client_industry(database, case_id))

        self.error = QLabel()
        self.error.setObjectName("retrospective_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        form = QFormLayout()
        form.addRow(self.tr("复盘人 *"), self._cell("written_by", self.written_by))
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(scores)
        left.addWidget(QLabel(self.tr("事实经过（已按案件记录填入，可修改）")))
        left.addWidget(self.timeline, 1)  # the spare height: the facts run long, a label keeps its box
        left.addWidget(QLabel(self.tr("根本原因 *")))
        left.addWidget(self._cell("root_cause", self.root_cause))
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("改进措施")))
        right.addWidget(self._cell("actions", self.action_table))
        right.addLayout(button_row([add, remove]))
        entry = QGroupBox(self.tr("存入知识库"))
        entry_form = QFormLayout(entry)
        entry_form.addRow(self.tr("标题 *"), self._cell("title", self.title))
        entry_form.addRow(self.tr("经验"), self.lesson)
        for kind, combo in self.tags.items():
            name = "problem_type" if kind is TagKind.PROBLEM else kind.value
            entry_form.addRow(
                label(kind) + (" *" if kind is TagKind.PROBLEM else ""), self._cell(name, combo)
            )
        right.addWidget(entry)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 1180, 760)

    def _cell(self, name: str, widget: QWidget) -> FieldCell:
        self._cells[name] = FieldCell(widget, f"{name}_error")
        return self._cells[name]

    def add_action(self, action: ImprovementAction | None = None) -> None:
        action = action or ImprovementAction("")
        table = self.action_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, WHAT, QTableWidgetItem(action.what))
        table.setItem(row, OWNER, QTableWidgetItem(action.owner))
        table.setItem(row, DUE, QTableWidgetItem(action.due_on.isoformat() if action.due_on else ""))
        combo = QComboBox()
        combo.addItem(self.tr("（不修改 SOP）"), "")
        for code, name in self._templates:
            combo.addItem(template_name(name), code)
        combo.setCurrentIndex(max(0, combo.findData(action.sop_template_code)))
        table.setCellWidget(row, TEMPLATE, combo)
        table.setItem(row, CHANGE, QTableWidgetItem(action.proposed_change))

    def _template_code(self, row: int) -> str:
        """The code of the SOP template chosen on ``row``; "" for none."""
        combo = self.action_table.cellWidget(row, TEMPLATE)
        return combo.currentData() if isinstance(combo, QComboBox) else ""

    def form(self) -> RetrospectiveForm:
        """The review as typed; a due date that does not parse is reported, not dropped."""
        actions, problems = [], []
        for row in range(self.action_table.rowCount()):

            def text(column: int, r: int = row) -> str:
                item = self.action_table.item(r, column)
                return item.text() if item else ""

            due = None
            if text(DUE).strip():
                try:
                    due = parse_date(text(DUE))
                except ValueError as error:
                    problems.append(
                        self.tr("第 {n} 条措施：{message}").format(n=row + 1, message=message_text(error))
                    )
            actions.append(
                ImprovementAction(
                    text(WHAT),
                    text(OWNER),
                    due,
                    False,
                    self._template_code(row),
                    text(CHANGE),
                )
            )
        self._date_problems = problems
        return RetrospectiveForm(
            written_by=self.written_by.text(),
            scores={d: spin.value() for d, spin in self.scores.items() if spin.value()},
            comments={d: edit.text() for d, edit in self.comments.items()},
            timeline=self.timeline.toPlainText(),
            root_cause=self.root_cause.toPlainText(),
            actions=actions,
            title=self.title.text(),
            lesson=self.lesson.toPlainText(),
            problem_type=self.tags[TagKind.PROBLEM].currentText(),
            risk_level=self.tags[TagKind.RISK_LEVEL].currentText(),
            solution_kind=self.tags[TagKind.SOLUTION].currentText(),
            industry=self.tags[TagKind.INDUSTRY].currentText(),
        )

    def save(self) -> None:
        form = self.form()
        try:
            if self._date_problems:
                raise ValidationFailed({"actions": self._date_problems[0]})
            now = self._database.clock.now()
            self.entry_id = perform(
                self, lambda: save_retrospective(self._database, self._case_id, form, now)
            )
        except ValidationFailed as failure:
            rest = show_problems(self._cells, failure.problems)
            shown = {name for name in self._cells if name in failure.problems}
            self.error.setText(rest or self.tr("有 {n} 处需要修改，已在对应位置标出").format(n=len(shown)))
            return
        self.accept()
