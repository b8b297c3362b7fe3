#!/usr/bin/env python3
"""`entente meetings` against an independent reading of corpus/meetings.json.

Arguments: the entente executable, the corpus directory, the tests/data directory.
Checks, with Python's own CSV, JSON and Unicode code: the CSV parses as RFC 4180 with CRLF
line ends and one row per meeting; every evidence quote occurs in its article (NFC, LF);
the JSON output lists the same meetings with the same dates; TimelineJS output has its 18
columns; an unknown format is a usage error (exit code 2).
"""
import csv
import io
import json
import os
import subprocess
import sys
import unicodedata


def run(exe, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([exe, "meetings", *args], capture_output=True, env=env)


def main():
    exe, corpus, _data = sys.argv[1:4]
    with open(os.path.join(corpus, "meetings.json"), encoding="utf-8") as f:
        meetings = json.load(f)["meetings"]
    failures = []

    for m in meetings:
        if not m["evidence"]:
            failures.append(f"{m['id']}: no evidence")
        for e in m["evidence"]:
            with open(os.path.join(corpus, "articles", e["article"] + ".txt"), encoding="utf-8") as f:
                text = unicodedata.normalize("NFC", f.read().replace("\r\n", "\n").replace("\r", "\n"))
            if e["quote"] not in text:
                failures.append(f"{m['id']}: quote not in {e['article']}: {e['quote'][:50]!r}")

    result = run(exe, "--corpus", corpus, "--format", "csv")
    if result.returncode != 0:
        failures.append(f"csv: exit code {result.returncode}: {result.stderr.decode()}")
    else:
        raw = result.stdout.decode("utf-8")
        if raw.replace("\r\n", "").count("\n") != sum(m["summary"].count("\n") for m in meetings):
            failures.append("csv: a line ends without CR")
        rows = list(csv.DictReader(io.StringIO(raw, newline="")))
        if sorted(r["id"] for r in rows) != sorted(m["id"] for m in meetings):
            failures.append("csv: rows differ from meetings.json")
        by_id = {m["id"]: m for m in meetings}
        for r in rows:
            m = by_id.get(r["id"])
            if m and r["date"] != m["date"]:
                failures.append(f"csv: {r['id']}: date {r['date']} != {m['date']}")
            if m and int(r["evidence_count"]) != len(m["evidence"]):
                failures.append(f"csv: {r['id']}: evidence_count")

    result = run(exe, "--corpus", corpus, "--format", "json")
    if result.returncode != 0:
        failures.append(f"json: exit code {result.returncode}")
    else:
        out = json.loads(result.stdout.decode("utf-8"))["meetings"]
        if {m["id"]: m["date"] for m in out} != {m["id"]: m["date"] for m in meetings}:
            failures.append("json: ids or dates differ from meetings.json")

    result = run(exe, "--corpus", corpus, "--format", "timelinejs")
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8"), newline="")))
    if result.returncode != 0 or len(rows) != len(meetings) + 1 or any(len(r) != 18 for r in rows):
        failures.append("timelinejs: expected a header and one row per meeting, 18 columns each")

    if run(exe, "--format", "xml").returncode != 2:
        failures.append("--format xml: expected exit code 2")

    for f in failures:
        print("FAIL:", f)
    print(f"{len(meetings)} meetings checked, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
