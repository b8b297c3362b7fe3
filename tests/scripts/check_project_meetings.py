#!/usr/bin/env python3
"""`entente meetings PROJECT` and `entente statements PROJECT` read the project's records.

Arguments: the entente executable, the corpus directory, the tests/data directory.
A project made by `entente new --corpus` must list the same meetings (ids and dates) as the
corpus's meetings.json, in every format, and the same statements (article, span, text) as
`entente statements --corpus` extracts.
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile


def run(exe, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([exe, *args], capture_output=True, env=env, check=False)
    if p.returncode != 0:
        sys.exit(f"entente {' '.join(args)} failed ({p.returncode}): {p.stderr.decode()}")
    return p.stdout.decode("utf-8")


def main():
    exe, corpus, _data = sys.argv[1:4]
    with open(os.path.join(corpus, "meetings.json"), encoding="utf-8") as f:
        expected = {m["id"]: m["date"] for m in json.load(f)["meetings"]}
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "p.entente")
        run(exe, "new", project, "--corpus", corpus)

        listed = json.loads(run(exe, "meetings", project, "--format", "json"))["meetings"]
        got = {m["id"]: m["date"] for m in listed}
        assert got == expected, (got, expected)
        for m in listed:
            assert m["evidence"], m["id"]

        rows = list(csv.DictReader(io.StringIO(run(exe, "meetings", project), newline="")))
        assert sorted(r["id"] for r in rows) == sorted(expected), rows
        timeline = list(csv.reader(io.StringIO(run(exe, "meetings", project, "--format", "timelinejs"), newline="")))
        assert len(timeline) == len(expected) + 1, len(timeline)

        from_project = json.loads(run(exe, "statements", project, "--format", "json"))["statements"]
        from_corpus = json.loads(run(exe, "statements", "--corpus", corpus, "--format", "json"))["statements"]
        key = lambda s: (s["article"], s["start"], s["end"], s["text"], s["kind"], s["speaker"] or "")
        assert sorted(map(key, from_project)) == sorted(map(key, from_corpus)), "statements differ"
        for s in from_project:
            assert s["status"] == "extracted", s
        # Multi-span contents survive the project.
        assert [s["content"] for s in sorted(from_project, key=key)] == [s["content"] for s in sorted(from_corpus, key=key)]
    print(f"{len(expected)} meetings, {len(from_project)} statements read from the project")


if __name__ == "__main__":
    main()
