#!/usr/bin/env python3
"""`entente mentions` against the gold file, with Python's code-point string indexing.

Arguments: the entente executable, the corpus directory, the tests/data directory.
Checks that the JSON and CSV outputs agree, that every row's text is exactly
article_text[start:end] in code points, and that the resolved rows are the gold mentions.
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
    p = subprocess.run([exe, *args], capture_output=True, env=env, timeout=120)
    if p.returncode != 0:
        sys.exit(f"{exe} {' '.join(args)} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')}")
    return p.stdout.decode("utf-8")


def main():
    exe, corpus, data = sys.argv[1:4]
    manifest = json.load(open(os.path.join(corpus, "corpus.json"), encoding="utf-8"))
    texts = {}
    for a in manifest["articles"]:
        raw = open(os.path.join(corpus, a["file"]), encoding="utf-8").read()
        raw = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        texts[a["id"]] = unicodedata.normalize("NFC", raw)

    rows = json.loads(run(exe, "mentions", "--corpus", corpus, "--format", "json"))
    csv_rows = list(csv.DictReader(io.StringIO(run(exe, "mentions", "--corpus", corpus, "--format", "csv"), newline="")))
    assert len(rows) == len(csv_rows), (len(rows), len(csv_rows))
    for j, c in zip(rows, csv_rows):
        assert j["article"] == c["article"] and str(j["start"]) == c["start"] and str(j["end"]) == c["end"], (j, c)
        assert j["text"] == c["text"], (j, c)
        assert j["status"] == c["status"], (j, c)
        expected_official = j["official"] if j["status"] == "resolved" else "|".join(j["candidates"])
        assert c["official"] == expected_official, (j, c)

    for r in rows:
        span = texts[r["article"]][r["start"]:r["end"]]
        assert span == r["text"], f"{r}: text[{r['start']}:{r['end']}] is {span!r}"

    gold = set()
    for line in open(os.path.join(data, "mentions-gold.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("article\t") or not line.strip():
            continue
        aid, start, end, oid, _ = line.rstrip("\n").split("\t")
        gold.add((aid, int(start), int(end), oid))
    found = {(r["article"], r["start"], r["end"], r["official"]) for r in rows if r["status"] == "resolved"}
    tp = len(found & gold)
    print(f"entente mentions: {len(rows)} rows, precision {tp / max(1, len(found)):.3f}, recall {tp / len(gold):.3f}")
    assert found == gold, f"missing {sorted(gold - found)}, extra {sorted(found - gold)}"


if __name__ == "__main__":
    main()
