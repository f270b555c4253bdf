#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The tests/vm cases: what runs in the VM, what its answers must be, and
the differential test that holds fwctl-emu to the real kernel.

  cases.py steps [--no-cxl-plugin]      the step list for the guest (/steps)
  cases.py check RECORDS FWCTL [EMU]    check the VM's records; with EMU,
                                        replay the "diff" cases under
                                        fwctl-emu and compare

Expected values are the facts measured on Linux 7.2 with cxl_test
(shared/real-kernel-cxl.md): the mock's one feature, the sizes of the
answers, the errno of each refusal.  The in-VM script only runs commands
and reads sysfs; the checks live here, in one place, next to the commands.
"""
import base64
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

TAINT_FWCTL = 1 << 19
MOCK_UUID = "ffffffff-ffff-ffff-ffff-ffffffffffff"
UNKNOWN_UUID = bytes(range(16))


# --- Requests (little-endian, include/uapi/fwctl/cxl.h + cxl/features.h) ----
def hdr(opcode, op_size, flags=0, reserved1=0):
    return struct.pack("<IIII", opcode, flags, op_size, reserved1)


def get_sup(count=4096, start=0, op_size=8, opcode=0x0500, flags=0, reserved1=0):
    return hdr(opcode, op_size, flags, reserved1) + struct.pack("<IH2x", count, start)


def get_feat(uuid=b"\xff" * 16, count=4, selection=0, offset=0):
    return hdr(0x0501, 21) + uuid + struct.pack("<HHB", offset, count, selection)


def set_feat(data, uuid=b"\xff" * 16, version=1):
    return hdr(0x0502, 32 + len(data)) + uuid + struct.pack("<IHB9x", 0, 0, version) + data


def hx(b):
    return b.hex()


# --- Checks -------------------------------------------------------------------
class Rec:
    def __init__(self, rc, out, err):
        self.rc, self.out, self.err = rc, out, err
        try:
            self.j = json.loads(out.decode())
        except (ValueError, UnicodeDecodeError):
            self.j = None

    @property
    def text(self):
        return self.out.decode(errors="replace")

    @property
    def stderr(self):
        return self.err.decode(errors="replace")


def reply(j):
    """The fwctl_rpc_cxl_out of a raw rpc -j answer: (size, retval, payload)."""
    b = bytes.fromhex(j["out_hex"])
    size, retval = struct.unpack_from("<II", b, 0)
    return size, retval, b[8:]


def entry(payload, i=0):
    """One cxl_feat_entry of a Get Supported Features payload."""
    e = payload[8 + 48 * i: 8 + 48 * (i + 1)]
    uuid = e[:16].hex()
    uuid = "-".join((uuid[:8], uuid[8:12], uuid[12:16], uuid[16:20], uuid[20:]))
    fid, gsz, ssz, flags, gv, sv, eff = struct.unpack_from("<HHHIBBH", e, 16)
    return dict(uuid=uuid, id=fid, get_size=gsz, set_size=ssz, flags=flags,
                get_version=gv, set_version=sv, effects=eff)


MOCK_ENTRY = dict(uuid=MOCK_UUID, id=0, get_size=4, set_size=4, flags=0x61,
                  get_version=1, set_version=1, effects=0x0201)


def c_rc(n):
    return ("exit %d" % n, lambda r, f: r.rc == n or "exit %d" % r.rc)


def c_json(desc, fn):
    def check(r, f):
        if r.j is None:
            return "stdout is not one JSON document"
        return fn(r.j, f)
    return (desc, check)


def c_err(regex):
    return ("stderr matches /%s/" % regex,
            lambda r, f: bool(re.search(regex, r.stderr)) or "stderr: %r" % r.stderr[:300])


def c_errjson(errno, regex):
    def check(j, f):
        e = j.get("error") or {}
        if e.get("errno") != errno:
            return "error.errno %r" % e.get("errno")
        return bool(re.search(regex, e.get("message", ""))) or "message %r" % e.get("message")
    return c_json("JSON error errno %d, message /%s/" % (errno, regex), check)


def c_taint(fact, want):
    def check(r, f):
        v = f.get(fact)
        if v is None:
            return "no taint reading %s" % fact
        return bool(int(v) & TAINT_FWCTL) == want or "tainted=%s" % v
    return ("bit 19 of /proc/sys/kernel/tainted %s (%s)" % ("set" if want else "clear", fact),
            check)


def c_gsf_ok(j, f):
    size, retval, p = reply(j)
    num, sup = struct.unpack_from("<HH", p, 0)
    got = (j["out_len"], size, retval, num, sup, entry(p))
    want = (72, 56, 0, 1, 1, MOCK_ENTRY)
    return got == want or "out_len/size/retval/entries/supported/entry = %r" % (got,)


def c_getfeat(data):
    def check(j, f):
        b = bytes.fromhex(j["out_hex"])
        size, retval = struct.unpack_from("<II", b)
        got = (j["out_len"], size, retval, b[8:12])
        want = (20, 4, 0, data)
        return got == want or "out_len/size/retval/data = %r" % (got,)
    return c_json("reply: out_len 20 (sizeof fwctl_rpc_cxl_out 16 + 4), size 4, retval 0, data %s"
                  % data.hex(), check)


def list_matches_sysfs(j, f):
    sysfs = f["sysfs"]
    devs = {d["name"]: d for d in j.get("devices", [])}
    if set(devs) != set(sysfs):
        return "names %s, sysfs %s" % (sorted(devs), sorted(sysfs))
    for name, (mem, majmin, _plat) in sysfs.items():
        d = devs[name]
        got = (d["memdev"], d["parent_kind"], d["type"], "%d:%d" % (d["major"], d["minor"]),
               d["devnode"])
        want = (mem, "cxl_memdev", "cxl", majmin, "/dev/fwctl/" + name)
        if got != want:
            return "%s: %r, sysfs says %r" % (name, got, want)
    return True


def indexes_differ(j, f):
    # The point of matching by sysfs: fwctlN is not memN on this kernel.
    return any(name[5:] != mem[3:] for name, (mem, _, _) in f["sysfs"].items()) or \
        "every fwctlN is memN here: the mapping check proves less"


def info_is(devkey):
    def check(j, f):
        dev, mem = f[devkey]
        got = (j.get("name"), j.get("memdev"), j.get("type_id"), j.get("device_data_len"),
               j.get("parent_kind"))
        want = (dev, mem, 2, 0, "cxl_memdev")
        return got == want or "name/memdev/type_id/device_data_len/parent_kind = %r" % (got,)
    return check


def taint_flag(want):
    return lambda j, f: (j.get("kernel_taint") or {}).get("fwctl") is want or \
        "kernel_taint %r" % j.get("kernel_taint")


# --- The cases ------------------------------------------------------------------
# (id, kind, args, diff, checks, plugin)
#   kind: run | taint | remove (see guest.sh)
#   diff: True = replay under fwctl-emu and compare; a list = also pass these
#         fwctl-emu options
#   plugin: True = needs the cxl plugin's commands
CASES = []


def case(cid, args, checks=(), diff=True, kind="run", plugin=False):
    CASES.append((cid, kind, args, diff, list(checks), plugin))


def taint(cid):
    CASES.append((cid, "taint", "", False, [], False))


RPC = "-j -d @DEV@ rpc --scope %s --in-hex %s"
EINVAL_CXL = r"the cxl driver refused the request \(EINVAL\)"

taint("taint_start")
case("list_json", "-j list", [
    c_rc(0),
    c_json("list -j shows every sysfs fwctl device with its own memdev and major:minor",
           list_matches_sysfs),
    c_json("eleven devices, as cxl_test makes", lambda j, f: len(j["devices"]) == 11 or
           "%d devices" % len(j["devices"])),
    c_json("the fwctl and memdev indexes differ (the test is not trivial)", indexes_differ),
    c_json("taint reported false at start", taint_flag(False)),
])
case("list_text", "list", [
    c_rc(0),
    ("every fwctlN appears with its memN on one line",
     lambda r, f: all(re.search(r"^\s*%s\s.*\b%s\b" % (n, m), r.text, re.M)
                      for n, (m, _, _) in f["sysfs"].items()) or r.text[:400]),
])
case("info_memdev", "-j -d @MEM@ info", [
    c_rc(0), c_json("info by memdev name names the right fwctl device", info_is("first")),
    c_json("taint reported false at start", taint_flag(False)),
])
case("info_fwctl", "-j -d @DEV@ info", [
    c_rc(0), c_json("info by fwctlN", info_is("first")),
    c_json("taint reported false at start", taint_flag(False)),
])
case("info_devnode", "-j -d /dev/fwctl/@DEV@ info", [c_rc(0), c_json("info by path", info_is("first"))])
case("info_last", "-j -d @LASTMEM@ info", [c_rc(0), c_json("info of the last memdev", info_is("last"))])
case("info_missing", "-j -d mem99 info", [c_rc(3), c_json("JSON error kind no_device",
     lambda j, f: j.get("error", {}).get("kind") in ("no_device", "no-device") or j)])

# Raw RPCs at the read scopes: none of them may taint.
case("rpc_gsf_config", RPC % ("config", hx(get_sup())),
     [c_rc(0), c_json("Get Supported Features: 72 bytes, the mock's one feature", c_gsf_ok)])
case("rpc_gsf_debug_ro", RPC % ("debug-ro", hx(get_sup())),
     [c_rc(0), c_json("the same at debug-ro", c_gsf_ok)])
case("rpc_gsf_count0", RPC % ("config", hx(get_sup(count=0))), [
    c_rc(0),
    c_json("count 0: out_len 24, size 8, no entries, supported_feats 1",
           lambda j, f: (lambda s, rv, p: (j["out_len"], s, rv, p[:4]) == (24, 8, 0, b"\0\0\1\0")
                         or (j["out_len"], s, rv, p.hex()))(*reply(j))),
])
case("rpc_gsf_start_past_end", RPC % ("config", hx(get_sup(start=1))),
     [c_rc(1), c_errjson(22, EINVAL_CXL)])
case("rpc_gsf_op_size", RPC % ("config", hx(get_sup(op_size=4))),
     [c_rc(1), c_errjson(22, EINVAL_CXL)])
case("rpc_short_in_len", RPC % ("config", hx(hdr(0x0500, 8)[:8])),
     [c_rc(1), c_errjson(22, EINVAL_CXL)])
case("rpc_truncated", RPC % ("config", hx(get_sup())) + " --out-len 16", [
    c_rc(1),
    c_json("truncated: true, out_len 72, 16 bytes shown",
           lambda j, f: (j.get("truncated"), j.get("out_len"), len(j.get("out_hex", "")) // 2)
           == (True, 72, 16) or j),
    c_err(r"reply truncated: the driver produced 72 bytes, --out-len is 16"),
])
# Off the cxl driver's list: fwctl refuses it unsent (exit 6); with --force
# the kernel's own EINVAL, still exit 6.
case("rpc_unknown_opcode_unsent", RPC % ("config", hx(get_sup(opcode=0x1234))),
     [c_rc(6), c_errjson(1, r"not on the kernel's allow-list")])
case("rpc_unknown_opcode", RPC % ("config", hx(get_sup(opcode=0x1234))) + " --force",
     [c_rc(6), c_errjson(22, EINVAL_CXL)])
case("rpc_opcode_16bit", RPC % ("config", hx(get_sup(opcode=0x10500))),
     [c_rc(0), c_json("opcode 0x10500 is served as 0x0500 (the kernel takes 16 bits)", c_gsf_ok)])
case("rpc_hdr_reserved", RPC % ("config", hx(get_sup(flags=1, reserved1=7))),
     [c_rc(0), c_json("flags and reserved1 in the cxl header are not checked", c_gsf_ok)])
case("rpc_scope_over_3", RPC % ("4", hx(get_sup())),
     [c_rc(2), c_err(r"invalid value '4' for --scope")])
case("rpc_out_len_over_2mib", RPC % ("config", hx(get_sup())) + " --out-len 3145728",
     [c_rc(2), c_errjson(90, r"over the kernel's 2 MiB limit")])
case("rpc_get_current", RPC % ("config", hx(get_feat(selection=0))),
     [c_rc(0), c_getfeat(bytes.fromhex("efbeadde"))])
case("rpc_get_default", RPC % ("debug-ro", hx(get_feat(selection=1))),
     [c_rc(0), c_getfeat(bytes.fromhex("efbeadde"))])
case("rpc_get_saved", RPC % ("config", hx(get_feat(selection=2))),
     [c_rc(0), c_getfeat(bytes.fromhex("efbeadde"))])
# The reply is shown as it came; its retval decides the exit (5).
case("rpc_get_unknown_uuid", RPC % ("config", hx(get_feat(uuid=UNKNOWN_UUID))), [
    c_rc(5),
    c_json("unknown UUID: the ioctl succeeds, out_len 16, size 0, retval 3 (unsupported)",
           lambda j, f: (j["out_len"], reply(j)[:2]) == (16, (0, 3)) or j),
])
case("rpc_get_count0", RPC % ("config", hx(get_feat(count=0))),
     [c_rc(1), c_errjson(22, EINVAL_CXL)])
# A write below its scope: the kernel says EINVAL, fwctl names the scope (4).
case("rpc_set_debug_ro", RPC % ("debug-ro", hx(set_feat(b"\1\2\3\4"))) + " --force",
     [c_rc(4), c_errjson(22, EINVAL_CXL + r".*needs scope debug-write")])
case("rpc_set_noforce", RPC % ("debug-write", hx(set_feat(b"\1\2\3\4"))),
     [c_rc(4), c_errjson(1, r"without --force")])
case("rpc_set_dry_run", RPC % ("debug-write", hx(set_feat(b"\1\2\3\4"))) + " --force --dry-run",
     [c_rc(0), c_json("dry run lists the RPC it did not send",
                      lambda j, f: j.get("dry_run") is True and len(j.get("rpcs", [])) == 1 or j)])
taint("taint_after_raw_refusals")

# The cxl plugin, against the mock's one feature.
CXL = "-j -d @MEM@ cxl "


def mock_feature(j, f):
    feats = j.get("features") or []
    if (j.get("supported_features"), len(feats)) != (1, 1):
        return "supported_features %r, %d entries" % (j.get("supported_features"), len(feats))
    e = feats[0]
    keys = ("uuid", "id", "get_size", "set_size", "flags_hex", "changeable",
            "default_selection", "saved_selection", "get_version", "set_version",
            "effects_hex", "effects", "kernel_exclusive", "set_scope")
    got = tuple(e.get(k) for k in keys)
    want = (MOCK_UUID, 0, 4, 4, "0x00000061", True, True, True, 1, 1, "0x0201",
            ["config_change_after_cold_reset", "effects_valid"], False, "debug-write")
    return got == want or "\n".join("%s: %r (want %r)" % (k, g, w)
                                     for k, g, w in zip(keys, got, want) if g != w)


def data_hex(want, selection=None):
    def check(j, f):
        got = (j.get("uuid"), j.get("size"), j.get("data_hex"), j.get("selection", selection))
        return got == (MOCK_UUID, 4, want, selection) or "uuid/size/data_hex/selection = %r" % (got,)
    return c_json("data_hex %s%s" % (want, ", selection %s" % selection if selection else ""), check)


case("cxl_features", CXL + "features", [
    c_rc(0), c_json("the mock's feature with every field decoded (sizes, flags, versions, "
                    "effects, set scope)", mock_feature)], plugin=True)
for sel in ("current", "default", "saved"):
    case("cxl_get_" + sel, CXL + "feature get %s --selection %s" % (MOCK_UUID, sel),
         [c_rc(0), data_hex("efbeadde", sel)], plugin=True)
case("cxl_get_by_name", CXL + "feature get vendor-test",
     [c_rc(0), data_hex("efbeadde", "current")], plugin=True)
case("cxl_set_noforce", CXL + "feature set %s --data-hex 11223344" % MOCK_UUID,
     [c_rc(4), c_json("JSON error kind permission",
                      lambda j, f: (j.get("error") or {}).get("kind") == "permission" or j),
      c_err(r"taint")], plugin=True)
taint("taint_after_set_noforce")
case("cxl_set_dry_run", CXL + "feature set %s --data-hex 11223344 --dry-run" % MOCK_UUID,
     [c_rc(0), c_json("dry run: nothing sent", lambda j, f: j.get("dry_run") is True or j)],
     plugin=True)
taint("taint_after_set_dry_run")
case("cxl_info_untainted", "-j -d @MEM@ info",
     [c_rc(0), c_json("info: no fwctl taint before the first write", taint_flag(False))],
     plugin=True)
case("cxl_set_force", CXL + "feature set %s --data-hex 11223344 --force" % MOCK_UUID,
     [c_rc(0), c_json("set answers the new data and scope debug-write",
                      lambda j, f: (j.get("data_hex"), j.get("scope")) == ("11223344", "debug-write")
                      or j)], diff=False, plugin=True)
taint("taint_after_set_force")
case("cxl_get_after_set", CXL + "feature get %s" % MOCK_UUID,
     [c_rc(0), data_hex("11223344", "current")], diff=False, plugin=True)
case("cxl_info_tainted", "-j -d @MEM@ info",
     [c_rc(0), c_json("info reports the fwctl taint", taint_flag(True))], diff=False, plugin=True)

# A write through the raw path: scope debug-write taints the kernel.
case("rpc_set_force", RPC % ("debug-write", hx(set_feat(b"\xa1\xb2\xc3\xd4"))) + " --force", [
    c_rc(0),
    c_json("Set Feature: out_len 16 (sizeof fwctl_rpc_cxl_out), size 0, retval 0",
           lambda j, f: (j["out_len"], reply(j)[:2]) == (16, (0, 0)) or j),
], diff=False)
taint("taint_after_raw_set")
case("rpc_get_after_set", RPC % ("config", hx(get_feat())),
     [c_rc(0), c_getfeat(b"\xa1\xb2\xc3\xd4")], diff=False)
case("info_tainted", "-j -d @DEV@ info",
     [c_rc(0), c_json("info reports the fwctl taint", taint_flag(True))], diff=False)

# Device removal while fwctl holds the device open (guest.sh: remove).
case("remove_during_rpc", "-j -d @LAST@ -o @TMP@/removed.bin rpc --scope config", [
    ("fwctl held the device open when it was unbound",
     lambda r, f: f.get("remove_held") == "yes" or f.get("remove_held")),
    c_rc(3),
    c_errjson(19, r"removed"),
    c_err(r"removed \(ENODEV\)|was removed"),
    ("no output file left behind", lambda r, f: f.get("remove_output") == "absent" or
     f.get("remove_tmpdir")),
    ("the device node is gone", lambda r, f: f.get("remove_node") == "absent"),
], kind="remove", diff=["--fault", "enodev,dev=@LAST@"])
case("list_after_remove", "-j list", [
    c_rc(0),
    c_json("the removed device is gone, the others stay",
           lambda j, f: sorted(d["name"] for d in j["devices"]) ==
           sorted(n for n in f["sysfs"] if n != f["last"][0]) or [d["name"] for d in j["devices"]]),
], diff=False)


# --- Steps for the guest ----------------------------------------------------------
def steps(plugin):
    for cid, kind, args, _diff, _checks, needs_plugin in CASES:
        if needs_plugin and not plugin:
            continue
        print("%s %s %s" % (kind, cid, args))


# --- Parsing the VM's records ------------------------------------------------------
def parse(path):
    recs, facts, sysfs, meta = {}, {}, {}, {"errors": []}
    cur = None
    with open(path, "rb") as fh:
        for raw in fh:
            line = raw.decode(errors="replace").rstrip("\r\n")
            if line.startswith("@@REC "):
                _, cid, rc = line.split()
                cur = [cid, int(rc), [], []]
            elif line.startswith("O ") and cur:
                cur[2].append(line[2:])
            elif line.startswith("E ") and cur:
                cur[3].append(line[2:])
            elif line.startswith("@@END ") and cur:
                recs[cur[0]] = Rec(cur[1], base64.b64decode("".join(cur[2])),
                                   base64.b64decode("".join(cur[3])))
                cur = None
            elif line.startswith("@@FACT sysfs "):
                _, _, name, mem, majmin, plat = line.split()
                sysfs[name] = (mem, majmin, plat)
            elif line.startswith("@@FACT "):
                parts = line.split(None, 2)
                key, val = parts[1], parts[2] if len(parts) > 2 else ""
                facts[key] = val.split() if key in ("first", "last") else val
            elif line.startswith("@@GUEST_ERR "):
                meta["errors"].append(line[12:])
            elif line.startswith("@@"):
                parts = line[2:].split(None, 1)
                meta[parts[0]] = parts[1] if len(parts) > 1 else ""
    facts["sysfs"] = sysfs
    return recs, facts, meta


# --- The differential test ----------------------------------------------------------
def mask(text, tmp):
    """What may differ between two machines: majors/minors, the scratch dir,
    taint bits other than fwctl's (the VM's out-of-tree modules)."""
    text = text.replace(tmp, "@TMP@")
    try:
        j = json.loads(text)
    except ValueError:
        return text
    def walk(o):
        if isinstance(o, dict):
            for k in list(o):
                if k in ("major", "minor"):
                    o[k] = "@N@"
                elif k == "kernel_taint" and isinstance(o[k], dict):
                    o[k] = {"fwctl": o[k].get("fwctl")}
                else:
                    walk(o[k])
        elif isinstance(o, list):
            for x in o:
                walk(x)
    walk(j)
    return json.dumps(j, indent=2, sort_keys=True)


def subst(args, facts, tmp):
    first, last = facts["first"], facts["last"]
    for k, v in (("@DEV@", first[0]), ("@MEM@", first[1]), ("@LASTMEM@", last[1]),
                 ("@LAST@", last[0]), ("@TMP@", tmp)):
        args = args.replace(k, v)
    return args


def emu_run(emu, fwctl, facts, cid, kind, args, extra):
    tmp = tempfile.mkdtemp(prefix="fwctl-vm-diff.")
    devs = []
    for name in sorted(facts["sysfs"], key=lambda n: int(n[5:])):
        # The VM's memN and its platform parent (cxl_mem.N / cxl_rcd.N): same sysfs shape.
        mem, _majmin, plat = facts["sysfs"][name]
        devs += ["--device", "cxl,profile=cxl-test,memdev=%s,platform=%s" % (mem, plat)]
    argv = subst(args, facts, tmp).split()
    stdin = subprocess.DEVNULL
    if kind == "remove":
        req = os.path.join(tmp, "req")
        with open(req, "wb") as fh:
            fh.write(get_sup())
        argv += ["--in", req]
    extra = [subst(x, facts, tmp) for x in extra]
    p = subprocess.run([emu] + devs + extra + ["--", fwctl] + argv, stdin=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    left = sorted(os.listdir(tmp))
    subprocess.run(["rm", "-rf", tmp])
    return Rec(p.returncode, p.stdout, p.stderr), tmp, left


# --- Main -----------------------------------------------------------------------------
def check(records, fwctl, emu):
    recs, facts, meta = parse(records)
    passed = failed = skipped = 0
    n = 0

    def result(ok, desc, detail=None):
        nonlocal n, passed, failed
        n += 1
        if ok:
            passed += 1
            print("ok %d - %s" % (n, desc))
        else:
            failed += 1
            print("not ok %d - %s" % (n, desc))
            for line in str(detail).splitlines()[:40]:
                print("#   " + line)

    result("DONE" in meta, "the VM ran every step and powered off",
           "last records: %s; guest errors: %s" % (list(recs)[-3:], meta["errors"][-5:]))
    if not facts["sysfs"]:
        result(False, "the VM has fwctl devices", meta)
        print("%d passed, %d failed" % (passed, failed))
        return 1
    plugin = "cxl_features" in recs
    for cid, kind, args, diff, checks, needs_plugin in CASES:
        if needs_plugin and not plugin:
            skipped += 1
            print("ok %d - %s # SKIP fwctl has no cxl plugin commands" % (n + 1, cid))
            n += 1
            continue
        if kind == "taint":
            continue
        r = recs.get(cid)
        if r is None:
            result(False, "%s: recorded" % cid, "no record from the VM")
            continue
        for desc, fn in checks:
            try:
                ok = fn(r, facts)
            except Exception as e:  # a malformed answer fails the check
                ok = "%s: %s" % (type(e).__name__, e)
            result(ok is True, "%s: %s" % (cid, desc),
                   "%s\nrc=%d\nstdout: %s\nstderr: %s" % (ok, r.rc, r.text[:1500], r.stderr[:500]))
    # Taint readings between the steps.
    taint_expect = [("taint_start", False), ("taint_after_raw_refusals", False)]
    if plugin:
        taint_expect += [("taint_after_set_noforce", False), ("taint_after_set_dry_run", False),
                         ("taint_after_set_force", True)]
    taint_expect += [("taint_after_raw_set", True)]
    for fact, want in taint_expect:
        desc, fn = c_taint(fact, want)
        ok = fn(None, facts)
        result(ok is True, desc, ok)

    ndiff = 0
    if emu:
        for cid, kind, args, diff, checks, needs_plugin in CASES:
            if not diff or kind == "taint" or (needs_plugin and not plugin) or cid not in recs:
                continue
            extra = diff if isinstance(diff, list) else []
            vm = recs[cid]
            er, tmp, left = emu_run(emu, fwctl, facts, cid, kind, args, extra)
            ndiff += 1
            a = ("rc=%d\n%s\n--- stderr\n%s" % (vm.rc, mask(vm.text, "/tmp/vm"), vm.stderr))
            b = ("rc=%d\n%s\n--- stderr\n%s" % (er.rc, mask(er.text, tmp), er.stderr.replace(tmp, "@TMP@")))
            if a == b:
                result(True, "diff %s: VM and fwctl-emu agree" % cid)
            else:
                import difflib
                d = "\n".join(difflib.unified_diff(a.splitlines(), b.splitlines(),
                                                   "vm", "fwctl-emu", lineterm="", n=2))
                result(False, "diff %s: VM and fwctl-emu agree" % cid, d)
    print("%d passed, %d failed%s (in-VM checks and %d differential comparisons)" %
          (passed, failed, ", %d skipped" % skipped if skipped else "", ndiff))
    return 1 if failed else 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "steps":
        steps("--no-cxl-plugin" not in argv)
        return 0
    if len(argv) >= 4 and argv[1] == "check":
        return check(argv[2], argv[3], argv[4] if len(argv) > 4 else None)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
