from reportkit.output import github


def test_each_finding_is_one_workflow_command_with_file_line_and_title(findings):
    lines = github.render_findings(findings).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(
        "::error file=reports/cabinet march.md,line=1,col=1,title=RK101 missing-section::"
    )
    assert lines[1].startswith("::warning file=reports/cabinet march.md,line=14,col=5,")


def test_the_fix_goes_on_a_second_line_of_the_annotation(findings):
    first = github.render_findings(findings).splitlines()[0]
    message = first.split("::", 2)[2]
    assert message == (
        "The report has no Legal Implications section (legal)"
        "%0AAdd a Legal Implications section cleared by the monitoring officer."
    )


def test_percent_signs_are_escaped_so_github_does_not_decode_them(findings):
    second = github.render_findings(findings).splitlines()[1]
    assert second.endswith("split it, 100%25")


def test_word_findings_have_no_line_and_name_the_paragraph_in_the_message(findings):
    third = github.render_findings(findings).splitlines()[2]
    assert third.startswith("::notice file=reports/leisure.docx,title=RK401 tracked-changes::")
    assert "line=" not in third
    assert "reports/leisure.docx:¶7 (Summary): The document still holds" in third


def test_commas_and_colons_in_file_names_are_escaped_in_properties():
    assert github._prop("a,b:c.md") == "a%2Cb%3Ac.md"
