#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""SIGINT / SIGTERM in the middle of every RPC-sending command (issue 7).

Commands and their arguments come from `fwctl help --list -j` and the
argument table of fault-matrix.py.  Each runs against slow firmware
(`--fault slow,delay=150`: every RPC takes 150 ms) with -j -o FILE and gets
the signal 80 ms after it installed its handlers, while an RPC is under way.  Checks: exit
130 (SIGINT) / 143 (SIGTERM), or the command's fault-free exit code if it
was already done; exit within 5 s of the signal; an "interrupted" error
object on stdout and a message on stderr; no FILE and no temp file left.
The fwctl pid is the one the wrapper shell wrote (never a name lookup:
other fwctl processes may run on the machine).
Prints `N passed, N failed`.
"""
import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fault_matrix", os.path.join(HERE, "fault-matrix.py"))
fm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fm)

SIGS = [(signal.SIGINT, 130), (signal.SIGTERM, 143)]


def one(cmd, argset, dev, sig, want, workdir):
    d = tempfile.mkdtemp(dir=workdir)
    outdir = os.path.join(d, "out")
    os.mkdir(outdir)
    pidfile = os.path.join(d, "pid")
    cell = fm.Cell(cmd, argset, dev, None, "json")
    fw = fm.fwctl_argv(cell, os.path.join(outdir, "result"))
    argv = [fm.EMU, "--fault", "slow,delay=150"] + argset.get("emu", []) + \
        ["--", "bash", "-c", 'echo $$ > "$0"; exec "$@"', pidfile] + fm.WRAP + [fm.FWCTL] + fw
    name = "%s %s %s SIG%s" % (cmd["plugin"] or "", cmd["command"], " ".join(argset["args"]),
                               signal.Signals(sig).name[3:])
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    t0 = time.monotonic()
    pid = None
    while time.monotonic() - t0 < 10 and pid is None:
        try:
            with open(pidfile) as f:
                pid = int(f.read().strip() or "0") or None
        except (OSError, ValueError):
            time.sleep(0.01)
    problems = []
    if pid is None:
        p.kill()
        p.communicate()
        return name, ["fwctl did not start"]
    # Wait until fwctl has its handlers (SigCgt has SIGINT and SIGTERM),
    # then let the first RPC get under way.
    mask = (1 << (signal.SIGINT - 1)) | (1 << (signal.SIGTERM - 1))
    while time.monotonic() - t0 < 20 and p.poll() is None:
        try:
            with open("/proc/%d/status" % pid) as f:
                cgt = [ln for ln in f if ln.startswith("SigCgt:")]
            if cgt and int(cgt[0].split()[1], 16) & mask == mask:
                break
        except (OSError, ValueError):
            pass
        time.sleep(0.005)
    time.sleep(0.08)
    running = p.poll() is None
    if running:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            running = False
    ts = time.monotonic()
    try:
        out, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        problems.append("no exit within 30 s of the signal")
    waited = time.monotonic() - ts
    out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    rc = p.returncode
    if running and waited > 5:
        problems.append("exit %.1f s after the signal" % waited)
    if rc == want:
        try:
            docs = fm.check_json_doc(out)
            e = docs[-1].get("error") if docs else None
            if not e or e.get("kind") != "interrupted":
                problems.append("-j: no 'interrupted' error object")
        except ValueError:
            problems.append("-j: stdout is not valid JSON")
        if "interrupted" not in err:
            problems.append("stderr does not say interrupted")
    elif rc not in (0, 1, 2, 3, 4, 5, 6):
        problems.append("exit %d (want %d)" % (rc, want))
    elif running:
        # Ended with its own result: fine only if it had in fact finished.
        problems.append("exit %d after the signal (want %d)" % (rc, want))
    if fm.SANITIZER_RE.search(err):
        problems.append("sanitizer report")
    left = os.listdir(outdir)
    if rc != 0 and left:
        problems.append("left behind: %s" % ", ".join(left))
    if rc == 0 and [f for f in left if f != "result"]:
        problems.append("temp file left: %s" % ", ".join(left))
    if problems:
        problems.append("rc=%s stderr=%s" % (rc, err.strip()[:200]))
    return name, problems


def main():
    if not fm.FWCTL or not fm.EMU:
        fm.fail_exit("FWCTL and FWCTL_EMU must be set")
    rc, out, err = fm.run([fm.FWCTL, "help", "--list", "-j"])
    cmds = [c for c in json.loads(out)["commands"] if c["flags"]["sends_rpc"]]
    devs = fm.devices()
    workdir = tempfile.mkdtemp(prefix="fwctl-signals.")
    npass = nfail = 0
    for c in cmds:
        key = "%s %s" % (c["plugin"] or "-", c["command"])
        for a in fm.ARGS.get(key, [{"args": []}]):
            dev = fm.pick_device(devs, a.get("dev"), c["device_type"])
            for sig, want in SIGS:
                name, problems = one(c, a, dev, sig, want, workdir)
                if problems:
                    nfail += 1
                    print("FAIL %s: %s" % (name, "; ".join(problems)))
                else:
                    npass += 1
                    if fm.VERBOSE:
                        print("ok   %s" % name)
    subprocess.run(["rm", "-rf", workdir])
    print("signals: %d commands x 2 signals" % len(cmds))
    print("%d passed, %d failed" % (npass, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
