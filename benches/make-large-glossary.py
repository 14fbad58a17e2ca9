#!/usr/bin/env python3
"""Builds a large EN-FR glossary for the lookup and pages benchmarks.

Usage: make-large-glossary.py TERMBASE_DIR OUT.toml [COUNT]

TERMBASE_DIR is the termbase/ folder made by the project's evaluation-data
script (FreeDict EN-FR, ICD-11 labels, iso-codes names). Concepts are taken
from those lists (FreeDict: one concept per English headword, the first
French translation preferred and the next ones as variants; ICD-11: chapter
as domain, the parent label as a short definition; iso-codes: country,
language, currency and script names), a forbidden form is added where the
French term has accents (the same term without them), and the lists are
replayed with English/French qualifiers until COUNT concepts (default
100,000) are written. The data is for measuring only: never commit it.
"""

import csv
import json
import os
import re
import sys
import unicodedata

POS = {"n": "noun", "v": "verb", "vt": "verb", "vi": "verb", "adj": "adjective", "adv": "adverb"}
GENDER = {"masc": "masculine", "fem": "feminine"}
QUALIFIERS = [
    ("acute", "aigu"), ("chronic", "chronique"), ("primary", "primaire"),
    ("secondary", "secondaire"), ("topical", "topique"), ("systemic", "systémique"),
    ("congenital", "congénital"), ("recurrent", "récurrent"), ("partial", "partiel"),
    ("severe", "sévère"), ("mild", "léger"), ("local", "local"),
]


def rows(path):
    with open(path, encoding="utf-8") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slug(text):
    ascii_text = strip_accents(text).lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    base = "-".join(words)[:60].strip("-") or "term"
    return base if base[0].isalpha() else "t-" + base


def clean(text):
    return " ".join(text.replace("...", " ").split()).strip(" ,;")


def freedict(termbase):
    by_en = {}
    for row in rows(os.path.join(termbase, "freedict-en-fr.tsv")):
        en, fr = clean(row["en"]), clean(row["fr"])
        if not en or not fr:
            continue
        entry = by_en.setdefault(en, {"fr": [], "pos": POS.get(row["pos"]), "gender": None})
        if fr not in entry["fr"]:
            entry["fr"].append(fr)
        if entry["gender"] is None and row["fr_gender"] in GENDER and entry["fr"][0] == fr:
            entry["gender"] = GENDER[row["fr_gender"]]
    for en, entry in by_en.items():
        fr = {"term": entry["fr"][0], "variants": entry["fr"][1:4]}
        if entry["gender"]:
            fr["gender"] = entry["gender"]
        en_entry = {"term": en}
        if entry["pos"]:
            en_entry["pos"] = entry["pos"]
        yield {"domain": "general", "en": en_entry, "fr": fr}


def icd11(termbase):
    labels = {}
    table = list(rows(os.path.join(termbase, "icd11-en-fr.tsv")))
    for row in table:
        labels[row["uri"]] = (clean(row["en"]), clean(row["fr"]))
    for row in table:
        en, fr = labels[row["uri"]]
        if not en or not fr:
            continue
        concept = {"domain": row["chapter_en"].lower() or "medicine", "en": {"term": en}, "fr": {"term": fr}}
        parent = labels.get(row["parent_uri"])
        if parent and parent[0] and parent[1]:
            concept["en"]["definition"] = f"A kind of {parent[0].lower()}."
            concept["fr"]["definition"] = f"Une forme de : {parent[1].lower()}."
        yield concept


def iso(termbase):
    for name, domain in [("iso_3166-1", "country"), ("iso_639-2", "language"),
                         ("iso_4217", "currency"), ("iso_15924", "script")]:
        for row in rows(os.path.join(termbase, f"{name}-en-fr.tsv")):
            en, fr = clean(row["en"]), clean(row["fr"])
            if en and fr:
                yield {"domain": domain, "en": {"term": en}, "fr": {"term": fr}}


def qualified(concept, english, french):
    out = {"domain": concept["domain"]}
    for lang, word, before in [("en", english, True), ("fr", french, False)]:
        entry = dict(concept[lang])
        term = entry["term"]
        entry["term"] = f"{word} {term}" if before else f"{term} {word}"
        entry["variants"] = [f"{word} {v}" if before else f"{v} {word}" for v in entry.get("variants", [])]
        entry.pop("forbidden", None)
        out[lang] = entry
    return out


def with_forbidden(concept):
    fr = concept["fr"]
    plain = strip_accents(fr["term"])
    accepted = {fr["term"].lower(), *(v.lower() for v in fr.get("variants", []))}
    if plain != fr["term"] and plain.lower() not in accepted:
        fr["forbidden"] = [plain]
    return concept


def toml_entry(entry):
    parts = [f"term = {json.dumps(entry['term'], ensure_ascii=False)}"]
    for key in ("variants", "forbidden"):
        if entry.get(key):
            parts.append(f"{key} = {json.dumps(entry[key], ensure_ascii=False)}")
    for key in ("definition", "gender", "pos"):
        if entry.get(key):
            parts.append(f"{key} = {json.dumps(entry[key], ensure_ascii=False)}")
    return "{ " + ", ".join(parts) + " }"


def main():
    termbase, out_path = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    base = [with_forbidden(c) for c in [*icd11(termbase), *freedict(termbase), *iso(termbase)]]
    seen_ids = set()
    written = 0
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('[glossary]\ntitle = "Benchmark glossary"\nlanguages = ["en", "fr"]\n')
        round_number = 0
        while written < count:
            for concept in base:
                if written >= count:
                    break
                if round_number:
                    english, french = QUALIFIERS[(round_number - 1) % len(QUALIFIERS)]
                    concept = qualified(concept, english, french)
                base_id = slug(concept["en"]["term"])
                concept_id, n = base_id, 1
                while concept_id in seen_ids:
                    n += 1
                    concept_id = f"{base_id}-{n}"
                seen_ids.add(concept_id)
                out.write(f"\n[terms.{concept_id}]\n")
                out.write(f"domain = {json.dumps(concept['domain'], ensure_ascii=False)}\n")
                out.write(f"en = {toml_entry(concept['en'])}\n")
                out.write(f"fr = {toml_entry(concept['fr'])}\n")
                written += 1
            round_number += 1
    print(f"{out_path}: {written} concepts", file=sys.stderr)


if __name__ == "__main__":
    main()
