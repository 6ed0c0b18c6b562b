"""The confirmation letter read back: text, 大写 total, pages, only embedded fonts (rare characters in the
fallback), wrapping, seal boxes, the 附件, a page's pixels."""

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from app.domain.chinese_amount import rmb_capitals
from app.domain.letter import (
    ConfirmationLetter,
    FeeLine,
    MaterialLine,
    Milestone,
    Party,
    load_letter_clauses,
)
from app.domain.material_checklist import ItemState, Review, ReviewLevel
from reports.cjk_text import NO_LINE_START, para, style
from reports.confirmation_letter import SealBox, render_confirmation_letter, signatures
from reports.fonts import fallback_font_file

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


def _pages(path: Path) -> list[str]:
    return [page for page in _text(path).split("\f") if page.strip()]


@needs_poppler
def test_signature_blocks_stay_on_one_page_with_the_last_clause_before_the_attachment(tmp_path: Path):
    *_, signed, attached = _pages(_pdf(tmp_path, _letter()))
    for text in ("八、其他", "甲方（盖章）", "乙方（盖章）", "日期：______年_____月_____日"):
        assert text in signed
    assert "附件" in attached and "材料清单" in attached


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


def line_text(line) -> str:
    """A wrapped line's text: a (space, words) pair for plain text, a line of fragments otherwise."""
    return "".join(line[1]) if isinstance(line, tuple) else "".join(word.text for word in line.words)


def test_chinese_closing_marks_never_start_a_line():
    body = style("body")
    text = (
        "甲方应于 2026年11月24日 14:03 前提交全部材料，并保证材料真实、完整、有效；"
        "材料名称、统一社会信用代码等信息应与营业执照逐字一致。"
    )
    for width in range(60, 480, 3):
        paragraph = para(text, body)
        paragraph.wrap(width, 2000)
        lines = [line_text(line) for line in paragraph.blPara.lines]
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


@needs_poppler
def test_a_finish_after_the_deadline_says_the_deadline_cannot_be_met_and_signing_accepts_it(tmp_path: Path):
    """Seen: a letter promising 12月8日 15:41 for a deadline of 12月7日 10:00 without a word on it."""
    letter = _letter(deadline=datetime(2026, 12, 7, 10, 0), committed_finish=datetime(2026, 12, 8, 15, 41))
    compact = re.sub(r"\s+", "", _text(_pdf(tmp_path, letter)))
    assert (
        "甲方要求的截止时间：2026年12月7日10:00。乙方无法在该时间前完成，承诺于2026年12月8日15:41前完成；"
        "甲方签署本确认书即表示接受该完成时间。"
    ) in compact
    on_time = re.sub(r"\s+", "", _text(_pdf(tmp_path, _letter())))
    assert "无法在该时间前完成" not in on_time and "乙方承诺于2026年11月27日15:30前完成。" in on_time


def _fonts(path: Path) -> list[list[str]]:
    """pdffonts' rows: name, …, emb, sub, uni, object, generation."""
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in listing.splitlines()[2:]]


RARE_CLIENT = Party(
    "䶮𫖮科技有限公司", "91310115MA1K4DXQ3N", "上海市浦东新区𬌗园路 88 号", "王经理", "13912345678"
)
MATERIALS = (
    MaterialLine("营业执照副本原件", True, ItemState.RECEIVED),
    MaterialLine("股东会决议", True, ItemState.PROBLEM, "缺少股东签字"),
    MaterialLine("章程修正案", False, ItemState.MISSING),
)


@needs_poppler
def test_rare_characters_print_in_the_fallback_font_and_every_font_is_embedded(tmp_path: Path):
    """Ext A (䶮), C (𫖮) and E (𬌗) characters of a name and an address print (they came out blank),
    and no page refers to a font it does not carry (reportlab's Helvetica did)."""
    assert fallback_font_file("HanaMinA.ttf"), (
        "the fallback font is missing: make fonts (resources/fonts/README.md)"
    )
    path = _pdf(tmp_path, _letter(client=RARE_CLIENT, materials=MATERIALS))
    compact = re.sub(r"\s+", "", _text(path))
    assert "甲方（委托方）名称：䶮𫖮科技有限公司" in compact and "地址：上海市浦东新区𬌗园路88号" in compact
    fonts = _fonts(path)
    assert [row[0] for row in fonts if row[-5] != "yes"] == []  # emb
    assert {row[0].partition("+")[2] for row in fonts} >= {"WenQuanYiMicroHei-0", "HanaMinA"}


