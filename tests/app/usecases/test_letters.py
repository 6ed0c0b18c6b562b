"""Letters of a case: composed from its data (both parties, the checklist), refused when a character
cannot print, versions kept by content, signed copies, the saved copy's name, the CLI."""

import hashlib
import os
import subprocess
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import LOGIN_PASSWORD_ENV
from app.db.models import Case, CostLine, MaterialCheck, MaterialReviewRecord, Staff, Task
from app.domain.case_documents import Responsibility
from app.domain.chinese_amount import rmb_capitals
from app.domain.chinese_format import format_moment_long
from app.domain.letter import ClauseError, fill, load_letter_clauses
from app.domain.vocabulary import ServiceTier, StaffRole, TaskStatus
from app.sample.logins import DEMO_PASSWORD
from app.usecases.access import NotPermitted
from app.usecases.board import MoveRequest, UnsignedStart, move_task
from app.usecases.case_documents import (
    FailureAccount,
    generate_case_summary,
    generate_failure_notice,
    generate_progress_report,
)
from app.usecases.errors import ValidationFailed
from app.usecases.letters import (
    compose_confirmation_letter,
    generate_letter_version,
    list_letter_versions,
    mark_signed,
    signed_letter,
    suggested_file_name,
)
from app.usecases.stored_documents import document_bytes, write_document
from resources import LETTER_CLAUSES_DIR
from tests.helpers import NOW, first_open_case, just_taken_in, logged_in_as


def test_the_letter_is_composed_from_the_case(sample_database):
    case_id = first_open_case(sample_database)[0]
    letter = compose_confirmation_letter(sample_database, case_id, NOW, 1)
    with sample_database.unit_of_work() as session:
        case = session.get(Case, case_id)
        fen = sum(session.scalars(select(CostLine.amount_fen).where(CostLine.case_id == case_id)))
        client_name, number = case.client.name, case.number
    assert letter.client.name == client_name and letter.document_number == f"QR-{number}-V1"
    assert letter.total == Decimal(fen) / 100 and letter.total_capitals == rmb_capitals(letter.total)
    assert letter.committed_finish > NOW and letter.office.name
    assert any("{" not in line and "材料" in line for line in letter.obligations)  # placeholders filled
    assert letter.tier_response


def test_a_finish_after_the_deadline_is_said_and_the_fee_waiver_counts_from_the_promised_time(
    sample_database,
):
    """Seen: 「截止时间：2026年12月7日 10:00。乙方承诺于 2026年12月8日 15:41 前完成」 with nothing
    saying the deadline cannot be met, and 六.2 waiving the fee for missing the client's time."""
    case_id = first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        session.get_one(Case, case_id).requested_deadline = NOW + timedelta(minutes=30)
    letter = compose_confirmation_letter(sample_database, case_id, NOW, 1)
    assert letter.misses_deadline and letter.committed_finish > letter.deadline
    promised = format_moment_long(letter.committed_finish)
    assert f"未能在第二条承诺的完成时间（{promised}）前完成" in letter.responsibilities[1]


def test_versions_are_kept_by_content_and_never_overwritten(sample_database):
    case_id = first_open_case(sample_database)[0]
    first = generate_letter_version(sample_database, case_id, NOW)
    second = generate_letter_version(sample_database, case_id, NOW + timedelta(hours=2))
    assert (first.version, second.version) == (1, 2)
    for letter in (first, second):
        data = document_bytes(sample_database, letter.sha256, letter.file_name)
        assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == letter.sha256
    assert [v.version for v in list_letter_versions(sample_database, case_id)] == [2, 1]


def test_signing_records_the_scan_and_fixes_the_baseline(sample_database, tmp_path: Path):
    case_id = first_open_case(sample_database)[0]
    letter = generate_letter_version(sample_database, case_id, NOW)
    scan = tmp_path / "签回件.jpg"
    scan.write_bytes(b"\xff\xd8\xff scanned signature")
    with pytest.raises(ValidationFailed) as failure:
        mark_signed(sample_database, letter.id, NOW.date() + timedelta(days=1), " ", scan, NOW)
    assert set(failure.value.problems) == {"received_by", "signed_on"}
    signed = mark_signed(sample_database, letter.id, NOW.date(), "陈静", scan, NOW)
    assert signed.received_by == "陈静" and signed.scan_name == "签回件.jpg"
    assert signed.scan_sha256 is not None
    assert document_bytes(sample_database, signed.scan_sha256, signed.scan_name) == scan.read_bytes()
    assert signed_letter(sample_database, case_id).id == letter.id
    with sample_database.unit_of_work() as session:
        assert session.get(Case, case_id).baseline_at == NOW
        assert all(t.baseline_start for t in session.scalars(select(Task).where(Task.case_id == case_id)))


