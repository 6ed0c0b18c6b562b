"""Signatures at this desk: who a record names as having reviewed, approved or accepted something.

The person logged in signs for themselves. Another person signs at this desk (现场授权) only by
typing their own password here: ``countersign`` checks it as a login does (a wrong one counts toward
their lockout) and lets the next save of this desk name them, once, within a few minutes. The save
records who signed and at whose desk (app/db/audited_session.py ``record_note``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db.audited_session import record_note
from app.db.database import Database
from app.domain.message import Message
from app.domain.permissions import Actor
from app.domain.vocabulary import QT_TRANSLATE_NOOP, StaffRole
from app.usecases.accounts import login
from app.usecases.errors import ValidationFailed

#: How long a signature given at the desk waits for the save it was given for.
COUNTERSIGN_VALID = timedelta(minutes=10)
_GIVEN = "countersigned"  # the Database's attribute: staff id → (their Actor, when they signed)


class WrongSigner(ValidationFailed):
    """The person typed has not the role the signature needs; nothing is recorded."""


def countersign(
    database: Database, username: str, password: str, roles: Iterable[StaffRole], now: datetime
) -> Actor:
    """``username`` signs at this desk with ``password``, as one of ``roles``.

    Raises:
        LoginFailed: wrong name or password, locked, deactivated (counted as a failed login).
        WrongSigner: ``password`` keyed the form, the role cannot sign this.
    """
    signer = login(database, username, password, now)
    wanted = tuple(roles)
    if signer.role not in wanted:
        refusal = QT_TRANSLATE_NOOP("messages", "{name}（{role}）不能签此项，须由{roles}签字")
        raise WrongSigner({"password": Message(refusal, name=signer.name, role=signer.role, roles=wanted)})
    _given(database)[signer.staff_id] = (signer, now)
    return signer


def _given(database: Database) -> dict[int, tuple[Actor, datetime]]:
    if not hasattr(database, _GIVEN):
        setattr(database, _GIVEN, {})
    return getattr(database, _GIVEN)


def take_signatures(
    database: Database, session: Session, signers: dict[str, int | None], now: datetime, case_id: int | None
) -> None:
    """Check that each new signer (field → staff id) is the person logged in or signed at this desk
    just now, and record the latter in the audit trail; each desk signature serves one committed save.

    Raises:
        ValidationFailed: keyed by the field of a signer who is neither.
    """
    actor = database.actor
    if actor is None or actor.system:
        return  # SYSTEM writes the names its data gives (sample offices, migrations)
    given = _given(database)
    problems, used = {}, []
    for field, staff_id in signers.items():
        if staff_id is None or staff_id == actor.staff_id:
            continue
        signature = given.get(staff_id)
        if signature is None or now - signature[1] > COUNTERSIGN_VALID:
            problems[field] = QT_TRANSLATE_NOOP(
                "messages", "须由本人登录后签字，或请其本人在此输入密码现场授权"
            )
            continue
        used.append(staff_id)
        record_note(
            session,
            case_id,
            field,
            f"{signature[0].name}（{signature[0].role.label}）在{actor.name}的工位现场授权签字",
        )
    if problems:
        raise ValidationFailed(problems)

    def spent(_session: Session) -> None:  # only a committed save uses the signature up
        for staff_id in used:
            given.pop(staff_id, None)

    event.listen(session, "after_commit", spent, once=True)
