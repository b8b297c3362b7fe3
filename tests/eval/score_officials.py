#!/usr/bin/env python3
"""Score `entente mentions` and `entente statements` against the held-out officials evaluation set.

The set is described in tests/eval/officials/README.md. Its article texts are not in the
repository (their licences are unknown); they live in a local directory, by default
~/.cache/entente/eval-texts/officials (/root/.cache/... for root), one <id>.txt per article.
An article whose text is missing, or whose bytes do not have the sha256 recorded in the
manifest, is skipped and reported.

The script builds a temporary corpus directory in the format of corpus/ (corpus.json with
format "entente-corpus" version 1, articles/<id>.txt, and a copy of corpus/officials.json),
runs

    ENTENTE mentions   --corpus TMPDIR --format json
    ENTENTE statements --corpus TMPDIR --format json

and prints, per language and overall:

  mentions   precision and recall of resolved mentions against the gold mentions of gazetteer
             officials. A predicted mention is correct when its span overlaps a gold mention's
             span and its official id is the gold one (one-to-one). A resolved prediction that
             overlaps a gold mention with another identity (a different official, or a person who
             is not in the gazetteer) is a "wrong identity" and counts against precision, like a
             prediction that overlaps no gold mention ("spurious"). Ambiguous predictions (official
             null, several candidates) are counted apart and are in neither figure. Gold mentions
             of people outside the gazetteer (official null) count only for an "unknown official"
             recall, and only when the output has items for unknown officials (official null and
             no candidates); otherwise that figure is n/a.
  statements speaker accuracy: each gold statement is matched to the predicted statement whose
             content overlaps its quote span most; it is right when the predicted speaker id equals
             the gold speaker (both null counts as right). accuracy = right / gold statements, so a
             gold statement that no prediction overlaps counts as wrong. Also shown: how many gold
             statements were found at all, the accuracy on gold statements whose speaker is a
             gazetteer official, and predicted statements that overlap no gold statement.

Usage:
    python3 tests/eval/score_officials.py --entente 'tools/dev entente' --split dev
    python3 tests/eval/score_officials.py --entente build/release/ui/entente --split dev --json out.json

--entente is split like a shell command line, so a wrapper with arguments works. Only the
dev split may be looked at while tuning; see the README. Plain python3, no packages.
"""
import argparse
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.join(HERE, "officials")
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_TEXTS = os.path.join(os.path.expanduser("~"), ".cache", "entente", "eval-texts", "officials")
LANGS = ("en", "ar", "fa")


