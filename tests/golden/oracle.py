#!/usr/bin/env python3
"""Golden-file oracle for DBI Kit scoring — an independent re-implementation in Python.

It reads an index definition (indices/*.json, format described in indices/README.md) and
scores answers by the rules written there and in dbi-framework.md §6, without looking at the
C++ code. The C++ golden test (tests/core/test_golden.cpp) compares core's canonical result
with the files this script writes, natively and under node (wasm).

Every case below also states, by hand, what the framework says the outcome must be (total,
overall level, pillar levels, points of chosen criteria). The oracle checks its own result
against those statements before writing anything, so a wrong oracle cannot silently agree
with a wrong engine.

Usage:
  oracle.py write   # (re)write every <case>.answers.json / .group.json and .expected.json
  oracle.py check   # recompute everything; exit 1 if a file on disk differs (used by ctest)

Cases are listed in cases.txt ("score <index-id> <case>" / "group <index-id> <case>").
"""
import hashlib
import json
import os
import sys
import unicodedata
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
INDICES = os.path.join(ROOT, "indices")

SME = "vn.mic.1970-2021.sme"
LARGE = "vn.mic.1970-2021.large"
GROUP = "vn.mic.1970-2021.group"


class OracleError(Exception):
    pass


# ------------------------------------------------------------------------------------------
# Canonical JSON (RFC 8785) for the documents used here: objects, arrays, strings, booleans,
# null and integers. Keys are sorted by UTF-16 code units.

