#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Every catchable signal in the middle of every RPC-sending command.

Commands and their arguments come from `fwctl help --list -j` and the
argument table of fault-matrix.py.  Each runs against slow firmware
(`--fault slow,delay=150`: every RPC takes 150 ms) with -j -o FILE and gets
the signal 80 ms after it installed its handlers, while an RPC is under way.
Signals: SIGHUP, SIGINT, SIGQUIT, SIGTERM (exit 128+N, an "interrupted"
error object on stdout and a message on stderr) and SIGPIPE (exit 141 and
quiet: a broken pipe means nobody reads).  Or the command's fault-free exit
code if fwctl had already exited.  Always: exit within 5 s of the signal; no
FILE and no temp file left.  Each cell runs twice: with O_TMPFILE (the file
has no name until committed) and with the named temp file fallback
(LD_PRELOAD shim FWCTL_TEST_NO_TMPFILE), which the handler must unlink.
The fwctl pid is the one the wrapper shell wrote (never a name lookup:
other fwctl processes may run on the machine).
Prints `N passed, N failed`.  FAULT_ONLY="PLUGIN COMMAND" runs one command.
"""
import concurrent.futures
import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fault_matrix", os.path.join(HERE, "fault-matrix.py"))
fm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fm)

SIGS = [(signal.SIGHUP, 129), (signal.SIGINT, 130), (signal.SIGQUIT, 131),
        (signal.SIGPIPE, 141), (signal.SIGTERM, 143)]
NO_TMPFILE = os.environ.get("FWCTL_TEST_NO_TMPFILE", "")


QUIET_RE = re.compile(r"interrupted|[Bb]roken pipe|cannot write|\"error\"")


def rpcs_sent(stats):
    try:
        with open(stats) as f:
            return sum(x["rpcs"] for x in json.load(f)["devices"])
    except (OSError, ValueError, KeyError):
        return -1


def alive(pid):
    """fwctl still runs (fwctl-emu, its parent, may take longer to exit)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return False


def handlers_ready(pid):
    """SigCgt has every signal fwctl catches (SIGHUP unless it is ignored)."""
    want = [s for s, _ in SIGS]
    try:
        with open("/proc/%d/status" % pid) as f:
            st = dict(ln.split(":", 1) for ln in f if ":" in ln)
        cgt, ign = int(st["SigCgt"], 16), int(st["SigIgn"], 16)
    except (OSError, ValueError, KeyError):
        return False
    return all(cgt & (1 << (s - 1)) or (s == signal.SIGHUP and ign & (1 << (s - 1)))
               for s in want)


def one(cmd, argset, dev, sig, want, workdir, named):
    d = tempfile.mkdtemp(dir=workdir)
    outdir = os.path.join(d, "out")
    os.mkdir(outdir)
    pidfile = os.path.join(d, "pid")
    cell = fm.Cell(cmd, argset, dev, None, "json")
    fw = fm.fwctl_argv(cell, os.path.join(outdir, "result"))
    # The shim goes first: umockdev's preload calls libc directly.
    pre = 'LD_PRELOAD="%s:$LD_PRELOAD" ' % NO_TMPFILE if named else ""
    stats = os.path.join(d, "stats.json")
    argv = [fm.EMU, "--stats", stats, "--fault", "slow,delay=150"] + argset.get("emu", []) + \
        ["--", "bash", "-c", 'echo $$ > "$0"; %sexec "$@"' % pre, pidfile] + fm.WRAP + \
        [fm.FWCTL] + fw
    name = "%s %s %s SIG%s%s" % (cmd["plugin"] or "", cmd["command"], " ".join(argset["args"]),
                                 signal.Signals(sig).name[3:], " (named temp)" if named else "")
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
    # Wait until fwctl has its handlers (10 s at most: a fwctl that never
    # catches one of them gets it anyway), then let the first RPC get under way.
    while time.monotonic() - t0 < 10 and p.poll() is None and not handlers_ready(pid):
        time.sleep(0.005)
    time.sleep(0.08)
    running = alive(pid)
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
    if rc == want and sig == signal.SIGPIPE:
        # Nobody reads: nothing more is written, neither an error document
        # nor a message (warnings from before the signal may be there).
        if out.strip() or QUIET_RE.search(err):
            problems.append("SIGPIPE: not quiet (stdout %d bytes, stderr: %s)"
                            % (len(out), err.strip()[-120:]))
    elif rc == want:
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
    elif running and rpcs_sent(stats) != 0:
        # Ended with its own result: fine only if it had in fact finished.
        # With no RPC to interrupt, fwctl was past its work (exiting).
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
    only = os.environ.get("FAULT_ONLY")
    if only:
        cmds = [c for c in cmds if "%s %s" % (c["plugin"] or "-", c["command"]) == only]
    devs = fm.devices()
    workdir = tempfile.mkdtemp(prefix="fwctl-signals.")
    plans = []
    for c in cmds:
        key = "%s %s" % (c["plugin"] or "-", c["command"])
        for i, a in enumerate(fm.ARGS.get(key, [{"args": []}])):
            dev = fm.pick_device(devs, a.get("dev"), c["device_type"])
            for sig, want in SIGS:
                plans.append((c, a, dev, sig, want, False))
                # The fallback: every signal, the first argument set of each command.
                if NO_TMPFILE and i == 0:
                    plans.append((c, a, dev, sig, want, True))
    npass = nfail = 0
    with concurrent.futures.ThreadPoolExecutor(fm.JOBS) as ex:
        results = list(ex.map(lambda pl: one(*pl[:5], workdir, pl[5]), plans))
    for name, problems in results:
        if problems:
            nfail += 1
            print("FAIL %s: %s" % (name, "; ".join(problems)))
        else:
            npass += 1
            if fm.VERBOSE:
                print("ok   %s" % name)
    subprocess.run(["rm", "-rf", workdir])
    print("signals: %d commands x %d signals, %d cells (%d with the named temp file)"
          % (len(cmds), len(SIGS), len(plans), sum(1 for p in plans if p[5])))
    print("%d passed, %d failed" % (npass, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