def test_starting_an_unsigned_case_is_a_decision_recorded_with_the_move(sample_database):
    case_id, number = first_open_case(sample_database)
    first, second, *_ = just_taken_in(sample_database, case_id)
    coordinator = logged_in_as(sample_database, StaffRole.COORDINATOR)

    def start(task_id: int, **decided) -> None:
        move_task(
            sample_database, MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True, **decided), NOW
        )

    with pytest.raises(UnsignedStart) as asked:
        start(first)
    assert asked.value.number == number
    with sample_database.unit_of_work() as session:
        case = session.get_one(Case, case_id)
        assert session.get_one(Task, first).status is TaskStatus.TODO and not case.unsigned_start_by
    start(first, start_unsigned=True)
    with sample_database.unit_of_work() as session:
        case = session.get_one(Case, case_id)
        assert (case.unsigned_start_by, case.unsigned_start_at) == (coordinator.name, NOW)
        assert session.get_one(Task, first).status is TaskStatus.IN_PROGRESS
    start(second)  # decided once: the case's work has started


def test_a_login_that_may_not_handle_documents_may_not_decide_to_start_unsigned(sample_database):
    """Seen: a specialist was asked, the card moved, then recording the decision was refused."""
    case_id = first_open_case(sample_database)[0]
    task_id = just_taken_in(sample_database, case_id)[0]
    logged_in_as(sample_database, StaffRole.SPECIALIST)
    request = MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True, start_unsigned=True)
    with pytest.raises(NotPermitted):
        move_task(sample_database, request, NOW)
    with sample_database.unit_of_work() as session:
        assert session.get_one(Task, task_id).status is TaskStatus.TODO
        assert not session.get_one(Case, case_id).unsigned_start_by


def test_the_letter_command_writes_a_pdf(sample_database, tmp_path: Path):
    out = tmp_path / "确认书.pdf"
    env = {**os.environ, LOGIN_PASSWORD_ENV: DEMO_PASSWORD}  # as the front desk, who prints letters
    result = subprocess.run(
        [sys.executable, "-m", "app", "--database", str(sample_database.url), "--user", "chenjing", "letter",
         "--case", str(first_open_case(sample_database)[0]), "--out", str(out)],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and "已生成" in result.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "app", "--database", str(sample_database.url), "--user", "chenjing", "letter",
         "--case", "999999", "--out", str(out)], capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert missing.returncode == 1 and "不存在" in missing.stderr


def _pdf_text(database, letter, folder: Path) -> str:
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed (.ci/run installs it)")
    path = folder / letter.file_name
    write_document(database, letter.sha256, letter.file_name, path)
    return "".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split()
    )


def test_progress_report_failure_notice_and_summary_are_kept_as_versions(sample_database, tmp_path: Path):
    from app.domain.case_documents import DocumentKind, Responsibility
    from app.usecases.case_documents import (
        generate_case_summary,
        generate_failure_notice,
        generate_progress_report,
    )

    case_id = first_open_case(sample_database)[0]
    report = generate_progress_report(sample_database, case_id, NOW)
    with pytest.raises(ValidationFailed) as failure:
        generate_failure_notice(
            sample_database, case_id, NOW, FailureAccount(" ", Responsibility.OFFICE, "", Decimal("-1"))
        )
    assert set(failure.value.problems) == {"what_happened", "remedy", "compensation"}
    what, remedy = "窗口系统升级两天，未能按期受理", "免费继续办理，预计 12 月 2 日完成"
    notice = generate_failure_notice(
        sample_database, case_id, NOW, FailureAccount(what, Responsibility.OFFICE, remedy, Decimal("1000"))
    )
    summary = generate_case_summary(sample_database, case_id, NOW)
    kinds = {v.kind for v in list_letter_versions(sample_database, case_id)}
    assert kinds == {DocumentKind.PROGRESS, DocumentKind.FAILURE, DocumentKind.SUMMARY}
    assert "进度报告" in _pdf_text(sample_database, report, tmp_path)
    notice_text = _pdf_text(sample_database, notice, tmp_path)
    assert "人民币壹仟元整" in notice_text and "本次加急服务费不予收取" in notice_text
    summary_text = _pdf_text(sample_database, summary, tmp_path)
    assert "案件摘要" in summary_text and "紧急度评估" in summary_text


