#!/usr/bin/env python3
"""Draw the real-catalogue precision sample (tests/fixtures/real-sample/sample.po).

Usage: draw.py CORPUS_DIR [--glossary GLOSSARY] [--out-dir DIR]

CORPUS_DIR holds the real PO catalogues (<source>/<package>/<name>.po) and their
MANIFEST.tsv (file, package, version, licence, ...). The draw is deterministic
(fixed seed): 300 entries whose English holds a concept of the glossary (a
case-insensitive word match of a form, with its English inflections) or whose
French holds one of its forbidden forms (a word match, inflections and, for a
verb, any ending), then 50 random controls among the other translated entries,
then 60 more among the entries whose French holds a forbidden form (so that the
forbidden-term rule has enough cases to measure), at most 12 entries per
catalogue in all. Header, fuzzy, obsolete and untranslated
entries are never drawn, nor an entry longer than 1,000 characters of English.
An entry's segment id (msgctxt when it has one, else its msgid) is unique in the
sample: an entry whose id was already drawn is skipped.

Writes sample.po (each entry with a translator comment citing its source, its
msgctxt/msgid/msgstr lines exactly as in the catalogue) and categories.jsonl
(each segment with its draw stratum and the corpus it comes from).
"""
import argparse
import csv
import json
import os
import random
import re
import sys
import tomllib

SEED = 20261204
DRAWN = 300
CONTROLS = 50
FORBIDDEN = 60
PER_CATALOGUE = 12
MAX_ENGLISH = 1000

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: real-sample 1\\n"
"Language: fr\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"""

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def unescape(s):
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(1)), s)


def charset(raw):
    m = re.search(rb"charset=([A-Za-z0-9_.:-]+)", raw[:4000])
    name = m.group(1).decode("ascii") if m else "utf-8"
    return "utf-8" if name.upper() == "CHARSET" else name


def entries(path):
    """Yield the translated, non-fuzzy entries of a catalogue as dicts."""
    raw = open(path, "rb").read()
    text = raw.decode(charset(raw))
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [l for l in block.split("\n") if l.strip()]
        if not lines or any(l.startswith("#~") for l in lines):
            continue
        flags = [l for l in lines if l.startswith("#,")]
        if any("fuzzy" in l for l in flags):
            continue
        fields, keep, cur = {}, [], None
        for l in lines:
            if l.startswith("#"):
                continue
            keep.append(l)
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"\s*$', l)
            if m:
                cur = m.group(1)
                fields[cur] = unescape(m.group(2))
            elif l.startswith('"') and cur:
                fields[cur] += unescape(l.strip()[1:-1])
        if "msgid" not in fields or fields["msgid"] == "":
            continue
        strs = [v for k, v in fields.items() if k.startswith("msgstr")]
        if not strs or not all(strs):
            continue
        yield dict(ctx=fields.get("msgctxt"), en=fields["msgid"] + "\n" + fields.get("msgid_plural", ""),
                   fr="\n".join(strs), id=fields.get("msgctxt") or fields["msgid"],
                   flags=flags, lines=keep)


def glossary_patterns(path):
    with open(path, "rb") as f:
        terms = tomllib.load(f)["terms"]
    en, forbidden = [], []
    for side in ("en", "fr"):
        for t in terms.values():
            v = t[side]
            v = {"term": v} if isinstance(v, str) else v
            verb = v.get("pos") == "verb"
            if side == "en":
                for form in [v["term"]] + v.get("variants", []):
                    stem = re.escape(form[:-1]) + "(?:e|es|ed|ing)" if verb and form.endswith("e") else re.escape(form)
                    en.append(stem + r"(?:s|es|ed|d|ing|'s)?")
            else:
                for form in v.get("forbidden", []):
                    if verb and form.endswith("er"):
                        forbidden.append(re.escape(form[:-2]) + r"\w*")
                    else:
                        forbidden.append(re.escape(form).replace("’", "['’]") + r"[sx]?")
    word = lambda ps: re.compile(r"(?<!\w)(?:" + "|".join(ps) + r")(?!\w)", re.I)
    return word(en), word(forbidden)


def licence_text(licence):
    m = re.match(r"see /usr/share/doc/([^/]+)/copyright(.*)$", licence)
    return "see the copyright file of the Debian package %s%s" % m.groups() if m else licence


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    here = os.path.dirname(os.path.abspath(__file__))
    fixture = os.path.join(here, "..", "..", "tests", "fixtures", "real-sample")
    ap.add_argument("--glossary", default=os.path.join(fixture, "glossary.toml"))
    ap.add_argument("--out-dir", default=fixture)
    a = ap.parse_args()

    en_re, forbidden_re = glossary_patterns(a.glossary)
    with open(os.path.join(a.corpus, "MANIFEST.tsv"), encoding="utf-8") as f:
        manifest = {r["file"]: r for r in csv.DictReader(f, delimiter="\t")}
    pool, rest = [], []
    for file in sorted(manifest):
        for n, e in enumerate(entries(os.path.join(a.corpus, file))):
            if len(e["en"]) > MAX_ENGLISH:
                continue
            e.update(file=file, n=n)
            (pool if en_re.search(e["en"]) or forbidden_re.search(e["fr"]) else rest).append(e)

    rng = random.Random(SEED)
    per_catalogue, seen, sample = {}, set(), []

    def draw(candidates, count, stratum):
        rng.shuffle(candidates)
        taken = 0
        for e in candidates:
            if taken == count:
                break
            if e["id"] in seen or per_catalogue.get(e["file"], 0) >= PER_CATALOGUE:
                continue
            seen.add(e["id"])
            per_catalogue[e["file"]] = per_catalogue.get(e["file"], 0) + 1
            sample.append(dict(e, stratum=stratum))
            taken += 1
        if taken < count:
            sys.exit("only %d %s entries could be drawn" % (taken, stratum))

    draw(pool, DRAWN, "drawn")
    draw(rest, CONTROLS, "control")
    draw([e for e in pool if forbidden_re.search(e["fr"])], FORBIDDEN, "forbidden")
    sample.sort(key=lambda e: (e["file"], e["n"]))

    with open(os.path.join(a.out_dir, "sample.po"), "w", encoding="utf-8") as out:
        out.write(HEADER)
        for e in sample:
            m = manifest[e["file"]]
            out.write("\n# %s %s, %s (%s), licence: %s\n" % (
                m["package"], m["version"], e["file"], m["source"], licence_text(m["licence"])))
            for l in e["flags"] + e["lines"]:
                out.write(l + "\n")
    with open(os.path.join(a.out_dir, "categories.jsonl"), "w", encoding="utf-8") as out:
        for e in sample:
            out.write(json.dumps(dict(seg=e["id"], categories=[e["stratum"], "corpus-" + manifest[e["file"]]["source"]]),
                                 ensure_ascii=False) + "\n")
    print("%d entries from %d catalogues (pool %d, controls drawn from %d)" % (
        len(sample), len(per_catalogue), len(pool), len(rest)))
    for stratum in ("drawn", "control", "forbidden"):
        print("%s: %d" % (stratum, sum(e["stratum"] == stratum for e in sample)))


if __name__ == "__main__":
    main()
