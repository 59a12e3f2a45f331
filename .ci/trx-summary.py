#!/usr/bin/env python3
"""Sums the TRX files under a folder, cross-checks them, and prints one line: `N passed, N failed, N skipped`.

Usage: trx-summary.py RESULTS_DIR [--log DOTNET_TEST_LOG] [--project NAME]... [--failed-step LABEL]...

  --log          the console output of `dotnet test`; its per-project lines
                 (`Passed!  - Failed: 0, Passed: 3, Skipped: 0, Total: 3, Duration: 1 s - X.Tests.dll (net10.0)`)
                 must agree with the TRX file of the same project.
  --project      a test project that must have run (e.g. CpdTwitter.Web.Tests, the name of tests/*/*.csproj): a
                 project with no TRX file, or with zero tests, is a failure.
  --failed-step  a CI step outside the tests that failed (e.g. a migration script); each counts as one failure.

Every problem is explained on stderr and counted as a failure; nothing is silently "corrected". Exits 0 only when
at least one test ran, nothing failed and nothing was skipped (browser and PostgreSQL tests must run in CI).

What xunit.v3 3.2 + xunit.runner.visualstudio 3.1 + VSTest 18 actually write (checked against real runs):
  * a skipped test (Assert.Skip or [Fact(Skip=...)]) is a UnitTestResult with outcome="NotExecuted", but the
    <Counters> element still says notExecuted="0"; it only shows as total - executed. So skipped tests are
    counted from the results themselves, and from the counters as total - executed, whichever is larger.
  * a test host that crashes leaves a TRX with all counters 0, no results and ResultSummary outcome="Failed";
    that counts as one failure.
  * the TRX names the test assembly in TestDefinitions/UnitTest/TestMethod/@codeBase (and, lower-cased, in
    UnitTest/@storage); a TRX without any test cannot name its project.
"""
import argparse
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
PASSED = {"Passed", "PassedButRunAborted", "Warning", "Completed"}
FAILED = {"Failed", "Error", "Timeout", "Aborted", "Disconnected"}
GOOD_RUN_OUTCOMES = {"Completed", "Passed", "Warning", ""}
CONSOLE_LINE = re.compile(
    r"(?:Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+),\s+Skipped:\s+(\d+),\s+Total:\s+(\d+)"
    r"(?:,\s+Duration:[^\n]*?)?\s+-\s+(\S+?)\.dll\b")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def note(message):
    print(f"trx-summary: {message}", file=sys.stderr)


def count(counters, name):
    try:
        return int(counters.get(name, 0)) if counters is not None else 0
    except ValueError:
        return 0


def project_of(root):
    """The test assembly's name (without .dll) that a TRX file reports on, or None when it holds no test."""
    names = set()
    for method in root.findall("t:TestDefinitions/t:UnitTest/t:TestMethod", NS):
        if method.get("codeBase"):
            names.add(os.path.splitext(os.path.basename(method.get("codeBase")))[0])
    if not names:
        for test in root.findall("t:TestDefinitions/t:UnitTest", NS):
            if test.get("storage"):
                names.add(os.path.splitext(os.path.basename(test.get("storage")))[0])
    if len(names) > 1:
        return " + ".join(sorted(names))
    return next(iter(names), None)


