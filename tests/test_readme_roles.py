"""README's roles sections say what permissions.py enforces (issue 19: it cannot drift)."""

from app.domain.permissions import ROLE_PERMISSIONS, Permission
from app.domain.vocabulary import StaffRole
from tests.readme_roles import README, rewrite, stale, tables


def test_readme_lists_who_may_do_what_as_permissions_py_says():
    assert stale(README.read_text(encoding="utf-8")) == [], "README's roles table is stale: run `make readme`"


def test_a_changed_permission_makes_the_readme_stale(monkeypatch):
    text = README.read_text(encoding="utf-8")
    monkeypatch.setitem(ROLE_PERMISSIONS, StaffRole.FRONT_DESK, frozenset({Permission.CLOSE_CASE}))
    assert stale(text) == ["zh", "en"]
    assert stale(rewrite(text)) == []


def test_the_tables_mark_each_role_and_are_translated():
    zh, en = tables()["zh"], tables()["en"]
    assert "| 结案 |  | ✓ |" in zh  # the front desk may not close a case, a coordinator may
    assert "| Permission | Front desk |" in en and "结案" not in en