def test_only_a_confirmation_letter_is_signed_and_the_baseline_is_fixed_once(sample_database, tmp_path: Path):
    from app.usecases.case_documents import generate_progress_report

    case_id = first_open_case(sample_database)[0]
    report = generate_progress_report(sample_database, case_id, NOW)
    with pytest.raises(ValidationFailed, match="只有确认书"):
        mark_signed(sample_database, report.id, NOW.date(), "陈静", None, NOW)
    letter = generate_letter_version(sample_database, case_id, NOW)
    mark_signed(sample_database, letter.id, NOW.date(), "陈静", None, NOW)
    with sample_database.unit_of_work() as session:
        first = {
            t.id: t.baseline_finish for t in session.scalars(select(Task).where(Task.case_id == case_id))
        }
        for task in session.scalars(select(Task).where(Task.case_id == case_id)):
            task.planned_finish = task.planned_finish + timedelta(days=3)  # the plan slips later
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 later scan")
    mark_signed(sample_database, letter.id, NOW.date(), "陈静", scan, NOW + timedelta(days=5))  # scan added
    with sample_database.unit_of_work() as session:
        assert {
            t.id: t.baseline_finish for t in session.scalars(select(Task).where(Task.case_id == case_id))
        } == first
        assert session.get(Case, case_id).baseline_at == NOW


CLAUSES = (LETTER_CLAUSES_DIR / "confirmation.toml").read_text(encoding="utf-8")


def _clause_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "confirmation.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_clauses_load_with_every_tier():
    clauses = load_letter_clauses()
    assert set(clauses.tiers) == set(ServiceTier) and clauses.title == "加急服务确认书"


def test_an_unreadable_clause_file_is_refused_naming_it(tmp_path: Path):
    with pytest.raises(ClauseError, match="无法读取条款文件 confirmation.toml"):
        load_letter_clauses(tmp_path / "confirmation.toml")
    with pytest.raises(ClauseError, match="无法读取条款文件 confirmation.toml"):
        load_letter_clauses(_clause_file(tmp_path, CLAUSES.replace('title = "', "title = ", 1)))


def test_a_clause_file_missing_an_entry_is_refused_naming_the_entry(tmp_path: Path):
    without_title = "\n".join(line for line in CLAUSES.splitlines() if not line.startswith("title ="))
    with pytest.raises(ClauseError, match="条款文件 confirmation.toml缺少或写错了条目：'title'"):
        load_letter_clauses(_clause_file(tmp_path, without_title))
    bad_tier = CLAUSES.replace("[tiers.vip]", "[tiers.gold]")
    with pytest.raises(ClauseError, match="条款文件 confirmation.toml缺少或写错了条目"):
        load_letter_clauses(_clause_file(tmp_path, bad_tier))


def test_a_clause_file_without_a_service_tier_is_refused_naming_the_tier(tmp_path: Path):
    basic_only = CLAUSES.split("[tiers.vip]")[0]
    with pytest.raises(ClauseError, match="条款文件 confirmation.toml缺少服务等级：VIP"):
        load_letter_clauses(_clause_file(tmp_path, basic_only))


def test_a_clause_naming_an_unknown_figure_is_refused_naming_it():
    assert fill("请于 {materials_due} 前提交", {"materials_due": "11月24日"}) == "请于 11月24日 前提交"
    with pytest.raises(ClauseError, match="条款中有无法识别的名称：\\{deadlin\\}、\\{totl\\}"):
        fill("{totl} 于 {deadlin} 前", {"deadline": "11月30日", "total": "¥2,000.00"})


