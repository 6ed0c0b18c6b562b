"""Importing the State Council's holiday notice: stored as the office's official year (audited), no
longer 预估, every open case whose schedule it changes rescheduled (the signed letter keeps its
promise), and a malformed notice refused with its line named and nothing saved."""

from datetime import date, datetime
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Table, insert, select

from app.db.database import Database
from app.db.models import (
    AuditEntry,
    Case,
    Client,
    HolidayNoticeRecord,
    LetterVersion,
    Staff,
    StoredDocument,
    Task,
)
from app.domain.case_documents import DocumentKind
from app.domain.permissions import Actor
from app.domain.vocabulary import CaseStatus, ServiceType, StaffRole, TaskStatus
from app.usecases.access import NotPermitted
from app.usecases.calendar import load_working_calendar
from app.usecases.cases import case_header
from app.usecases.errors import ValidationFailed
from app.usecases.holiday_notices import (
    FILE_LIMIT,
    delete_holiday_notice,
    import_holiday_notice,
    list_holiday_notices,
    notice_source_text,
    read_notice_file,
    year_days,
)
from app.usecases.planning import store_schedules
from tests.helpers import HOLIDAY_NOTICES

NOTICE_2026 = (HOLIDAY_NOTICES / "2026.txt").read_text(encoding="utf-8")
#: A 2027 notice written for these tests in the official form: the real one is not out yet.
NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）上班。
五、端午节：6月9日（周三）放假1天，不调休。
六、中秋节：9月15日（周三）放假1天，不调休。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
"""
START = datetime(2027, 4, 28, 9, 0)  # a Wednesday before Labour Day


def log_in_admin(database: Database, name: str = "周明远") -> Actor:
    """An admin put on the staff of an empty office and logged in, so records name who did it."""
    staff = cast(Table, Staff.__table__)
    with database.unit_of_work() as session:  # on the connection: setting up the test, not audited
        insert_admin = insert(staff).values(name=name, role=StaffRole.ADMIN, username="admin")
        staff_id = session.connection().execute(insert_admin.returning(staff.c.id)).scalar_one()
    database.actor = Actor(staff_id, name, StaffRole.ADMIN, "admin")
    return database.actor


@pytest.fixture
def office(database):
    """The empty office with its admin logged in: the notice names who imported it."""
    log_in_admin(database)
    return database


def case_over_labour_day(database) -> int:
    """An open case of ten working days of work from START, signed for as the estimate scheduled it."""
    with database.unit_of_work() as session:
        client = session.execute(
            insert(Client).values(name="明远贸易有限公司").returning(Client.id)
        ).scalar_one()
        case = Case(
            number="JJ2027-00001",
            client_id=client,
            service_type=ServiceType.TAX_FILING,
            title="出口退税加急",
            status=CaseStatus.ACTIVE,
            requested_deadline=datetime(2027, 6, 30, 18),
        )
        session.add(case)
        session.flush()
        case_id = case.id
        session.add(
            Task(case_id=case_id, name="备齐材料并申报", status=TaskStatus.TODO, duration_minutes=10 * 450)
        )
        session.flush()
        store_schedules(session, [case_id], load_working_calendar(database), START)
        session.add(StoredDocument(sha256="0" * 64, size=0))
        session.flush()
        signed = LetterVersion(
            case_id=case_id,
            kind=DocumentKind.CONFIRMATION.value,
            version=1,
            document_number="QR-JJ2027-00001-V1",
            file_name="QR.pdf",
            sha256="0" * 64,
            size=0,
            committed_finish=datetime(2027, 5, 13, 18),
            created_at=START,
        )
        signed.signed_on, signed.received_by = date(2027, 4, 28), "前台"
        session.add(signed)
    return case_id


def test_the_2026_notice_imported_changes_nothing_and_agrees_with_chinesecalendar(office):
    result = import_holiday_notice(office, NOTICE_2026, datetime(2025, 11, 5, 9))
    assert result.preview.changes == [] and result.rescheduled == []
    (stored,) = list_holiday_notices(office)
    assert (stored.year, stored.title, stored.imported_by) == (
        2026,
        "国务院办公厅关于2026年部分节假日安排的通知",
        "周明远",
    )
    assert stored.library_differences == []
    assert notice_source_text(office, 2026) == NOTICE_2026
    calendar = load_working_calendar(office)
    assert calendar.day(date(2026, 10, 10)).source == stored.title and calendar.day(date(2026, 10, 10)).makeup
    with office.unit_of_work() as session:
        entities = session.scalars(select(AuditEntry.entity).where(AuditEntry.entity.like("holiday_notice%")))
        assert sorted(set(entities)) == ["holiday_notice", "holiday_notice_day"]
        line = session.scalars(
            select(AuditEntry.new_value).where(AuditEntry.entity == "holiday_notice")
        ).one()
    assert line == "年份：2026；标题：国务院办公厅关于2026年部分节假日安排的通知；导入人：周明远"


def test_a_2027_notice_replaces_the_estimate_and_reschedules_the_cases_it_moves(office):
    case_id = case_over_labour_day(office)
    assert case_header(office, case_id).projected_finish == datetime(2027, 5, 13, 18)  # with the 补假
    assert load_working_calendar(office).year_estimated(2027)

    result = import_holiday_notice(office, NOTICE_2027, START)

    assert [(c.number, c.old_finish, c.new_finish, c.committed_finish) for c in result.rescheduled] == [
        ("JJ2027-00001", datetime(2027, 5, 13, 18), datetime(2027, 5, 14, 18), datetime(2027, 5, 13, 18))
    ]  # 5 May is a day off too, the Sunday before a make-up working day
    header = case_header(office, case_id)
    assert (header.projected_finish, header.committed_finish) == (
        datetime(2027, 5, 14, 18),
        datetime(2027, 5, 13, 18),
    )
    calendar = load_working_calendar(office)
    assert not calendar.year_estimated(2027) and not calendar.is_estimated(date(2027, 3, 1))
    assert calendar.day(date(2027, 4, 25)).makeup
    assert [d.day for d in year_days(office, 2027) if d.working] == [
        date(2027, 2, 20), date(2027, 4, 25), date(2027, 9, 26), date(2027, 10, 9)
    ]  # fmt: skip
    assert (
        import_holiday_notice(office, NOTICE_2027, START).rescheduled == []
    )  # the same again: nothing moves

    assert delete_holiday_notice(office, 2027, START)[0].new_finish == datetime(2027, 5, 13, 18)
    assert load_working_calendar(office).year_estimated(2027) and list_holiday_notices(office) == []
    assert delete_holiday_notice(office, 2027, START) == []  # already withdrawn


def test_a_corrected_notice_replaces_the_earlier_one_in_the_audit_trail(office):
    import_holiday_notice(office, NOTICE_2027, START)
    corrected = NOTICE_2027.replace("2月20日（周六）上班", "2月20日（周六）、2月21日（周日）上班")
    result = import_holiday_notice(office, corrected, START)
    assert result.preview.replaces == "国务院办公厅关于2027年部分节假日安排的通知"
    assert [(before.day, after.working) for before, after in result.preview.changes] == [
        (date(2027, 2, 21), True)
    ]
    with office.unit_of_work() as session:
        actions = session.execute(
            select(AuditEntry.action).where(AuditEntry.entity == "holiday_notice").order_by(AuditEntry.id)
        ).scalars()
        assert list(actions) == ["insert", "delete", "insert"]
        assert session.scalar(select(HolidayNoticeRecord.source_text)) == corrected


def test_a_malformed_notice_is_refused_with_its_line_named_and_nothing_saved(office):
    wrong = NOTICE_2027.replace("共8天", "共7天")
    with pytest.raises(ValidationFailed) as refused:
        import_holiday_notice(office, wrong, START)
    assert refused.value.problems["notice"] == "第 3 行（二、春节）：写明共7天，但2月5日至2月12日是8天"
    assert list_holiday_notices(office) == []


def test_a_dry_run_checks_and_lists_without_saving(office):
    result = import_holiday_notice(office, NOTICE_2027, START, dry_run=True)
    assert len(result.preview.changes) == 13 and result.rescheduled == []
    assert [d.day for d in result.preview.arrangement][:3] == [
        date(2027, 1, 1),
        date(2027, 1, 2),
        date(2027, 1, 3),
    ]
    assert list_holiday_notices(office) == []


def test_only_a_role_that_may_change_settings_imports(office):
    office.actor = Actor(7, "韩立", StaffRole.SPECIALIST, "hanli")
    with pytest.raises(NotPermitted):
        import_holiday_notice(office, NOTICE_2027, START)
    with pytest.raises(NotPermitted):
        delete_holiday_notice(office, 2027, START)


def test_notice_files_are_read_in_either_encoding_and_bad_ones_explained(tmp_path: Path):
    gbk = tmp_path / "通知.txt"
    gbk.write_bytes(NOTICE_2027.encode("gb18030"))
    assert read_notice_file(gbk) == NOTICE_2027
    utf8 = tmp_path / "通知.html"
    utf8.write_bytes("\ufeff<p>一、元旦</p>".encode())
    assert read_notice_file(utf8) == "<p>一、元旦</p>"
    with pytest.raises(ValidationFailed, match="无法读取 没有.txt"):
        read_notice_file(tmp_path / "没有.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b" " * (FILE_LIMIT + 1))
    with pytest.raises(ValidationFailed, match="太大"):
        read_notice_file(big)
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes([0x81, 0x30, 0xFF, 0xFF]))
    with pytest.raises(ValidationFailed, match="既不是 UTF-8 也不是 GB18030"):
        read_notice_file(binary)


def test_chinesecalendar_disagreeing_with_an_imported_year_is_listed(office):
    doctored = NOTICE_2026.replace("、10月10日（周六）上班", "上班")  # the library has 10 October worked
    import_holiday_notice(office, doctored, datetime(2025, 11, 5, 9))
    (stored,) = list_holiday_notices(office)
    assert [(ours.day, ours.working, library.working) for ours, library in stored.library_differences] == [
        (date(2026, 10, 10), False, True)
    ]
