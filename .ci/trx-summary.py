#!/usr/bin/env python3
"""Sums the TRX files under a folder and prints one line: `N passed, N failed, N skipped`.

Usage: trx-summary.py RESULTS_DIR [DOTNET_TEST_LOG]

Exits 0 only when at least one test ran, none failed and none was skipped (a skipped test is a CI failure:
browser and PostgreSQL tests must run). Notes on what xunit.v3 3.2 + xunit.runner.visualstudio 3.1 +
VSTest 18 actually write (checked against real runs):
  * a skipped test (Assert.Skip or [Fact(Skip=...)]) is a UnitTestResult with outcome="NotExecuted", but the
    <Counters> element still says notExecuted="0"; it only shows as total - executed. So skipped tests are
    counted from the results themselves, and from the counters as total - executed, whichever is larger.
  * a test host that crashes leaves a TRX with all counters 0, no results and ResultSummary outcome="Failed";
    that counts as one failure.
If the console log of `dotnet test` is given, its per-project lines (`Passed!  - Failed: 0, Passed: 3, ...`)
are summed too, and any category where they show more than the TRX files (e.g. a TRX that was never written)
wins, with a note on stderr.
"""
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
    r"(?:Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+),\s+Skipped:\s+(\d+),\s+Total:\s+(\d+)")


def count(counters, name):
    try:
        return int(counters.get(name, 0)) if counters is not None else 0
    except ValueError:
        return 0


def summarize_trx(path):
    """(passed, failed, skipped) for one TRX file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        print(f"trx-summary: cannot read {path}: {error}", file=sys.stderr)
        return 0, 1, 0
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
    run_outcome = summary.get("outcome", "") if summary is not None else "Failed"
    if run_outcome not in GOOD_RUN_OUTCOMES and failed == 0:
        print(f"trx-summary: {os.path.basename(path)}: run outcome {run_outcome} with no failed test "
              "(test host crashed or aborted?)", file=sys.stderr)
        failed = 1
    return passed, failed, skipped


def summarize_console(log_path):
    totals = [0, 0, 0]
    try:
        with open(log_path, encoding="utf-8", errors="replace") as log:
            for line in log:
                match = CONSOLE_LINE.search(line)
                if match:
                    failed, passed, skipped, _ = (int(g) for g in match.groups())
                    totals[0] += passed
                    totals[1] += failed
                    totals[2] += skipped
    except OSError as error:
        print(f"trx-summary: cannot read {log_path}: {error}", file=sys.stderr)
    return totals


def main(argv):
    folder = argv[1] if len(argv) > 1 else "artifacts/test-results"
    files = sorted(glob.glob(os.path.join(folder, "**", "*.trx"), recursive=True))
    totals = [0, 0, 0]
    for path in files:
        for i, value in enumerate(summarize_trx(path)):
            totals[i] += value
    if len(argv) > 2:
        console = summarize_console(argv[2])
        for i, name in enumerate(("passed", "failed", "skipped")):
            if console[i] > totals[i]:
                print(f"trx-summary: the dotnet test log shows {console[i]} {name}, the TRX files {totals[i]}; "
                      "using the log's count", file=sys.stderr)
                totals[i] = console[i]
    passed, failed, skipped = totals
    if not files:
        print(f"trx-summary: no TRX file under {folder}", file=sys.stderr)
    if not files or passed + failed + skipped == 0:
        failed = max(failed, 1)
    sys.stderr.flush()
    print(f"{passed} passed, {failed} failed, {skipped} skipped", flush=True)
    return 0 if failed == 0 and skipped == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
