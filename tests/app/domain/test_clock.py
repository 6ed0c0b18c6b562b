"""The one clock every page and use case reads."""

from datetime import datetime, timedelta

from app.db.models import Case, Client, Staff
from app.domain.clock import Clock, FixedClock
from app.domain.vocabulary import CaseStatus
from app.usecases.case_team import save_staff_profile
from app.usecases.closing import close_case
from app.usecases.staff import list_staff
from tests.helpers import NOW, first_open_case


def test_the_computer_clock_is_to_the_second_and_its_minute_to_the_minute():
    before = datetime.now().replace(microsecond=0)
    now = Clock().now()
    assert before <= now <= datetime.now() and now.microsecond == 0
    minute = Clock().minute()
    assert minute.second == 0 and minute.microsecond == 0 and Clock().today() >= before.date()


def test_a_fixed_clock_shows_its_moment_until_it_is_set_or_moved_on():
    clock = FixedClock(NOW.replace(second=42, microsecond=5))
    assert clock.now() == NOW.replace(second=42) and clock.minute() == NOW and clock.today() == NOW.date()
    clock.advance(timedelta(days=2, minutes=5))
    assert clock.now() == NOW + timedelta(days=2, minutes=5, seconds=42)
    clock.set(datetime(2026, 12, 31, 23, 40, 7, 9))
    assert clock.now() == datetime(2026, 12, 31, 23, 40, 7) and clock.today().year == 2026


def test_records_are_stamped_by_the_databases_clock_not_the_servers(sample_database):
    """Seen: the cases list's 最近更新 read the database server's CURRENT_TIMESTAMP (UTC on SQLite,
    the wall clock, eight hours behind an office in China), not the office's clock."""
    case_id, _number = first_open_case(sample_database)
    close_case(sample_database, case_id, CaseStatus.WITHDRAWN, NOW, cancel_open_tasks=True)
    staff_id = next(member.id for member in list_staff(sample_database))
    save_staff_profile(sample_database, staff_id, ["税务"], "上海")
    with sample_database.unit_of_work() as session:
        assert session.get(Case, case_id).updated_at == NOW
        assert session.get(Staff, staff_id).updated_at == NOW
        session.add(client := Client(name="钟表测试有限公司", contact_person="王", phone="13800000000"))
        session.flush()
        assert client.created_at == client.updated_at == NOW
