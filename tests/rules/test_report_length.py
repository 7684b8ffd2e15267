from rules_a_build import appendix, report, run, sec

from reportkit.rules.report_length import RULE


def test_ordinary_reports_pass_the_default_limit() -> None:
    rep = report(sec("Background", *(["word " * 400] * 10)))  # 4,000 words, about 8 sides
    assert run(RULE, rep) == []


def test_a_long_report_is_flagged_in_sides_or_words() -> None:
    rep = report(sec("Background", *(["word " * 500] * 14)))
    assert "about 14 sides" in run(RULE, rep)[0].message
    assert len(run(RULE, rep, max_sides=None, max_words=5000)) == 1
    assert run(RULE, rep, max_sides=None) == []


def test_appendices_without_titles_are_flagged() -> None:
    rep = report(appendices=[appendix("1"), appendix("2", "Site plan")])
    assert [h.message for h in run(RULE, rep)] == ["Appendix 1 is listed without a title."]
    assert run(RULE, rep, appendix_titles=False) == []