def summarize_trx(path):
    """(project or None, [passed, failed, skipped], problems) for one TRX file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        return None, [0, 0, 0], [f"cannot read {path}: {error}"]
    passed = failed = skipped = 0
    for result in root.findall("t:Results/t:UnitTestResult", NS):
        outcome = result.get("outcome", "")
        if outcome in PASSED:
            passed += 1
        elif outcome in FAILED:
            failed += 1
        else:  # NotExecuted, Inconclusive, NotRunnable, Pending, InProgress, ...
            skipped += 1
    summary = root.find("t:ResultSummary", NS)
    counters = root.find("t:ResultSummary/t:Counters", NS)
    passed = max(passed, count(counters, "passed"))
    failed = max(failed, sum(count(counters, n) for n in ("failed", "error", "timeout", "aborted")))
    skipped = max(
        skipped,
        count(counters, "notExecuted") + count(counters, "skipped"),
        count(counters, "total") - count(counters, "executed"),
    )
    problems = []
    run_outcome = summary.get("outcome", "") if summary is not None else "Failed"
    if run_outcome not in GOOD_RUN_OUTCOMES and failed == 0:
        problems.append(f"{os.path.basename(path)}: run outcome {run_outcome} with no failed test "
                        "(test host crashed or aborted?)")
    return project_of(root), [passed, failed, skipped], problems


def summarize_console(log_path):
    """{project: [passed, failed, skipped]} from the `dotnet test` console output."""
    per_project = {}
    with open(log_path, encoding="utf-8", errors="replace") as log:
        for line in log:
            match = CONSOLE_LINE.search(ANSI.sub("", line))
            if match:
                failed, passed, skipped, _total = (int(g) for g in match.groups()[:4])
                totals = per_project.setdefault(match.group(5), [0, 0, 0])
                totals[0] += passed
                totals[1] += failed
                totals[2] += skipped
    return per_project


def describe(numbers):
    return f"{numbers[0]} passed, {numbers[1]} failed, {numbers[2]} skipped"


def summarize(folder, log_path=None, projects=(), failed_steps=()):
    """([passed, failed, skipped], problems): the totals, with one failure added per problem found."""
    files = sorted(glob.glob(os.path.join(folder, "**", "*.trx"), recursive=True))
    totals = [0, 0, 0]
    problems = []
    per_project = {}
    anonymous_empty = 0
    for path in files:
        project, numbers, trx_problems = summarize_trx(path)
        for i, value in enumerate(numbers):
            totals[i] += value
        if project is None and sum(numbers) == 0:
            # Counted below, paired with the expected project that has no tests, so one crash is one failure.
            for problem in trx_problems:
                note(problem)
            anonymous_empty += 1
            continue
        problems.extend(trx_problems)
        if project is None:
            continue
        known = per_project.setdefault(project, [0, 0, 0])
        for i, value in enumerate(numbers):
            known[i] += value

    missing = [p for p in projects if p.lower() not in {k.lower() for k in per_project}]
    for project in missing:
        problems.append(f"{project}: no TRX file with its tests (not run, zero tests, or its test host died)")
    # A project that ran no test may also have left a TRX that names nobody: one failure for the pair, not two.
    for _ in range(anonymous_empty - len(missing)):
        problems.append("a TRX file holds no test (a test host that died, or a project without tests)")

    if log_path is not None:
        try:
            console = summarize_console(log_path)
        except OSError as error:
            console = None
            problems.append(f"cannot read the dotnet test log {log_path}: {error}")
        if console is not None:
            console_lower = {k.lower(): v for k, v in console.items()}
            for project, numbers in sorted(per_project.items()):
                reported = console_lower.get(project.lower())
                if reported is None:
                    problems.append(f"{project}: the TRX shows {describe(numbers)}, "
                                    "but the dotnet test log has no result line for it")
                elif reported != numbers:
                    problems.append(f"{project}: the TRX shows {describe(numbers)}, "
                                    f"the dotnet test log {describe(reported)}")
            trx_lower = {k.lower() for k in per_project}
            for project, reported in sorted(console.items()):
                if project.lower() not in trx_lower:
                    problems.append(f"{project}: the dotnet test log shows {describe(reported)}, but no TRX file has it")

    for step in failed_steps:
        problems.append(f"failed step: {step}")
    if not files:
        problems.append(f"no TRX file under {folder}")
    elif sum(totals) == 0 and not problems:
        problems.append("no test ran")

    for problem in problems:
        note(problem)
    totals[1] += len(problems)
    return totals, problems


def main(argv):
    parser = argparse.ArgumentParser(description="Sum and cross-check TRX files.")
    parser.add_argument("folder", nargs="?", default="artifacts/test-results")
    parser.add_argument("--log")
    parser.add_argument("--project", action="append", default=[])
    parser.add_argument("--failed-step", action="append", default=[])
    args = parser.parse_args(argv[1:])
    (passed, failed, skipped), _ = summarize(args.folder, args.log, args.project, args.failed_step)
    sys.stderr.flush()
    print(f"{passed} passed, {failed} failed, {skipped} skipped", flush=True)
    return 0 if failed == 0 and skipped == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
