"""The office profile printed on letterheads, and what makes it complete."""

from __future__ import annotations

from dataclasses import dataclass, fields

from app.domain.phone import phone_problem


@dataclass(frozen=True)
class OfficeProfileData:
    name: str
    address: str = ""
    phone: str = ""
    signatory: str = ""
    seal_text: str = ""

    def stripped(self) -> OfficeProfileData:
        return OfficeProfileData(**{f.name: getattr(self, f.name).strip() for f in fields(self)})


#: Longest text each field takes (the database columns' lengths).
FIELD_LIMITS = {"name": 200, "address": 300, "phone": 40, "signatory": 60, "seal_text": 200}


def office_profile_problems(profile: OfficeProfileData) -> dict[str, str]:
    """Field name → Chinese message for each field that cannot be saved as typed."""
    problems: dict[str, str] = {}
    if not profile.name.strip():
        problems["name"] = "请填写机构名称"
    if profile.phone.strip() and (message := phone_problem(profile.phone)):
        problems["phone"] = message
    for name, limit in FIELD_LIMITS.items():
        if name not in problems and len(getattr(profile, name).strip()) > limit:
            problems[name] = f"不能超过 {limit} 个字"
    return problems
