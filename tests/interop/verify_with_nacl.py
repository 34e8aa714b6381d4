#!/usr/bin/env python3
"""Independent verifier of DBI Kit signed envelopes (docs/signing.md).

Shares no code with the kit: PyNaCl (Debian's python3-nacl) for Ed25519 and the standard
library for everything else, including its own small RFC 8785 (JCS) serialiser. It checks
what a third party can check without the kit's scoring core:

  - the trust list: signed by the pinned root key, canonical, well-formed entries;
  - every statement: strict base64, key id = SHA-256(public key)[:8], the key's role and
    validity period (trust list) or the carried device key, S < L, the Ed25519 signature over
    the exact payload bytes, payload bytes == JCS(payload), NFC text, time == signed_at;
  - bindings: receipts and countersignatures name SHA-256 of the assessment bytes, receipts
    repeat the assessment's index and total;
  - attached answers: SHA-256(JCS(answers)) == answers_sha256 (re-scoring is the kit's job).

Usage: verify_with_nacl.py ENVELOPE.json --trust TRUST.json --root ROOT.pub.json
Exit 0 when everything holds, 1 otherwise (the reason on stderr).
"""
import argparse
import base64
import binascii
import calendar
import hashlib
import json
import sys
import time
import unicodedata

import nacl.exceptions
import nacl.signing

MAX_ENVELOPE = 64 * 1024
MAX_TRUST = 256 * 1024
L = 2**252 + 27742317777372353535851937790883648493


class Invalid(Exception):
    pass


def no_duplicates(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise Invalid(f"duplicate key {k!r}")
        out[k] = v
    return out


def parse(data: bytes):
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates,
                          parse_float=lambda s: (_ for _ in ()).throw(Invalid("float " + s)))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise Invalid(f"not JSON: {e}")


# --- RFC 8785 for the values statements hold: objects, arrays, strings, integers, booleans.
def jcs(value) -> bytes:
    return _jcs(value).encode("utf-8")


def _jcs_string(s: str) -> str:
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif o < 0x20:
            out.append({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}.get(o, "\\u%04x" % o))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _jcs(v) -> str:
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, int):
        if abs(v) > 2**53 - 1:
            raise Invalid(f"integer {v} outside I-JSON range")
        return str(v)
    if isinstance(v, str):
        return _jcs_string(v)
    if isinstance(v, list):
        return "[" + ",".join(_jcs(x) for x in v) + "]"
    if isinstance(v, dict):
        # Members sorted by the UTF-16 code units of their names.
        keys = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_jcs_string(k) + ":" + _jcs(v[k]) for k in keys) + "}"
    raise Invalid(f"value of type {type(v).__name__} has no JCS form here")


def b64(text, size=None) -> bytes:
    if not isinstance(text, str):
        raise Invalid("base64 value is not a string")
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as e:
        raise Invalid(f"bad base64: {e}")
    if base64.b64encode(raw).decode() != text:
        raise Invalid("non-canonical base64")
    if size is not None and len(raw) != size:
        raise Invalid(f"base64 value has {len(raw)} bytes, expected {size}")
    return raw


def utc(text) -> int:
    if not isinstance(text, str) or len(text) != 20:
        raise Invalid(f"bad UTC time {text!r}")
    try:
        return calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        raise Invalid(f"bad UTC time {text!r}")


def key_id(pk: bytes) -> str:
    return hashlib.sha256(pk).hexdigest()[:16]


def all_nfc(v) -> bool:
    if isinstance(v, str):
        return unicodedata.is_normalized("NFC", v)
    if isinstance(v, list):
        return all(all_nfc(x) for x in v)
    if isinstance(v, dict):
        return all(all_nfc(k) and all_nfc(x) for k, x in v.items())
    return True


