"""Reading and saving the office profile."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import OfficeProfile
from app.domain.office_profile import OfficeProfileData, office_profile_problems
from app.domain.permissions import Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP
from app.usecases.access import require
from app.usecases.errors import ValidationFailed


def office_profile_row(session: Session) -> OfficeProfile | None:
    """The office's one profile row (None before the first-start setup)."""
    return session.scalars(select(OfficeProfile).order_by(OfficeProfile.id).limit(1)).first()


def update_office_settings(database: Database, field: str, **values: object) -> None:
    """Set columns of the profile row; ``field`` names the form field a missing profile is reported on.

    Raises:
        ValidationFailed: there is no office profile yet.
    """
    require(database, Permission.EDIT_SETTINGS)
    with database.unit_of_work() as session:
        profile = office_profile_row(session)
        if profile is None:
            raise ValidationFailed({field: QT_TRANSLATE_NOOP("messages", "请先填写机构信息")})
        for name, value in values.items():
            setattr(profile, name, value)


def load_office_profile(database: Database) -> OfficeProfileData | None:
    """The office profile, or None before the first-start setup."""
    with database.unit_of_work() as session:
        row = office_profile_row(session)
        if row is None:
            return None
        return OfficeProfileData(**{f.name: getattr(row, f.name) for f in fields(OfficeProfileData)})


def save_office_profile(database: Database, profile: OfficeProfileData) -> OfficeProfileData:
    """Validate and store the profile (there is one per office).

    Raises:
        ValidationFailed: with a message per field that cannot be saved.
    """
    require(database, Permission.EDIT_SETTINGS)
    profile = profile.stripped()
    if problems := office_profile_problems(profile):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        row = office_profile_row(session)
        if row is None:
            row = OfficeProfile(name=profile.name)
            session.add(row)
        for field in fields(profile):
            setattr(row, field.name, getattr(profile, field.name))
    return profile
