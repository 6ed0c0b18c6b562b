"""The confirmation letter read back: text, 大写 total, pages, embedded font, wrapping, a page's pixels."""

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.chinese_amount import rmb_capitals
from app.domain.letter import ConfirmationLetter, FeeLine, Milestone, Party, load_letter_clauses
from reports.cjk_text import NO_LINE_START, para, style
from reports.confirmation_letter import render_confirmation_letter

POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed (.ci/run installs it)")


def _letter(**changes) -> ConfirmationLetter:
    clauses = load_letter_clauses()
    fees = (FeeLine("加急服务费", Decimal("9800.00")), FeeLine("加班费", Decimal("1545.60")),
            FeeLine("特殊通道费", Decimal("1000.00")))  # fmt: skip
    total = sum((fee.amount for fee in fees), Decimal("0"))
    letter = ConfirmationLetter(
        "加急服务确认书", "QR-JJ2026-00042-V2", 2, date(2026, 11, 23),
        Party("明远企业服务有限公司", "", "上海市浦东新区张杨路 500 号 18 楼", "周明远", "021-58881234"),
        "周明远", "明远企业服务有限公司 合同专用章",
        Party("上海恒通科技有限公司", "91310115MA1K4DXQ3N", "上海市科苑路 88 号", "王经理", "13912345678"),
        "工商变更", "经营范围变更加急（省级投标截止）", "增加医疗器械经营",
        datetime(2026, 11, 30, 17, 0), datetime(2026, 11, 27, 15, 30), False, "时间按工作时间计算。",
        (Milestone("提交登记申请并确认受理", datetime(2026, 11, 25, 16, 0), False),
         Milestone("领取新营业执照", datetime(2026, 11, 27, 15, 30), False)),
        fees, total, rmb_capitals(total), clauses.preamble, clauses.client_obligations, clauses.risks,
        clauses.responsibilities, "VIP 服务", clauses.tiers[next(iter(clauses.tiers))][1], clauses.closing,
    )  # fmt: skip
    return replace(letter, **changes)


def _pdf(tmp_path: Path, letter: ConfirmationLetter) -> Path:
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_confirmation_letter(letter))
    return path


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_the_letter_reads_back_with_parties_total_in_capitals_and_page_numbers(tmp_path: Path):
    path = _pdf(tmp_path, _letter())
    text = _text(path)
    compact = re.sub(r"\s+", "", text)
    assert "上海恒通科技有限公司" in compact and "91310115MA1K4DXQ3N" in compact
    assert "合计（大写）：人民币壹万贰仟叁佰肆拾伍元陆角整" in compact
    assert "¥12,345.60" in compact and "QR-JJ2026-00042-V2" in compact
    pages = int(re.search(r"共(\d+)页", compact).group(1))
    assert pages >= 2 and f"第{pages}页共{pages}页" in compact
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYiMicroHei" in fonts and re.search(r"yes\s+yes", fonts)  # embedded, as a subset


@needs_poppler
def test_signature_blocks_stay_on_one_page(tmp_path: Path):
    text = _text(_pdf(tmp_path, _letter()))
    last_page = text.split("\f")[-2] if text.endswith("\f") else text.split("\f")[-1]
    assert "甲方（盖章）" in last_page and "乙方（盖章）" in last_page and "日期：2026年11月23日" in last_page


@needs_poppler
def test_a_long_name_and_scope_wrap_and_a_page_is_not_blank(tmp_path: Path):
    long_name = "上海" + "恒通国际供应链管理与跨境电子商务服务" * 4 + "有限公司"
    long_scope = (
        "办理经营范围变更，增加"
        + "、".join(["医疗器械经营", "食品销售", "进出口代理"] * 12)
        + "，并同步更新税务登记。"
    )
    client = Party(long_name, "91310115MA1K4DXQ3N", "上海市", "王经理", "13912345678")
    path = _pdf(tmp_path, _letter(client=client, scope_detail=long_scope))
    compact = re.sub(r"\s+", "", _text(path))
    assert long_name in compact and long_scope.replace(" ", "") in compact  # nothing cut off
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True
    )
    from PIL import Image  # reportlab's own dependency

    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    histogram = image.histogram()
    assert sum(histogram[:128]) > image.width * image.height * 0.01  # text and rules, not a blank page


def test_chinese_closing_marks_never_start_a_line():
    body = style("body")
    text = (
        "甲方应于 2026年11月24日 14:03 前提交全部材料，并保证材料真实、完整、有效；"
        "材料名称、统一社会信用代码等信息应与营业执照逐字一致。"
    )
    for width in range(60, 480, 3):
        paragraph = para(text, body)
        paragraph.wrap(width, 2000)
        lines = ["".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words)
                 for line in paragraph.blPara.lines]  # fmt: skip
        assert not [line for line in lines[1:] if line[:1] in NO_LINE_START], width


@needs_poppler
def test_a_promise_on_a_make_up_working_day_or_estimated_data_says_so(tmp_path: Path):
    letter = _letter(
        committed_finish=datetime(2026, 10, 10, 18, 0),  # the Saturday worked for 国庆节
        committed_makeup=True,
        milestones=(Milestone("领取新营业执照", datetime(2027, 2, 11, 12, 0), True),),
    )
    compact = re.sub(r"\s+", "", _text(_pdf(tmp_path, letter)))
    assert "乙方承诺于2026年10月10日18:00（调休上班）前完成" in compact
    assert "2027年2月11日12:00（预估）" in compact
