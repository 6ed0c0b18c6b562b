"""The confirmation letter (加急服务确认书) as data: what it says, with the clause texts filled in.

The wording of the clauses lives in ``resources/letter_clauses/confirmation.toml`` so an office can
change it without a programmer; names in braces are replaced with the case's own figures.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.domain.vocabulary import ServiceTier
from resources import LETTER_CLAUSES_DIR

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class ClauseError(ValueError):
    """A clause file that cannot be used (Chinese message naming the file and the problem)."""


@dataclass(frozen=True)
class Party:
    name: str
    credit_code: str = ""
    address: str = ""
    contact: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Milestone:
    name: str
    due: datetime
    estimated: bool  # falls on dates from estimated holiday data (预估)
    makeup: bool = False  # falls on a make-up working day (调休上班)


@dataclass(frozen=True)
class FeeLine:
    label: str
    amount: Decimal


@dataclass(frozen=True)
class LetterClauses:
    title: str
    materials_due_hours: int
    confirm_within_hours: int
    loss_cap_multiple: int
    preamble: str
    calendar_basis: str
    estimated_note: str
    client_obligations: tuple[str, ...]
    risks: tuple[str, ...]
    responsibilities: tuple[str, ...]
    closing: str
    tiers: dict[ServiceTier, tuple[str, tuple[str, ...]]]  # tier → (name, response promises)


def load_letter_clauses(path: Path = LETTER_CLAUSES_DIR / "confirmation.toml") -> LetterClauses:
    where = f"条款文件 {path.name}"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        tiers = {
            ServiceTier(code): (str(tier["name"]), tuple(str(line) for line in tier["response"]))
            for code, tier in raw["tiers"].items()
        }
        clauses = LetterClauses(
            str(raw["title"]), int(raw["materials_due_hours"]), int(raw["confirm_within_hours"]),
            int(raw["loss_cap_multiple"]), str(raw["preamble"]), str(raw["calendar_basis"]),
            str(raw["estimated_note"]),
            tuple(map(str, raw["client_obligations"])), tuple(map(str, raw["risks"])),
            tuple(map(str, raw["responsibilities"])), str(raw["closing"]), tiers,
        )  # fmt: skip
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ClauseError(f"无法读取{where}：{error}") from error
    except (KeyError, TypeError, ValueError) as error:
        raise ClauseError(f"{where}缺少或写错了条目：{error}") from error
    missing = [tier.label for tier in ServiceTier if tier not in tiers]
    if missing:
        raise ClauseError(f"{where}缺少服务等级：{'、'.join(missing)}")
    return clauses


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with ``{name}`` replaced from ``values``.

    Raises:
        ClauseError: a name the letter does not know (a typo in the clause file).
    """
    unknown = sorted(set(_PLACEHOLDER.findall(text)) - set(values))
    if unknown:
        raise ClauseError(f"条款中有无法识别的名称：{'、'.join('{' + name + '}' for name in unknown)}")
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


@dataclass(frozen=True)
class ConfirmationLetter:
    title: str
    document_number: str
    version: int
    issued_on: date
    office: Party
    signatory: str
    seal_text: str
    client: Party
    service: str  # the service type's name
    scope_title: str
    scope_detail: str
    deadline: datetime
    committed_finish: datetime
    committed_estimated: bool
    calendar_basis: str
    milestones: tuple[Milestone, ...]
    fees: tuple[FeeLine, ...]
    total: Decimal
    total_capitals: str
    preamble: str
    obligations: tuple[str, ...]
    risks: tuple[str, ...]
    responsibilities: tuple[str, ...]
    tier_name: str
    tier_response: tuple[str, ...]
    closing: str
    committed_makeup: bool = False  # the promised finish falls on a make-up working day (调休上班)
