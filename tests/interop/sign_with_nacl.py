#!/usr/bin/env python3
"""Signs a DBI Kit envelope without the kit: PyNaCl + the JCS serialiser of verify_with_nacl.py.

Takes a scored result ("dbi score --json" output, dbi-result/1) and the answers it was scored
from, writes the dbi-assessment/1 statement bytes itself, signs them with a fresh PyNaCl
device key and writes a dbi-envelope/1 with the answers attached. `dbi verify` must accept
it: the two implementations agree on bytes, keys and signatures in both directions.

Usage: sign_with_nacl.py RESULT.json ANSWERS.json --out ENVELOPE.json [--at TIME]
"""
import argparse
import base64
import hashlib
import json
import sys
import uuid

import nacl.signing

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from verify_with_nacl import jcs, key_id, parse  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("result")
    ap.add_argument("answers")
    ap.add_argument("--out", required=True)
    ap.add_argument("--at", default="2026-11-23T08:15:00Z")
    a = ap.parse_args()
    result = parse(open(a.result, "rb").read())
    answers = parse(open(a.answers, "rb").read())
    if hashlib.sha256(jcs(answers)).hexdigest() != result["answers_sha256"]:
        print("the answers are not the ones the result was scored from", file=sys.stderr)
        return 1
    statement = {
        "format": "dbi-assessment/1",
        "submission_id": str(uuid.uuid4()),
        "issued_at": a.at,
        "channel": "embed",
        "index": result["index"],
        "subject": {"name": "Hợp tác xã Nông nghiệp Ánh Dương", "tax_code": "0101248141",
                    "province": "01", "vsic_section": "A", "size_class": "micro",
                    "publish": True},
        "answers_sha256": result["answers_sha256"],
        "result": {"total": result["total"],
                   "pillars": [{k: p[k] for k in ("id", "points", "max", "level")}
                               for p in result["pillars"]],
                   "completeness": result["completeness"]},
    }
    payload = jcs(statement)
    key = nacl.signing.SigningKey.generate()
    pk = key.verify_key.encode()
    sig = key.sign(payload).signature
    envelope = {
        "format": "dbi-envelope/1",
        "statements": [{
            "payload": base64.b64encode(payload).decode(),
            "signature": {"role": "device", "key_id": key_id(pk), "alg": "Ed25519",
                          "public_key": base64.b64encode(pk).decode(),
                          "signed_at": a.at, "sig": base64.b64encode(sig).decode()}}],
        "answers": answers,
    }
    with open(a.out, "wb") as f:
        f.write(jcs(envelope) + b"\n")
    print(f"signed with PyNaCl device key {key_id(pk)} -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
