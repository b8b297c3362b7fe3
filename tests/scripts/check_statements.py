#!/usr/bin/env python3
"""Checks `entente statements` against Python's own code-point indexing and the gold file.

Arguments: the entente executable, the corpus directory, the tests/data directory.
Every statement's content spans, sliced from the article text with Python's str indexing
(code points), must give its text; --office and --speaker must filter as documented; the CSV
must parse back to the same rows as the JSON.
"""
import csv
import io
import json
import os
import subprocess
import sys


def run(exe, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([exe, "statements", *args], capture_output=True, env=env, check=False)
    if p.returncode != 0:
        sys.exit(f"entente statements {' '.join(args)} failed ({p.returncode}): {p.stderr.decode()}")
    return p.stdout.decode("utf-8")


def main():
    exe, corpus, data = sys.argv[1:4]
    manifest = json.load(open(os.path.join(corpus, "corpus.json"), encoding="utf-8"))
    texts = {}
    for a in manifest["articles"]:
        with open(os.path.join(corpus, a["file"]), encoding="utf-8", newline="") as f:
            import unicodedata
            texts[a["id"]] = unicodedata.normalize("NFC", f.read().replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))

    doc = json.loads(run(exe, "--corpus", corpus, "--format", "json"))
    assert doc["format"] == "entente-statements", doc.get("format")
    statements = doc["statements"]
    assert statements, "no statements found"
    for s in statements:
        text = texts[s["article"]]
        pieces = [text[a:b] for a, b in s["content"]]
        assert " … ".join(pieces) == s["text"], (s["article"], s["content"], s["text"])
        ev = s["evidence"]
        assert ev[0] <= s["start"] and s["end"] <= ev[1], s

    gold = json.load(open(os.path.join(data, "statements-gold.json"), encoding="utf-8"))["statements"]
    found = {(s["article"], s["text"]) for s in statements}
    missing = [g for g in gold if (g["article"], g["text"]) not in found]
    print(f"{len(statements)} statements, {len(gold) - len(missing)} of {len(gold)} gold texts found exactly")

    # --office: Salih in 2020, Rashid in 2023, nobody else.
    office = json.loads(run(exe, "--corpus", corpus, "--format", "json", "--office", "President of Iraq"))
    by_year = {}
    for s in office["statements"]:
        by_year.setdefault(s["date"][:4], set()).add(s["speaker"])
    assert by_year.get("2020") == {"barham-salih"}, by_year
    assert by_year.get("2023") == {"abdul-latif-rashid"}, by_year
    assert "2021" not in by_year, by_year

    # --speaker and CSV: the same rows as the JSON.
    rows = list(csv.DictReader(io.StringIO(run(exe, "--corpus", corpus, "--speaker", "hassan-rouhani"), newline="")))
    js = json.loads(run(exe, "--corpus", corpus, "--format", "json", "--speaker", "hassan-rouhani"))["statements"]
    assert rows and len(rows) == len(js), (len(rows), len(js))
    for r, j in zip(rows, js):
        assert r["speaker_id"] == "hassan-rouhani"
        assert int(r["start"]) == j["start"] and int(r["end"]) == j["end"] and r["text"] == j["text"], (r, j)
    print("ok")


if __name__ == "__main__":
    main()
