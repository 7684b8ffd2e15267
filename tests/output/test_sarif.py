import json

from reportkit.findings import Severity
from reportkit.output import sarif
from reportkit.output.run_info import RunInfo
from reportkit.rules.base import Rule


def _log(findings, **kwargs):
    return json.loads(sarif.render_findings(findings, RunInfo(rules={}, **kwargs)))


def test_the_log_is_sarif_2_1_0_with_one_run_naming_reportkit(findings):
    log = _log(findings)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "reportkit"
    assert driver["version"]
    assert "informationUri" not in driver


def test_each_finding_becomes_a_result_pointing_at_its_rule(findings):
    run = _log(findings)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["ruleId"] for r in run["results"]] == ["RK101", "RK305", "RK401"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    assert run["results"][0]["message"]["text"].startswith("The report has no Legal")
    assert run["results"][0]["properties"]["fix"].startswith("Add a Legal")


def test_text_findings_carry_a_relative_uri_and_a_line_and_column(findings):
    result = _log(findings)["runs"][0]["results"][1]
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {
        "uri": "reports/cabinet%20march.md",
        "uriBaseId": "%SRCROOT%",
    }
    assert physical["region"] == {"startLine": 14, "startColumn": 5}


def test_word_findings_name_the_paragraph_as_a_logical_location(findings):
    location = _log(findings)["runs"][0]["results"][2]["locations"][0]
    assert "region" not in location["physicalLocation"]
    assert location["logicalLocations"][0]["name"] == "paragraph 7"
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "Summary / paragraph 7"
    assert location["properties"] == {"paragraph": 7, "heading": "Summary"}


def test_rules_are_described_from_the_rule_declaration(findings):
    rule = Rule(
        code="RK101",
        name="missing-section",
        summary="A section the spec requires is missing",
        check=lambda report, spec, options: [],
        severity=Severity.ERROR,
        why="Members cannot take a lawful decision without the legal implications.",
    )
    log = json.loads(sarif.render_findings(findings, RunInfo(rules={"RK101": rule})))
    described = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert described["id"] == "RK101"
    assert described["name"] == "MissingSection"
    assert described["shortDescription"]["text"] == "A section the spec requires is missing."
    assert described["fullDescription"]["text"].startswith("Members cannot take")
    assert described["help"]["text"] == rule.explain()
    assert described["defaultConfiguration"] == {"level": "error"}


def test_unreadable_files_are_tool_notifications_and_mark_the_run_unsuccessful():
    log = _log([], errors=["board.docx is password-protected; remove the password"])
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert notes[0]["message"]["text"].startswith("board.docx is password-protected")
