"""Line coverage of the last `make test`, one line per package, and the floor app/domain must keep.

Run after pytest-cov has written ``.coverage``; exits 1 when a package falls under its floor. The
lines a package may leave out are excluded in pyproject.toml ([tool.coverage.report]), each with why.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from coverage import Coverage
from coverage.exceptions import NoDataError

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["app/domain", "app/usecases", "app/db", "app", "reports", "ui"]
FLOORS = {"app/domain": 100.0}


def package_of(path: Path) -> str:
    relative = path.relative_to(ROOT).as_posix()
    return next(p for p in PACKAGES if relative.startswith(p + "/"))


def main() -> int:
    coverage = Coverage(data_file=str(ROOT / ".coverage"), config_file=str(ROOT / "pyproject.toml"))
    coverage.load()
    statements: dict[str, int] = defaultdict(int)
    missed: dict[str, int] = defaultdict(int)
    gaps: dict[str, list[str]] = defaultdict(list)
    try:
        measured = coverage.get_data().measured_files()
    except NoDataError:
        print("no coverage data: run make test first", file=sys.stderr)
        return 1
    for name in sorted(measured):
        path = Path(name)
        _, lines, _, missing, missing_text = coverage.analysis2(name)
        package = package_of(path)
        statements[package] += len(lines)
        missed[package] += len(missing)
        if missing and package in FLOORS:
            gaps[package].append(f"{path.relative_to(ROOT)}: {missing_text}")
    print(f"{'package':<14}{'lines':>8}{'missed':>8}{'cover':>8}")
    failed = False
    for package in PACKAGES:
        total = statements[package]
        percent = 100.0 * (total - missed[package]) / total if total else 100.0
        floor = FLOORS.get(package)
        below = floor is not None and percent < floor
        mark = "" if floor is None else f"  ({'under' if below else 'at'} its floor of {floor:g} %)"
        print(f"{package:<14}{total:>8}{missed[package]:>8}{percent:>7.1f}%{mark}")
        if below:
            failed = True
            print("\n".join(f"    {gap}" for gap in gaps[package]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
