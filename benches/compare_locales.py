#!/usr/bin/env python3
"""Parity and speed of gloss's Fluent structural checks against compare-locales.

Runs `compare-locales` and `gloss check --format json` on the same en-US/fr
Fluent tree (the layout of get-fluent-corpus.sh: en-US/, fr/, l10n.toml),
reduces both reports to comparable items, prints what only one of them
reports, and times both side by side (best of --runs wall-clock times).

  python3 benches/compare_locales.py CORPUS [--gloss target/release/gloss]
      [--compare-locales compare-locales] [--mutate N] [--seed S] [--runs R]

--mutate N first copies the corpus to a scratch folder and plants N
problems in the French files (deleted, added and duplicated messages,
dropped and added attributes, dropped term references, junk), so that both
tools have something to find; the plan is printed. Needs Python 3 and, for
--mutate, the fluent.syntax package that compare-locales installs.

Items compared (file, entry, detail), entry = message or term id:
  missing            compare-locales missingEntity      gloss missing-message
  missing-file       compare-locales missingFile        gloss missing-file
  obsolete           compare-locales obsoleteEntity     gloss obsolete-message
  missing-attribute / obsolete-attribute                gloss same ids
  missing-value / obsolete-value                        gloss missing-value
  dropped-reference  "Missing message/term reference"   gloss dropped-reference
  added-reference    "Obsolete message/term reference"  gloss added-reference
  duplicate          "occurs N times", duplicated attribute or key: gloss duplicate-id
  junk               "Unparsed content"                 gloss junk (by first line:
                     compare-locales places junk at its start, gloss at the error)
  plural             "Plural categories missing"        gloss plural-categories
gloss rules that compare-locales has no counterpart for are counted apart.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

GLOSS_ONLY = {
    "unknown-variable",
    "dropped-variable",
    "unknown-term-reference",
    "unknown-message-reference",
    "untranslated",
    "missing-term",
    "forbidden-term",
}

GLOSS_CATEGORY = {
    "missing-message": "missing",
    "missing-file": "missing-file",
    "obsolete-message": "obsolete",
    "missing-attribute": "missing-attribute",
    "obsolete-attribute": "obsolete-attribute",
    "dropped-reference": "dropped-reference",
    "added-reference": "added-reference",
    "duplicate-id": "duplicate",
    "junk": "junk",
    "plural-categories": "plural",
}

CL_PATTERNS = [
    (re.compile(r"^Missing (?:message|term) reference: (\S+) at line \d+, column \d+ for (\S+)$"),
     "dropped-reference"),
    (re.compile(r"^Obsolete (?:message|term) reference: (\S+) at line \d+, column \d+ for (\S+)$"),
     "added-reference"),
    (re.compile(r"^Missing attribute: (\S+) at line \d+, column \d+ for (\S+)$"),
     "missing-attribute"),
    (re.compile(r"^Obsolete attribute: (\S+) at line \d+, column \d+ for (\S+)$"),
     "obsolete-attribute"),
    (re.compile(r"^Missing value() at line \d+, column \d+ for (\S+)$"), "missing-value"),
    (re.compile(r"^Obsolete value() at line \d+, column \d+ for (\S+)$"), "obsolete-value"),
    (re.compile(r'^Attribute "(\S+)" is duplicated at line \d+, column \d+ for (\S+)$'),
     "duplicate"),
    (re.compile(r'^Variant key "(\S+)" is duplicated at line \d+, column \d+ for (\S+)$'),
     "duplicate"),
    (re.compile(r"^Plural categories missing: (.*) at line \d+, column \d+ for (\S+)$"),
     "plural"),
]
CL_DUPLICATE = re.compile(r"^(\S+) occurs \d+ times$")
CL_JUNK = re.compile(r'^Unparsed content "(.*)" from line (\d+) column', re.S)


def flatten(tree, prefix=""):
    """compare-locales nests paths by component; yields (path, report list)."""
    for key, value in tree.items():
        path = f"{prefix}/{key}" if prefix else key
        if isinstance(value, list):
            yield path, value
        else:
            yield from flatten(value, path)


def compare_locales_items(report, locale):
    items, other = set(), []
    for path, entries in flatten(report[0]["details"].get(locale, {})):
        for entry in entries:
            for kind, value in entry.items():
                if kind == "missingEntity":
                    items.add(("missing", path, value, ""))
                elif kind == "obsoleteEntity":
                    items.add(("obsolete", path, value, ""))
                elif kind == "missingFile":
                    items.add(("missing-file", path, "", ""))
                elif kind in ("warning", "error"):
                    items.add(parse_cl_message(path, value) or ("other", path, value, ""))
                else:
                    other.append((kind, path, value))
    return items, other


def parse_cl_message(path, text):
    for pattern, category in CL_PATTERNS:
        found = pattern.match(text)
        if found:
            detail, entry = found.group(1), found.group(2)
            if category == "plural":
                detail = ""
            if category in ("missing-value", "obsolete-value"):
                category, detail = "missing-value", ""
            return (category, path, entry, detail)
    found = CL_DUPLICATE.match(text)
    if found:
        return ("duplicate", path, found.group(1), "")
    found = CL_JUNK.match(text)
    if found:
        return ("junk", path, "", junk_key(found.group(1)))
    if text == "Parser error in en-US":
        return ("junk", "en-US:" + path, "", "")
    return None


def junk_key(text):
    """Junk is compared by its first line (gloss shows 80 characters of it)."""
    return text.strip().split("\n")[0][:80]


def gloss_items(report, corpus, locale):
    items, only, other = set(), {}, []
    for finding in report["findings"]:
        rule = finding["rule"]
        if rule in GLOSS_ONLY:
            only[rule] = only.get(rule, 0) + 1
            continue
        path = os.path.relpath(os.path.join(corpus, finding["path"]), corpus)
        in_source = not path.startswith(locale + os.sep)
        path = path.split(os.sep, 1)[1] if os.sep in path else path
        segment = finding.get("segment") or ""
        entry = segment.split(".")[0]
        found = finding.get("found") or ""
        category = GLOSS_CATEGORY.get(rule, rule)
        if category == "junk":
            item = ("junk", "en-US:" + path, "", "") if in_source else \
                ("junk", path, "", junk_key(found))
        elif category == "duplicate":
            item = ("duplicate", path, entry, "" if found == segment else found)
        elif category == "missing-file":
            item = ("missing-file", path, "", "")
        elif category in ("missing", "obsolete", "missing-value", "plural"):
            item = (category, path, entry, "")
        elif category in GLOSS_CATEGORY.values():
            item = (category, path, entry, found)
        else:
            other.append(finding)
            continue
        items.add(item)
    return items, only, other


def run_timed(command, cwd, runs):
    best, result = None, None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


# ---------------------------------------------------------------- mutations

def mutate(corpus, count, seed):
    """Plants `count` problems in the French files of `corpus` (a copy)."""
    from fluent.syntax import FluentParser, ast

    rng = random.Random(seed)
    fr = os.path.join(corpus, "fr")
    files = sorted(
        os.path.join(root, name)
        for root, _, names in os.walk(fr)
        for name in names
        if name.endswith(".ftl")
    )
    kinds = ["delete", "add", "duplicate", "drop-attribute", "add-attribute",
             "drop-reference", "junk"]
    plan = []
    parser = FluentParser()
    for n in range(count):
        kind = kinds[n % len(kinds)]
        for _ in range(50):
            path = rng.choice(files)
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            resource = parser.parse(text)
            messages = [e for e in resource.body if isinstance(e, ast.Message)]
            if not messages:
                continue
            message = rng.choice(messages)
            start, end = message.span.start, message.span.end
            block = text[start:end]
            new = None
            if kind == "delete":
                new = text[:start] + text[end:]
            elif kind == "add":
                new = text.rstrip("\n") + f"\ngloss-parity-added-{n} = Message ajouté.\n"
            elif kind == "duplicate":
                new = text.rstrip("\n") + "\n" + block.rstrip("\n") + "\n"
            elif kind == "drop-attribute" and message.attributes:
                attribute = message.attributes[-1]
                line_start = text.rfind("\n", 0, attribute.span.start) + 1
                after = attribute.span.end + (text[attribute.span.end:].startswith("\n"))
                new = text[:line_start] + text[after:]
            elif kind == "add-attribute" and message.value is not None:
                new = text[:end] + f"\n    .gloss-extra-{n} = Attribut ajouté" + text[end:]
            elif kind == "drop-reference":
                found = re.search(r"\{ ?-[a-z][a-z0-9-]* ?\}", block)
                if found:
                    new = text[:start] + block[:found.start()] + block[found.end():] + text[end:]
            elif kind == "junk":
                new = text.rstrip("\n") + f"\ngloss-parity-junk-{n} = {{ unclosed\n"
            if new is not None:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(new)
                plan.append((kind, os.path.relpath(path, fr), message.id.name))
                break
    return plan


# --------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--gloss", default="target/release/gloss")
    parser.add_argument("--compare-locales", default="compare-locales")
    parser.add_argument("--glossary", default="glossary", help="glossary for gloss's term rules")
    parser.add_argument("--mutate", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--locale", default="fr")
    args = parser.parse_args()

    gloss = os.path.abspath(args.gloss)
    compare_locales = (os.path.abspath(args.compare_locales) if os.sep in args.compare_locales
                       else shutil.which(args.compare_locales) or args.compare_locales)
    glossary = os.path.abspath(args.glossary)
    corpus = os.path.abspath(args.corpus)
    scratch = tempfile.mkdtemp(prefix="gloss-parity-")
    try:
        if args.mutate:
            copy = os.path.join(scratch, "corpus")
            shutil.copytree(corpus, copy, ignore=shutil.ignore_patterns("meta"))
            corpus = copy
            plan = mutate(corpus, args.mutate, args.seed)
            print(f"planted {len(plan)} problems (seed {args.seed}):")
            for kind, path, message in plan:
                print(f"  {kind:15} {path} {message}")
        config = os.path.join(scratch, "gloss.toml")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(f'glossary = "{glossary}"\nsource-language = "en"\n'
                         f'target-language = "{args.locale}"\n')
        cl_json = os.path.join(scratch, "cl.json")
        cl_time, cl = run_timed(
            [compare_locales, "--json", cl_json, "l10n.toml", ".", args.locale],
            corpus, args.runs)
        if not os.path.exists(cl_json):
            sys.exit(f"compare-locales failed: {cl.stderr}")
        gloss_time, run = run_timed(
            [gloss, "--config", config, "check", "--source", "en-US",
             "--target", args.locale, "--format", "json"],
            corpus, args.runs)
        if run.returncode == 2:
            sys.exit(f"gloss failed: {run.stderr}")
        with open(cl_json, encoding="utf-8") as handle:
            cl_items, cl_other = compare_locales_items(json.load(handle), args.locale)
        gloss_items_, gloss_only, gloss_other = gloss_items(
            json.loads(run.stdout), corpus, args.locale)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    categories = sorted({item[0] for item in cl_items | gloss_items_})
    print(f"\n{'category':20} {'compare-locales':>16} {'gloss':>8} {'both':>8}")
    for category in categories:
        left = {i for i in cl_items if i[0] == category}
        right = {i for i in gloss_items_ if i[0] == category}
        print(f"{category:20} {len(left):16} {len(right):8} {len(left & right):8}")
    only_cl = sorted(cl_items - gloss_items_)
    only_gloss = sorted(gloss_items_ - cl_items)
    print(f"\nonly compare-locales: {len(only_cl)}")
    for item in only_cl:
        print("  " + " | ".join(item))
    print(f"only gloss: {len(only_gloss)}")
    for item in only_gloss:
        print("  " + " | ".join(item))
    if cl_other or gloss_other:
        print(f"unclassified: compare-locales {cl_other} gloss {gloss_other}")
    print("gloss rules without a compare-locales counterpart: "
          + (", ".join(f"{rule} {n}" for rule, n in sorted(gloss_only.items())) or "none"))
    print(f"\ntime (best of {args.runs}): compare-locales {cl_time:.3f} s, "
          f"gloss {gloss_time:.3f} s, ratio {cl_time / gloss_time:.1f}x")


if __name__ == "__main__":
    main()