def load_set(texts_dir, split):
    manifest = json.load(open(os.path.join(SET_DIR, "manifest.json"), encoding="utf-8"))
    if manifest.get("format") != "entente-eval-officials" or manifest.get("version") != 1:
        sys.exit("score_officials: tests/eval/officials/manifest.json is not entente-eval-officials version 1")
    articles, skipped = [], []
    for a in manifest["articles"]:
        if split != "all" and a["split"] != split:
            continue
        path = os.path.join(texts_dir, a["id"] + ".txt")
        if not os.path.isfile(path):
            skipped.append((a["id"], "text file missing: " + path))
            continue
        raw = open(path, "rb").read()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != a["sha256"]:
            skipped.append((a["id"], "sha256 differs (%s, expected %s)" % (digest[:12], a["sha256"][:12])))
            continue
        text = raw.decode("utf-8")
        gold = json.load(open(os.path.join(SET_DIR, "gold", a["id"] + ".json"), encoding="utf-8"))
        # The saved texts are NFC with LF line ends and no BOM, so Entente's normalised text is
        # the file's text and the gold offsets index both.
        norm = unicodedata.normalize("NFC", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
        if norm != text:
            skipped.append((a["id"], "text is not NFC/LF; gold offsets would not match Entente's"))
            continue
        for m in gold["mentions"]:
            if text[m["start"]:m["end"]] != m["text"]:
                sys.exit("score_officials: %s: gold mention %r does not match text[%d:%d]" % (a["id"], m["text"], m["start"], m["end"]))
        articles.append(dict(a, text=text, gold=gold))
    return articles, skipped


def write_corpus(directory, articles):
    os.makedirs(os.path.join(directory, "articles"), exist_ok=True)
    entries = []
    for a in articles:
        rel = "articles/%s.txt" % a["id"]
        with open(os.path.join(directory, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(a["text"])
        # corpus.json needs a title and a date: the manifest's title, and the publication date
        # or, when the page gives none, the date inferred from the text (see the README).
        entry = {"id": a["id"], "file": rel, "title": a.get("title") or a["id"],
                 "published": a["published"] or a["dateInferred"], "language": a["language"]}
        if a.get("outlet"):
            entry["source"] = a["outlet"]
        entries.append(entry)
    manifest = {"format": "entente-corpus", "version": 1,
                "description": "Temporary corpus built by tests/eval/score_officials.py from the officials evaluation set.",
                "articles": entries}
    with open(os.path.join(directory, "corpus.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    shutil.copyfile(os.path.join(REPO, "corpus", "officials.json"), os.path.join(directory, "officials.json"))


def run_entente(command, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    argv = shlex.split(command) + list(args)
    try:
        p = subprocess.run(argv, capture_output=True, env=env, timeout=600)
    except OSError as e:
        sys.exit("score_officials: cannot run %s: %s" % (argv[0], e))
    if p.returncode != 0:
        sys.exit("score_officials: %s failed (%d):\n%s" % (" ".join(argv), p.returncode, p.stderr.decode("utf-8", "replace")))
    out = p.stdout.decode("utf-8")
    try:
        return json.loads(out)
    except ValueError:
        pass
    # A wrapper may print lines of its own before the JSON: start at the first line that opens it.
    lines = out.split("\n")
    for k, line in enumerate(lines):
        if line.startswith("[") or line.startswith("{"):
            try:
                return json.loads("\n".join(lines[k:]))
            except ValueError:
                break
    sys.exit("score_officials: %s printed no JSON" % " ".join(argv))


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


def overlap_len(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def name_key(name):
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    for c in "-\u2010\u2011\u2013\u2014'\u2019`":
        s = s.replace(c, " ")
    return " ".join(s.split())


def gazetteer_names(path):
    """Canonical name and Latin aliases of every official -> id (names borne by two people are dropped)."""
    ids = {}
    for o in json.load(open(path, encoding="utf-8")).get("officials", []):
        for n in [o["name"]] + o.get("aliases", []):
            ids.setdefault(name_key(n), set()).add(o["id"])
    return {k: next(iter(v)) for k, v in ids.items() if len(v) == 1}


def map_gold_names(articles, names):
    """Gold mentions annotated as outside the gazetteer (official null, a canonical `name`) whose person the
    gazetteer now has: they count as that official. The gold was written against an older, smaller gazetteer;
    without this, adding a true person would count every mention of them as a wrong identity."""
    mapped = 0
    for a in articles:
        for g in a["gold"]["mentions"]:
            if not g["official"] and g.get("name") and name_key(g["name"]) in names:
                g["official"] = names[name_key(g["name"])]
                mapped += 1
    return mapped


def score_mentions(articles, predicted):
    by_article = {}
    for p in predicted:
        by_article.setdefault(p["article"], []).append(p)
    has_unknown_items = any(p.get("official") is None and not p.get("candidates") for p in predicted)
    stats = {}
    details = []
    for a in articles:
        s = stats.setdefault(a["language"], dict(gold=0, gold_unknown=0, predicted=0, tp=0, wrong_identity=0,
                                                 spurious=0, ambiguous=0, ambiguous_with_gold=0, unknown_found=0))
        gold = a["gold"]["mentions"]
        known = [g for g in gold if g["official"]]
        unknown = [g for g in gold if not g["official"]]
        s["gold"] += len(known)
        s["gold_unknown"] += len(unknown)
        preds = sorted(by_article.get(a["id"], []), key=lambda p: (p["start"], p["end"]))
        used = set()
        for p in preds:
            official = p.get("official")
            if official is None:
                cands = p.get("candidates") or []
                if cands:
                    s["ambiguous"] += 1
                    if any(overlaps(p["start"], p["end"], g["start"], g["end"]) and g["official"] in cands for g in known):
                        s["ambiguous_with_gold"] += 1
                elif has_unknown_items:
                    hit = next((k for k, g in enumerate(gold) if k not in used and not g["official"]
                                and overlaps(p["start"], p["end"], g["start"], g["end"])), None)
                    if hit is not None:
                        used.add(hit)
                        s["unknown_found"] += 1
                continue
            s["predicted"] += 1
            hit = next((k for k, g in enumerate(gold) if k not in used and g["official"] == official
                        and overlaps(p["start"], p["end"], g["start"], g["end"])), None)
            if hit is not None:
                used.add(hit)
                s["tp"] += 1
                continue
            other = next((g for g in gold if overlaps(p["start"], p["end"], g["start"], g["end"])), None)
            if other is not None:
                s["wrong_identity"] += 1
                details.append((a["id"], "wrong identity", p["text"], p["start"], official, other["official"] or "null:" + other.get("name", "")))
            else:
                s["spurious"] += 1
                details.append((a["id"], "spurious", p["text"], p["start"], official, ""))
        for k, g in enumerate(gold):
            if g["official"] and k not in used:
                details.append((a["id"], "missed", g["text"], g["start"], "", g["official"]))
    return stats, has_unknown_items, details


def content_spans(st):
    spans = st.get("content") or []
    if spans:
        return [(int(s[0]), int(s[1])) for s in spans]
    return [(int(st["start"]), int(st["end"]))]


def score_statements(articles, predicted):
    by_article = {}
    for p in predicted:
        by_article.setdefault(p["article"], []).append(p)
    stats = {}
    details = []
    for a in articles:
        s = stats.setdefault(a["language"], dict(gold=0, found=0, right=0, gold_gazetteer=0, right_gazetteer=0,
                                                 predicted=0, unmatched_predicted=0))
        preds = by_article.get(a["id"], [])
        gold = a["gold"]["statements"]
        s["gold"] += len(gold)
        s["predicted"] += len(preds)
        for p in preds:
            if not any(overlaps(c0, c1, g["quoteStart"], g["quoteEnd"]) for c0, c1 in content_spans(p) for g in gold):
                s["unmatched_predicted"] += 1
        for g in gold:
            best, best_len = None, 0
            for p in preds:
                n = sum(overlap_len(c0, c1, g["quoteStart"], g["quoteEnd"]) for c0, c1 in content_spans(p))
                if n > best_len:
                    best, best_len = p, n
            if g["speaker"]:
                s["gold_gazetteer"] += 1
            if best is None:
                details.append((a["id"], "missed", g["quote"][:40], g["quoteStart"], "", g["speaker"] or "null:" + g["speakerName"]))
                continue
            s["found"] += 1
            predicted_speaker = best.get("speaker") or None
            candidates = best.get("speakerCandidates") or []
            # A null gold speaker (not a gazetteer official) is matched only by a prediction that
            # names no official at all, not by one left ambiguous between officials.
            if predicted_speaker == (g["speaker"] or None) and (predicted_speaker or not candidates):
                s["right"] += 1
                if g["speaker"]:
                    s["right_gazetteer"] += 1
            else:
                shown = predicted_speaker or (("candidates:" + "|".join(candidates)) if candidates else "null")
                details.append((a["id"], "wrong speaker", g["quote"][:40], g["quoteStart"], shown, g["speaker"] or "null:" + g["speakerName"]))
    return stats, details


def ratio(n, d):
    return None if d == 0 else n / d


def fmt(x):
    return "  n/a" if x is None else "%.3f" % x


def total(stats):
    out = {}
    for s in stats.values():
        for k, v in s.items():
            out[k] = out.get(k, 0) + v
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entente", help="the entente executable (or a command line, e.g. 'tools/dev entente')")
    ap.add_argument("--texts", default=DEFAULT_TEXTS, help="directory of the article texts (default: %(default)s)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev", help="which split to score (default: dev)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE ('-' for stdout)")
    ap.add_argument("--details", action="store_true", help="list every missed, spurious and wrong item")
    ap.add_argument("--write-corpus", metavar="DIR", help="only write the corpus directory to DIR and stop")
    ap.add_argument("--mentions-json", metavar="FILE", help="score this saved `mentions --format json` output instead of running entente")
    ap.add_argument("--statements-json", metavar="FILE", help="score this saved `statements --format json` output instead of running entente")
    args = ap.parse_args()

    articles, skipped = load_set(args.texts, args.split)
    for aid, why in skipped:
        print("skipped %s: %s" % (aid, why), file=sys.stderr)
    if not articles:
        sys.exit("score_officials: no article of the %s split could be scored (texts in %s)" % (args.split, args.texts))

    if args.write_corpus:
        write_corpus(args.write_corpus, articles)
        print("wrote a corpus of %d articles to %s" % (len(articles), args.write_corpus))
        return
    if not args.entente and not (args.mentions_json and args.statements_json):
        ap.error("give --entente, or both --mentions-json and --statements-json")

    tmp = tempfile.mkdtemp(prefix="entente-eval-officials-", dir="/tmp" if os.path.isdir("/tmp") else None)
    try:
        write_corpus(tmp, articles)
        if args.mentions_json:
            mentions = json.load(open(args.mentions_json, encoding="utf-8"))
        else:
            mentions = run_entente(args.entente, "mentions", "--corpus", tmp, "--format", "json")
        if args.statements_json:
            statements = json.load(open(args.statements_json, encoding="utf-8"))
        else:
            statements = run_entente(args.entente, "statements", "--corpus", tmp, "--format", "json")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if isinstance(statements, dict):
        statements = statements.get("statements", [])
    ids = {a["id"] for a in articles}
    mentions = [m for m in mentions if m.get("article") in ids]
    statements = [s for s in statements if s.get("article") in ids]

    mapped = map_gold_names(articles, gazetteer_names(os.path.join(REPO, "corpus", "officials.json")))
    if mapped:
        print("%d gold mention(s) of people outside the original gazetteer are now gazetteer officials (matched by canonical name)" % mapped)
    mstats, has_unknown, mdetails = score_mentions(articles, mentions)
    sstats, sdetails = score_statements(articles, statements)

    counts = {}
    for a in articles:
        counts[a["language"]] = counts.get(a["language"], 0) + 1
    rows = [(lang, mstats[lang], sstats[lang], counts[lang]) for lang in LANGS if lang in mstats]
    rows.append(("all", total(mstats), total(sstats), len(articles)))

    print("Entente officials evaluation, split %s: %d articles%s" % (args.split, len(articles),
          (", %d skipped" % len(skipped)) if skipped else ""))
    print()
    print("Mentions (gazetteer officials; span overlap + same official id)")
    print("lang  arts  gold  pred    tp wrong spur  amb  precision recall    F1   unknown-recall")
    result = {"split": args.split, "articles": len(articles), "skipped": [a for a, _ in skipped], "languages": {}}
    for lang, m, s, n in rows:
        p = ratio(m["tp"], m["predicted"])
        r = ratio(m["tp"], m["gold"])
        f = None if p is None or r is None or p + r == 0 else 2 * p * r / (p + r)
        u = ratio(m["unknown_found"], m["gold_unknown"]) if has_unknown else None
        unknown = fmt(u) if has_unknown else "  n/a (output has no unknown-official items; %d gold)" % m["gold_unknown"]
        print("%-4s %5d %5d %5d %5d %5d %4d %4d      %s  %s  %s   %s" % (
            lang, n, m["gold"], m["predicted"], m["tp"], m["wrong_identity"], m["spurious"], m["ambiguous"],
            fmt(p), fmt(r), fmt(f), unknown))
        result["languages"][lang] = {"articles": n, "mentions": dict(m, precision=p, recall=r, f1=f, unknown_recall=u)}
    print()
    print("Statements (speaker accuracy; gold matched by the most-overlapping predicted statement)")
    print("lang  gold found right  accuracy  | gaz-gold right  accuracy | pred unmatched")
    for lang, m, s, n in rows:
        acc = ratio(s["right"], s["gold"])
        gacc = ratio(s["right_gazetteer"], s["gold_gazetteer"])
        print("%-4s %5d %5d %5d    %s   | %8d %5d    %s | %4d %9d" % (
            lang, s["gold"], s["found"], s["right"], fmt(acc), s["gold_gazetteer"], s["right_gazetteer"], fmt(gacc),
            s["predicted"], s["unmatched_predicted"]))
        result["languages"][lang]["statements"] = dict(s, accuracy=acc, gazetteer_accuracy=gacc,
                                                       found_rate=ratio(s["found"], s["gold"]))
    if args.details:
        print()
        for d in mdetails:
            print("mention   %-45s %-14s %r at %d: predicted %s, gold %s" % d)
        for d in sdetails:
            print("statement %-45s %-14s %r at %d: predicted %s, gold %s" % d)
    if args.json:
        text = json.dumps(result, ensure_ascii=False, indent=1)
        if args.json == "-":
            print(text)
        else:
            with open(args.json, "w", encoding="utf-8") as f:
                f.write(text + "\n")


if __name__ == "__main__":
    main()
