"""Sample notices and SLA clocks: sent, late, due and overdue notices; running, paused, stopped clocks."""

import random
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.db.models import Case, ClientNotice, SlaClockRecord, SlaPauseRecord, Task
from app.domain.client_notice import NoticeKind, NoticeStatus
from app.domain.sla import ClockState
from app.domain.vocabulary import OPEN_CASE_STATUSES
from app.sample.notices import generate_sample_notices
from app.sample.office import generate_sample_office
from app.usecases.client_notices import notices_due
from app.usecases.sla_clocks import running_clocks
from tests.helpers import NOW


def _counts(database):
    with database.unit_of_work() as session:
        notices = session.execute(
            select(
                ClientNotice.kind, ClientNotice.sent_at.is_not(None), ClientNotice.late_minutes.is_not(None)
            )
        ).all()
        clocks = session.scalar(select(func.count()).select_from(SlaClockRecord))
        return notices, clocks


@pytest.mark.slow
def test_sample_notices_and_clocks(large_sample_database):
    notices, clocks = _counts(large_sample_database)
    kinds = Counter(kind for kind, _, _ in notices)
    assert kinds[NoticeKind.MILESTONE] > 50 and kinds[NoticeKind.AT_RISK] > 0
    sent = [late for kind, was_sent, late in notices if kind is NoticeKind.MILESTONE and was_sent]
    assert 0.02 < sum(sent) / len(sent) < 0.2  # about 8 % late
    with large_sample_database.unit_of_work() as session:
        texts = session.scalars(select(ClientNotice.text).where(ClientNotice.sent_at.is_not(None))).all()
        assert all(text and "{" not in text for text in texts)
        doubled = session.scalar(
            select(func.count()).select_from(
                select(ClientNotice.task_id).where(ClientNotice.task_id.is_not(None))
                .group_by(ClientNotice.task_id).having(func.count() > 1).subquery()
            )
        )  # fmt: skip
        assert doubled == 0
        unsent_cases = session.scalars(
            select(Case.status).join(ClientNotice).where(ClientNotice.sent_at.is_(None))
        ).all()
        assert unsent_cases and all(status in OPEN_CASE_STATUSES for status in unsent_cases)
        undone = session.scalar(
            select(func.count()).select_from(ClientNotice).join(Task, Task.id == ClientNotice.task_id)
            .where(~Task.milestone)
        )  # fmt: skip
        assert undone == 0
        assert session.scalar(select(func.count()).select_from(SlaPauseRecord)) > 0
        stopped = (
            session.execute(
                select(SlaClockRecord.breach_minutes).where(SlaClockRecord.stopped_at.is_not(None))
            )
            .scalars()
            .all()
        )
        assert stopped and all(b is not None for b in stopped) and any(b > 0 for b in stopped)
    due = notices_due(large_sample_database, NOW)
    assert {n.state.status for n in due} <= {NoticeStatus.DUE, NoticeStatus.OVERDUE} and due
    running = running_clocks(large_sample_database, NOW)
    assert clocks > len(running) > 0
    assert ClockState.PAUSED in {c.state for c in running}


def _regenerate(database) -> tuple:
    with database.unit_of_work() as session:
        session.query(SlaPauseRecord).delete()
        session.query(SlaClockRecord).delete()
        session.query(ClientNotice).delete()
    generate_sample_notices(database, random.Random(3), NOW)
    return _counts(database)


def test_sample_is_the_same_for_the_same_seed(database):
    generate_sample_office(database, 60, seed=7, now=NOW)
    assert _regenerate(database) == _regenerate(database)
