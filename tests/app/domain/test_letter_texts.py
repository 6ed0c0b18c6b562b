"""What the letter prints and the rules about it: every text checked for characters no font has, the
附件's wording of a material's state, and the name a saved copy gets."""

from dataclasses import replace
from datetime import datetime

from app.domain.letter import (
    CLIENT_IN_FILE_NAME,
    MATERIAL_STATUS,
    MaterialLine,
    Milestone,
    Party,
    document_file_name,
    letter_texts,
    unprintable_problem,
)
from app.domain.material_checklist import ItemState, Review, ReviewLevel
from tests.reports.test_confirmation_letter import _letter


def test_every_text_from_the_case_and_the_office_is_named_where_it_prints():
    letter = _letter(
        materials=(MaterialLine("股东会决议", True, ItemState.PROBLEM, "缺签字"),),
        material_reviews=(Review(ReviewLevel.CLERK, "李前台", datetime(2026, 11, 23, 10, 0)),),
        office_bank="招商银行",
    )
    texts = dict(letter_texts(letter))
    assert texts["甲方名称"] == "上海恒通科技有限公司" and texts["乙方地址"] == letter.office.address
    assert texts["材料清单"] == "股东会决议缺签字" and texts["材料核对人"] == "李前台"
    assert texts["开户银行"] == "招商银行" and texts["里程碑"] == "领取新营业执照"
    assert any(where == "条款" and text == letter.closing for where, text in letter_texts(letter))


def test_the_first_character_no_font_has_is_named_with_where_it_is():
    letter = _letter(
        client=Party("😀加急🚀有限公司"), milestones=(Milestone("领🚀照", datetime(2026, 12, 1), False),)
    )
    problem = unprintable_problem(letter_texts(letter), lambda char: ord(char) < 0x10000)
    assert problem == "甲方名称中的“😀”（U+1F600）没有可用的字体，无法打印。请删去该字符或改用文字后再生成"
    rare = unprintable_problem(letter_texts(_letter(client=Party("䶮𫖮科技"))), lambda char: char != "𫖮")
    assert rare is not None and rare.startswith("甲方名称中的“𫖮”（U+2B5AE）") and "生僻字字体" in rare
    assert (
        unprintable_problem(
            letter_texts(replace(letter, client=Party("加急 有限公司"), milestones=())), str.isprintable
        )
        is None
    )


def test_the_attachment_words_each_state_for_the_client():
    assert [MATERIAL_STATUS[state] for state in ItemState] == ["待提交", "已收到", "需补正"]


def test_a_saved_copy_is_named_for_any_file_system():
    assert document_file_name("确认书", "上海恒通科技有限公司", "JJ2026-00045", 1) == (
        "确认书-上海恒通科技有限公司-JJ2026-00045-V1.pdf"
    )
    assert document_file_name("确认书", 'A<B>:"C"/D\\E|F?G*\tH  I ', "JJ2026-00045", 2) == (
        "确认书-ABCDEFG H I-JJ2026-00045-V2.pdf"
    )
    assert document_file_name("告知书", " .. ", "JJ2026-00045", 3) == "告知书-JJ2026-00045-V3.pdf"
    long = document_file_name("确认书", "恒" * 100, "JJ2026-00045", 1)
    assert long == f"确认书-{'恒' * CLIENT_IN_FILE_NAME}-JJ2026-00045-V1.pdf"


def test_a_letter_misses_the_deadline_only_when_it_promises_a_later_finish():
    letter = _letter()
    assert not letter.misses_deadline
    assert not replace(letter, committed_finish=letter.deadline).misses_deadline
    assert replace(letter, committed_finish=datetime(2026, 12, 1, 9, 0)).misses_deadline
