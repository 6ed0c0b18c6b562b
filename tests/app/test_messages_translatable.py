"""Every message app/ raises can be shown in the interface's language: a Chinese literal given to an
exception is written ``Message(QT_TRANSLATE_NOOP("messages", …))`` or ``QT_TRANSLATE_NOOP(…)``, so
that pyside6-lupdate collects it and ui/labels.message_text translates it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u3400-\u9fff]")
#: Calls whose Chinese text is marked for translation.
MARKED = {"Message", "QT_TRANSLATE_NOOP"}
#: The command line speaks Chinese only: its argparse errors are printed in the terminal, never shown
#: by ui/ (the Message docstring: the command line reads a message as it is).
COMMAND_LINE = {"app/cli.py", "app/calendar_cli.py"}
#: Files still raising unmarked Chinese while their conversion is under way. Empty it as they are
#: done: a file listed here that no longer has such a raise fails the test too, so it cannot go stale.
NOT_CONVERTED_YET: set[str] = set()


def unmarked_raises(source: str) -> list[int]:
    """Lines of ``source`` where a ``raise`` gives an exception a Chinese literal (a string or an
    f-string, anywhere in its arguments: a ValidationFailed dict, a ``.format`` call) outside
    Message(...) and QT_TRANSLATE_NOOP(...)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and node.exc is not None:
            lines += [literal.lineno for literal in _unmarked_literals(node.exc)]
    return sorted(set(lines))


def _unmarked_literals(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in MARKED:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and HAN.search(node.value):
        return [node]
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts are its message
        parts = [v for v in node.values if isinstance(v, ast.Constant) and HAN.search(str(v.value))]
        return [node] if parts else []
    return [found for child in ast.iter_child_nodes(node) for found in _unmarked_literals(child)]


def _offenders() -> dict[str, list[int]]:
    found = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in COMMAND_LINE:
            continue
        if lines := unmarked_raises(path.read_text(encoding="utf-8")):
            found[path.relative_to(ROOT).as_posix()] = lines
    return found


def test_every_message_app_raises_is_marked_for_translation():
    offenders = _offenders()
    unexpected = [
        f"{name}:{line}"
        for name, lines in offenders.items()
        if name not in NOT_CONVERTED_YET
        for line in lines
    ]
    assert unexpected == [], f"Chinese raised outside Message/QT_TRANSLATE_NOOP: {', '.join(unexpected)}"
    assert sorted(NOT_CONVERTED_YET - set(offenders)) == [], "converted: remove from NOT_CONVERTED_YET"


def test_the_walk_finds_an_unmarked_raise_and_passes_a_marked_one():
    source = """
def check(name, limit):
    if not name:
        raise ValidationFailed({"name": "请填写名称"})
    if len(name) > limit:
        raise ValidationFailed(
            {"name": f"名称不能超过 {limit} 个字"}
        )
    if name == "x":
        raise ValueError(_TEMPLATE.format("其他程序"))
    if name == "y":
        raise ValueError(Message(QT_TRANSLATE_NOOP("messages", "名称不能超过 {limit} 个字"), limit=limit))
    if name == "z":
        raise ValidationFailed({"name": QT_TRANSLATE_NOOP("messages", "请填写名称")})
    raise KeyError(name, "name")
"""
    assert unmarked_raises(source) == [4, 7, 10]
