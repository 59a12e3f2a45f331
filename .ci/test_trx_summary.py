#!/usr/bin/env python3
"""Self-test of trx-summary.py on small TRX snippets shaped like the ones VSTest 18 writes. Run by .ci/run first."""
import contextlib
import importlib.util
import io
import os
import tempfile
import unittest

spec = importlib.util.spec_from_file_location("trx_summary", os.path.join(os.path.dirname(__file__), "trx-summary.py"))
trx_summary = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trx_summary)


def trx(project, outcomes, run_outcome="Completed", counters=None):
    """A TRX for `project` with one result per outcome; counters as VSTest writes them unless given."""
    results = "".join(f'<UnitTestResult testName="T{i}" outcome="{o}" />' for i, o in enumerate(outcomes))
    definitions = "".join(
        f'<UnitTest name="T{i}" storage="/w/tests/{project.lower()}/bin/release/net10.0/{project.lower()}.dll">'
        f'<TestMethod codeBase="/w/tests/{project}/bin/Release/net10.0/{project}.dll" className="C" name="T{i}" />'
        "</UnitTest>" for i in range(len(outcomes)))
    if counters is None:
        executed = sum(1 for o in outcomes if o != "NotExecuted")
        counters = (f'total="{len(outcomes)}" executed="{executed}" passed="{outcomes.count("Passed")}" '
                    f'failed="{outcomes.count("Failed")}" notExecuted="0"')
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">'
            f"<Results>{results}</Results><TestDefinitions>{definitions}</TestDefinitions>"
            f'<ResultSummary outcome="{run_outcome}"><Counters {counters} /></ResultSummary></TestRun>')


def console(project, passed, failed=0, skipped=0):
    verdict = "Failed!" if failed else "Passed!"
    total = passed + failed + skipped
    return (f"{verdict}  - Failed:     {failed}, Passed:   {passed}, Skipped:     {skipped}, Total:   {total}, "
            f"Duration: 1 m 2 s - {project}.dll (net10.0)\n")


class TrxSummaryTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="trx-summary-test-")
        self.log = os.path.join(self.folder, "dotnet-test.log")

    def write(self, name, text):
        with open(os.path.join(self.folder, name), "w", encoding="utf-8") as file:
            file.write(text)

    def run_summary(self, *args):
        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = trx_summary.main(["trx-summary.py", self.folder, *args])
        return code, out.getvalue().strip().splitlines()[-1], err.getvalue()

    def test_agreeing_trx_and_log_is_green(self):
        self.write("a.trx", trx("A.Tests", ["Passed", "Passed"]))
        self.write("b.trx", trx("B.Tests", ["Passed"]))
        self.write("dotnet-test.log", "Build started\n" + console("A.Tests", 2) + console("B.Tests", 1))

        code, line, err = self.run_summary("--log", self.log, "--project", "A.Tests", "--project", "B.Tests")

        self.assertEqual((code, line, err), (0, "3 passed, 0 failed, 0 skipped", ""))

    def test_a_log_that_disagrees_with_the_trx_is_a_failure_not_the_larger_count(self):
        self.write("a.trx", trx("A.Tests", ["Passed", "Passed"]))
        self.write("dotnet-test.log", console("A.Tests", 5))

        code, line, err = self.run_summary("--log", self.log, "--project", "A.Tests")

        self.assertEqual((code, line), (1, "2 passed, 1 failed, 0 skipped"))
        self.assertIn("A.Tests: the TRX shows 2 passed, 0 failed, 0 skipped, the dotnet test log 5 passed", err)

    def test_a_project_missing_from_the_log_is_a_failure(self):
        self.write("a.trx", trx("A.Tests", ["Passed"]))
        self.write("dotnet-test.log", "Test Run Aborted.\n")

        code, line, err = self.run_summary("--log", self.log)

        self.assertEqual((code, line), (1, "1 passed, 1 failed, 0 skipped"))
        self.assertIn("no result line for it", err)

    def test_a_project_without_a_trx_or_with_zero_tests_fails(self):
        self.write("a.trx", trx("A.Tests", ["Passed"]))
        self.write("empty.trx", trx("B.Tests", []))

        code, line, err = self.run_summary("--project", "A.Tests", "--project", "B.Tests", "--project", "C.Tests")

        self.assertEqual((code, line), (1, "1 passed, 2 failed, 0 skipped"))
        self.assertIn("B.Tests: no TRX file", err)
        self.assertIn("C.Tests: no TRX file", err)

    def test_a_crashed_test_host_counts_as_a_failure(self):
        self.write("a.trx", trx("A.Tests", ["Passed"]))
        self.write("crash.trx", trx("B.Tests", [], run_outcome="Failed"))

        code, line, err = self.run_summary("--project", "A.Tests", "--project", "B.Tests")

        self.assertEqual((code, line), (1, "1 passed, 1 failed, 0 skipped"))  # one crash, one failure
        self.assertIn("test host crashed", err)
        self.assertIn("B.Tests: no TRX file", err)

    def test_skipped_tests_are_counted_although_the_counters_say_zero(self):
        self.write("a.trx", trx("A.Tests", ["Passed", "NotExecuted"]))
        self.write("dotnet-test.log", console("A.Tests", 1, skipped=1))

        code, line, _ = self.run_summary("--log", self.log, "--project", "A.Tests")

        self.assertEqual((code, line), (1, "1 passed, 0 failed, 1 skipped"))

    def test_a_failed_step_shows_in_the_final_line(self):
        self.write("a.trx", trx("A.Tests", ["Passed", "Failed"]))
        self.write("dotnet-test.log", console("A.Tests", 1, failed=1))

        code, line, err = self.run_summary("--log", self.log, "--project", "A.Tests",
                                           "--failed-step", "migration script (SqlServer)")

        self.assertEqual((code, line), (1, "1 passed, 2 failed, 0 skipped"))
        self.assertIn("failed step: migration script (SqlServer)", err)

    def test_no_trx_at_all_fails(self):
        code, line, err = self.run_summary()

        self.assertEqual((code, line), (1, "0 passed, 1 failed, 0 skipped"))
        self.assertIn("no TRX file under", err)


if __name__ == "__main__":
    unittest.main()
