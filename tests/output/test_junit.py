from xml.etree import ElementTree as ET

from reportkit.output import junit
from reportkit.output.run_info import RunInfo


def _parse(findings, files=(), errors=()):
    return ET.fromstring(junit.render_findings(findings, RunInfo(files=files, errors=list(errors))))


def test_each_file_is_a_suite_and_each_finding_a_failing_case(findings):
    root = _parse(findings)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["reports/cabinet march.md", "reports/leisure.docx"]
    assert suites[0].get("failures") == "2"
    cases = suites[0].findall("testcase")
    assert cases[0].get("name").startswith("RK101 missing-section at reports/cabinet march.md:1:1")
    failure = cases[0].find("failure")
    assert failure.get("type") == "error"
    assert "Add a Legal Implications section" in failure.text
    assert root.get("tests") == "3"
    assert root.get("failures") == "3"


def test_a_clean_file_is_a_suite_with_one_passing_case(findings):
    root = _parse(findings, files=["reports/clean.md", "reports/cabinet march.md"])
    clean = root.find("testsuite[@name='reports/clean.md']")
    assert clean.get("failures") == "0"
    (case,) = clean.findall("testcase")
    assert case.find("failure") is None


def test_unreadable_files_are_errors_not_failures():
    root = _parse([], errors=["broken.docx: the file is not a Word document"])
    assert root.get("errors") == "1"
    error = root.find("testsuite/testcase/error")
    assert error.get("message") == "broken.docx: the file is not a Word document"