def jcs(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > 2**53 - 1:
            raise OracleError("integer outside I-JSON range")
        return str(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            o = ord(ch)
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif o < 0x20:
                short = {8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}
                out.append(short.get(o, "\\u%04x" % o))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, list):
        return "[" + ",".join(jcs(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(jcs(k) + ":" + jcs(value[k]) for k in keys) + "}"
    raise OracleError("no canonical form for %r" % (value,))


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------------------------------
# Index reading

def index_path(index_id):
    return os.path.join(INDICES, index_id + ".json")


def load_index(index_id):
    with open(index_path(index_id), "rb") as f:
        raw = f.read()
    idx = json.loads(raw.decode("utf-8"))
    idx["_sha256"] = sha256_hex(raw)
    band_sets = idx.get("band_sets", {})
    for p in idx["pillars"]:
        for ind in p.get("indicators", []):
            for c in ind["criteria"]:
                bands = c["answer"].get("bands")
                if isinstance(bands, str):
                    c["answer"]["_bands"] = band_sets[bands]["bands"]
                elif bands is not None:
                    c["answer"]["_bands"] = bands
    return idx


def criteria_of(idx):
    for p in idx["pillars"]:
        for ind in p.get("indicators", []):
            for c in ind["criteria"]:
                yield p, ind, c


def in_band(band, value):
    """`value` is a Fraction (percent for ratios, the number itself otherwise)."""
    lo, hi = band["min"], band["max"]
    if lo is not None:
        if value < lo or (value == lo and not band["min_inclusive"]):
            return False
    if hi is not None:
        if value > hi or (value == hi and not band["max_inclusive"]):
            return False
    return True


def band_result(bands, value, key):
    hits = [b[key] for b in bands if in_band(b, value)]
    if len(hits) != 1:
        raise OracleError("value %s falls in %d bands" % (value, len(hits)))
    return hits[0]


# ------------------------------------------------------------------------------------------
# Scoring (indices/README.md "Criteria and answers", "Level rules"; dbi-framework.md §6)

def criterion_points(idx, c, ans):
    """(points, complete) for one criterion. `ans` is the answer object or None."""
    if ans is None:
        return 0, False
    spec = c["answer"]
    t = spec["type"]
    if ans.get("gate") is False:
        return 0, True
    if t in ("gate_ladder", "strategy_ladder", "likert"):
        if "option" not in ans:
            return 0, False
        return spec["options"][ans["option"] - 1]["points"], True
    if t == "ratio":
        if "numerator" not in ans or "denominator" not in ans:
            return 0, False
        num, den = ans["numerator"], ans["denominator"]
        rules = idx["numeric_rules"]
        if num > den:
            if rules["ratio_above_100"] == "reject":
                raise OracleError("ratio above 100 %% in %s" % c["id"])
            num = den
        if den == 0:
            return rules["zero_denominator_points"], True
        return band_result(spec["_bands"], Fraction(100 * num, den), "points"), True
    if "value" not in ans:
        return 0, False
    return band_result(spec["_bands"], Fraction(ans["value"]), "points"), True


def pillar_level(idx, points, maximum):
    return band_result(idx["pillar_bands"]["bands"], Fraction(100 * points, maximum), "level")


def overall_level(idx, total, levels):
    rules = sorted(idx["overall_rules"]["rules"], key=lambda r: -r["level"])
    for r in rules:
        at = sum(1 for l in levels if l >= r["level"])
        if total > r["total_above"] and at >= r["min_pillars_at_level"]:
            return r["level"]
    return idx["overall_rules"]["otherwise_level"]


def canonical_answers(doc):
    """The answers as core keeps them: known members only, notes in NFC, empty notes dropped."""
    out = {}
    for cid, a in doc["answers"].items():
        kept = {}
        for k in ("gate", "option", "numerator", "denominator", "value"):
            if k in a:
                kept[k] = a[k]
        note = unicodedata.normalize("NFC", a.get("note", ""))
        if note:
            kept["note"] = note
        out[cid] = kept
    return {"format": "dbi-answers/1", "index": doc["index"], "answers": out}


def score(idx, doc):
    if doc["index"] != idx["id"]:
        raise OracleError("answers for another index")
    known = {c["id"] for _, _, c in criteria_of(idx)}
    for cid in doc["answers"]:
        if cid not in known:
            raise OracleError("unknown criterion " + cid)
    pillars, levels, unanswered = [], [], []
    total = maximum = answered = criteria = 0
    for p in idx["pillars"]:
        pp = {"id": p["id"], "points": 0, "max": 0, "level": 0, "answered": 0, "criteria": 0,
              "indicators": []}
        for ind in p["indicators"]:
            ii = {"id": ind["id"], "points": 0, "max": 0, "criteria": []}
            for c in ind["criteria"]:
                scored = c.get("scored", True)
                pts, complete = criterion_points(idx, c, doc["answers"].get(c["id"]))
                if not scored:
                    ii["criteria"].append({"id": c["id"], "points": 0, "max": 0,
                                           "status": "not_scored"})
                    continue
                ii["criteria"].append({"id": c["id"], "points": pts, "max": c["max_points"],
                                       "status": "answered" if complete else "unanswered"})
                ii["points"] += pts
                ii["max"] += c["max_points"]
                pp["criteria"] += 1
                if complete:
                    pp["answered"] += 1
                else:
                    unanswered.append(c["id"])
            pp["points"] += ii["points"]
            pp["max"] += ii["max"]
            pp["indicators"].append(ii)
        pp["level"] = pillar_level(idx, pp["points"], pp["max"])
        levels.append(pp["level"])
        total += pp["points"]
        maximum += pp["max"]
        answered += pp["answered"]
        criteria += pp["criteria"]
        pillars.append(pp)
    return {
        "format": "dbi-result/1",
        "index": {"id": idx["id"], "revision": idx["revision"],
                  "framework_version": idx["framework_version"], "sha256": idx["_sha256"]},
        "answers_sha256": sha256_hex(jcs(canonical_answers(doc)).encode("utf-8")),
        "total": {"points": total, "max": maximum, "level": overall_level(idx, total, levels)},
        "completeness": {"answered": answered, "criteria": criteria},
        "unanswered": unanswered,
        "pillars": pillars,
    }


# ------------------------------------------------------------------------------------------
# Building answers that reach given pillar scores

def sample_in_band(band, is_ratio, salt):
    """A concrete answer inside `band`: {"numerator","denominator"} or {"value"}."""
    if is_ratio:
        # Several denominators, odd ones included, so edges are hit with exact fractions.
        dens = [100, 7, 15, 1000, 3, 250, 40, 9]
        dens = dens[salt % len(dens):] + dens[:salt % len(dens)]
        for den in dens:
            nums = [n for n in range(den + 1) if in_band(band, Fraction(100 * n, den))]
            if nums:
                n = nums[-1] if salt % 2 == 0 else nums[0]
                return {"numerator": n, "denominator": den}
        raise OracleError("no ratio sample in band")
    lo = band["min"] if band["min"] is not None else 0
    if band["min"] is not None and not band["min_inclusive"]:
        lo += 1
    hi = band["max"] if band["max"] is not None else lo + 40
    if band["max"] is not None and not band["max_inclusive"]:
        hi -= 1
    if hi < lo:
        raise OracleError("empty integer band")
    return {"value": hi if salt % 2 == 0 else lo}


def choices(c, salt):
    """Points → an answer that earns them, for every value this criterion can give."""
    spec = c["answer"]
    out = {}
    if spec["type"] in ("gate_ladder", "strategy_ladder", "likert"):
        for k, o in enumerate(spec["options"], start=1):
            a = {"option": k}
            if "gate" in spec and salt % 2 == 0:
                a = {"gate": True, "option": k}
            out.setdefault(o["points"], a)
    else:
        for b in spec["_bands"]:
            out.setdefault(b["points"], sample_in_band(b, spec["type"] == "ratio", salt))
    if "gate" in spec:
        out[0] = {"gate": False}
    return out


def answers_for_pillars(idx, targets):
    """Answers whose pillar totals are exactly `targets`, points spread evenly."""
    answers = {}
    for p, target in zip(idx["pillars"], targets):
        crits = [c for ind in p["indicators"] for c in ind["criteria"] if c.get("scored", True)]
        opts = [choices(c, n) for n, c in enumerate(crits)]
        # reach[i] = totals reachable with criteria i..end
        reach = [set() for _ in range(len(crits) + 1)]
        reach[-1] = {0}
        for i in range(len(crits) - 1, -1, -1):
            reach[i] = {v + r for v in opts[i] for r in reach[i + 1]}
        if target not in reach[0]:
            raise OracleError("pillar %s cannot score exactly %d" % (p["id"], target))
        remaining = target
        for i, c in enumerate(crits):
            ideal = Fraction(remaining, len(crits) - i)
            ok = [v for v in opts[i] if remaining - v in reach[i + 1]]
            v = min(ok, key=lambda x: (abs(x - ideal), -x))
            answers[c["id"]] = opts[i][v]
            remaining -= v
    return answers


def answers_all(idx, points):
    """Every scored criterion answered with `points` (or the nearest lower value it has)."""
    answers = {}
    for n, (_, _, c) in enumerate(criteria_of(idx)):
        if not c.get("scored", True):
            continue
        opts = choices(c, n)
        v = max(x for x in opts if x <= points)
        answers[c["id"]] = opts[v]
    return answers


# ------------------------------------------------------------------------------------------
# The cases. `expect` is written by hand from dbi-framework.md §6 / indices/README.md.

def sme_cases():
    cases = []

    def pillars(name, targets, level, levels, about):
        total = sum(targets)
        cases.append({"name": name, "index": SME, "about": about, "pillars": targets,
                      "expect": {"total": total, "level": level, "pillar_levels": levels}})

    pillars("worked-example", [39, 10, 30, 26, 12, 9], 2, [3, 2, 2, 2, 2, 2],
            "dbi-framework.md §6.5: 126/320 → level 2; P1, P2, P4 exactly on band edges")
    # Pillar band edges, every pillar at once (P1 65, P2 25, P3 80, P4 65, P5 50, P6 35).
    pillars("pillar-10pct-exact", [6, 0, 8, 6, 5, 3], 0, [0, 0, 0, 0, 0, 0],
            "E1: P3 8/80 and P5 5/50 are exactly 10 % → level 0; total 28 > 20 but no pillar "
            "at level 1 → overall 0 (E4)")
    pillars("pillar-10pct-above", [7, 5, 9, 7, 6, 4], 1, [1, 1, 1, 1, 1, 1],
            "one point above 10 % (P2: 5/25 = 20 %) → every pillar level 1; total 38 → 1")
    pillars("pillar-20pct-exact", [13, 5, 16, 13, 10, 7], 1, [1, 1, 1, 1, 1, 1],
            "exactly 20 % → level 1 (E2, upper edge inclusive); total exactly 64 → not level 2")
    pillars("pillar-20pct-above", [14, 10, 17, 14, 11, 8], 2, [2, 2, 2, 2, 2, 2],
            "one point above 20 % (P2 next value 10/25) → level 2; total 74 → 2")
    pillars("pillar-40pct-exact", [26, 10, 32, 26, 20, 14], 2, [2, 2, 2, 2, 2, 2],
            "exactly 40 % → level 2; total exactly 128 → not level 3")
    pillars("pillar-40pct-above", [27, 15, 33, 27, 21, 15], 3, [3, 3, 3, 3, 3, 3],
            "one point above 40 % → level 3; total 138 → 3")
    pillars("pillar-60pct-exact", [39, 15, 48, 39, 30, 21], 3, [3, 3, 3, 3, 3, 3],
            "exactly 60 % → level 3 (39/65 as in the source); total exactly 192 → not level 4")
    pillars("pillar-60pct-above", [40, 20, 49, 40, 31, 22], 4, [4, 4, 4, 4, 4, 4],
            "one point above 60 % → level 4; total 202 → 4")
    pillars("pillar-80pct-exact", [52, 20, 64, 52, 40, 28], 4, [4, 4, 4, 4, 4, 4],
            "exactly 80 % → level 4; total exactly 256 → not level 5")
    pillars("pillar-80pct-above", [53, 25, 65, 53, 41, 29], 5, [5, 5, 5, 5, 5, 5],
            "one point above 80 % → level 5; total 266 (the least total with six pillars at 5)")
    # Overall thresholds, pillar conditions met for the higher level unless impossible.
    pillars("total-20-exact", [7, 5, 0, 0, 4, 4], 0, [1, 1, 0, 0, 0, 1],
            "total exactly 20 → level 0 (E3); four pillars at level 1 need at least 22 points")
    pillars("total-21-three-pillars", [7, 5, 0, 0, 5, 4], 0, [1, 1, 0, 0, 0, 1],
            "total 21 > 20 but only 3 pillars at level 1 (P5 5/50 = 10 % is level 0) → 0 (E4)")
    pillars("total-22-four-pillars", [7, 5, 0, 0, 6, 4], 1, [1, 1, 0, 0, 1, 1],
            "total 22 > 20 with 4 pillars at level 1 → 1")
    pillars("total-64-exact", [14, 10, 17, 14, 9, 0], 1, [2, 2, 2, 2, 1, 0],
            "4 pillars at level 2 but total exactly 64 → level 1")
    pillars("total-65", [14, 10, 17, 14, 10, 0], 2, [2, 2, 2, 2, 1, 0],
            "the same pillars, total 65 → level 2")
    pillars("total-128-exact", [27, 15, 33, 27, 20, 6], 2, [3, 3, 3, 3, 2, 1],
            "4 pillars at level 3 but total exactly 128 → level 2")
    pillars("total-129", [27, 15, 33, 27, 20, 7], 3, [3, 3, 3, 3, 2, 1],
            "the same pillars, total 129 → level 3")
    pillars("total-192-exact", [40, 20, 49, 40, 31, 12], 3, [4, 4, 4, 4, 4, 2],
            "5 pillars at level 4 but total exactly 192 → level 3")
    pillars("total-193", [40, 20, 49, 40, 31, 13], 4, [4, 4, 4, 4, 4, 2],
            "the same pillars, total 193 → level 4")
    pillars("total-256-exact", [60, 25, 70, 55, 31, 15], 4, [5, 5, 5, 5, 4, 3],
            "total exactly 256 → not level 5 (six pillars at 5 need 266 anyway) → 4")
    # Pillar-count conditions: the total is high enough, too few pillars at the level.
    pillars("level5-total-met-one-pillar-at-4", [65, 25, 80, 65, 40, 35], 4,
            [5, 5, 5, 5, 4, 5], "total 310 > 256 but P5 40/50 = 80 % is level 4 → 4")
    pillars("level4-total-met-four-pillars", [65, 25, 80, 65, 30, 0], 3, [5, 5, 5, 5, 3, 0],
            "total 265 > 192 but only 4 pillars at level 4 or above → 3")
    pillars("level3-total-met-three-pillars", [65, 25, 80, 10, 0, 0], 1, [5, 5, 5, 1, 0, 0],
            "total 180 > 128 but only 3 pillars at 3 or above (and at 2 or above) → 1")
    pillars("level2-total-met-three-pillars", [30, 10, 30, 7, 0, 0], 1, [3, 2, 2, 1, 0, 0],
            "total 77 > 64 but only 3 pillars at 2 or above; 4 at 1 or above → 1")
    pillars("level1-total-met-three-pillars", [65, 25, 80, 0, 0, 0], 0, [5, 5, 5, 0, 0, 0],
            "total 170 > 20 but only 3 pillars at level 1 or above → 0 (E4)")
    pillars("full-marks", [65, 25, 80, 65, 50, 35], 5, [5, 5, 5, 5, 5, 5],
            "every criterion at its maximum: 320 → level 5")
    cases.append({"name": "all-unanswered", "index": SME, "about": "no answers: 0, level 0, "
                  "60 unanswered", "answers": {},
                  "expect": {"total": 0, "level": 0, "pillar_levels": [0] * 6, "answered": 0,
                             "unanswered": 60}})
    # Numeric answers at band edges (ratio quintiles: 0 → 0, (0,20] → 1 … (80,100] → 5;
    # head counts 0,1,2,3,4,≥5; breakthroughs 1,2,3,4–5,>5; broadband <50,[50,80),[80,100),
    # [100,120],>120 Mbps).
    cases.append({"name": "numeric-edges-a", "index": SME,
                  "about": "ratios exactly on 20 % with odd denominators (1/5, 3/15), 0/0, 0/7, "
                           "just above and below edges; speed and counts on their edges",
                  "answers": {
                      "1.1.3": {"numerator": 1, "denominator": 5},
                      "1.1.4": {"numerator": 3, "denominator": 15},
                      "1.1.5": {"numerator": 4, "denominator": 15},
                      "1.1.6": {"numerator": 0, "denominator": 0},
                      "1.1.8": {"numerator": 0, "denominator": 7},
                      "1.2.4": {"numerator": 1, "denominator": 1000000},
                      "3.1.1": {"gate": True, "value": 120},
                      "3.2.2": {"numerator": 2, "denominator": 5},
                      "3.2.3": {"numerator": 41, "denominator": 100},
                      "4.1.6": {"numerator": 3, "denominator": 5},
                      "4.2.1": {"value": 5},
                      "4.2.2": {"numerator": 61, "denominator": 100},
                      "4.2.3": {"numerator": 4, "denominator": 5},
                      "4.2.5": {"numerator": 401, "denominator": 500},
                      "4.2.6": {"numerator": 7, "denominator": 7},
                      "4.2.7": {"numerator": 199, "denominator": 1000},
                      "5.1.1": {"numerator": 201, "denominator": 1000},
                      "5.2.1": {"gate": False},
                      "5.2.3": {"value": 0},
                      "5.2.5": {"value": 4},
                      "6.1.5": {"numerator": 1000000000000000, "denominator": 1000000000000000},
                      "6.1.7": {"numerator": 999999999999999, "denominator": 1000000000000000},
                  },
                  "expect": {"criteria": {
                      "1.1.3": 1, "1.1.4": 1, "1.1.5": 2, "1.1.6": 0, "1.1.8": 0, "1.2.4": 1,
                      "3.1.1": 4, "3.2.2": 2, "3.2.3": 3, "4.1.6": 3, "4.2.1": 5, "4.2.2": 4,
                      "4.2.3": 4, "4.2.5": 5, "4.2.6": 5, "4.2.7": 1, "5.1.1": 2, "5.2.1": 0,
                      "5.2.3": 0, "5.2.5": 4, "6.1.5": 5, "6.1.7": 5}}})
    cases.append({"name": "numeric-edges-b", "index": SME,
                  "about": "the other side of the count and speed edges; 7/35 = 20 %, 8/35",
                  "answers": {
                      "3.1.1": {"value": 49},
                      "4.2.1": {"value": 4},
                      "5.2.1": {"gate": True, "value": 0},
                      "5.2.3": {"value": 5},
                      "5.2.5": {"value": 6},
                      "1.1.3": {"numerator": 7, "denominator": 35},
                      "1.1.4": {"numerator": 8, "denominator": 35},
                      "5.2.4": {"option": 1},
                  },
                  "expect": {"criteria": {"3.1.1": 1, "4.2.1": 4, "5.2.1": 0, "5.2.3": 5,
                                          "5.2.5": 5, "1.1.3": 1, "1.1.4": 2, "5.2.4": 0}}})
    cases.append({"name": "numeric-edges-c", "index": SME,
                  "about": "speed 50 and 100 Mbps (lower edges inclusive), 121 in another case; "
                           "breakthroughs 5 (still the 4–5 band); 1 patent",
                  "answers": {
                      "3.1.1": {"value": 50},
                      "5.2.5": {"value": 5},
                      "5.2.3": {"value": 1},
                      "4.2.1": {"value": 1000},
                  },
                  "expect": {"criteria": {"3.1.1": 2, "5.2.5": 4, "5.2.3": 1, "4.2.1": 5}}})
    cases.append({"name": "numeric-edges-d", "index": SME,
                  "about": "speed 100 (→ 4), breakthroughs 3 (→ 3)",
                  "answers": {"3.1.1": {"value": 100}, "5.2.5": {"value": 3}},
                  "expect": {"criteria": {"3.1.1": 4, "5.2.5": 3}}})
    cases.append({"name": "numeric-edges-e", "index": SME,
                  "about": "speed 121 (→ 5); \"No\" at the gate of a ladder (→ 0)",
                  "answers": {"3.1.1": {"value": 121}, "1.1.1": {"gate": False}},
                  "expect": {"criteria": {"3.1.1": 5, "1.1.1": 0}}})
    nfd_note = unicodedata.normalize("NFD", "Đã có website, cập nhật hằng tuần")
    cases.append({"name": "partial", "index": SME,
                  "about": "some answers; a gate answered Yes without the follow-up and an empty "
                           "answer count as unanswered; a note typed in NFD (hashed as NFC)",
                  "answers": {
                      "1.1.1": {"gate": True, "option": 4, "note": nfd_note},
                      "1.1.2": {"gate": True},
                      "1.2.1": {"option": 2},
                      "2.1.1": {"gate": True, "option": 3},
                      "3.1.1": {"value": 85},
                      "5.2.4": {},
                      "6.1.7": {"numerator": 30, "denominator": 120, "note": ""},
                  },
                  "expect": {"total": 4 + 3 + 15 + 3 + 2, "level": 0, "answered": 5,
                             "unanswered": 55,
                             "criteria": {"1.1.1": 4, "1.1.2": 0, "1.2.1": 3, "2.1.1": 15,
                                          "3.1.1": 3, "5.2.4": 0, "6.1.7": 2},
                             "status": {"1.1.2": "unanswered", "5.2.4": "unanswered",
                                        "1.1.1": "answered"}}})
    return cases


def large_cases():
    return [
        {"name": "all-5", "index": LARGE, "about": "every criterion at 5: 695 → level 5",
         "all": 5, "expect": {"total": 695, "level": 5, "pillar_levels": [5] * 6}},
        {"name": "all-3", "index": LARGE,
         "about": "every criterion at 3 of 5 = 60 % → every pillar level 3; total 417 = 60 % of "
                  "695 → level 3",
         "all": 3, "expect": {"total": 417, "level": 3, "pillar_levels": [3] * 6}},
        {"name": "all-unanswered", "index": LARGE, "about": "no answers", "answers": {},
         "expect": {"total": 0, "level": 0, "pillar_levels": [0] * 6, "answered": 0}},
    ]


def check_expect(case, result):
    e = case["expect"]
    got_levels = [p["level"] for p in result["pillars"]]
    crit = {c["id"]: c for p in result["pillars"] for i in p["indicators"] for c in i["criteria"]}
    problems = []
    if "total" in e and result["total"]["points"] != e["total"]:
        problems.append("total %d, expected %d" % (result["total"]["points"], e["total"]))
    if "level" in e and result["total"]["level"] != e["level"]:
        problems.append("level %d, expected %d" % (result["total"]["level"], e["level"]))
    if "pillar_levels" in e and got_levels != e["pillar_levels"]:
        problems.append("pillar levels %s, expected %s" % (got_levels, e["pillar_levels"]))
    if "answered" in e and result["completeness"]["answered"] != e["answered"]:
        problems.append("answered %d" % result["completeness"]["answered"])
    if "unanswered" in e and len(result["unanswered"]) != e["unanswered"]:
        problems.append("unanswered %d" % len(result["unanswered"]))
    for cid, pts in e.get("criteria", {}).items():
        if crit[cid]["points"] != pts:
            problems.append("%s: %d points, expected %d" % (cid, crit[cid]["points"], pts))
    for cid, st in e.get("status", {}).items():
        if crit[cid]["status"] != st:
            problems.append("%s: %s, expected %s" % (cid, crit[cid]["status"], st))
    if problems:
        raise OracleError("%s/%s: %s" % (case["index"], case["name"], "; ".join(problems)))


def build_score_case(case):
    idx = load_index(case["index"])
    if "pillars" in case:
        answers = answers_for_pillars(idx, case["pillars"])
    elif "all" in case:
        answers = answers_all(idx, case["all"])
    else:
        answers = case["answers"]
    doc = {"format": "dbi-answers/1", "index": case["index"], "answers": answers}
    result = score(idx, doc)
    check_expect(case, result)
    return doc, result


# ------------------------------------------------------------------------------------------
# Group aggregation (indices/README.md "Group index"; core/include/dbi/group.hpp):
# excluded relations are listed, not counted; weights = revenue, or employees for everyone
# when any counted member lacks revenue; shares in per mille; level = floor of the weighted
# mean member level.

def aggregate(gidx, doc):
    agg = gidx["aggregation"]
    counted = [m for m in doc["members"] if m["relation"] not in agg["excluded_relations"]]
    excluded = [m for m in doc["members"] if m["relation"] in agg["excluded_relations"]]
    basis = agg["weight_basis"]
    key = {"revenue": "revenue_vnd", "employees": "employees"}
    if any(m.get(key[basis], 0) <= 0 for m in counted) and agg.get("fallback_weight_basis"):
        basis = agg["fallback_weight_basis"]
    weights = [m.get(key[basis], 0) for m in counted]
    wsum = sum(weights)
    if not counted or wsum == 0:
        raise OracleError("no member to count")

    def permille(points, maximum):
        return points * 1000 // maximum

    def wmean(values):
        return sum(w * v for w, v in zip(weights, values)) // wsum

    pillars = []
    for p in gidx["pillars"]:
        shares = []
        for m in counted:
            mp = [x for x in m["result"]["pillars"] if x["id"] == p["id"]]
            shares.append(permille(mp[0]["points"], mp[0]["max"]) if mp else 0)
        pm = wmean(shares)
        level = 0
        if "pillar_bands" in gidx:
            level = band_result(gidx["pillar_bands"]["bands"], Fraction(pm, 10), "level")
        pillars.append({"id": p["id"], "permille": pm, "level": level})
    levels = [m["result"]["total"]["level"] for m in counted]
    return {
        "format": "dbi-group-result/1",
        "index": gidx["id"],
        "weight_basis": basis,
        "level": wmean(levels),
        "min_member_level": min(levels),
        "max_member_level": max(levels),
        "total_permille": wmean([permille(m["result"]["total"]["points"],
                                          m["result"]["total"]["max"]) for m in counted]),
        "pillars": pillars,
        "counted": [m["id"] for m in counted],
        "excluded": [m["id"] for m in excluded],
    }


def member_result(index_id, case_name):
    """The oracle's result for one of the score cases, as a member unit's result document."""
    for case in sme_cases() + large_cases():
        if case["index"] == index_id and case["name"] == case_name:
            return build_score_case(case)[1]
    raise OracleError("no case %s/%s" % (index_id, case_name))


def group_case(name, members, expect, about):
    def build():
        gidx = load_index(GROUP)
        doc = {"format": "dbi-group/1", "index": GROUP, "members": []}
        for m in members:
            entry = {k: v for k, v in m.items() if k != "case"}
            entry["result"] = member_result(*m["case"])
            doc["members"].append(entry)
        result = aggregate(gidx, doc)
        got = {k: result[k] for k in expect if k != "pillars"}
        got_p = [(p["permille"], p["level"]) for p in result["pillars"]]
        want = {k: v for k, v in expect.items() if k != "pillars"}
        if got != want or got_p != expect["pillars"]:
            raise OracleError("%s/%s: got %s %s, expected %s" % (GROUP, name, got, got_p, expect))
        return doc, result
    return {"name": name, "index": GROUP, "about": about, "build": build}


def group_cases():
    # Weights 600 : 200 : 200 (= 3 : 1 : 1) thousand million VND; the associate is left out.
    # m1 large all-3: 417/695 = 600 ‰ in every pillar, level 3.
    # m2 SME worked example: 126/320 → 393 ‰; pillars 600, 400, 375, 400, 240, 257 ‰; level 2.
    # m4 SME all unanswered: 0 ‰, level 0.
    # level ⌊(3·3 + 2 + 0)/5⌋ = 2; total ⌊(3·600 + 393 + 0)/5⌋ = 438;
    # P1 ⌊(1800 + 600)/5⌋ = 480, P2 440, P3 ⌊2175/5⌋ = 435, P4 440, P5 408, P6 ⌊2057/5⌋ = 411.
    revenue = group_case(
        "revenue-weighted",
        [
            {"id": "m1", "name": "Tổng công ty Mẹ", "relation": "parent",
             "revenue_vnd": 600000000000, "employees": 3000, "case": (LARGE, "all-3")},
            {"id": "m2", "name": "Công ty con Số Một", "relation": "subsidiary_tier1",
             "revenue_vnd": 200000000000, "employees": 150, "case": (SME, "worked-example")},
            {"id": "m3", "name": "Công ty liên kết", "relation": "associate",
             "revenue_vnd": 1000000000000, "employees": 900, "case": (SME, "full-marks")},
            {"id": "m4", "name": "Chi nhánh Đà Nẵng", "relation": "branch",
             "revenue_vnd": 200000000000, "employees": 40, "case": (SME, "all-unanswered")},
        ],
        {"weight_basis": "revenue", "level": 2, "min_member_level": 0, "max_member_level": 3,
         "total_permille": 438, "counted": ["m1", "m2", "m4"], "excluded": ["m3"],
         "pillars": [(480, 3), (440, 3), (435, 3), (440, 3), (408, 3), (411, 3)]},
        "revenue weights 3:1:1, associate excluded")
    # m1 has no revenue → every member is weighted by employees, 300 : 100 = 3 : 1.
    # m1 large all-5: 1000 ‰, level 5; m2 as above. level ⌊(15 + 2)/4⌋ = 4;
    # total ⌊(3000 + 393)/4⌋ = 848; P1 ⌊3600/4⌋ = 900, P2 850, P3 ⌊3375/4⌋ = 843, P4 850,
    # P5 810, P6 ⌊3257/4⌋ = 814 — all above 80 % → level 5.
    employees = group_case(
        "employees-fallback",
        [
            {"id": "hq", "name": "Công ty mẹ", "relation": "parent", "employees": 300,
             "case": (LARGE, "all-5")},
            {"id": "sub", "name": "Công ty con", "relation": "subsidiary_tier2",
             "revenue_vnd": 50000000000, "employees": 100, "case": (SME, "worked-example")},
        ],
        {"weight_basis": "employees", "level": 4, "min_member_level": 2, "max_member_level": 5,
         "total_permille": 848, "counted": ["hq", "sub"], "excluded": [],
         "pillars": [(900, 5), (850, 5), (843, 5), (850, 5), (810, 5), (814, 5)]},
        "a member without revenue switches every weight to employees")
    return [revenue, employees]


# ------------------------------------------------------------------------------------------

def pretty(value, indent=0):
    """Indented JSON for review, with objects and arrays of scalars kept on one line."""
    def flat(v):
        return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))

    def scalar(v):
        return not isinstance(v, (dict, list))

    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, dict) and value and not all(scalar(v) for v in value.values()):
        items = [inner + json.dumps(k, ensure_ascii=False) + ": " + pretty(v, indent + 1)
                 for k, v in value.items()]
        text = "{\n" + ",\n".join(items) + "\n" + pad + "}"
    elif isinstance(value, list) and value and not all(scalar(v) for v in value):
        text = "[\n" + ",\n".join(inner + pretty(v, indent + 1) for v in value) + "\n" + pad + "]"
    else:
        text = flat(value)
    return text + ("\n" if indent == 0 else "")


