"""What writes changed, by the kinds of records (audit entity names) and the cases they belong to:
the one value the pages read to show changes, whether an operation here or another desk wrote them.

The audit hooks see every change a unit of work flushes; a committed unit of work hands them to the
recording the calling thread has open (:func:`recording_changes`), so an operation learns what it
changed from the same flush that audited it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

#: What one audited change names: the kind of record (audit entity), its id, the case it belongs to.
Written = tuple[str, int | None, int | None]


@dataclass(frozen=True)
class Changes:
    """The cases touched, the kinds of records written, and those records by (kind, id)."""

    case_ids: frozenset[int] = field(default_factory=frozenset)
    entities: frozenset[str] = field(default_factory=frozenset)
    records: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.entities)

    @classmethod
    def of(cls, written: Iterable[Written]) -> Changes:
        written = list(written)
        return cls(
            frozenset(case_id for _, _, case_id in written if case_id is not None),
            frozenset(entity for entity, _, _ in written),
            frozenset((entity, record_id) for entity, record_id, _ in written if record_id is not None),
        )

    def ids(self, entity: str) -> frozenset[int]:
        """The ids of the ``entity`` records written (a task's, a letter's…)."""
        return frozenset(record_id for kind, record_id in self.records if kind == entity)


#: The changes committed in this thread (context) since its recording opened.
_recording: ContextVar[set[Written] | None] = ContextVar("changes", default=None)
#: The key of Session.info that holds the changes its flushes audited, until it commits.
_WRITTEN = "written"


@contextmanager
def recording_changes() -> Iterator[Callable[[], Changes]]:
    """Inside: what the units of work of this thread commit is recorded; the function yielded tells
    it as :class:`Changes` (a rolled-back unit of work adds nothing)."""
    written: set[Written] = set()
    token = _recording.set(written)
    try:
        yield lambda: Changes.of(written)
    finally:
        _recording.reset(token)


def note_written(session_info: dict, written: Iterable[Written]) -> None:
    """A flush of the unit of work whose ``Session.info`` this is audited ``written``."""
    session_info.setdefault(_WRITTEN, set()).update(written)


def committed(session_info: dict) -> None:
    """The unit of work committed: the recording open in this thread, if any, takes what it wrote."""
    if (recording := _recording.get()) is not None:
        recording.update(session_info.get(_WRITTEN, ()))
