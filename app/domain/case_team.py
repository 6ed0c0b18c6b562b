"""The case team (专属小组): who plays which part, the compliance reviewer's independence, and
whom to suggest from the resource pool by skill and current load. Plain rules over plain data."""

from __future__ import annotations

from app.domain.vocabulary import StaffRole

#: The parts a member plays on a case team; the compliance reviewer signs off but is not on the team.
TEAM_ROLES = (StaffRole.COORDINATOR, StaffRole.SPECIALIST, StaffRole.LOGISTICS, StaffRole.COMPLIANCE)
