#!/usr/bin/env python3
"""Score Entente's meeting detection against the held-out evaluation set in tests/eval/meetings.

    score_meetings.py --entente BINARY --texts DIR --split dev|test|all [--json]

BINARY is the entente command-line program (a command with arguments, such as "tools/dev entente",
is accepted too). DIR holds the article texts as <id>.txt (they are not in the repository; see
tests/eval/meetings/README.md). The script builds a temporary corpus from the selected articles
(with the bundled officials.json and no meetings.json), runs

    BINARY new TMP/p.entente --corpus TMP/corpus
    BINARY meetings TMP/p.entente --format json

and compares the meetings it prints with the gold annotations. --predictions FILE scores a saved
`entente meetings --format json` output (made from a corpus written with --write-corpus) instead of
running the program.

Plain Python 3, no third-party packages.
"""

import argparse
import collections
import hashlib
import itertools
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.join(HERE, 'meetings')
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OFFICIALS = os.path.join(REPO, 'corpus', 'officials.json')

HELD = 'held'
DAY = re.compile(r'^(\d{4}-\d{2}-\d{2})[?~%]?$')


def held_ness(status):
    """held vs not held: planned, not-held and denied meetings have not (yet) taken place."""
    return 'held' if (status or HELD).strip().lower() == HELD else 'not-held'


def norm_kind(kind):
    return re.sub(r'[\s_]+', '-', (kind or '').strip().lower())


def eval_id(i):
    return 'eval-%03d' % (i + 1)


# ---------------------------------------------------------------------------------------------
# Loading the set


def load_set(split, texts_dir):
    with open(os.path.join(SET_DIR, 'manifest.json'), encoding='utf-8') as f:
        manifest = json.load(f)
    if manifest.get('format') != 'entente-eval-meetings':
        sys.exit('score_meetings: %s is not an entente-eval-meetings manifest' % SET_DIR)
    articles, skipped = [], []
    for a in manifest['articles']:
        if split != 'all' and a['split'] != split:
            continue
        path = os.path.join(texts_dir, a['id'] + '.txt')
        if not os.path.isfile(path):
            skipped.append((a['id'], 'text missing'))
            continue
        raw = open(path, 'rb').read()
        if hashlib.sha256(raw).hexdigest() != a['sha256']:
            skipped.append((a['id'], 'sha256 mismatch (the text differs from the annotated one)'))
            continue
        with open(os.path.join(SET_DIR, 'gold', a['id'] + '.json'), encoding='utf-8') as f:
            gold = json.load(f)
        art = dict(a)
        art['text'] = raw.decode('utf-8')
        art['gold'] = gold['meetings']
        articles.append(art)
    return articles, skipped