@needs_poppler
def test_the_attachment_lists_the_checklist_and_who_checked_it(tmp_path: Path):
    reviews = (Review(ReviewLevel.CLERK, "李前台", datetime(2026, 11, 23, 10, 5)),)
    letter = _letter(materials=MATERIALS, material_reviews=reviews)
    path = _pdf(tmp_path, letter)
    attached = re.sub(r"\s+", "", _pages(path)[-1])
    assert "附件材料清单" in attached and "QR-JJ2026-00042-V2" in attached
    assert "业务员初核：李前台（2026年11月23日10:05）" in attached and "法务终审：尚未进行" in attached
    layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    rows = [re.sub(r"\s+", "", line) for line in layout.split("\f")[-2].splitlines()]
    for row in ("1营业执照副本原件必交已收到", "2股东会决议必交需补正缺少股东签字", "3章程修正案如有待提交"):
        assert row in rows


@needs_poppler
def test_the_office_prints_its_credit_code_and_bank_account(tmp_path: Path):
    office = Party("明远企业服务有限公司", "91310115MA1H7MY8X8", "上海市", "周明远", "021-58881234")
    letter = _letter(office=office, office_bank="招商银行上海张江支行", office_account="121909887610001")
    text = _text(_pdf(tmp_path, letter))
    assert "统一社会信用代码：91310115MA1H7MY8X8" in text
    assert "开户银行：招商银行上海张江支行" in text and "银行账号：1219 0988 7610 001" in text


def test_seal_boxes_fit_a_company_seal_with_the_names_under_them():
    table = signatures(_letter())
    client, office = table._cellvalues[0]
    for cell, name in ((client, "上海恒通科技有限公司"), (office, "明远企业服务有限公司")):
        (box,) = [flowable for flowable in cell if isinstance(flowable, SealBox)]
        assert box.width >= 42 * mm and box.height >= 42 * mm
        texts = [getattr(flowable, "text", "") for flowable in cell]
        assert texts.index(name) > cell.index(box)  # under the box, not where the seal goes


@needs_poppler
def test_dates_leave_room_to_write_and_headings_are_never_left_at_a_page_foot(tmp_path: Path):
    for extra in range(0, 400, 25):  # the text grows: each heading lands near some page's foot
        path = _pdf(tmp_path, _letter(scope_detail="增加医疗器械经营" + "，并同步更新税务登记" * extra))
        for page in _pages(path):
            lines = [line.strip() for line in page.splitlines() if line.strip() and "页" not in line]
            assert not re.match(r"^[一二三四五六七八]、", lines[-1]), (extra, lines[-1])
    assert "日期：______年_____月_____日" in _text(path)


def test_an_amount_in_capitals_is_never_broken_across_lines():
    capitals = rmb_capitals(Decimal("104300.56"))
    text = f"乙方在服务费合计的 1 倍（即 ¥104,300.56（{capitals}））范围内赔偿；间接损失不在此列。"
    for width in range(240, 480, 4):  # from a little wider than the amount with its figures (236 pt)
        paragraph = para(text, style("body"))
        paragraph.wrap(width, 2000)
        lines = [line_text(line) for line in paragraph.blPara.lines]
        assert any(f"¥104,300.56（{capitals}）" in line for line in lines), (width, lines)  # with its figures
        assert "".join(lines) == text  # nothing lost or doubled


@needs_poppler
def test_the_loss_cap_prints_its_figures_and_capitals_on_one_line(tmp_path: Path):
    """Seen in clause 六.3: a line ending 「¥2,400.50（」, the 大写 on the next."""
    total = Decimal("2400.50")
    cap = f"¥{total:,.2f}（{rmb_capitals(total)}）"
    clauses = load_letter_clauses()
    filled = tuple(
        line.replace("{loss_cap_multiple}", "1").replace("{cap}", cap) for line in clauses.responsibilities
    )
    letter = _letter(fees=(FeeLine("加急服务费", total),), total=total, total_capitals=rmb_capitals(total),
                     responsibilities=filled)  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(_pdf(tmp_path, letter)), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    assert any(cap in line for line in lines), [line for line in lines if "¥2,400" in line]


@needs_poppler
def test_both_parties_write_the_date_when_they_sign(tmp_path: Path):
    """Seen: 乙方's 日期 printed as the day the letter was made, 甲方's left blank to write."""
    client, office = signatures(_letter())._cellvalues[0]
    for cell in (client, office):
        dates = [text for flowable in cell if (text := getattr(flowable, "text", "")).startswith("日期")]
        assert dates == ["日期：______年_____月_____日"]
    first, *_ = _pages(_pdf(tmp_path, _letter()))
    assert "（第2版，2026年11月23日出具）" in re.sub(r"\s+", "", first)  # the letter's own date, in its head
