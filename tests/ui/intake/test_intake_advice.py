"""The intake's advice as the clerk reads it: the priority, and the finish of the handling chosen."""

from datetime import timedelta

from app.domain.intake_form import IntakeForm
from app.domain.urgency import Recommendation
from app.domain.vocabulary import ServiceType
from app.sample.logins import DEMO_PASSWORD
from app.usecases.accounts import login
from tests.helpers import NOW
from ui.intake.intake_dialog import IntakeDialog


def _dialog(qtbot, database) -> IntakeDialog:
    database.actor = login(database, "chenjing", DEMO_PASSWORD, NOW)
    dialog = IntakeDialog(database)
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: IntakeDialog, handling: Recommendation) -> str:
    dialog.handling.setCurrentIndex(dialog.handling.findData(handling))
    return dialog.advice.text()


def test_the_finish_shown_is_that_of_the_handling_gone_with(qtbot, sample_database):
    # Seen: under 常规办理 the "预计…完成" shown was the expedite plan's finish.
    dialog = _dialog(qtbot, sample_database)
    context = dialog._context
    service = ServiceType.COMPANY_CHANGE
    dialog.set_form(
        IntakeForm(
            service_type=service,
            template_code=context.templates[service][0].template.code,
            deadline=NOW + timedelta(days=90),
        )
    )
    lead = dialog._lead
    assert lead is not None and lead.assessment.recommendation is Recommendation.NORMAL
    normal = f"{context.calendar.add_working_minutes(NOW, lead.facts.normal_minutes):%Y-%m-%d %H:%M}"
    expedite = f"{lead.projected_finish:%Y-%m-%d %H:%M}"
    assert normal != expedite
    text = dialog.advice.text()
    assert f"按常规办理，预计 <b>{normal}</b> 完成" in text and expedite not in text
    assert "优先级：一般" in text and "伪紧急" in text  # no dimension scored: false urgency

    text = _choose(dialog, Recommendation.FULL)
    assert f"按全面加急，预计 <b>{expedite}</b> 完成" in text and normal not in text
    # A targeted expedite speeds up the bottleneck only: it lands between the two.
    text = _choose(dialog, Recommendation.TARGETED)
    assert f"预计 <b>{expedite}</b> 至 <b>{normal}</b> 之间完成" in text
