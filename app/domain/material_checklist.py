"""Material pre-check (材料预审): the checklist per service type and the three review levels.

Checklists are data in ``resources/material_checklists/<service type>.toml``. An intake passes
when every required item is received and no item has a problem, and the three levels (clerk,
supervisor, legal) are signed by three different people, in that order.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.message import BuiltinText, Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum, ServiceType
from resources import MATERIAL_CHECKLISTS_DIR

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class ChecklistError(ValueError):
    """A checklist file that cannot be used (Chinese message naming the file and item)."""


class ItemState(LabelledEnum):
    MISSING = "missing", QT_TRANSLATE_NOOP("vocabulary", "缺失")
    RECEIVED = "received", QT_TRANSLATE_NOOP("vocabulary", "已收到")
    PROBLEM = "problem", QT_TRANSLATE_NOOP("vocabulary", "有问题")


class ReviewLevel(LabelledEnum):
    CLERK = "clerk", QT_TRANSLATE_NOOP("vocabulary", "业务员初核")
    SUPERVISOR = "supervisor", QT_TRANSLATE_NOOP("vocabulary", "主管复核")
    LEGAL = "legal", QT_TRANSLATE_NOOP("vocabulary", "法务终审")


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    name: str
    required: bool = True
    hint: str = ""
    #: The English interface's words (the built-in files carry them; the letter's 附件 stays Chinese).
    name_en: str = ""
    hint_en: str = ""

    @property
    def title(self) -> BuiltinText:
        """The name as a message's parameter, with its English."""
        return BuiltinText(self.name, self.name_en)


@dataclass(frozen=True)
class MaterialChecklist:
    service_type: ServiceType
    name: str
    items: tuple[ChecklistItem, ...]
    name_en: str = ""


@dataclass(frozen=True)
class ItemCheck:
    state: ItemState
    note: str = ""


@dataclass(frozen=True)
class Review:
    level: ReviewLevel
    reviewer: str  # the staff member's name
    at: datetime


def load_material_checklist(path: Path) -> MaterialChecklist:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ChecklistError(
            Message(
                QT_TRANSLATE_NOOP("messages", "无法读取材料清单 {file}：{error}"),
                file=path.name,
                error=str(error),
            )
        ) from error
    try:
        service_type = ServiceType(raw.get("service_type", ""))
    except ValueError as error:
        raise ChecklistError(
            Message(
                QT_TRANSLATE_NOOP("messages", "材料清单 {file}的业务类型“{code}”无效"),
                file=path.name,
                code=str(raw.get("service_type")),
            )
        ) from error
    items, keys = [], set()
    for number, item in enumerate(raw.get("items", []), start=1):
        key, name = str(item.get("key", "")), str(item.get("name", "")).strip()
        if not _KEY.match(key) or key in keys or not name:
            raise ChecklistError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "材料清单 {file}第 {number} 项的标识或名称无效（标识须唯一，名称不能为空）",
                    ),
                    file=path.name,
                    number=number,
                )
            )
        keys.add(key)
        items.append(
            ChecklistItem(
                key,
                name,
                bool(item.get("required", True)),
                str(item.get("hint", "")).strip(),
                str(item.get("name_en", "")).strip(),
                str(item.get("hint_en", "")).strip(),
            )
        )
    if not items:
        raise ChecklistError(
            Message(QT_TRANSLATE_NOOP("messages", "材料清单 {file}没有任何材料项"), file=path.name)
        )
    return MaterialChecklist(
        service_type,
        str(raw.get("name", "")).strip() or f"{service_type.label}材料预审清单",
        tuple(items),
        str(raw.get("name_en", "")).strip(),
    )


def builtin_material_checklist(
    service_type: ServiceType, folder: Path = MATERIAL_CHECKLISTS_DIR
) -> MaterialChecklist:
    return load_material_checklist(folder / f"{service_type.value}.toml")


def checklist_problems(checklist: MaterialChecklist, checks: dict[str, ItemCheck]) -> list[str]:
    """What keeps the materials from passing: required items not received, items with problems."""
    problems: list[str] = []
    for item in checklist.items:
        check = checks.get(item.key, ItemCheck(ItemState.MISSING))
        if check.state is ItemState.PROBLEM:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "“{name}”有问题：{note}"),
                    name=item.title,
                    note=check.note or QT_TRANSLATE_NOOP("messages", "未注明"),
                )
            )
        elif item.required and check.state is ItemState.MISSING:
            problems.append(Message(QT_TRANSLATE_NOOP("messages", "缺少必需材料“{name}”"), name=item.title))
    return problems


def review_conflicts(reviews: list[Review]) -> list[str]:
    """Reviews that can never stand, however many are still to come: one person twice, out of order."""
    problems: list[str] = []
    seen: dict[str, ReviewLevel] = {}
    for review in sorted(reviews, key=lambda r: list(ReviewLevel).index(r.level)):
        if review.reviewer in seen:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{reviewer} 已做过{done}，不能再做{level}"),
                    reviewer=review.reviewer,
                    done=seen[review.reviewer],
                    level=review.level,
                )
            )
        seen.setdefault(review.reviewer, review.level)
    by_level = {review.level: review for review in reviews}
    ordered = [by_level[level].at for level in ReviewLevel if level in by_level]
    if ordered != sorted(ordered):
        problems.append(QT_TRANSLATE_NOOP("messages", "三级审核应依次进行：业务员初核 → 主管复核 → 法务终审"))
    return problems


def review_problems(reviews: list[Review]) -> list[str]:
    """Why the three-level review is not complete: a level missing, out of order, or one person twice."""
    done = {review.level for review in reviews}
    missing = [
        Message(QT_TRANSLATE_NOOP("messages", "尚未完成{level}"), level=level)
        for level in ReviewLevel
        if level not in done
    ]
    return missing + review_conflicts(reviews)