def exact_keys(obj, required, optional=(), where=""):
    if not isinstance(obj, dict):
        raise Invalid(f"{where}: not an object")
    missing = set(required) - obj.keys()
    unknown = obj.keys() - set(required) - set(optional)
    if missing or unknown:
        raise Invalid(f"{where}: missing {sorted(missing)}, unknown {sorted(unknown)}")


def check_signature(payload: bytes, sig: bytes, pk: bytes, where: str):
    if int.from_bytes(sig[32:], "little") >= L:
        raise Invalid(f"{where}: non-canonical signature (S >= L)")
    try:
        nacl.signing.VerifyKey(pk).verify(payload, sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError) as e:
        raise Invalid(f"{where}: bad signature ({e.__class__.__name__})")


def signed_body(payload: bytes, where: str):
    body = parse(payload)
    if jcs(body) != payload:
        raise Invalid(f"{where}: payload bytes are not the JCS form of the payload")
    if not all_nfc(body):
        raise Invalid(f"{where}: text not in NFC")
    return body


def read_trust(path, root_path):
    root = parse(open(root_path, "rb").read())
    exact_keys(root, ["format", "role", "label", "key_id", "public_key"], where="root key")
    root_pk = b64(root["public_key"], 32)
    if root["format"] != "dbi-public-key/1" or root["role"] != "root" or key_id(root_pk) != root["key_id"]:
        raise Invalid("root key file is not a root public key")
    data = open(path, "rb").read()
    if len(data) > MAX_TRUST:
        raise Invalid("trust list too large")
    env = parse(data)
    exact_keys(env, ["format", "payload", "signature"], where="trust list")
    exact_keys(env["signature"], ["role", "key_id", "alg", "sig"], where="trust list signature")
    if env["format"] != "dbi-trust-envelope/1" or env["signature"]["alg"] != "Ed25519":
        raise Invalid("trust list: wrong format or algorithm")
    if env["signature"]["role"] != "root" or env["signature"]["key_id"] != root["key_id"]:
        raise Invalid("trust list is not signed by the pinned root")
    payload = b64(env["payload"])
    check_signature(payload, b64(env["signature"]["sig"], 64), root_pk, "trust list")
    body = signed_body(payload, "trust list")
    exact_keys(body, ["format", "sequence", "issued_at", "keys"], where="trust list payload")
    if body["format"] != "dbi-trust/1":
        raise Invalid("trust list payload: wrong format")
    keys = {}
    for i, k in enumerate(body["keys"]):
        exact_keys(k, ["key_id", "role", "public_key", "label", "valid_from", "valid_until"],
                   where=f"trust entry {i}")
        pk = b64(k["public_key"], 32)
        if key_id(pk) != k["key_id"] or k["key_id"] in keys:
            raise Invalid(f"trust entry {i}: key id")
        if k["role"] not in ("receipt", "assessor", "kiosk"):
            raise Invalid(f"trust entry {i}: role {k['role']}")
        keys[k["key_id"]] = dict(k, pk=pk, start=utc(k["valid_from"]), end=utc(k["valid_until"]))
    return body["sequence"], keys


