"""README's roles sections, generated from ``app/domain/permissions.py`` so they cannot drift.

``python -m tests.readme_roles`` rewrites them (``make readme``); ``test_readme_roles`` fails while
README says something else. English labels come from the compiled catalogue (``make translations``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

from app.domain.permissions import roles_table
from app.domain.vocabulary import TRANSLATION_CONTEXT, LabelledEnum

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CATALOGUE = ROOT / "resources" / "translations" / "expedite_desk_en.qm"


def _block(language: str, table: str) -> str:
    return (
        f"<!-- roles:{language} generated from app/domain/permissions.py by `make readme` -->\n"
        f"{table}\n<!-- /roles:{language} -->"
    )


def tables() -> dict[str, str]:
    """The generated block of each language, keyed by its marker's language."""
    translator = QTranslator()
    if not translator.load(str(CATALOGUE)):
        raise SystemExit(f"{CATALOGUE} is missing: run `make translations`")

    def english(member: LabelledEnum) -> str:
        return translator.translate(TRANSLATION_CONTEXT, member.label) or member.label

    return {
        "zh": _block("zh", roles_table(lambda member: member.label, "权限")),
        "en": _block("en", roles_table(english, "Permission")),
    }


def _pattern(language: str) -> re.Pattern[str]:
    return re.compile(rf"<!-- roles:{language} .*?<!-- /roles:{language} -->", re.DOTALL)


def stale(text: str) -> list[str]:
    """The languages whose block in ``text`` is missing or differs from the generated one."""
    return [language for language, block in tables().items() if block not in text]


def rewrite(text: str) -> str:
    for language, block in tables().items():
        text, count = _pattern(language).subn(lambda _match, block=block: block, text)
        if count != 1:
            raise SystemExit(
                f"README.md needs one <!-- roles:{language} … --> … <!-- /roles:{language} --> block"
            )
    return text


if __name__ == "__main__":
    README.write_text(rewrite(README.read_text(encoding="utf-8")), encoding="utf-8")
    sys.exit(0)
