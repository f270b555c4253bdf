#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Fault matrix: every command x every fault kind of fwctl-emu.

The commands come from `fwctl help --list -j` and the fault kinds from
`fwctl-emu --help`, so commands and faults added later are covered without
touching this file.  ARGS below only says which arguments make a command do
real work; a command missing from it runs with no arguments and is listed
as "not in the argument table".  A command whose fault-free run fails is
listed as "not exercised meaningfully" (its cells are still checked).

Each cell checks what a user must always get:
  - no crash: exit code from the documented set (lib/error.h, fwctl(8)),
    no sanitizer report;
  - on failure a message on stderr;
  - with -j one valid JSON document on stdout, holding an error object on
    failure ({"error": {"kind", "errno", "message", ...}});
  - with -o FILE: no file under that name on failure, never a temp file.
  - a short or oversized reply (faults short, oversize) is never decoded:
    exit 1, never 0, once the fault has hit an RPC.
Extra cells: full disk (RLIMIT_FSIZE 0, SIGXFSZ ignored: writes fail with
EFBIG), an -o path in a missing directory, one whose parent is a file,
/dev/full as -o, slow firmware with --timeout (at most one RPC per device, then a
timeout error).
Binary stdout: every command that streams raw data (flags.streams_raw) runs
every fault with its data on stdout, as `-j -o -` and as --format=binary
(the fault-free run in that form decides whether the argument set streams
raw data at all).  stdout must hold only data: never a JSON document, and
(except for garbage answers, which change the data) a prefix of the
fault-free bytes; with -j the error document is on stderr.

