#!/usr/bin/env python3
"""ctest driver of the interop tests (tests/interop/CMakeLists.txt).

  cli-to-nacl  keys, trust list and a device+receipt+assessor envelope made with the dbi CLI
               verify with the independent PyNaCl verifier (and with dbi verify);
  tamper       a one-bit change in any statement's payload (many offsets) and a swapped
               signature are rejected by BOTH verifiers;
  nacl-to-cli  an envelope signed by PyNaCl with its own JCS bytes verifies with dbi verify,
               and a tampered copy does not.

Usage: interop_test.py MODE --dbi PATH --workdir DIR --source-dir DIR
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, expect, env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    shown = " ".join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd))
    if p.returncode != expect:
        print(f"FAILED (exit {p.returncode}, expected {expect}): {shown}\n{p.stdout}{p.stderr}")
        sys.exit(1)
    print(f"ok (exit {expect}): {shown}")
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["cli-to-nacl", "tamper", "nacl-to-cli"])
    ap.add_argument("--dbi", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--source-dir", required=True)
    a = ap.parse_args()
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    os.chdir(a.workdir)
    py = sys.executable
    dbi = a.dbi
    answers = os.path.join(a.source_dir, "tests/golden/vn.mic.1970-2021.sme/worked-example.answers.json")
    profile = os.path.join(a.source_dir, "tests/tools/data/profile-small-trade.json")
    env = dict(os.environ, DBI_INDICES_DIR=os.path.join(a.source_dir, "indices"))
    nacl_verify = [py, os.path.join(HERE, "verify_with_nacl.py")]
    trust_args = ["--trust", "trust.json", "--root", "root.pub.json"]

    for role in ("root", "device", "receipt", "assessor"):
        run([dbi, "keygen", "--role", role, "--label", f"Kiểm thử liên thông — {role}",
             "--out", f"{role}.json"], 0, env)
    run([dbi, "trust", "--root", "root.json", "--out", "trust.json", "--at", "2026-11-01T00:00:00Z",
         "--valid-from", "2026-01-01T00:00:00Z", "--valid-until", "2027-12-31T23:59:59Z",
         "receipt.pub.json", "assessor.pub.json"], 0, env)

    if a.mode in ("cli-to-nacl", "tamper"):
        run([dbi, "sign", answers, "--profile", profile, "--key", "device.json",
             "--at", "2026-11-23T08:15:00Z", "--out", "env1.json"], 0, env)
        run([dbi, "sign", "--receipt", "env1.json", "--key", "receipt.json", *trust_args,
             "--at", "2026-11-23T08:15:02Z", "--out", "env2.json"], 0, env)
        run([dbi, "sign", "--countersign", "env2.json", "--key", "assessor.json", *trust_args,
             "--at", "2026-12-01T10:00:00Z", "--out", "env3.json"], 0, env)
        run([dbi, "sign", "--countersign", "env2.json", "--key", "assessor.json", *trust_args,
             "--at", "2026-12-01T10:00:00Z", "--no-answers", "--out", "cert.json"], 0, env)
        for f in ("env1.json", "env2.json", "env3.json", "cert.json"):
            out = run([*nacl_verify, f, *trust_args], 0)
            run([dbi, "verify", f, *trust_args], 0, env)
        if "countersignature (validated)" not in out or "assessor" not in out:
            print("the independent verifier did not report the assessor")
            return 1

    if a.mode == "tamper":
        env3 = json.load(open("env3.json", encoding="utf-8"))
        for i, st in enumerate(env3["statements"]):
            size = len(base64.b64decode(st["payload"]))
            for offset in sorted({0, 1, size // 3, size // 2, size - 2, size - 1, 37 % size}):
                run([py, os.path.join(HERE, "tamper.py"), "env3.json", "bad.json",
                     "--statement", str(i), "--offset", str(offset)], 0)
                run([*nacl_verify, "bad.json", *trust_args], 1)
                run([dbi, "verify", "bad.json", *trust_args], 1, env)
        # Swapped signatures between the receipt and the countersignature.
        s = env3["statements"]
        s[1]["signature"]["sig"], s[2]["signature"]["sig"] = s[2]["signature"]["sig"], s[1]["signature"]["sig"]
        json.dump(env3, open("swapped.json", "w", encoding="utf-8"), ensure_ascii=False)
        run([*nacl_verify, "swapped.json", *trust_args], 1)
        run([dbi, "verify", "swapped.json", *trust_args], 1, env)

    if a.mode == "nacl-to-cli":
        result = run([dbi, "score", "--json", answers], 0, env)
        open("result.json", "w", encoding="utf-8").write(result)
        run([py, os.path.join(HERE, "sign_with_nacl.py"), "result.json", answers,
             "--out", "py.json"], 0)
        out = run([dbi, "verify", "py.json", *trust_args, "--lang", "en"], 0, env)
        if "re-score to the same result" not in out:
            print("dbi verify did not re-score the PyNaCl envelope's answers")
            return 1
        run([*nacl_verify, "py.json", *trust_args], 0)
        run([py, os.path.join(HERE, "tamper.py"), "py.json", "bad.json", "--offset", "100"], 0)
        run([dbi, "verify", "bad.json", *trust_args], 1, env)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
