#!/usr/bin/env python3
"""Builds a large EN→FR glossary for benchmarks from the FreeDict EN–FR
dictionary (one concept per English headword, its French translations as the
preferred form and variants), topped up with ICD-11 labels, and the list of
its French forms, lowercased, for `rg -F -w -f`.

usage: make-check-glossary.py FREEDICT.tsv ICD11.tsv COUNT OUT.toml TERMS.txt
"""

import csv
import re
import sys


def slug(text, taken):
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "t"
    if not base[0].isalpha():
        base = "t-" + base
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def usable(form):
    form = form.strip()
    return form and "\t" not in form and len(form) < 80 and any(c.isalpha() for c in form)


def main():
    freedict, icd11, count, out_toml, out_terms = sys.argv[1:6]
    count = int(count)
    concepts = []  # (en, [fr...], gender)
    claimed_fr, claimed_en = set(), set()
    by_en = {}
    with open(freedict, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            en, fr = row["en"].strip(), row["fr"].strip()
            if not usable(en) or not usable(fr):
                continue
            entry = by_en.setdefault(en.lower(), (en, [], row.get("fr_gender", "")))
            if fr.lower() not in claimed_fr and len(entry[1]) < 4:
                claimed_fr.add(fr.lower())
                entry[1].append(fr)
    for en, frs, gender in by_en.values():
        if frs and len(concepts) < count:
            claimed_en.add(en.lower())
            concepts.append((en, frs, gender))
    with open(icd11, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            en, fr = row["en"].strip(), row["fr"].strip()
            if len(concepts) >= count:
                break
            if usable(en) and usable(fr) and en.lower() not in claimed_en and fr.lower() not in claimed_fr:
                claimed_en.add(en.lower())
                claimed_fr.add(fr.lower())
                concepts.append((en, [fr], ""))
    taken = set()
    genders = {"m": "masculine", "f": "feminine"}
    with open(out_toml, "w", encoding="utf-8") as out:
        out.write('[glossary]\nlanguages = ["en", "fr"]\nsource-language = "en"\n')
        for en, frs, gender in concepts:
            out.write(f"\n[terms.{slug(en, taken)}]\nen = {toml_string(en)}\n")
            out.write(f"fr = {{ term = {toml_string(frs[0])}")
            if frs[1:]:
                out.write(", variants = [" + ", ".join(toml_string(v) for v in frs[1:]) + "]")
            if gender in genders:
                out.write(f', gender = "{genders[gender]}"')
            out.write(" }\n")
    with open(out_terms, "w", encoding="utf-8") as out:
        for _, frs, _ in concepts:
            for form in frs:
                out.write(form.lower() + "\n")
    print(f"{len(concepts)} concepts, {sum(len(f) for _, f, _ in concepts)} French forms")


main()