Prints the matrix size and `N passed, N failed`; exit 1 on any failure.
Environment: FWCTL, FWCTL_EMU (set by meson), FWCTL_MATRIX_WRAP (e.g.
valgrind around every cell: about an hour; not the test setup's FWCTL_WRAP,
which samples the CLI scripts' runs),
FAULT_JOBS (parallel runs, default 2), FAULT_VERBOSE=1 (every cell),
FAULT_ONLY="PLUGIN COMMAND" (one command, e.g. "mlx5 diag-counters"; "-"
for a core command: "- report"), for a quick run while working on it.
"""
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile

FWCTL = os.environ.get("FWCTL")
EMU = os.environ.get("FWCTL_EMU")
WRAP = shlex.split(os.environ.get("FWCTL_MATRIX_WRAP", ""))
JOBS = int(os.environ.get("FAULT_JOBS", "2"))
VERBOSE = os.environ.get("FAULT_VERBOSE") == "1"

# Exit codes of fwctl(8) / lib/error.h.
DOCUMENTED_RC = {0, 1, 2, 3, 4, 5, 6, 129, 130, 131, 141, 143}
SANITIZER_RE = re.compile(r"ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|"
                          r"SUMMARY: \w+Sanitizer|Invalid read|Invalid write|"
                          r"definitely lost: [1-9]")

PDS_CATALOG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                           "plugins", "pds", "catalog", "emulated.json")

# Argument sets that make a command do real work on the default emulated
# machine.  Key "PLUGIN COMMAND" (core: "- COMMAND"); "dev": a device name
# or type (default: the first device of the command's type, else fwctl0);
# "emu": fwctl-emu options (another machine); "needs_o": the command
# always needs -o FILE.
ARGS = {
    "- list": [{"args": []}],
    "- info": [{"args": []}, {"args": [], "dev": "pds"}, {"args": [], "dev": "cxl"}],
    "- rpc": [{"args": ["--scope", "debug-ro", "--in-hex", "080d0000000000000000000000000000",
                        "--out-len", "16"]},
              {"args": ["--scope", "debug-write", "--force", "--in-hex",
                        "080d0000000000000000000000000000", "--out-len", "16"]}],
    "- help": [{"args": ["--list"]}],
    "- version": [{"args": []}],
    "mlx5 query-caps": [{"args": ["--type", "all"]}],
    "mlx5 identity": [{"args": []}, {"args": ["--all"]}],
    "mlx5 module": [{"args": []}, {"args": ["--module", "0", "--all"]}],
    "mlx5 reg": [{"args": ["--list"]}, {"args": ["paos", "local_port=1"]},
                 {"args": ["mtmp", "--all"]},
                 {"args": ["pmtu", "--set", "admin_mtu=9000", "--force"]}],
    "mlx5 diag-counters": [{"args": [], "dev": "fwctl1"},
                           {"args": ["--sample", "3", "--interval", "10"], "dev": "fwctl1"},
                           # Counters start disabled: enable (a write, so
                           # --force) and sample, so faults hit the stream.
                           {"args": ["--enable", "--force", "--sample", "3", "--interval", "10"],
                            "dev": "fwctl1"}],
    "mlx5 cmd": [{"args": ["QUERY_ADAPTER"]},
                 {"args": ["SET_DIAGNOSTIC_PARAMS", "--force", "--in-hex", "00" * 28]}],
    "mlx5 resource-dump": [{"args": ["--menu"]},
                           {"args": ["FULL_QPC", "--index1", "0", "--num-obj1", "all"]}],
    "mlx5 coredump": [{"args": [], "needs_o": True, "dev": "fwctl0",
                       "emu": ["--device", "mlx5,crspace=64K"]}],
    "bnxt info": [{"args": []}],
    "bnxt query": [{"args": ["temperature"]}, {"args": ["port-phy"]}, {"args": ["port-stats"]},
                   {"args": ["pcie-stats", "--sample", "3", "--interval", "10"]}],
    "bnxt hwrm": [{"args": ["VER_GET"]}, {"args": ["PORT_PHY_I2C_WRITE", "--force"]}],
    "bnxt coredump": [{"args": [], "needs_o": True, "dev": "fwctl0",
                       "emu": ["--device", "bnxt,coredump=64K,segments=3"]},
                      {"args": ["--list"]}],
    "bnxt nvm": [{"args": []}, {"args": ["read", "--type", "chimp_patch"], "needs_o": True}],
    "bnxt commands": [{"args": []}],
    "mlx5 query": [{"args": ["--list"]}, {"args": ["qp", "--id", "0x100"]},
                   {"args": ["nic_vport_context"]}],
    "pds info": [{"args": []}],
    "pds rpc": [{"args": ["--ep", "1", "--op", "1"]}],
    "pds call": [{"args": ["identity.identify", "--catalog", PDS_CATALOG]},
                 {"args": ["port.set_config", "mtu=9000", "--force", "--catalog", PDS_CATALOG]},
                 {"args": ["counters.read_counters", "--catalog", PDS_CATALOG]}],
    "pds catalog": [{"args": ["--catalog", PDS_CATALOG]}],
    "cxl features": [{"args": []}],
    "cxl feature": [{"args": ["get", "patrol-scrub"]}, {"args": ["get", "vendor-test"]},
                    {"args": ["set", "vendor-test", "--data-hex", "0a0b0c0d", "--force"]}],
    # Commands being added on other branches: sensible defaults so they
    # do real work as soon as they are merged.
    "- report": [{"args": []},
                 {"args": ["--include", "coredump"], "needs_o": True,
                  "emu": ["--device", "mlx5,crspace=64K", "--device", "cxl"]}],
}


def fail_exit(msg):
    print("fault-matrix: " + msg, file=sys.stderr)
    sys.exit(99)


def run(argv, env=None, timeout=120, preexec=None, raw=False):
    p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env, timeout=timeout,
                       preexec_fn=preexec)
    out = p.stdout if raw else p.stdout.decode("utf-8", "replace")
    return p.returncode, out, p.stderr.decode("utf-8", "replace")


def fault_kinds():
    """Generic and vendor fault kinds from `fwctl-emu --help`."""
    rc, out, _ = run([EMU, "--help"])
    if rc != 0:
        fail_exit("fwctl-emu --help failed")
    kinds, vendor = [], []
    section = False
    vendor_type = None
    for line in out.splitlines():
        if line.startswith("Fault SPEC"):
            section = True
            continue
        if section and line and not line.startswith(" "):
            break
        if not section:
            continue
        m = re.match(r"^  ([a-z][a-z0-9-]*)  ", line)
        if m and m.group(1) != "vendor":
            kinds.append(m.group(1))
            continue
        # vendor block: "  pds:  ops-query (...),", continuation lines
        m = re.match(r"^\s+([a-z0-9]+):\s+(.*)$", line)
        if m and "name=" not in line:
            vendor_type = m.group(1)
            line = m.group(2)
        if vendor_type:
            for name in re.findall(r"(?:^|\s)([a-z][a-z0-9]*-[a-z0-9-]+) \(", line):
                vendor.append((vendor_type, name))
    if not kinds:
        fail_exit("no fault kinds found in fwctl-emu --help")
    return kinds, vendor


# Variants of each generic kind: the first RPC and a later one (mid-command
# for multi-RPC commands).  Unknown kinds (added later) run bare.
KIND_VARIANTS = {
    "fw-status": ["fw-status", "fw-status,after=2,status=5", "fw-status,after=50,count=1"],
    "short": ["short", "short,len=3", "short,after=1"],
    "oversize": ["oversize", "oversize,after=1"],
    "garbage": ["garbage,seed=1", "garbage,keep=16,seed=2", "garbage,after=1,seed=3",
                "garbage,after=50,count=1,keep=16,seed=4"],
    "enodev": ["enodev", "enodev,after=2", "enodev,after=50"],
    "slow": ["slow,delay=150"],   # run with --timeout 0.05
    "eintr": ["eintr", "eintr,count=3"],
}


def devices():
    rc, out, _ = run([EMU, "--describe"])
    if rc != 0:
        fail_exit("fwctl-emu --describe failed")
    return [(d["name"], d["type"]) for d in json.loads(out)]


def pick_device(devs, want, cmd_type):
    if want:
        for name, typ in devs:
            if want in (name, typ):
                return name
    for name, typ in devs:
        if typ == cmd_type:
            return name
    return devs[0][0] if devs else None


class Cell:
    def __init__(self, cmd, argset, dev, fault, mode, extra=None):
        self.cmd, self.argset, self.dev, self.fault, self.mode = cmd, argset, dev, fault, mode
        self.extra = extra or {}
        self.problems = []
        self.rc = None
        self.raw_base = None   # raw modes: the fault-free stdout

    def name(self):
        c = " ".join(x for x in (self.cmd["plugin"], self.cmd["command"]) if x)
        a = " ".join(self.argset["args"])
        return "%s%s [%s] %s" % (c, " " + a if a else "", self.fault or "no fault", self.mode)


RAW_MODES = ("raw-j", "raw-bin")


def fwctl_argv(cell, outfile):
    cmd = cell.cmd
    argv = []
    if cell.mode in ("json", "json-o", "fsize", "nodir", "notdir", "devfull", "raw-j"):
        argv.append("-j")
    if cell.mode == "raw-bin":
        argv.append("--format=binary")
    if outfile:
        argv += ["-o", outfile]
    if cell.fault and cell.fault.startswith("slow"):
        argv += ["--timeout", "0.05"]
    # --all chooses the devices itself (with -d it is a usage error).
    if (cmd["flags"]["needs_device"] or cmd["flags"]["sends_rpc"]) and cell.dev and \
            "--all" not in cell.argset["args"]:
        argv += ["-d", cell.dev]
    if cmd["plugin"]:
        argv.append(cmd["plugin"])
    argv.append(cmd["command"])
    argv += cell.argset["args"]
    return argv


def check_json_doc(text):
    """One JSON document (or JSON Lines: every line one document)."""
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    docs = []
    for line in text.splitlines():
        if line.strip():
            docs.append(json.loads(line))   # raises -> caller reports
    return docs


def partial_doc(doc):
    """A document the documentation says is still complete with exit 1."""
    if not isinstance(doc, dict):
        return False
    # fwctl-rpc(8): a truncated reply is marked "truncated": true.
    if doc.get("truncated") is True:
        return True
    # fwctl-report(8) and --all in fwctl(8): the document stays complete;
    # a failed device (or coredump) carries an error object in its place,
    # counted in summary ...
    devs, summ = doc.get("devices"), doc.get("summary")
    if isinstance(devs, list) and isinstance(summ, dict) and summ.get("complete") is False:
        return True
    # ... and with --include coredump stdout gets {archive, report: summary}.
    rep = doc.get("report")
    return isinstance(rep, dict) and rep.get("complete") is False and "archive" in doc


def partial_result(path):
    """-o FILE holds a partial_doc (a JSON file, or report.json in a tar)."""
    try:
        if tarfile.is_tarfile(path):
            with tarfile.open(path) as t:
                return partial_doc(json.load(t.extractfile("report.json")))
        with open(path) as f:
            return partial_doc(json.load(f))
    except (OSError, ValueError, KeyError, tarfile.TarError, AttributeError):
        return False


def timed_out(err, out, outfile):
    """The timeout is named on stderr, or (report) in a device's error object."""
    text = err + out
    if outfile and os.path.isfile(outfile):
        with open(outfile, errors="replace") as f:
            text += f.read()
    return "timed out" in text


def stderr_error_doc(err):
    """The JSON error document at the end of stderr, or None."""
    for i in [m.start() for m in re.finditer(r"(?m)^\{", err)]:
        try:
            doc = json.loads(err[i:])
        except ValueError:
            continue
        return doc if isinstance(doc, dict) else None
    return None


def check_raw_stdout(cell, rc, out, err):
    """Data on stdout: nothing but data, whatever the fault (bytes in `out`)."""
    p = cell.problems
    if b'"format_version"' in out or b'"error"' in out:
        p.append("binary stdout: a JSON document among the data")
    base = cell.raw_base
    if base is not None and not (cell.fault or "").startswith(("garbage", "vendor")) and \
            out != base[:len(out)]:
        p.append("binary stdout: %d bytes that are not a prefix of the fault-free %d"
                 % (len(out), len(base)))
    if cell.mode == "raw-j" and rc not in (0, 141):
        doc = stderr_error_doc(err)
        e = doc.get("error") if doc else None
        if not isinstance(e, dict) or not all(k in e for k in ("kind", "errno", "message")):
            p.append("binary stdout + -j: no error document on stderr")


def fault_fired(fault, stats):
    """The emulator received the RPC the fault hits (its `after`)."""
    m = re.search(r"(?:^|,)after=(\d+)", fault)
    after = int(m.group(1)) if m else 0
    try:
        with open(stats) as f:
            return max([x["rpcs"] for x in json.load(f)["devices"]] or [0]) > after
    except (OSError, ValueError, KeyError):
        return False


def check_reply_faults(cell, rc, stats):
    """A reply shorter than the firmware's layout, or longer than the
    buffer, is never decoded: the command fails with exit 1 (fwctl(8)),
    however plausible the zeros or the cut data would look."""
    fault = cell.fault or ""
    if not fault.startswith(("short", "oversize")) or not fault_fired(fault, stats):
        return
    # A CXL Set Feature answer is its 8-byte header (payload size 0): cut
    # to half of its 16-byte buffer it is still whole, and valid.
    if fault.startswith("short") and cell.cmd["plugin"] == "cxl" and \
            cell.argset["args"][:1] == ["set"]:
        return
    if rc == 0:
        cell.problems.append("exit 0 although a reply was %s"
                             % ("short" if fault.startswith("short") else "oversized"))
    elif rc != 1:
        cell.problems.append("exit %d for a %s reply (expected 1)"
                             % (rc, "short" if fault.startswith("short") else "oversized"))


def run_cell(cell, workdir):
    d = tempfile.mkdtemp(dir=workdir)
    try:
        return _run_cell(cell, d)
    finally:
        shutil.rmtree(d, ignore_errors=True)


def _run_cell(cell, d):
    mode = cell.mode
    outdir = os.path.join(d, "out")
    os.mkdir(outdir)
    outfile = None
    if mode == "nodir":
        outfile = os.path.join(outdir, "missing", "result")
    elif mode == "notdir":
        open(os.path.join(outdir, "file"), "w").close()
        outfile = os.path.join(outdir, "file", "result")
    elif mode == "devfull":
        outfile = "/dev/full"
    elif mode == "raw-j" or (mode == "raw-bin" and cell.argset.get("needs_o")):
        outfile = "-"
    elif mode in ("json-o", "text-o", "fsize") or cell.argset.get("needs_o"):
        outfile = os.path.join(outdir, "result")
    fw = fwctl_argv(cell, outfile)
    stats = os.path.join(d, "stats.json")
    emu = [EMU, "--stats", stats] + cell.argset.get("emu", [])
    if cell.fault:
        emu += ["--fault", cell.fault]
    if mode == "fsize":
        # The limit and SIGXFSZ only for fwctl, not for the emulator.
        script = "trap '' XFSZ; ulimit -f 0; exec \"$@\""
        argv = emu + ["--", "bash", "-c", script, "bash"] + WRAP + [FWCTL] + fw
    else:
        argv = emu + ["--"] + WRAP + [FWCTL] + fw
    cell.cmdline = " ".join(shlex.quote(x) for x in argv)
    try:
        rc, out, err = run(argv, timeout=60, raw=mode in RAW_MODES)
    except subprocess.TimeoutExpired:
        cell.problems.append("hang: no exit within 60 s")
        return cell
    cell.rc, cell.out, cell.err = rc, out, err
    p = cell.problems
    if mode in RAW_MODES:
        check_raw_stdout(cell, rc, out, err)
        out = ""
    if rc not in DOCUMENTED_RC:
        p.append("exit code %d not documented%s" % (rc, " (crash)" if rc >= 125 or rc < 0 else ""))
    if SANITIZER_RE.search(err):
        p.append("sanitizer/valgrind report on stderr")
    if rc != 0 and not err.strip():
        p.append("failed without a message on stderr")
    jsonmode = "-j" in fw and mode not in RAW_MODES
    if jsonmode and not (rc == 0 and outfile and outfile != "/dev/full"):
        try:
            docs = check_json_doc(out)
            if not docs:
                p.append("-j: empty stdout")
            elif rc != 0 and not (rc == 1 and partial_doc(docs[-1])):
                last = docs[-1]
                e = last.get("error") if isinstance(last, dict) else None
                if not isinstance(e, dict) or not all(k in e for k in ("kind", "errno", "message")):
                    p.append("-j: failure without an error object")
                if len(docs) > 1 and not cell.cmd["flags"].get("json_lines"):
                    p.append("-j: %d JSON documents" % len(docs))
            elif rc == 0 and isinstance(docs[-1], dict) and "error" in docs[-1]:
                p.append("-j: exit 0 with an error object")
        except ValueError as ex:
            p.append("-j: stdout is not valid JSON (%s)" % ex)
    # Files: nothing but the committed result, and only on success.
    left = []
    for root, _dirs, files in os.walk(outdir):
        for f in files:
            left.append(os.path.relpath(os.path.join(root, f), outdir))
    expected = set()
    if mode == "notdir":
        expected.add("file")
    if outfile and outfile.startswith(outdir) and rc == 0:
        expected.add(os.path.relpath(outfile, outdir))
    if rc == 1 and outfile and outfile.startswith(outdir) and partial_result(outfile):
        expected.add(os.path.relpath(outfile, outdir))
    for f in left:
        if f not in expected:
            p.append("file left behind: %s" % f)
    if outfile and outfile.startswith(outdir) and rc == 0 and not os.path.exists(outfile):
        p.append("exit 0 but no file at -o")
    if mode in ("fsize", "nodir", "notdir", "devfull") and rc == 0 and \
            cell.cmd_writes_output:
        p.append("exit 0 although the output could not be written")
    if cell.fault and cell.fault.startswith("slow") and cell.sends_rpc_ok and \
            rc != 0 and not timed_out(err, out, outfile):
        p.append("slow firmware + --timeout: failed but not as a timeout")
    check_reply_faults(cell, rc, stats)
    if cell.fault and cell.fault.startswith("slow"):
        # --timeout is checked before each RPC: one RPC may start before
        # the deadline and end after it, a second one must not be sent.
        try:
            with open(stats) as f:
                n = max([x["rpcs"] for x in json.load(f)["devices"]] or [0])
            if n > 1:
                p.append("slow firmware + --timeout 0.05: %d RPCs to one device (at most 1)" % n)
        except (OSError, ValueError, KeyError) as ex:
            p.append("no fwctl-emu --stats: %s" % ex)
    return cell


def is_json(data):
    try:
        check_json_doc(data.decode("utf-8"))
        return True
    except ValueError:
        return False


def raw_baselines(plans, workdir):
    """Fault-free runs with the data on stdout, for the commands that stream
    raw data; kept (as cells, and as the reference bytes) only where the
    argument set does stream raw data there (resource-dump --menu does not)."""
    cells = []
    for c, a, dev in plans:
        if not c["flags"].get("streams_raw"):
            continue
        for mode in RAW_MODES:
            cell = Cell(c, a, dev, None, mode)
            cell.cmd_writes_output = cell.sends_rpc_ok = False
            cells.append(cell)
    with concurrent.futures.ThreadPoolExecutor(JOBS) as ex:
        done = list(ex.map(lambda cl: run_cell(cl, workdir), cells))
    return [cl for cl in done if cl.rc == 0 and cl.out and not is_json(cl.out)]


def main():
    if not FWCTL or not EMU:
        fail_exit("FWCTL and FWCTL_EMU must be set")
    rc, out, err = run([FWCTL, "help", "--list", "-j"])
    if rc != 0:
        fail_exit("fwctl help --list -j failed: " + err)
    cmds = json.loads(out)["commands"]
    only = os.environ.get("FAULT_ONLY")
    if only:
        cmds = [c for c in cmds if "%s %s" % (c["plugin"] or "-", c["command"]) == only]
        if not cmds:
            fail_exit("FAULT_ONLY=%r: no such command" % only)
    kinds, vendor = fault_kinds()
    devs = devices()
    faults = []
    for k in kinds:
        faults += KIND_VARIANTS.get(k, [k])
    not_in_table, not_meaningful = [], []

    workdir = tempfile.mkdtemp(prefix="fwctl-fault.")
    # Baselines: each argument set once without a fault.
    plans = []
    for c in cmds:
        key = "%s %s" % (c["plugin"] or "-", c["command"])
        argsets = ARGS.get(key)
        if argsets is None:
            not_in_table.append(key)
            argsets = [{"args": []}]
        for a in argsets:
            dev = pick_device(devs, a.get("dev"), c["device_type"])
            plans.append((c, a, dev))
    base = []
    with concurrent.futures.ThreadPoolExecutor(JOBS) as ex:
        futs = []
        for c, a, dev in plans:
            cell = Cell(c, a, dev, None, "json")
            cell.cmd_writes_output = False
            cell.sends_rpc_ok = False
            futs.append(ex.submit(run_cell, cell, workdir))
        base = [f.result() for f in futs]
    raw_base = raw_baselines(plans, workdir)

    cells = []
    for b in base:
        c, a, dev = b.cmd, b.argset, b.dev
        ok = b.rc == 0
        if not ok:
            not_meaningful.append("%s (fault-free run: exit %s)" % (b.name(), b.rc))
        rpc = c["flags"]["sends_rpc"] or c["flags"]["needs_device"]
        fl = []
        if rpc:
            fl = list(faults)
            dtype = dict(devs).get(dev)
            fl += ["vendor,name=%s" % n for t, n in vendor if t == dtype]
        for f in fl:
            for mode in ("json-o", "text"):
                cells.append(Cell(c, a, dev, f, mode))
        for mode in ("fsize", "nodir", "notdir", "devfull", "text-o"):
            cells.append(Cell(c, a, dev, None, mode))
        for rb in raw_base:
            if rb.cmd is c and rb.argset is a:
                for f in fl:
                    cell = Cell(c, a, dev, f, rb.mode)
                    cell.raw_base = rb.out
                    cells.append(cell)
    for cell in cells:
        base_ok = next(b.rc == 0 for b in base if b.cmd is cell.cmd and b.argset is cell.argset)
        # A command that produced output fault-free must fail when it cannot write it.
        cell.cmd_writes_output = base_ok and bool(next(b.out for b in base if b.cmd is cell.cmd
                                                       and b.argset is cell.argset).strip())
        cell.sends_rpc_ok = base_ok and cell.cmd["flags"]["sends_rpc"]

    results = list(base) + raw_base
    with concurrent.futures.ThreadPoolExecutor(JOBS) as ex:
        results += list(ex.map(lambda c: run_cell(c, workdir), cells))
    shutil.rmtree(workdir, ignore_errors=True)

    npass = nfail = 0
    for r in results:
        if r.problems:
            nfail += 1
            print("FAIL %s: %s" % (r.name(), "; ".join(r.problems)))
            print("     %s" % getattr(r, "cmdline", ""))
            print("     rc=%s stderr: %s" % (r.rc, (getattr(r, "err", "") or "").strip()[:300]))
        else:
            npass += 1
            if VERBOSE:
                print("ok   %s (exit %s)" % (r.name(), r.rc))
    ncmd = len(cmds)
    print("matrix: %d commands (%d argument sets) x %d fault variants (%d kinds + %d vendor)"
          " + 5 output cases + binary stdout (%d argument sets x 2 forms) = %d cells"
          % (ncmd, len(plans), len(faults), len(kinds), len(vendor),
             len({(id(r.cmd), id(r.argset)) for r in raw_base}), len(results)))
    if not_in_table:
        print("not in the argument table (ran without arguments): " + ", ".join(not_in_table))
    if not_meaningful:
        print("not exercised meaningfully (fault-free run fails):")
        for m in not_meaningful:
            print("  " + m)
    print("%d passed, %d failed" % (npass, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
