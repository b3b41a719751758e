#!/usr/bin/env python3
"""Validate the reply evaluation set (bench/replies/replies.jsonl) against its format rules.

Usage: python3 bench/replies/check-set.py [bench/replies/replies.jsonl]

Checks every line (lines starting with // are comments): one JSON object, exactly the known keys,
unique id with its category's prefix, allowed category/sender/fields/codes, a temperature of one
decimal inside 35.0..42.0 (or "normal"), stored keys among the children (or "self" for staff), the
attestation's six fields, the follow-up rule (false only when every child has a temperature or an
attestation), junk stored as nothing, and invisible characters written as JSON escapes.
Prints the counts per category; exits 1 on any error. Standard library only.
"""
import json
import re
import sys
from collections import Counter
from decimal import Decimal

PREFIX = {
    "numbers": "num", "normal": "nor", "negation": "neg", "symptoms-alone": "sym",
    "symptoms-with-number": "swn", "codes": "code", "travel-contact": "trv", "household": "hh",
    "multi-child": "mc", "corrections": "cor", "leave": "lv", "typos": "typo", "emoji": "emo",
    "english": "en", "hostile": "hos", "invisible": "inv", "mixed": "mix",
}
KEYS = {"id", "category", "sender", "children", "text", "stored", "followup", "leave"}
FIELDS = {"temperature", "symptoms", "health_code", "travel", "contact", "household_symptoms", "all_normal"}
SYMPTOMS = {"fever", "dry_cough", "fatigue", "sore_throat", "diarrhea", "loss_of_smell_taste", "short_breath"}
CODES = {"green", "yellow", "red"}
ATTESTATION = {"symptoms": [], "health_code": "green", "travel": "none", "contact": False,
               "household_symptoms": False}
HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
TEMPERATURE = re.compile(r"^\d{2}\.\d$")
# Characters the spec wants written as JSON escapes, never raw, so a reader can see them.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u3000", "\u202e"]
MIN_TOTAL, MIN_PER_CATEGORY, LONG_TEXT = 420, 15, 3000


def check_answer(where, who, ans, errors):
    if not isinstance(ans, dict) or not ans:
        errors.append(f"{where}: stored[{who}] must be a non-empty object (leave the child out instead)")
        return
    for field in ans:
        if field not in FIELDS:
            errors.append(f"{where}: stored[{who}] unknown field {field!r}")
    t = ans.get("temperature")
    if "temperature" in ans:
        if t != "normal":
            if not isinstance(t, str) or not TEMPERATURE.match(t):
                errors.append(f"{where}: temperature {t!r} is not a one-decimal string or 'normal'")
            elif not Decimal("35.0") <= Decimal(t) <= Decimal("42.0"):
                errors.append(f"{where}: temperature {t} outside 35.0..42.0 (out of range is not stored)")
    if "symptoms" in ans:
        s = ans["symptoms"]
        if not isinstance(s, list) or any(c not in SYMPTOMS for c in s):
            errors.append(f"{where}: symptoms {s!r} must be a list of known codes")
        elif len(set(s)) != len(s):
            errors.append(f"{where}: symptoms {s!r} repeats a code")
    if "health_code" in ans and ans["health_code"] not in CODES:
        errors.append(f"{where}: health_code {ans['health_code']!r}")
    if "travel" in ans and (not isinstance(ans["travel"], str) or not ans["travel"].strip()):
        errors.append(f"{where}: travel must be 'none' or a place")
    for flag in ("contact", "household_symptoms"):
        if flag in ans and not isinstance(ans[flag], bool):
            errors.append(f"{where}: {flag} must be true/false")
    if "all_normal" in ans:
        if ans["all_normal"] is not True:
            errors.append(f"{where}: all_normal is only ever written as true")
        for field, value in ATTESTATION.items():
            if ans.get(field) != value:
                errors.append(f"{where}: an attestation writes {field}={json.dumps(value)}, got {ans.get(field)!r}")
        if ans.get("temperature") == "normal":
            errors.append(f"{where}: an attestation carries no 'normal' temperature")


def complete(ans):
    return ans is not None and ("temperature" in ans or ans.get("all_normal") is True)


def main(path):
    errors, ids, counts, staff, long_texts = [], set(), Counter(), 0, 0
    followups = Counter()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        where = f"line {n}"
        if not raw.strip() or raw.startswith("//"):
            continue
        for ch in INVISIBLE:
            if ch in raw:
                errors.append(f"{where}: raw U+{ord(ch):04X} in the file, write it as \\u{ord(ch):04x}")
        try:
            r = json.loads(raw)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        if not isinstance(r, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(r)} (want {sorted(KEYS)})")
            continue
        where = f"line {n} ({r['id']})"
        cat = r["category"]
        if cat not in PREFIX:
            errors.append(f"{where}: unknown category {cat!r}")
            continue
        counts[cat] += 1
        if r["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["id"])
        if not re.fullmatch(PREFIX[cat] + r"-\d{3}", str(r["id"])):
            errors.append(f"{where}: id should be {PREFIX[cat]}-NNN for category {cat}")
        text = r["text"]
        if not isinstance(text, str) or not text:
            errors.append(f"{where}: empty text")
            continue
        if len(text) >= LONG_TEXT:
            long_texts += 1
        for flag in ("followup", "leave"):
            if not isinstance(r[flag], bool):
                errors.append(f"{where}: {flag} must be true/false")
        kids, stored = r["children"], r["stored"]
        if r["sender"] == "staff":
            staff += 1
            subjects = ["self"]
            if kids != []:
                errors.append(f"{where}: staff answer for themselves, children must be []")
            if r["leave"]:
                errors.append(f"{where}: leave is for a guardian's child")
        elif r["sender"] == "guardian":
            subjects = kids
            if not isinstance(kids, list) or not 1 <= len(kids) <= 3:
                errors.append(f"{where}: a guardian has 1 to 3 children")
                continue
            if len(set(kids)) != len(kids) or any(not HAN_NAME.match(k) for k in kids):
                errors.append(f"{where}: children must be distinct 2-3 Han character names: {kids}")
        else:
            errors.append(f"{where}: sender {r['sender']!r}")
            continue
        if not isinstance(stored, dict):
            errors.append(f"{where}: stored must be an object")
            continue
        extra = set(stored) - set(subjects)
        if extra:
            errors.append(f"{where}: stored keys {sorted(extra)} not among {subjects}")
        for who, ans in stored.items():
            check_answer(where, who, ans, errors)
        # followup is false only for a complete answer for everyone asked about.
        all_complete = all(complete(stored.get(s)) for s in subjects)
        if not r["followup"] and not all_complete:
            errors.append(f"{where}: followup false but a subject has neither a temperature nor an attestation")
        if cat == "hostile" and (stored or not r["followup"] or r["leave"]):
            errors.append(f"{where}: junk stores nothing, asks back (followup true) and is no leave")
        followups[r["followup"]] += 1

    total = sum(counts.values())
    if total < MIN_TOTAL:
        errors.append(f"only {total} replies (at least {MIN_TOTAL})")
    for cat in PREFIX:
        if counts[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat}: {counts[cat]} replies (at least {MIN_PER_CATEGORY})")
    if long_texts == 0:
        errors.append(f"no text of {LONG_TEXT}+ characters")

    width = max(len(c) for c in PREFIX)
    for cat in PREFIX:
        print(f"{cat:<{width}}  {counts[cat]:4d}")
    print(f"{'total':<{width}}  {total:4d}   staff {staff}, followup true {followups[True]}, "
          f"texts of {LONG_TEXT}+ chars {long_texts}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "bench/replies/replies.jsonl"))
