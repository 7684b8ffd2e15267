from rules_a_build import appendix, report, run, sec

from reportkit.rules.exempt_paragraph import RULE

SEFTON_LIKE = (
    "No, Appendix A is NOT FOR PUBLICATION by virtue of Paragraph 3 of Part 1 of Schedule 12A "
    "of the Local Government Act 1972. The Public Interest Test has been applied and favours "
    "the information being treated as exempt."
)


def _exempt_report(text: str, status: str = "part", parts=("Appendix A",), listed=True, **kw):
    return report(
        sec("Appendices", "Appendix A - Valuation", id="appendices"),
        appendices=[appendix("A", "Valuation", exempt=True)] if listed else [],
        exempt=status,
        exempt_parts=list(parts),
        exempt_text=text,
        fields={"exempt": text},
        **kw,
    )


def test_an_exempt_appendix_with_paragraph_and_public_interest_test_is_not_flagged() -> None:
    assert run(RULE, _exempt_report(SEFTON_LIKE, exempt_paragraphs=[3])) == []


def test_an_exempt_part_without_a_paragraph_is_flagged() -> None:
    text = "Appendix A is NOT FOR PUBLICATION. The public interest test has been applied."
    hits = run(RULE, _exempt_report(text))
    assert [h.message for h in hits if "paragraph" in h.message and "Schedule 12A" in h.message]


def test_a_paragraph_outside_1_to_7_is_flagged() -> None:
    text = "Appendix A is exempt under paragraph 9 of Part 1 of Schedule 12A. Public interest..."
    hits = run(RULE, _exempt_report(text))
    assert any("Paragraph 9" in h.message for h in hits)


def test_paragraph_7a_is_accepted_only_when_the_option_allows() -> None:
    text = "Exempt under paragraph 7A of Schedule 12A; the public interest test was applied."
    assert any("7A" in h.message for h in run(RULE, _exempt_report(text)))
    assert run(RULE, _exempt_report(text), allow_paragraphs_7a_to_7c=True) == []


def test_a_missing_public_interest_test_is_flagged() -> None:
    text = "Appendix A is NOT FOR PUBLICATION by virtue of paragraph 3 of Schedule 12A."
    hits = run(RULE, _exempt_report(text))
    assert len(hits) == 1 and "public interest" in hits[0].message


def test_an_exempt_appendix_not_in_the_list_is_flagged() -> None:
    text = (
        "Appendix C is NOT FOR PUBLICATION by virtue of paragraph 3 of Schedule 12A. The "
        "public interest test favours exemption."
    )
    hits = run(RULE, _exempt_report(text, parts=("Appendix C",)))
    assert len(hits) == 1 and "Appendix C" in hits[0].message


def test_a_not_exempt_header_with_an_unnamed_exempt_appendix_is_flagged() -> None:
    rep = report(
        sec(
            "Appendices",
            "Appendix B - Bids (NOT FOR PUBLICATION, paragraph 3 of Schedule "
            "12A; the public interest test favours exemption)",
            id="appendices",
        ),
        appendices=[appendix("B", "Bids", exempt=True)],
        exempt="no",
        exempt_text="No",
    )
    hits = run(RULE, rep)
    assert len(hits) == 1 and "header says the report is not exempt" in hits[0].message


def test_the_public_interest_paragraph_10_is_not_a_ground() -> None:
    text = (
        "Appendix A is exempt under paragraph 3 of Part 1 of Schedule 12A; under paragraph 10 "
        "of Part 2 the public interest test has been applied."
    )
    assert run(RULE, _exempt_report(text)) == []


def test_a_report_with_nothing_exempt_is_not_flagged() -> None:
    assert (
        run(
            RULE, report(sec("Summary", "This report contains no exempt information."), exempt="no")
        )
        == []
    )
