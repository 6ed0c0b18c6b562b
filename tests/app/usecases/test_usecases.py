"""Use cases on a real SQLite file: office profile, cases list, dashboard figures."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert

from app.db.models import Case, Client, Task
from app.domain.office_profile import OfficeProfileData
from app.domain.vocabulary import CaseStatus, ServiceType, TaskStatus
from app.usecases.cases import list_case_rows
from app.usecases.dashboard import dashboard_figures
from app.usecases.errors import ValidationFailed
from app.usecases.office import load_office_profile, save_office_profile
from tests.helpers import NOW


def test_office_profile_is_saved_trimmed_and_read_back(database):
    assert load_office_profile(database) is None
    save_office_profile(database, OfficeProfileData(" 明远企业服务有限公司 ", phone="021-58881234"))
    save_office_profile(database, OfficeProfileData("明远企业服务有限公司", signatory="周明远"))
    assert load_office_profile(database) == OfficeProfileData("明远企业服务有限公司", signatory="周明远")


def test_the_offices_credit_code_and_bank_account_are_kept_as_the_letter_prints_them(database):
    pasted = OfficeProfileData(
        "明远",
        credit_code="9131 0115 ma1h 7my8 x8",
        bank_name=" 招商银行上海张江支行 ",
        bank_account="1219 0988 7610 001",
    )
    save_office_profile(database, pasted)
    assert load_office_profile(database) == OfficeProfileData(
        "明远",
        credit_code="91310115MA1H7MY8X8",
        bank_name="招商银行上海张江支行",
        bank_account="121909887610001",
    )


def test_an_invalid_office_profile_is_refused_and_the_old_one_kept(database):
    save_office_profile(database, OfficeProfileData("明远企业服务有限公司"))
    with pytest.raises(ValidationFailed) as failure:
        save_office_profile(database, OfficeProfileData("", phone="123"))
    assert set(failure.value.problems) == {"name", "phone"}
    assert load_office_profile(database).name == "明远企业服务有限公司"


def test_the_cases_list_has_every_case_newest_first_with_names(sample_database):
    rows = list_case_rows(sample_database)
    assert len(rows) == 60
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert all(r.client_name.endswith("有限公司") and r.manager_name for r in rows)


def _case(session, number, deadline, status=CaseStatus.ACTIVE):
    client_id = session.execute(insert(Client).values(name=f"客户{number}").returning(Client.id)).scalar_one()
    return session.execute(
        insert(Case)
        .values(
            number=number, client_id=client_id, service_type=ServiceType.TAX_FILING, title="增值税申报加急",
            status=status, requested_deadline=deadline,
        )
        .returning(Case.id)
    ).scalar_one()  # fmt: skip


def test_dashboard_counts_open_due_soon_overdue_and_blocked(database):
    with database.unit_of_work() as session:
        overdue = _case(session, "JJ2026-00001", NOW - timedelta(hours=1))
        _case(session, "JJ2026-00002", NOW + timedelta(hours=47))
        _case(session, "JJ2026-00003", NOW + timedelta(days=5))
        _case(session, "JJ2026-00004", NOW - timedelta(days=3), CaseStatus.ACHIEVED)
        session.add(
            Task(case_id=overdue, name="提交申请", status=TaskStatus.BLOCKED, blocked_reason="系统升级")
        )
        session.add(Task(case_id=overdue, name="领取结果", status=TaskStatus.TODO))
    figures = dashboard_figures(database, NOW)
    assert (figures.open_cases, figures.due_soon, figures.overdue, figures.blocked_tasks) == (3, 1, 1, 1)


def test_dashboard_of_an_empty_office_is_all_zero(database):
    figures = dashboard_figures(database, datetime(2026, 1, 1))
    assert (figures.open_cases, figures.due_soon, figures.overdue, figures.blocked_tasks) == (0, 0, 0, 0)
