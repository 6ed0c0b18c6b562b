"""Material pre-check: the checklist per service type, what passes, and the three review levels."""

import re
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.material_checklist import (
    ChecklistError,
    ChecklistItem,
    ItemCheck,
    ItemState,
    MaterialChecklist,
    Review,
    ReviewLevel,
    builtin_material_checklist,
    checklist_problems,
    load_material_checklist,
    review_problems,
)
from app.domain.vocabulary import ServiceType

CHECKLIST = MaterialChecklist(
    ServiceType.TAX_FILING,
    "税务申报材料预审清单",
    (ChecklistItem("licence", "营业执照副本"), ChecklistItem("statements", "财务报表"),
     ChecklistItem("authorisation", "授权委托书", required=False)),
)  # fmt: skip


@pytest.mark.parametrize("service_type", list(ServiceType))
def test_every_service_type_has_a_checklist(service_type):
    checklist = builtin_material_checklist(service_type)
    assert checklist.service_type is service_type and 6 <= len(checklist.items) <= 12
    assert any(item.required for item in checklist.items)


HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@pytest.mark.parametrize("service_type", list(ServiceType))
def test_every_built_in_checklist_reads_in_english_too(service_type):
    """The English interface shows the files' English: every name and hint has one, without Chinese."""
    checklist = builtin_material_checklist(service_type)
    english = [checklist.name_en] + [
        text for item in checklist.items for text in (item.name_en, item.hint_en)
    ]
    assert all(text and not HAN.search(text) for text in english), english
    assert all(item.hint for item in checklist.items)  # each English hint translates a Chinese one


def test_a_problem_names_the_item_with_its_english():
    item = ChecklistItem("licence", "营业执照副本", name_en="Copy of the business licence")
    (problem,) = checklist_problems(MaterialChecklist(ServiceType.TAX_FILING, "清单", (item,)), {})
    assert problem == "缺少必需材料“营业执照副本”"  # Chinese as before; the interface can show the English
    assert problem.params["name"].english == "Copy of the business licence"


def test_passing_needs_every_required_item_and_no_problem():
    received = {"licence": ItemCheck(ItemState.RECEIVED), "statements": ItemCheck(ItemState.RECEIVED)}
    assert checklist_problems(CHECKLIST, received) == []
    assert checklist_problems(CHECKLIST, {"licence": ItemCheck(ItemState.RECEIVED)}) == [
        "缺少必需材料“财务报表”"
    ]
    flawed = {**received, "authorisation": ItemCheck(ItemState.PROBLEM, "缺法定代表人签字")}
    assert checklist_problems(CHECKLIST, flawed) == ["“授权委托书”有问题：缺法定代表人签字"]


def _review(level, who, hour):
    return Review(level, who, datetime(2026, 11, 23, hour))


def test_three_levels_by_three_people_in_order():
    reviews = [_review(ReviewLevel.CLERK, "陈静", 9), _review(ReviewLevel.SUPERVISOR, "黄海", 10),
               _review(ReviewLevel.LEGAL, "何雪", 11)]  # fmt: skip
    assert review_problems(reviews) == []
    assert review_problems(reviews[:2]) == ["尚未完成法务终审"]


def test_one_person_cannot_do_two_levels():
    reviews = [_review(ReviewLevel.CLERK, "陈静", 9), _review(ReviewLevel.SUPERVISOR, "陈静", 10),
               _review(ReviewLevel.LEGAL, "何雪", 11)]  # fmt: skip
    assert review_problems(reviews) == ["陈静 已做过业务员初核，不能再做主管复核"]


def test_levels_out_of_order_are_refused():
    reviews = [_review(ReviewLevel.CLERK, "陈静", 11), _review(ReviewLevel.SUPERVISOR, "黄海", 10),
               _review(ReviewLevel.LEGAL, "何雪", 12)]  # fmt: skip
    assert review_problems(reviews) == ["三级审核应依次进行：业务员初核 → 主管复核 → 法务终审"]


def test_a_broken_checklist_file_is_named(tmp_path: Path):
    path = tmp_path / "tax_filing.toml"
    path.write_text(
        'service_type = "tax_filing"\n[[items]]\nkey = "A B"\nname = "营业执照"\n', encoding="utf-8"
    )
    with pytest.raises(ChecklistError, match="材料清单 tax_filing.toml第 1 项"):
        load_material_checklist(path)


def test_an_unreadable_checklist_file_is_named(tmp_path: Path):
    with pytest.raises(ChecklistError, match="无法读取材料清单 tax_filing.toml"):
        load_material_checklist(tmp_path / "tax_filing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("service_type = \n", encoding="utf-8")
    with pytest.raises(ChecklistError, match="无法读取材料清单 broken.toml"):
        load_material_checklist(broken)


def test_a_checklist_for_an_unknown_service_type_is_refused_naming_it(tmp_path: Path):
    path = tmp_path / "visa.toml"
    path.write_text('service_type = "visa"\n[[items]]\nkey = "passport"\nname = "护照"\n', encoding="utf-8")
    with pytest.raises(ChecklistError, match="材料清单 visa.toml的业务类型“visa”无效"):
        load_material_checklist(path)


def test_a_checklist_without_items_is_refused(tmp_path: Path):
    path = tmp_path / "tax_filing.toml"
    path.write_text('service_type = "tax_filing"\nname = "税务申报材料预审清单"\n', encoding="utf-8")
    with pytest.raises(ChecklistError, match="材料清单 tax_filing.toml没有任何材料项"):
        load_material_checklist(path)