def all_outputs():
    """(relative path, text) of every golden file, plus the cases.txt listing."""
    files, listing = [], []
    for case in sme_cases() + large_cases():
        if not os.path.exists(index_path(case["index"])):
            print("oracle: skipping %s/%s: index file missing" % (case["index"], case["name"]),
                  file=sys.stderr)
            continue
        doc, result = build_score_case(case)
        base = os.path.join(case["index"], case["name"])
        files.append((base + ".answers.json", pretty(doc)))
        files.append((base + ".expected.json", pretty(result)))
        listing.append("score %s %s" % (case["index"], case["name"]))
    for case in group_cases():
        doc, result = case["build"]()
        base = os.path.join(case["index"], case["name"])
        files.append((base + ".group.json", pretty(doc)))
        files.append((base + ".expected.json", pretty(result)))
        listing.append("group %s %s" % (case["index"], case["name"]))
    header = ("# Golden cases: <kind> <index-id> <case>. Generated by oracle.py; the files are\n"
              "# <index-id>/<case>.answers.json (score) or .group.json (group), and\n"
              "# <index-id>/<case>.expected.json.\n")
    files.append(("cases.txt", header + "\n".join(listing) + "\n"))
    return files


def main(argv):
    if len(argv) != 2 or argv[1] not in ("write", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        outputs = all_outputs()
    except OracleError as e:
        print("oracle: " + str(e), file=sys.stderr)
        return 1
    stale = 0
    for rel, text in outputs:
        path = os.path.join(HERE, rel)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if old == text:
            continue
        if argv[1] == "check":
            print("oracle: %s is out of date (run tests/golden/oracle.py write)" % rel,
                  file=sys.stderr)
            stale += 1
        else:
            os.makedirs(os.path.dirname(path) or HERE, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("oracle: wrote " + rel)
    if argv[1] == "check":
        print("oracle: %d files checked, %d out of date" % (len(outputs), stale))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
