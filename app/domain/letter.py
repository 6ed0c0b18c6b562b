"""The confirmation letter (加急服务确认书) as data: what it says, with the clause texts filled in.

The wording of the clauses lives in ``resources/letter_clauses/confirmation.toml`` so an office can
change it without a programmer; names in braces are replaced with the case's own figures.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.domain.material_checklist import ItemState, Review
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceTier
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
class MaterialLine:
    """One item of the letter's 附件「材料清单」: the case's checklist as it stands."""

    name: str
    required: bool
    state: ItemState
    note: str = ""


#: How the 附件 words each state for the client: what is still to hand over, what must be redone.
MATERIAL_STATUS = {ItemState.MISSING: "待提交", ItemState.RECEIVED: "已收到", ItemState.PROBLEM: "需补正"}


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
    where = Message(QT_TRANSLATE_NOOP("messages", "条款文件 {file}"), file=path.name)
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
        raise ClauseError(
            Message(QT_TRANSLATE_NOOP("messages", "无法读取{where}：{error}"), where=where, error=error)
        ) from error
    except (KeyError, TypeError, ValueError) as error:
        raise ClauseError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{where}缺少或写错了条目：{error}"), where=where, error=error
            )
        ) from error
    missing = tuple(tier for tier in ServiceTier if tier not in tiers)
    if missing:
        raise ClauseError(
            Message(QT_TRANSLATE_NOOP("messages", "{where}缺少服务等级：{tiers}"), where=where, tiers=missing)
        )
    return clauses


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with ``{name}`` replaced from ``values``.

    Raises:
        ClauseError: a name the letter does not know (a typo in the clause file).
    """
    unknown = sorted(set(_PLACEHOLDER.findall(text)) - set(values))
    if unknown:
        raise ClauseError(
            Message(
                QT_TRANSLATE_NOOP("messages", "条款中有无法识别的名称：{names}"),
                names=tuple("{" + name + "}" for name in unknown),
            )
        )
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
    office_bank: str = ""  # 开户银行
    office_account: str = ""  # 银行账号
    materials: tuple[MaterialLine, ...] = ()  # the 附件「材料清单」
    material_reviews: tuple[Review, ...] = ()  # who checked the materials, level by level

    @property
    def misses_deadline(self) -> bool:
        """The promise falls after the client's deadline: the letter says so, and the client accepts
        the later finish by signing (the intake recorded that the client agreed)."""
        return self.committed_finish > self.deadline


def letter_texts(letter: ConfirmationLetter) -> list[tuple[str, str]]:
    """(where it prints, text) for every text of the letter that comes from the case or the office."""
    texts: list[tuple[str, str]] = [
        (Message(QT_TRANSLATE_NOOP("messages", "{party}{field}"), party=role, field=label), value)
        for role, party in (
            (QT_TRANSLATE_NOOP("messages", "甲方"), letter.client),
            (QT_TRANSLATE_NOOP("messages", "乙方"), letter.office),
        )
        for label, value in (
            (QT_TRANSLATE_NOOP("messages", "名称"), party.name),
            (QT_TRANSLATE_NOOP("messages", "统一社会信用代码"), party.credit_code),
            (QT_TRANSLATE_NOOP("messages", "地址"), party.address),
            (QT_TRANSLATE_NOOP("messages", "联系人"), party.contact),
            (QT_TRANSLATE_NOOP("messages", "电话"), party.phone),
        )
    ]
    texts += [
        (QT_TRANSLATE_NOOP("messages", "签字人"), letter.signatory),
        (QT_TRANSLATE_NOOP("messages", "印章文字"), letter.seal_text),
        (QT_TRANSLATE_NOOP("messages", "开户银行"), letter.office_bank),
    ]
    texts += [
        (QT_TRANSLATE_NOOP("messages", "办理事项"), letter.scope_title),
        (QT_TRANSLATE_NOOP("messages", "具体要求"), letter.scope_detail),
    ]
    texts += [(QT_TRANSLATE_NOOP("messages", "里程碑"), milestone.name) for milestone in letter.milestones]
    texts += [(QT_TRANSLATE_NOOP("messages", "费用项目"), fee.label) for fee in letter.fees]
    texts += [
        (QT_TRANSLATE_NOOP("messages", "材料清单"), f"{line.name}{line.note}") for line in letter.materials
    ]
    texts += [
        (QT_TRANSLATE_NOOP("messages", "材料核对人"), review.reviewer) for review in letter.material_reviews
    ]
    clauses = (letter.title, letter.preamble, letter.calendar_basis, letter.tier_name, letter.closing,
               *letter.obligations, *letter.risks, *letter.responsibilities,
               *letter.tier_response)  # fmt: skip
    return texts + [(QT_TRANSLATE_NOOP("messages", "条款"), text) for text in clauses]


def han_ideograph(char: str) -> bool:
    """One of the unified or compatibility ideographs, of any extension (䶮, 𫖮, 𬌗 …)."""
    return unicodedata.name(char, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"))


def unprintable_problem(texts: Iterable[tuple[str, str]], printable: Callable[[str], bool]) -> str | None:
    """Why a document cannot print as written (``texts``: where each text prints, the text): the first
    character no font has, where it is, and what to do: a rare Han character needs the fallback font
    installed; anything else (an emoji) goes.

    A character without a glyph would print blank, silently: a client's name with a gap in it.
    """
    for where, text in texts:
        for char in text:
            if not char.isspace() and not printable(char):
                remedy = (
                    QT_TRANSLATE_NOOP(
                        "messages", "请安装生僻字字体（花园明朝 HanaMinA/HanaMinB，见安装说明）后再生成"
                    )
                    if han_ideograph(char)
                    else QT_TRANSLATE_NOOP("messages", "请删去该字符或改用文字后再生成")
                )
                return Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where}中的“{char}”（U+{code:04X}）没有可用的字体，无法打印。{remedy}"
                    ),
                    where=where,
                    char=char,
                    code=ord(char),
                    remedy=remedy,
                )
    return None


#: Characters no file name may hold on Windows (and / anywhere).
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
#: Enough of a client's name to recognise the file, short of Windows' path length limit.
CLIENT_IN_FILE_NAME = 40


def document_file_name(title: str, client: str, case_number: str, version: int) -> str:
    """``确认书-上海恒通科技有限公司-JJ2026-00045-V1.pdf``: what a saved copy is called by default.

    What no file system takes is dropped (``A/B 公司`` → ``AB 公司``), runs of spaces become one, and
    a long client name is cut, so the name saves as proposed on Windows, macOS and Linux.
    """
    name = _NOT_IN_FILE_NAMES.sub("", " ".join(client.split()))[:CLIENT_IN_FILE_NAME].strip(" .")
    parts = [title, name, _NOT_IN_FILE_NAMES.sub("", case_number), f"V{version}"]
    return "-".join(part for part in parts if part) + ".pdf"
