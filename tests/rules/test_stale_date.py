import datetime as dt

from rules_a_build import report, run, sec

from reportkit.rules.stale_date import RULE

JAN_2024 = dt.date(2024, 1, 4)


def _run(text: str, meeting=JAN_2024, **kw):
    return run(RULE, report(sec("Consultation", text), meeting_date=meeting, **kw))


def test_months_planned_just_before_the_meeting_are_flagged() -> None:
    hits = _run("Further engagement is planned to take place in November and December.")
    assert len(hits) == 1 and "planned to take place in November and December" in hits[0].message


def test_a_full_date_in_the_future_tense_before_the_meeting_is_flagged() -> None:
    assert len(_run("The launch event will be held on 3 October 2023.")) == 1


def test_past_tense_is_not_flagged() -> None:
    assert _run("A report was submitted to Cabinet in July 2023.") == []
    assert _run("The event, which was planned to take place in November, was cancelled.") == []


def test_the_meeting_month_and_later_months_are_not_flagged() -> None:
    assert _run("The programme will commence in January 2024.") == []
    assert _run("The programme will commence in January.") == []
    assert _run("The new service will go live in March.") == []
    assert _run("The review will report in September.") == []


def test_the_lookback_window_is_an_option() -> None:
    text = "The survey will take place from September to December."
    assert _run(text) == []
    assert len(run(RULE, report(sec("C", text), meeting_date=JAN_2024), lookback_months=4)) == 1
    assert _run("The new contract will start in October.") == []


def test_a_report_dated_after_its_meeting_is_flagged() -> None:
    hits = _run("Nothing dated.", report_date=dt.date(2024, 1, 10))
    assert len(hits) == 1 and "after the meeting" in hits[0].message


def test_no_meeting_date_means_no_findings() -> None:
    assert _run("It will be held on 3 October 2023.", meeting=None) == []


def test_a_sentence_wrapped_over_lines_is_read_whole() -> None:
    assert len(_run("Engagement is planned to take place in November and\nDecember.")) == 1


def test_the_reader_s_future_and_other_clauses_are_not_the_event_s() -> None:
    assert _run("Members will recall that in December the Cabinet agreed the budget.") == []
    assert _run("Members will recall the decision in December.") == []
    assert _run("This will build on the work begun in December 2023.") == []
    assert len(_run("The review is expected to be completed by October 2023.")) == 1


def test_a_month_two_before_the_meeting_alone_may_be_next_year_s() -> None:
    assert _run("Officers will report back to the Committee in November.") == []
    assert len(_run("Officers will report back to the Committee in December.")) == 1
