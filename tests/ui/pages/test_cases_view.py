"""The cases page: search as you type, sorting, overdue cases in red."""

import threading
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.vocabulary import CaseStatus
from app.usecases.cases import list_case_rows
from app.usecases.closing import close_case
from tests.helpers import NOW, first_open_case
from tests.helpers.pages import cases_list
from ui.case_table_model import OVERDUE_COLOUR, CaseTableModel
from ui.pages import cases_view
from ui.pages.cases_view import CasesView

DEADLINE = CaseTableModel.COLUMNS.index("deadline")


def test_the_list_is_read_off_the_gui_thread_and_a_case_chosen_meanwhile_is_selected_when_it_arrives(
    qtbot, sample_database, monkeypatch
):
    read_on: list[threading.Thread] = []

    def noting_thread(database):
        read_on.append(threading.current_thread())
        return list_case_rows(database)

    monkeypatch.setattr(cases_view, "list_case_rows", noting_thread)
    view = CasesView(sample_database)
    qtbot.addWidget(view)
    view.show()  # 20,000 cases take half a second to read: the page paints first
    assert view.model.rowCount() == 0 and view.count_label.text() == "正在读取案件…"
    case_id, _number = first_open_case(sample_database)
    view.select_case(case_id)  # e.g. an intake saved before the list arrived
    qtbot.waitUntil(lambda: view.model.total_count() == 60)
    assert read_on and threading.main_thread() not in read_on
    assert view.selected_case_id() == case_id and view.count_label.text() == "共 60 个案件"


def test_typing_filters_the_list_and_the_count_follows(qtbot, sample_database):
    view = cases_list(qtbot, sample_database)
    assert view.count_label.text() == "共 60 个案件"
    one = list_case_rows(sample_database)[5]
    qtbot.keyClicks(view.search, one.number)
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).id == one.id
    assert view.count_label.text() == "找到 1 个，共 60 个案件"


def test_several_words_must_all_match_in_any_column(qtbot, sample_database):
    view = cases_list(qtbot, sample_database)
    rows = list_case_rows(sample_database)
    target = rows[0]
    city = target.client_name[:2]
    view.search.insert(f"{city} {target.status.label}")  # Chinese arrives from the IME, not key clicks
    expected = {r.id for r in rows if city in r.client_name and r.status == target.status}
    assert {view.model.row_at(i).id for i in range(view.model.rowCount())} == expected
    view.search.clear()
    assert view.model.rowCount() == 60


def test_sorting_by_deadline_both_ways(qtbot, sample_database):
    view = cases_list(qtbot, sample_database)
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    deadlines = [view.model.row_at(i).requested_deadline for i in range(view.model.rowCount())]
    assert deadlines == sorted(deadlines)
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert view.model.row_at(0).requested_deadline == max(deadlines)


def test_open_cases_past_their_deadline_are_red(qtbot, sample_database):
    view = cases_list(qtbot, sample_database)
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
    view = cases_list(qtbot, sample_database)
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


def test_a_list_read_again_redraws_changed_rows_in_place_and_moved_ones_with_the_selection(
    qtbot, sample_database
):
    view = cases_list(qtbot, sample_database)
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    rows = list_case_rows(sample_database)
    chosen = view.model.row_at(10)
    view.select_case(chosen.id)
    signals: list[str] = []
    view.model.modelReset.connect(lambda: signals.append("reset"))
    view.model.layoutChanged.connect(lambda: signals.append("moved"))
    view.model.dataChanged.connect(lambda *_: signals.append("redrawn"))

    retitled = [replace(r, title="补交材料后重新申报") if r.id == chosen.id else r for r in rows]
    view.model.set_cases(retitled, NOW)
    assert signals == ["redrawn"]  # no reset: the list keeps its place (a reset of 20,000 rows stalls)
    assert view.model.row_at(10).title == "补交材料后重新申报"
    assert view.selected_case_id() == chosen.id

    latest = max(r.requested_deadline for r in rows)
    later = [replace(r, requested_deadline=latest.replace(year=latest.year + 1)) if r.id == chosen.id else r
             for r in retitled]  # fmt: skip
    signals.clear()
    view.model.set_cases(later, NOW)
    assert signals == ["moved"]
    assert view.model.row_at(view.model.rowCount() - 1).id == chosen.id
    assert view.selected_case_id() == chosen.id  # the selection went with the case

    view.table.sortByColumn(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert view.model.row_at(0).id == chosen.id and view.selected_case_id() == chosen.id

    signals.clear()
    view.model.set_cases(later[1:], NOW)  # another desk's change took a case away: the rows are others
    assert signals == ["reset"] and view.model.rowCount() == len(rows) - 1


def test_the_priority_column_shows_sorts_and_finds_the_graded_priority(qtbot, sample_database):
    view = cases_list(qtbot, sample_database)
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
    view = cases_list(qtbot, sample_database)
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
    view = cases_list(qtbot, sample_database)
    view.select_case(case_id)
    assert not view.close_case_button.isEnabled()
    assert view.close_case_button.toolTip() == "该案件已结案（失败），不能再次结案"
    view.select_case(next(row.id for row in list_case_rows(sample_database) if row.status.is_open))
    assert (
        view.close_case_button.isEnabled()
        and "之后须在 24 个工作小时内复盘" in view.close_case_button.toolTip()
    )