def _rename_client(database, case_id: int, name: str, address: str) -> None:
    with database.unit_of_work() as session:
        client = session.get_one(Case, case_id).client
        client.name, client.address = name, address


def test_the_letter_carries_the_address_the_offices_codes_and_the_material_checklist(sample_database):
    case_id = first_open_case(sample_database)[0]
    letter = compose_confirmation_letter(sample_database, case_id, NOW, 1)
    with sample_database.unit_of_work() as session:
        case = session.get_one(Case, case_id)
        address = case.client.address
        checks = session.scalars(
            select(MaterialCheck).where(MaterialCheck.case_id == case_id).order_by(MaterialCheck.position)
        ).all()
        reviewers = {
            r.level: session.get_one(Staff, r.reviewer_id).name for r in case_reviews(session, case_id)
        }
    assert address and letter.client.address == address
    assert letter.office.credit_code == "91310115MA1H7MY8X8"  # the sample office's, as set up
    assert (letter.office_bank, letter.office_account) == ("招商银行上海张江支行", "121909887610001")
    assert checks and [(m.name, m.state) for m in letter.materials] == [
        (c.item_name, c.state) for c in checks
    ]
    assert {r.level: r.reviewer for r in letter.material_reviews} == reviewers


def case_reviews(session, case_id: int) -> list[MaterialReviewRecord]:
    return list(session.scalars(select(MaterialReviewRecord).where(MaterialReviewRecord.case_id == case_id)))


def test_a_character_no_font_has_stops_the_letter_naming_it_and_where(sample_database):
    case_id = first_open_case(sample_database)[0]
    _rename_client(sample_database, case_id, "😀加急🚀有限公司", "上海市")
    versions = list_letter_versions(sample_database, case_id)
    with pytest.raises(ValidationFailed) as failure:
        generate_letter_version(sample_database, case_id, NOW)
    message = failure.value.problems["letter"]
    assert "甲方名称" in message and "“😀”" in message and "U+1F600" in message
    assert list_letter_versions(sample_database, case_id) == versions  # nothing printed blank


def test_the_other_documents_refuse_a_character_no_font_has_too(sample_database):
    """Seen: the progress report, failure notice and summary printed 😀 as a blank, silently."""
    case_id = first_open_case(sample_database)[0]
    _rename_client(sample_database, case_id, "😀加急有限公司", "上海市")
    versions = list_letter_versions(sample_database, case_id)
    for generate in (generate_progress_report, generate_case_summary):
        with pytest.raises(ValidationFailed) as failure:
            generate(sample_database, case_id, NOW)
        assert "客户名称中的“😀”（U+1F600）" in failure.value.problems["document"]
    _rename_client(sample_database, case_id, "上海恒通科技有限公司", "上海市")
    with pytest.raises(ValidationFailed) as failure:
        generate_failure_notice(
            sample_database,
            case_id,
            NOW,
            FailureAccount("材料被退回🙏", Responsibility.OFFICE, "免费重办", Decimal(0)),
        )
    assert "发生了什么中的“🙏”" in failure.value.problems["document"]
    assert list_letter_versions(sample_database, case_id) == versions
    assert generate_case_summary(sample_database, case_id, NOW).version == 1  # the name fixed: it prints


def test_rare_characters_of_a_name_and_an_address_print_with_the_attachment(sample_database, tmp_path: Path):
    case_id = first_open_case(sample_database)[0]
    _rename_client(sample_database, case_id, "䶮𫖮科技有限公司", "上海市浦东新区𬌗园路 88 号")
    letter = generate_letter_version(sample_database, case_id, NOW)
    text = _pdf_text(sample_database, letter, tmp_path)
    assert "名称：䶮𫖮科技有限公司" in text and "地址：上海市浦东新区𬌗园路88号" in text
    assert "附件材料清单" in text and "统一社会信用代码：91310115MA1H7MY8X8" in text
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / letter.file_name)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded


def test_a_saved_copy_is_named_after_the_client_the_case_and_the_version(sample_database):
    case_id, number = first_open_case(sample_database)
    _rename_client(sample_database, case_id, "A/B 贸易:有限公司", "上海市")
    letter = generate_letter_version(sample_database, case_id, NOW)
    assert suggested_file_name(sample_database, letter) == f"确认书-AB 贸易有限公司-{number}-V1.pdf"
