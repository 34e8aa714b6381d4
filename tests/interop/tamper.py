#!/usr/bin/env python3
"""Flips one bit of the decoded payload of statement I at byte offset N (default: every
statement, a spread of offsets is chosen by the caller) and writes the envelope again.

Usage: tamper.py ENVELOPE.json OUT.json --statement I --offset N
"""
import argparse
import base64
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("envelope")
    ap.add_argument("out")
    ap.add_argument("--statement", type=int, default=0)
    ap.add_argument("--offset", type=int, default=0)
    a = ap.parse_args()
    env = json.load(open(a.envelope, encoding="utf-8"))
    st = env["statements"][a.statement]
    payload = bytearray(base64.b64decode(st["payload"]))
    payload[a.offset % len(payload)] ^= 1 << (a.offset % 8)
    st["payload"] = base64.b64encode(bytes(payload)).decode()
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(env, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


if __name__ == "__main__":
    main()
