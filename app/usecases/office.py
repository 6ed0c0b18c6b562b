"""Reading and saving the office profile."""

from __future__ import annotations

from sqlalchemy import select

from app.db.database import Database
from app.db.models import OfficeProfile
from app.domain.office_profile import OfficeProfileData, office_profile_problems
from app.usecases.errors import ValidationFailed


def load_office_profile(database: Database) -> OfficeProfileData | None:
    """The office profile, or None before the first-start setup."""
    with database.unit_of_work() as session:
        row = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id).limit(1)).first()
        if row is None:
            return None
        return OfficeProfileData(row.name, row.address, row.phone, row.signatory, row.seal_text)


def save_office_profile(database: Database, profile: OfficeProfileData) -> OfficeProfileData:
    """Validate and store the profile (there is one per office).

    Raises:
        ValidationFailed: with a message per field that cannot be saved.
    """
    profile = profile.stripped()
    if problems := office_profile_problems(profile):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        row = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id).limit(1)).first()
        if row is None:
            row = OfficeProfile(name=profile.name)
            session.add(row)
        row.name = profile.name
        row.address = profile.address
        row.phone = profile.phone
        row.signatory = profile.signatory
        row.seal_text = profile.seal_text
    return profile