def verify(envelope_path, trust_path, root_path):
    seq, trusted = read_trust(trust_path, root_path)
    data = open(envelope_path, "rb").read()
    if len(data) > MAX_ENVELOPE:
        raise Invalid(f"envelope is {len(data)} bytes, more than {MAX_ENVELOPE}")
    env = parse(data)
    exact_keys(env, ["format", "statements"], ["answers"], where="envelope")
    if env["format"] != "dbi-envelope/1" or not env["statements"]:
        raise Invalid("envelope: wrong format or no statement")
    report = [f"trust list #{seq}: {len(trusted)} keys, signed by the pinned root"]
    assessment = None
    assessment_hash = None
    for i, st in enumerate(env["statements"]):
        where = f"statement {i}"
        exact_keys(st, ["payload", "signature"], where=where)
        sig = st["signature"]
        exact_keys(sig, ["role", "key_id", "alg", "signed_at", "sig"], ["public_key"], where=where)
        if sig["alg"] != "Ed25519":
            raise Invalid(f"{where}: algorithm {sig['alg']}")
        at = utc(sig["signed_at"])
        role = sig["role"]
        label = ""
        if role == "device":
            if "public_key" not in sig:
                raise Invalid(f"{where}: device signature without its public key")
            pk = b64(sig["public_key"], 32)
            if key_id(pk) != sig["key_id"]:
                raise Invalid(f"{where}: key id is not SHA-256(public key)[:8]")
        elif role in ("receipt", "assessor", "kiosk"):
            k = trusted.get(sig["key_id"])
            if k is None:
                raise Invalid(f"{where}: key {sig['key_id']} not in the trust list")
            if k["role"] != role:
                raise Invalid(f"{where}: key is a {k['role']} key, used as {role}")
            if not k["start"] <= at <= k["end"]:
                raise Invalid(f"{where}: key not valid at {sig['signed_at']}")
            pk = k["pk"]
            if "public_key" in sig and b64(sig["public_key"], 32) != pk:
                raise Invalid(f"{where}: carried public key differs from the trust list's")
            label = k["label"]
        else:
            raise Invalid(f"{where}: role {role!r}")
        payload = b64(st["payload"])
        check_signature(payload, b64(sig["sig"], 64), pk, where)
        body = signed_body(payload, where)
        fmt = body.get("format")
        if i == 0:
            if fmt != "dbi-assessment/1" or role not in ("device", "kiosk"):
                raise Invalid(f"{where}: must be an assessment signed by a device or kiosk key")
            if body["issued_at"] != sig["signed_at"]:
                raise Invalid(f"{where}: issued_at differs from signed_at")
            assessment, assessment_hash = body, hashlib.sha256(payload).hexdigest()
            what = f"assessment {body['submission_id']}"
        elif fmt == "dbi-receipt/1":
            if role != "receipt" or body["received_at"] != sig["signed_at"]:
                raise Invalid(f"{where}: receipt role or time")
            if body["assessment_sha256"] != assessment_hash or \
                    body["submission_id"] != assessment["submission_id"]:
                raise Invalid(f"{where}: receipt bound to another assessment")
            if body["index"] != {"id": assessment["index"]["id"], "sha256": assessment["index"]["sha256"]} or \
                    body["total"] != {"points": assessment["result"]["total"]["points"],
                                      "level": assessment["result"]["total"]["level"]}:
                raise Invalid(f"{where}: receipt records another index or total")
            what = f"receipt {body['receipt_id']}"
        elif fmt == "dbi-countersignature/1":
            if role != "assessor" or body["signed_at"] != sig["signed_at"]:
                raise Invalid(f"{where}: countersignature role or time")
            if body["assessment_sha256"] != assessment_hash or body["verdict"] != "validated":
                raise Invalid(f"{where}: countersignature bound to another assessment")
            what = "countersignature (validated)"
        else:
            raise Invalid(f"{where}: unexpected format {fmt!r}")
        report.append(f"{role:8} {sig['key_id']} {sig['signed_at']} {label or '(self-asserted)'}: {what}")
    if "answers" in env:
        if hashlib.sha256(jcs(env["answers"])).hexdigest() != assessment["answers_sha256"]:
            raise Invalid("attached answers do not match answers_sha256")
        report.append("answers attached: SHA-256 of their JCS form matches answers_sha256")
    total = assessment["result"]["total"]
    report.append(f"index {assessment['index']['id']} rev {assessment['index']['revision']}: "
                  f"{total['points']}/{total['max']}, level {total['level']}")
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("envelope")
    ap.add_argument("--trust", required=True)
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    try:
        for line in verify(a.envelope, a.trust, a.root):
            print(line)
    except (Invalid, KeyError, TypeError, AttributeError) as e:
        print(f"NOT VALID: {e.__class__.__name__}: {e}", file=sys.stderr)
        return 1
    print("VALID (PyNaCl + independent JCS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