def write_corpus(articles, corpus_dir, officials):
    """A corpus in the format of corpus/ (see app/io/corpusloader.cpp). Article ids and titles are
    neutral (eval-001, ...) so that nothing of the annotation leaks to the program."""
    os.makedirs(os.path.join(corpus_dir, 'articles'), exist_ok=True)
    entries = []
    for i, a in enumerate(articles):
        aid = eval_id(i)
        a['evalId'] = aid
        name = 'articles/%s.txt' % aid
        with open(os.path.join(corpus_dir, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(a['text'])
        entries.append({
            'id': aid,
            'file': name,
            'title': '%s article' % a['outlet'],
            'source': a['outlet'],
            # QUrl's strict mode wants an ASCII URL: percent-encode what is not.
            'url': urllib.parse.quote(a['url'], safe=":/?&=%#~+!$,;'@()*[]"),
            'published': a['published'],
            'language': a['language'],
        })
    with open(os.path.join(corpus_dir, 'corpus.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump({'format': 'entente-corpus', 'version': 1,
                   'description': 'Temporary corpus of the meetings evaluation set.',
                   'articles': entries}, f, ensure_ascii=False, indent=2)
    shutil.copyfile(officials, os.path.join(corpus_dir, 'officials.json'))


def run_entente(binary, tmp, corpus_dir):
    cmd = shlex.split(binary)
    env = dict(os.environ)
    env.setdefault('QT_QPA_PLATFORM', 'offscreen')
    project = os.path.join(tmp, 'p.entente')
    for args in (['new', project, '--corpus', corpus_dir], ['meetings', project, '--format', 'json']):
        r = subprocess.run(cmd + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        if r.returncode != 0:
            sys.stderr.write(r.stderr.decode('utf-8', 'replace'))
            sys.exit('score_meetings: "%s" failed with exit code %d' % (' '.join(cmd + args), r.returncode))
    out = r.stdout.decode('utf-8')
    try:
        return json.loads(out)
    except ValueError as e:
        sys.exit('score_meetings: "entente meetings --format json" printed no JSON (%s)' % e)


# ---------------------------------------------------------------------------------------------
# Predictions


def utf16_to_cp(text, offset):
    """Converts a UTF-16 code-unit offset (as QString counts) into a code-point offset."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def locate(text, quote, start=None, end=None):
    """The code-point span of an evidence quote in text, or None."""
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        if text[start:end] == quote or (not quote and end <= len(text)):
            return (start, end)
        s, e = utf16_to_cp(text, start), utf16_to_cp(text, end)
        if text[s:e] == quote or not quote:
            return (s, e)
    if not quote:
        return None
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not hits:
        # tolerate whitespace differences
        pattern = r'\s+'.join(re.escape(w) for w in quote.split())
        hits = [(m.start(), m.end()) for m in re.finditer(pattern, text)] if pattern else []
        if not hits:
            return None
        if isinstance(start, int):
            return min(hits, key=lambda h: abs(h[0] - start))
        return hits[0]
    s = min(hits, key=lambda h: abs(h - start)) if isinstance(start, int) else hits[0]
    return (s, s + len(quote))


def load_predictions(doc, articles):
    """Per article: a list of predicted reports {meeting, status, date, participants, kind, spans}."""
    by_eval = {a['evalId']: a for a in articles}
    meetings = doc.get('meetings', []) if isinstance(doc, dict) else doc
    reports = collections.defaultdict(list)
    unplaced = 0
    for mi, m in enumerate(meetings):
        per_article = collections.OrderedDict()
        for ev in m.get('evidence') or []:
            art = by_eval.get(ev.get('article'))
            if art is None:
                unplaced += 1
                continue
            span = locate(art['text'], ev.get('quote') or '', ev.get('start'), ev.get('end'))
            per_article.setdefault(art['id'], []).append(span)
        for aid, spans in per_article.items():
            # An evidence item may carry what its own article says (status, date, participants,
            # kind); otherwise the meeting's fields stand for every article that reports it.
            own = next((ev for ev in m.get('evidence') or []
                        if by_eval.get(ev.get('article'), {}).get('id') == aid), {})
            pick = lambda field: own[field] if own.get(field) not in (None, '') else m.get(field)
            reports[aid].append({
                'meeting': mi,
                'status': pick('status') or HELD,   # today's output has no status: all held
                'date': pick('date') or '',
                'participants': set(pick('participants') or []),
                'kind': pick('kind') or '',
                'spans': [s for s in spans if s],
            })
    return reports, unplaced, len(meetings)


# ---------------------------------------------------------------------------------------------
# Matching and scores


def overlap(spans_a, spans_b):
    total = 0
    for a0, a1 in spans_a:
        for b0, b1 in spans_b:
            total += max(0, min(a1, b1) - max(a0, b0))
    return total


def jaccard(a, b):
    return len(a & b) / len(a | b) if (a or b) else 0.0


def match_article(preds, golds):
    """One-to-one matching within an article: a pair is a candidate when the evidence spans
    overlap or, failing that, the participant sets are equal (and not empty). Greedy on
    (overlap, participant agreement)."""
    cands = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            ov = overlap(p['spans'], g['spans'])
            same = bool(p['participants']) and p['participants'] == g['participants']
            if ov > 0 or same:
                cands.append((ov > 0, jaccard(p['participants'], g['participants']), ov, -pi, -gi, pi, gi))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for *_, pi, gi in cands:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi); used_g.add(gi); pairs.append((pi, gi))
    return pairs


def ratio(n, d):
    return round(n / d, 4) if d else None


def f1(p, r):
    return round(2 * p * r / (p + r), 4) if p and r else (0.0 if p is not None and r is not None else None)


def score(articles, reports):
    langs = sorted({a['language'].split('-')[0] for a in articles})
    c = {k: collections.Counter() for k in ['all'] + langs}
    matched_reports = []   # (article, language, gold key, predicted meeting index)
    details = []
    for a in articles:
        lang = a['language'].split('-')[0]
        golds = [{'key': g['key'], 'participants': set(g['participants']), 'status': g['status'],
                  'date': g['date'], 'exactDay': g['exactDay'], 'kind': g['kind'],
                  'scope': g.get('scope', 'iran-iraq'),
                  'spans': [(e['start'], e['end']) for e in g['evidence']]} for g in a['gold']]
        preds = reports.get(a['id'], [])
        pairs = match_article(preds, golds)
        gmatch = {gi: pi for pi, gi in pairs}
        pmatch = {pi: gi for pi, gi in pairs}
        for bucket in ('all', lang):
            cc = c[bucket]
            cc['articles'] += 1
            for gi, g in enumerate(golds):
                if g['scope'] == 'other':
                    continue
                cc['gold'] += 1
                cc['gold_' + held_ness(g['status'])] += 1
                if gi in gmatch:
                    p = preds[gmatch[gi]]
                    cc['gold_matched'] += 1
                    ok_part = p['participants'] == g['participants']
                    ok_held = held_ness(p['status']) == held_ness(g['status'])
                    cc['participants_ok'] += ok_part
                    cc['participants_cover'] += p['participants'] >= g['participants']
                    cc['held_ok'] += ok_held
                    cc['status_ok'] += (p['status'] == g['status'])
                    cc['correct'] += ok_part and ok_held
                    cc['kind_ok'] += norm_kind(p['kind']) == norm_kind(g['kind'])
                    cc['date_same'] += (p['date'] == g['date'])
                    if g['exactDay']:
                        cc['exact_gold'] += 1
                        m = DAY.match(p['date'] or '')
                        cc['exact_ok'] += bool(m) and m.group(1) == g['date'][:10]
            for pi, p in enumerate(preds):
                if pi in pmatch and golds[pmatch[pi]]['scope'] == 'other':
                    cc['pred_neutral'] += 1   # matches an out-of-scope meeting: neither right nor wrong
                    continue
                cc['pred'] += 1
                cc['pred_matched'] += pi in pmatch
        for gi, g in enumerate(golds):
            if g['scope'] != 'other' and gi in gmatch:
                matched_reports.append((a['id'], lang, g['key'], preds[gmatch[gi]]['meeting']))
        details.append({'article': a['id'], 'language': a['language'],
                        'gold': len([g for g in golds if g['scope'] != 'other']),
                        'predicted': len(preds),
                        'matched': [{'gold': golds[gi]['key'], 'predictedMeeting': preds[pi]['meeting'],
                                     'participantsEqual': preds[pi]['participants'] == golds[gi]['participants'],
                                     'heldRight': held_ness(preds[pi]['status']) == held_ness(golds[gi]['status']),
                                     'goldDate': golds[gi]['date'], 'predictedDate': preds[pi]['date']}
                                    for pi, gi in sorted(pairs, key=lambda x: x[1])],
                        'missed': [g['key'] for gi, g in enumerate(golds) if gi not in gmatch and g['scope'] != 'other'],
                        'unmatchedPredictions': [preds[pi]['meeting'] for pi in range(len(preds)) if pi not in pmatch]})

    # Merge accuracy: pairs of matched gold reports from different articles.
    merge = {k: collections.Counter() for k in ['all', 'cross-language'] + langs}
    for (a1, l1, k1, m1), (a2, l2, k2, m2) in itertools.combinations(matched_reports, 2):
        if a1 == a2:
            continue
        gold_same, pred_same = k1 == k2, m1 == m2
        buckets = ['all'] + ([l1] if l1 == l2 else ['cross-language'])
        for b in buckets:
            mc = merge[b]
            mc['pairs'] += 1
            mc['tp'] += gold_same and pred_same
            mc['fp'] += pred_same and not gold_same
            mc['fn'] += gold_same and not pred_same
            mc['gold_same'] += gold_same

    result = {}
    for bucket, cc in c.items():
        p = ratio(cc['pred_matched'], cc['pred'])
        r = ratio(cc['gold_matched'], cc['gold'])
        result[bucket] = {
            'articles': cc['articles'],
            'goldMeetings': cc['gold'],
            'goldHeld': cc['gold_held'],
            'goldNotHeld': cc['gold_not-held'],
            'predictedReports': cc['pred'],
            'predictedNeutral': cc['pred_neutral'],
            'recall': r,
            'precision': p,
            'f1': f1(p, r),
            'correctRecall': ratio(cc['correct'], cc['gold']),
            'correctPrecision': ratio(cc['correct'], cc['pred']),
            'participantsEqualOfMatched': ratio(cc['participants_ok'], cc['gold_matched']),
            'participantsCoverOfMatched': ratio(cc['participants_cover'], cc['gold_matched']),
            'heldRightOfMatched': ratio(cc['held_ok'], cc['gold_matched']),
            'statusRightOfMatched': ratio(cc['status_ok'], cc['gold_matched']),
            'kindRightOfMatched': ratio(cc['kind_ok'], cc['gold_matched']),
            'dateIdenticalOfMatched': ratio(cc['date_same'], cc['gold_matched']),
            'exactDayGoldMatched': cc['exact_gold'],
            'exactDayAccuracy': ratio(cc['exact_ok'], cc['exact_gold']),
        }
    merges = {}
    for bucket, mc in merge.items():
        p = ratio(mc['tp'], mc['tp'] + mc['fp'])
        r = ratio(mc['tp'], mc['tp'] + mc['fn'])
        merges[bucket] = {'pairs': mc['pairs'], 'goldSamePairs': mc['gold_same'],
                          'precision': p, 'recall': r, 'f1': f1(p, r)}
    return result, merges, details


def fmt(v):
    return '   -  ' if v is None else ('%6.3f' % v if isinstance(v, float) else '%6d' % v)


def print_report(split, skipped, unplaced, npred, result, merges):
    print('Meeting detection, split %s' % split)
    if skipped:
        print('Skipped %d article(s):' % len(skipped))
        for aid, why in skipped:
            print('  %s: %s' % (aid, why))
    if unplaced:
        print('%d evidence item(s) name no article of the set and were ignored.' % unplaced)
    print('%d meeting(s) predicted.' % npred)
    print()
    cols = [('articles', 'arts'), ('goldMeetings', 'gold'), ('predictedReports', 'pred'), ('recall', 'recall'),
            ('precision', 'prec'), ('f1', 'f1'), ('correctRecall', 'c.rec'), ('correctPrecision', 'c.prec'),
            ('heldRightOfMatched', 'held'), ('exactDayGoldMatched', 'n.day'), ('exactDayAccuracy', 'day')]
    print('%-8s' % '' + ''.join('%7s' % h for _, h in cols))
    for bucket in ['all'] + sorted(k for k in result if k != 'all'):
        print('%-8s' % bucket + ''.join(' ' + fmt(result[bucket][k]) for k, _ in cols))
    print()
    print('Merge (pairs of matched gold reports in different articles; same meeting or not)')
    print('%-15s%7s%7s%7s%7s%7s' % ('', 'pairs', 'same', 'prec', 'recall', 'f1'))
    for bucket in ['all', 'cross-language'] + sorted(k for k in merges if k not in ('all', 'cross-language')):
        m = merges[bucket]
        print('%-15s' % bucket + ''.join(' ' + fmt(m[k]) for k in ('pairs', 'goldSamePairs', 'precision', 'recall', 'f1')))
    print()
    print('recall/prec: a prediction matches a gold meeting of the same article when their evidence overlaps,')
    print('or failing that their participants are equal. c.rec/c.prec: matched with equal participants and')
    print('held/not held right. held: held/not-held right among matched. day: exact day right among matched')
    print('gold meetings with exactDay (n.day of them).')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--entente', help='the entente program (a command with arguments is accepted)')
    ap.add_argument('--texts', required=True, help='directory holding the article texts <id>.txt')
    ap.add_argument('--split', required=True, choices=['dev', 'test', 'all'])
    ap.add_argument('--json', action='store_true', help='print the scores as JSON')
    ap.add_argument('--details', action='store_true', help='with --json: add per-article matches')
    ap.add_argument('--officials', default=DEFAULT_OFFICIALS, help='gazetteer to put in the corpus (default: the bundled one)')
    ap.add_argument('--predictions', help='score this saved "entente meetings --format json" output instead of running entente')
    ap.add_argument('--write-corpus', metavar='DIR', help='only write the temporary corpus to DIR and exit')
    ap.add_argument('--keep', action='store_true', help='keep the temporary directory and say where it is')
    args = ap.parse_args()

    articles, skipped = load_set(args.split, args.texts)
    if not articles:
        for aid, why in skipped:
            sys.stderr.write('skipped %s: %s\n' % (aid, why))
        sys.exit('score_meetings: no article of split %s could be read from %s' % (args.split, args.texts))

    if args.write_corpus:
        write_corpus(articles, args.write_corpus, args.officials)
        print('Wrote the corpus of %d article(s) to %s' % (len(articles), args.write_corpus))
        return
    if args.predictions:
        for i, a in enumerate(articles):
            a['evalId'] = eval_id(i)
        with open(args.predictions, encoding='utf-8') as f:
            doc = json.load(f)
    else:
        if not args.entente:
            sys.exit('score_meetings: give --entente BINARY (or --predictions FILE)')
        tmp = tempfile.mkdtemp(prefix='entente-eval-meetings-')
        try:
            corpus_dir = os.path.join(tmp, 'corpus')
            write_corpus(articles, corpus_dir, args.officials)
            doc = run_entente(args.entente, tmp, corpus_dir)
        finally:
            if args.keep:
                sys.stderr.write('kept %s\n' % tmp)
            else:
                shutil.rmtree(tmp, ignore_errors=True)

    reports, unplaced, npred = load_predictions(doc, articles)
    result, merges, details = score(articles, reports)
    if args.json:
        out = {'split': args.split, 'skipped': [{'id': a, 'reason': w} for a, w in skipped],
               'predictedMeetings': npred, 'unplacedEvidence': unplaced,
               'scores': result, 'merge': merges}
        if args.details:
            out['details'] = details
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write('\n')
    else:
        print_report(args.split, skipped, unplaced, npred, result, merges)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError:
        pass
