#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The exit-code table of fwctl(8), walked over every command.

Commands come from `fwctl help --list -j`, their working arguments from the
argument table of fault-matrix.py.  For every command:
  - an unknown option is a usage error: exit 2;
and for every argument set whose fault-free run succeeds and sends RPCs:
  - a firmware error status on the first RPC (fault fw-status) is exit 5,
    never 0 (a report or a stream that keeps going says so in its document:
    exit 1 with the document marked incomplete);
  - an EINTR that no signal caused (fault eintr) is a failure (exit 1),
    never 128+N: only a delivered signal gives 128+N;
  - --scope below the command's minimum is exit 4, naming the scope needed;
and per plugin, the situations of the table that need a given name:
  - an unknown register/command/feature name: exit 2, offering the closest
    valid names ("did you mean");
  - a request off the kernel's allow-list: exit 6, nothing sent.
Prints `N passed, N failed`; exit 1 on any failure.
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fault_matrix", os.path.join(HERE, "fault-matrix.py"))
fm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fm)

SCOPES = ["config", "debug-ro", "debug-write", "debug-write-full"]

# Unknown names: (plugin command arguments...) on the default machine.
TYPOS = [
    ["-d", "fwctl0", "mlx5", "cmd", "QUERY_HCA_CA"],
    ["-d", "fwctl0", "mlx5", "reg", "PAOX"],
    ["-d", "fwctl0", "mlx5", "query", "nic_vport_contxt"],
    ["-d", "fwctl0", "mlx5", "query-caps", "--type", "GENERL"],
    ["-d", "fwctl0", "mlx5", "resource-dump", "FULL_QCP"],
    ["bnxt", "hwrm", "VER_GTE"],
    ["bnxt", "query", "temprature"],
    ["pds", "call", "identity.identfy"],
    ["cxl", "feature", "get", "patrol-scrb"],
]
# Off the kernel's allow-list (the plugin knows the list): exit 6, no RPC.
OFF_LIST = [
    ["-d", "fwctl0", "mlx5", "cmd", "0xffff"],
    ["bnxt", "hwrm", "--req-type", "0x0001"],
]


class Result:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, cond, desc, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL " + desc)
            if detail:
                print("     " + detail.replace("\n", "\n     ")[:600])


def run(fw_args, fault=None, emu_args=None):
    with tempfile.TemporaryDirectory() as d:
        stats = os.path.join(d, "stats.json")
        argv = [fm.EMU, "--stats", stats] + (emu_args or [])
        if fault:
            argv += ["--fault", fault]
        argv += ["--"] + fm.WRAP + [fm.FWCTL] + fw_args
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        try:
            with open(stats) as f:
                rpcs = sum(x["rpcs"] for x in json.load(f)["devices"])
        except (OSError, ValueError, KeyError):
            rpcs = -1
        return (p.returncode, p.stdout.decode("utf-8", "replace"),
                p.stderr.decode("utf-8", "replace"), rpcs, " ".join(argv))


def command_argv(cmd, argset, dev, extra=()):
    argv = list(extra)
    if argset.get("needs_o"):
        argv += ["-o", os.path.join(tempfile.gettempdir(), "fwctl-exit-codes.out"), "--force"]
    if dev and (cmd["flags"]["needs_device"] or cmd["flags"]["sends_rpc"]):
        argv += ["-d", dev]
    if cmd["plugin"]:
        argv.append(cmd["plugin"])
    return argv + [cmd["command"]] + argset["args"]


def incomplete_doc(out):
    try:
        return fm.partial_doc(fm.check_json_doc(out)[-1])
    except (ValueError, IndexError):
        return False


def check_command(res, cmd, argset, dev):
    name = " ".join(x for x in (cmd["plugin"], cmd["command"]) if x) + \
        ("" if not argset["args"] else " " + " ".join(argset["args"]))
    emu = argset.get("emu")
    base = run(command_argv(cmd, argset, dev, ["-j"]), emu_args=emu)
    if base[0] != 0 or base[3] <= 0:
        return   # not a working RPC-sending invocation: the fault matrix lists it
    rc, out, err, _, line = run(command_argv(cmd, argset, dev, ["-j"]), "fw-status", emu)
    res.check(rc == 5 or (rc == 1 and incomplete_doc(out)),
              "%s: firmware error status -> exit 5 (got %d)" % (name, rc), line + "\n" + err)
    rc, out, err, _, line = run(command_argv(cmd, argset, dev, ["-j"]), "eintr", emu)
    res.check(rc == 1, "%s: EINTR without a signal -> exit 1 (got %d)" % (name, rc),
              line + "\n" + err)
    lo = SCOPES.index(cmd["min_scope"]) if cmd["min_scope"] in SCOPES else 0
    if lo > 0 and "--scope" not in argset["args"]:
        rc, out, err, rpcs, line = run(command_argv(cmd, argset, dev, ["-j", "--scope", "config"]),
                                       emu_args=emu)
        res.check(rc == 4 and cmd["min_scope"] in err and rpcs == 0,
                  "%s: --scope config below %s -> exit 4 naming it, nothing sent (got %d, %d RPCs)"
                  % (name, cmd["min_scope"], rc, rpcs), line + "\n" + err)


def main():
    os.environ.setdefault("FWCTL_PDS_CATALOG", fm.PDS_CATALOG)
    if not fm.FWCTL or not fm.EMU:
        fm.fail_exit("FWCTL and FWCTL_EMU must be set")
    rc, out, err, _, _ = run(["help", "--list", "-j"])
    cmds = json.loads(out)["commands"]
    plugins = {c["plugin"] for c in cmds if c["plugin"]}
    devs = fm.devices()
    res = Result()
    for c in cmds:
        argv = ([c["plugin"]] if c["plugin"] else []) + [c["command"], "--no-such-option"]
        rc, out, err, _, line = run(argv)
        res.check(rc == 2, "%s: an unknown option -> exit 2 (got %d)" % (" ".join(argv[:-1]), rc),
                  line + "\n" + err)
        for a in fm.ARGS.get("%s %s" % (c["plugin"] or "-", c["command"]), []):
            check_command(res, c, a, fm.pick_device(devs, a.get("dev"), c["device_type"]))
    for argv in TYPOS:
        if [w for w in argv if not w.startswith("-")][1 if argv[0] == "-d" else 0] not in plugins:
            continue
        rc, out, err, rpcs, line = run(argv + ["-j"])
        res.check(rc == 2 and "did you mean" in err,
                  "%s: unknown name -> exit 2 with suggestions (got %d)" % (" ".join(argv), rc),
                  line + "\n" + err)
    for argv in OFF_LIST:
        if [w for w in argv if not w.startswith("-")][1 if argv[0] == "-d" else 0] not in plugins:
            continue
        rc, out, err, rpcs, line = run(argv + ["-j"])
        res.check(rc == 6 and rpcs == 0,
                  "%s: off the allow-list -> exit 6, nothing sent (got %d, %d RPCs)"
                  % (" ".join(argv), rc, rpcs), line + "\n" + err)
    print("%d passed, %d failed" % (res.passed, res.failed))
    return 1 if res.failed else 0


if __name__ == "__main__":
    sys.exit(main())
