#!/usr/bin/env python3
"""Enlarges a catalogue exchange document to N concepts (bench only).

Reads an export (`server catalogue export`) on stdin and writes a document
with N concepts: the originals plus numbered copies of them (new codes, the
number added to every title, keywords and local variations copied), so that
pages, search and the inventory can be measured at the size of a real
regional catalogue (18 municipalities x 500 products).
"""
import json
import sys

def letters(number):
    out = ""
    while number > 0:
        number, digit = divmod(number, 26)
        out = chr(ord("a") + digit) + out
    return out


target = int(sys.argv[1]) if len(sys.argv) > 1 else 500
document = json.load(sys.stdin)
originals = document["concepts"]
concepts = list(originals)
n = 0
while len(concepts) < target:
    source = originals[n % len(originals)]
    copy = json.loads(json.dumps(source))
    number = n // len(originals) + 2
    # Codes hold only a-z and '-': the copy's number as letters (2 → b, 27 → ba).
    copy["code"] = f"{source['code']}-{letters(number)}"
    for text in copy["text"].values():
        text["title"] = f"{text['title']} {number}"
    concepts.append(copy)
    n += 1
document["concepts"] = concepts
json.dump(document, sys.stdout, ensure_ascii=False)
