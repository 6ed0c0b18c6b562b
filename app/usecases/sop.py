"""SOP templates in the database: built-ins imported, versions published, the latest looked up."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import SopTemplateRecord, SopTemplateVersion
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.sop_template import Flow, SopTemplate, TemplateError, load_template_file, parse_template
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceType
from app.usecases.access import require
from app.usecases.errors import ValidationFailed
from resources import SOP_TEMPLATES_DIR


@dataclass(frozen=True)
class TemplateSummary:
    code: str
    name: str
    service_type: ServiceType
    flow: Flow
    latest_version: int


@dataclass(frozen=True)
class TemplateVersionInfo:
    version: int
    revision_note: str
    published_at: datetime


@dataclass(frozen=True)
class PublishedTemplate:
    """A template as published: its content, version number and database id."""

    template: SopTemplate
    version: int
    version_id: int


def builtin_template_files(folder: Path = SOP_TEMPLATES_DIR) -> list[Path]:
    """The built-in template files; each file is named after its template's code."""
    return sorted(folder.glob("*.toml"))


@cache
def builtin_english_names(folder: Path = SOP_TEMPLATES_DIR) -> Mapping[str, str]:
    """Each built-in template's English name (``name_en``) by its Chinese name, read once.

    The database holds a template's name as the office's own: the English interface shows the
    built-in English only while the stored name is still the built-in Chinese one."""
    names = {}
    for path in builtin_template_files(folder):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        if raw.get("name_en"):
            names[raw["name"]] = raw["name_en"]
    return MappingProxyType(names)


def import_builtin_templates(database: Database, folder: Path = SOP_TEMPLATES_DIR) -> int:
    """Add every built-in template the database does not have yet, as its version 1.

    Runs at every start-up, so it reads only the files of codes the database lacks. Templates
    the office already has (and may have edited) are left alone. Returns how many were added.
    """
    with database.unit_of_work() as session:
        known = set(session.scalars(select(SopTemplateRecord.code)))
        missing = [path for path in builtin_template_files(folder) if path.stem not in known]
        for path in missing:
            publish_version(session, load_template_file(path), "内置模板", builtin=True)
    return len(missing)


def publish_version(
    session: Session, template: SopTemplate, note: str, *, builtin: bool = False
) -> SopTemplateVersion:
    """A new version of ``template`` in the caller's transaction (its record created if new)."""
    record = session.scalars(select(SopTemplateRecord).where(SopTemplateRecord.code == template.code)).first()
    if record is None:
        record = SopTemplateRecord(code=template.code, builtin=builtin)
        session.add(record)
    record.name, record.service_type, record.flow = template.name, template.service_type, template.flow.value
    session.flush()
    latest = session.scalar(
        select(func.max(SopTemplateVersion.version)).where(SopTemplateVersion.template_id == record.id)
    )
    version = SopTemplateVersion(
        template_id=record.id, version=(latest or 0) + 1, revision_note=note, content=template.to_data()
    )
    session.add(version)
    session.flush()
    return version


def checked_edit(template: SopTemplate, revision_note: str) -> SopTemplate:
    """The edited template, checked as a file would be, before it is published.

    Raises:
        ValidationFailed: ``revision_note`` is empty, or ``steps`` names what is wrong with them.
    """
    if not revision_note.strip():
        raise ValidationFailed(
            {"revision_note": QT_TRANSLATE_NOOP("messages", "请填写修订说明：这一版改了什么、为什么改")}
        )
    try:
        return parse_template(
            template.to_data(), Message(QT_TRANSLATE_NOOP("messages", "模板“{name}”"), name=template.name)
        )
    except TemplateError as error:
        raise ValidationFailed({"steps": str(error)}) from error


def publish_template_version(database: Database, template: SopTemplate, revision_note: str) -> int:
    """Publish an edit as a new version; cases planned earlier keep the version they used.

    Raises:
        ValidationFailed: see :func:`checked_edit`.
    """
    require(database, Permission.EDIT_SETTINGS)
    checked = checked_edit(template, revision_note)
    with database.unit_of_work() as session:
        return publish_version(session, checked, revision_note.strip()).version


def list_templates(database: Database) -> list[TemplateSummary]:
    """Every template with its latest version, by service type then name."""
    with database.unit_of_work() as session:
        latest = (
            select(SopTemplateVersion.template_id, func.max(SopTemplateVersion.version).label("version"))
            .group_by(SopTemplateVersion.template_id)
            .subquery()
        )
        # The subquery's column is untyped, and with it the whole row.
        rows: Sequence[Row[SopTemplateRecord, int]] = session.execute(
            select(SopTemplateRecord, latest.c.version)
            .join(latest, latest.c.template_id == SopTemplateRecord.id)
            .order_by(SopTemplateRecord.service_type, SopTemplateRecord.flow, SopTemplateRecord.name)
        ).all()
        return [
            TemplateSummary(record.code, record.name, record.service_type, Flow(record.flow), version)
            for record, version in rows
        ]


def template_versions(database: Database, code: str) -> list[TemplateVersionInfo]:
    with database.unit_of_work() as session:
        rows = session.execute(
            select(
                SopTemplateVersion.version, SopTemplateVersion.revision_note, SopTemplateVersion.published_at
            )
            .join(SopTemplateRecord)
            .where(SopTemplateRecord.code == code)
            .order_by(SopTemplateVersion.version.desc())
        )
        return [TemplateVersionInfo(*row) for row in rows]


def load_template(database: Database, code: str, version: int | None = None) -> PublishedTemplate | None:
    """A published template by code (the latest version unless one is asked for), or None."""
    with database.unit_of_work() as session:
        return published_template(session, code, version)


def published_template(session: Session, code: str, version: int | None = None) -> PublishedTemplate | None:
    """:func:`load_template` within a unit of work that reads more."""
    query = select(SopTemplateVersion).join(SopTemplateRecord).where(SopTemplateRecord.code == code)
    query = query.where(SopTemplateVersion.version == version) if version else query
    row = session.scalars(query.order_by(SopTemplateVersion.version.desc()).limit(1)).first()
    if row is None:
        return None
    return PublishedTemplate(
        parse_template(row.content, Message(QT_TRANSLATE_NOOP("messages", "模板 {code}"), code=code)),
        row.version,
        row.id,
    )


def find_template(database: Database, code_or_name: str) -> PublishedTemplate | None:
    """The latest version of the template with this code or this exact name."""
    found = load_template(database, code_or_name)
    if found is not None:
        return found
    with database.unit_of_work() as session:
        code = session.scalar(select(SopTemplateRecord.code).where(SopTemplateRecord.name == code_or_name))
    return load_template(database, code) if code else None


def expedite_template_for(database: Database, service_type: ServiceType) -> PublishedTemplate | None:
    """The service type's expedite template (the first by name when there are several)."""
    with database.unit_of_work() as session:
        code = session.scalar(
            select(SopTemplateRecord.code)
            .where(
                SopTemplateRecord.service_type == service_type, SopTemplateRecord.flow == Flow.EXPEDITE.value
            )
            .order_by(SopTemplateRecord.name)
            .limit(1)
        )
    return load_template(database, code) if code else None
