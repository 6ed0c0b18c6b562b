from app.domain.text_limits import add_length_problems


def test_a_text_over_its_limit_is_refused_with_the_limit_trimmed_text_counted():
    problems: dict[str, str] = {}
    add_length_problems(problems, {"title": ("一二三四", 3), "note": ("  一二三  ", 3)})
    assert problems == {"title": "不能超过 3 个字"}


def test_a_field_refused_already_keeps_its_own_problem():
    problems = {"title": "请填写标题"}
    add_length_problems(problems, {"title": ("一二三四", 3)})
    assert problems == {"title": "请填写标题"}
