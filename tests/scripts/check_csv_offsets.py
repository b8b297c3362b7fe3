#!/usr/bin/env python3
"""CSV offsets agree with Python's code-point indexing.

Builds a small corpus with emoji, Arabic and combining marks, creates a project with
`entente new`, tags spans with `entente tag`, exports with `entente export-csv`, and checks for
every row that text[start:end] == quote (after undoing formula neutralisation), and that the
bundled corpus round-trips the same way.

Arguments: ENTENTE_EXE CORPUS_DIR TEST_DATA_DIR
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def unneutralise(cell):
    rest = cell[1:]
    if cell.startswith("'") and rest.lstrip("'").startswith(FORMULA_START):
        return rest
    return cell


def run(exe, *args, expect=0):
    proc = subprocess.run([exe, *args], capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != expect:
        sys.exit(f"FAIL: entente {' '.join(args)} exited {proc.returncode}, expected {expect}\n{proc.stderr}")
    return proc.stdout


def main():
    exe, corpus_dir = sys.argv[1], sys.argv[2]
    texts = {
        "emoji-arabic": "Flags 🇮🇶🇮🇷 and a face 😀 before العراق وإيران (Iraq and Iran).\n"
                        "Then: \"quoted, with commas\" and e\u0301 (e + combining acute) — the end.\n"
                        "=SUM(A1) is not a formula here; -1 neither.",
        "plain": "A plain English article about strategic relations, for comparison.",
    }
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(os.path.join(corpus, "articles"))
        manifest = {"format": "entente-corpus", "version": 1, "articles": []}
        for ident, text in texts.items():
            with open(os.path.join(corpus, "articles", ident + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            manifest["articles"].append({"id": ident, "file": f"articles/{ident}.txt", "title": ident,
                                         "source": "test", "url": "", "published": "2023",
                                         "language": "en", "description": "test article"})
        with open(os.path.join(corpus, "corpus.json"), "w", encoding="utf-8") as f:
            json.dump(manifest, f)

        project = os.path.join(tmp, "p.entente")
        run(exe, "new", project, "--corpus", corpus)
        wanted = [("emoji-arabic", "العراق"), ("emoji-arabic", "😀 before"), ("emoji-arabic", "🇮🇶🇮🇷"),
                  ("emoji-arabic", "\"quoted, with commas\""), ("emoji-arabic", "\u00e9 (e + combining acute)"),
                  ("emoji-arabic", "=SUM(A1)"), ("emoji-arabic", "-1 neither.\n"[:-1]),
                  ("emoji-arabic", "Iran).\nThen"), ("plain", "strategic relations")]
        # Entente stores texts in NFC: offsets refer to the normalised text.
        nfc = {ident: unicodedata.normalize("NFC", text) for ident, text in texts.items()}
        ids = []
        for ident, needle in wanted:
            text = nfc[ident]
            start = text.index(needle)  # Python indexes code points
            out = run(exe, "tag", project, "--article", ident, "--start", str(start), "--end",
                      str(start + len(needle)), "--tag", "check/offsets", "--note", "-" + needle)
            ids.append(int(out.strip()))
        # Usage and failure exit codes.
        run(exe, "tag", project, "--article", "plain", expect=2)
        run(exe, "tag", project, "--article", "nope", "--start", "0", "--end", "1", "--tag", "x", expect=1)
        run(exe, "tag", project, "--article", "plain", "--start", "5", "--end", "999", "--tag", "x", expect=1)

        # Also every bundled article: tag the last 5 code points and a middle span.
        bundled = os.path.join(tmp, "bundled.entente")
        run(exe, "new", bundled, "--corpus", corpus_dir)
        with open(os.path.join(corpus_dir, "corpus.json"), encoding="utf-8") as f:
            bundled_ids = [a["id"] for a in json.load(f)["articles"]]

        def checked(project_path, text_of, expected_rows, bom):
            args = ["export-csv", project_path, "-"] + (["--bom"] if bom else [])
            raw = subprocess.run([exe, *args], capture_output=True, check=True).stdout
            if bom:
                assert raw.startswith(b"\xef\xbb\xbf"), "BOM missing"
                raw = raw[3:]
            assert b"\r\n" in raw, "records must end with CRLF"
            rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
            assert len(rows) == expected_rows, f"{len(rows)} rows, expected {expected_rows}"
            for row in rows:
                text = text_of(row["article_id"])
                start, end = int(row["start"]), int(row["end"])
                quote = unneutralise(row["quote"])
                assert row["unit"] == "codepoint"
                assert text[start:end] == quote, f"row {row['annotation_id']}: {text[start:end]!r} != {quote!r}"
                assert unneutralise(row["prefix"]) == text[max(0, start - 32):start], f"prefix of {row['annotation_id']}"
                assert unneutralise(row["suffix"]) == text[end:end + 32], f"suffix of {row['annotation_id']}"
                if row["note"].startswith("'"):
                    assert unneutralise(row["note"]) == "-" + text[start:end]
            return rows

        rows = checked(project, lambda i: nfc[i], len(wanted), bom=True)
        assert sorted(int(r["annotation_id"]) for r in rows) == sorted(ids)
        assert all(r["tag_path"] == "check/offsets" for r in rows)

        bundled_texts = {}
        for ident in bundled_ids:
            with open(os.path.join(corpus_dir, "articles", ident + ".txt"), encoding="utf-8") as f:
                bundled_texts[ident] = unicodedata.normalize(
                    "NFC", f.read().replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
            text = bundled_texts[ident]
            for start, end in ((len(text) - 5, len(text)), (len(text) // 2, len(text) // 2 + 40)):
                run(exe, "tag", bundled, "--article", ident, "--start", str(start), "--end", str(end), "--tag", "tail")
        checked(bundled, lambda i: bundled_texts[i], 2 * len(bundled_ids), bom=False)
    print(f"ok: {len(wanted)} spans in a mixed-script corpus and {2 * len(bundled_ids)} in the bundled corpus")


if __name__ == "__main__":
    main()
