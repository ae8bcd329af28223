#!/usr/bin/env python3
"""Check recovered dev texts against the gold file before scoring them.

usage: tools/check-dev-texts.py [DIR] [ID...]

DIR defaults to ./dev-texts. For each document of ../shared/eval/dev/gold.json
(or only the ids given), reports MISSING when its file is absent, and lists every
gold alias or goal phrase that does not occur in the text (case-insensitive):
a recovered text that lacks them was trimmed at the wrong place.
Exit status 1 when any document is missing or incomplete.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "..", "shared", "eval", "dev", "gold.json")


def main(argv):
    directory = argv[0] if argv and not argv[0].startswith("p") else "dev-texts"
    wanted = [a for a in argv if a != directory]
    docs = json.load(open(GOLD))["docs"]
    failed = False
    for doc_id in wanted or sorted(docs):
        doc = docs[doc_id]
        path = os.path.join(directory, doc["file"])
        if not os.path.exists(path):
            print(f"{doc_id} MISSING {path}")
            failed = True
            continue
        text = open(path, encoding="utf-8").read().lower()
        absent = [("entity", alias) for entity in doc["entities"].values()
                  for alias in entity["aliases"] if alias.lower() not in text]
        absent += [("goal", goal) for goal in doc["goals"].values() if goal.lower() not in text]
        if absent:
            failed = True
            print(doc_id, "INCOMPLETE", "; ".join(f"{kind} {phrase!r}" for kind, phrase in absent))
        else:
            print(doc_id, "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
