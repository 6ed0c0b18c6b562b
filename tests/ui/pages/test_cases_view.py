"""The cases page: search as you type, sorting, overdue cases in red."""

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.vocabulary import CaseStatus
from app.usecases.cases import list_case_rows
from app.usecases.closing import close_case
from tests.helpers import NOW, first_open_case
from ui.case_table_model import OVERDUE_COLOUR, CaseTableModel
from ui.pages.cases_view import CasesView

DEADLINE = CaseTableModel.COLUMNS.index("deadline")


def _view(qtbot, database) -> CasesView:
    view = CasesView(database)
    qtbot.addWidget(view)
    view.show()
    return view


def test_typing_filters_the_list_and_the_count_follows(qtbot, sample_database):
    view = _view(qtbot, sample_database)
    assert view.count_label.text() == "共 60 个案件"
    one = list_case_rows(sample_database)[5]
    qtbot.keyClicks(view.search, one.number)
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).id == one.id
    assert view.count_label.text() == "找到 1 个，共 60 个案件"


def test_several_words_must_all_match_in_any_column(qtbot, sample_database):
    view = _view(qtbot, sample_database)
    rows = list_case_rows(sample_database)
    target = rows[0]
    city = target.client_name[:2]
    view.search.insert(f"{city} {target.status.label}")  # Chinese arrives from the IME, not key clicks
    expected = {r.id for r in rows if city in r.client_name and r.status == target.status}
    assert {view.model.row_at(i).id for i in range(view.model.rowCount())} == expected
    view.search.clear()
    assert view.model.rowCount() == 60


def test_sorting_by_deadline_both_ways(qtbot, sample_database):
    view = _view(qtbot, sample_database)
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    deadlines = [view.model.row_at(i).requested_deadline for i in range(view.model.rowCount())]
    assert deadlines == sorted(deadlines)
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert view.model.row_at(0).requested_deadline == max(deadlines)


def test_open_cases_past_their_deadline_are_red(qtbot, sample_database):
    view = _view(qtbot, sample_database)
    view.model.set_cases(list_case_rows(sample_database), datetime(2030, 1, 1))
    colours = {}
    for row in range(view.model.rowCount()):
        case = view.model.row_at(row)
        brush = view.model.data(view.model.index(row, DEADLINE), Qt.ItemDataRole.ForegroundRole)
        colours[case.status.is_open] = colours.get(case.status.is_open, set()) | {
            brush.color().name() if brush else None
        }
    assert colours == {True: {OVERDUE_COLOUR.name()}, False: {None}}


def test_a_new_case_takes_its_place_in_the_sorted_list_without_a_reload(qtbot, sample_database):
    view = _view(qtbot, sample_database)
    rows = list_case_rows(sample_database)
    reset = []
    view.model.modelReset.connect(lambda: reset.append(True))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table.sortByColumn(DEADLINE, order)
        reset.clear()
        deadlines = sorted(r.requested_deadline for r in rows)
        middle = replace(rows[0], id=10_000 + order.value, requested_deadline=deadlines[30])
        view.model.add_case(middle)
        shown = [view.model.row_at(i) for i in range(view.model.rowCount())]
        assert not reset and len(shown) == 61 + (order is Qt.SortOrder.DescendingOrder)
        place = [r.id for r in shown].index(middle.id)
        keys = [r.requested_deadline for r in shown]
        assert keys == sorted(keys, reverse=order is Qt.SortOrder.DescendingOrder)
        assert shown[place - 1].requested_deadline != middle.requested_deadline  # first among equals


def test_the_priority_column_shows_sorts_and_finds_the_graded_priority(qtbot, sample_database):
    view = _view(qtbot, sample_database)
    column = CaseTableModel.COLUMNS.index("priority")
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "优先级"
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [view.model.index(row, column).data() for row in range(view.model.rowCount())]
    assert shown[0] == "特急" and shown[-1] == "一般" and {"特急", "紧急", "一般"} == set(shown)
    first = view.model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
    last = view.model.index(len(shown) - 1, column).data(Qt.ItemDataRole.ForegroundRole)
    assert first.color() != last.color()
    view.search.insert("特急")
    assert view.model.rowCount() == shown.count("特急")


def test_enter_in_the_search_or_down_then_enter_opens_the_only_case_found(qtbot, sample_database):
    view = _view(qtbot, sample_database)
    view.activateWindow()  # the keys and the focus are this window's
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    opened = []
    view.case_requested.connect(opened.append)
    one = list_case_rows(sample_database)[3]
    view.search.setFocus()
    qtbot.keyClicks(view.search, one.number)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened == [one.id]
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the list, then Enter opens it there too
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [one.id, one.id]
    view.search.setFocus()
    view.search.setText("JJ")  # several found: Enter goes into the list, opening nothing yet
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened == [one.id, one.id] and QApplication.focusWidget() is view.table


def test_close_is_disabled_on_a_closed_case_and_says_why(qtbot, sample_database):
    case_id, _number = first_open_case(sample_database)
    close_case(sample_database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    view = _view(qtbot, sample_database)
    view.select_case(case_id)
    assert not view.close_case_button.isEnabled()
    assert view.close_case_button.toolTip() == "该案件已结案（失败），不能再次结案"
    view.select_case(next(row.id for row in list_case_rows(sample_database) if row.status.is_open))
    assert (
        view.close_case_button.isEnabled()
        and "之后须在 24 个工作小时内复盘" in view.close_case_button.toolTip()
    )
