#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Independent check of a bnxt coredump file.

Written from shared/bnxt-dma-abi.md section 4 (the format `ethtool -w DEV
data FILE` writes for live dumps), not from the tool's code:

  1. a 64-byte segment header (component 2, segment 0, length 176), then
     the 176-byte HWRM_VER_GET response;
  2. per firmware segment a 64-byte header, then `length` bytes;
  3. a 1024-byte record with signature "cOrE";
  4. zero padding up to the DBG_QCFG coredump size + 64 + 176 + 1024.

Usage: check-bnxt-coredump.py FILE [--size N]
Prints one JSON object: the parsed headers (with each segment's sha256),
the record, and "errors" (a list of what does not hold; empty = valid).
"""
import hashlib
import json
import struct
import sys

SEG_HDR = 64
VER_GET = 176
RECORD = 1024

# Segment header: sEgM @0, component_id @4, segment_id @8, flags @12 (u32),
# low_version @16, high_version @17 (u8), function_id @18 (u16), offset
# @20, length @24, status @28 (signed), duration @32, data_offset @36,
# instance @40 (u32), 20 reserved bytes @44.
HDR_FMT = "<4sIIIBBHIIiIII20s"
assert struct.calcsize(HDR_FMT) == SEG_HDR


def parse_header(b, off):
    (sig, comp, seg, flags, lo, hi, fn, offset, length, status, dur, doff, inst,
     rsvd) = struct.unpack_from(HDR_FMT, b, off)
    return {"at": off, "signature": sig.decode("latin-1"), "component_id": comp,
            "segment_id": seg, "flags": flags, "low_version": lo, "high_version": hi,
            "function_id": fn, "offset": offset, "length": length, "status": status,
            "duration": dur, "data_offset": doff, "instance": inst,
            "reserved_zero": rsvd == bytes(20)}


def cstr(b):
    return b.split(b"\0", 1)[0].decode("latin-1")


def parse_record(b, off):
    u16 = lambda o: struct.unpack_from("<H", b, off + o)[0]
    u32 = lambda o: struct.unpack_from("<I", b, off + o)[0]
    i32 = lambda o: struct.unpack_from("<i", b, off + o)[0]
    return {
        "at": off, "signature": b[off:off + 4].decode("latin-1"), "flags": u32(4),
        "low_version": b[off + 8], "high_version": b[off + 9], "asic_state": b[off + 10],
        "system_name": cstr(b[off + 16:off + 48]),
        "start": [u16(48 + 2 * i) for i in range(6)], "utc_bias": u16(60),
        "commandline": cstr(b[off + 64:off + 320]), "total_segments": u32(320),
        "os_ver_major": u32(324), "os_ver_minor": u32(328),
        "os_name": cstr(b[off + 336:off + 368]),
        "end": [u16(368 + 2 * i) for i in range(6)], "end_utc_bias": u16(380),
        "asic_id1": u32(384), "asic_id2": u32(388), "coredump_status": i32(392),
        "ioctl_low_version": b[off + 396], "ioctl_high_version": b[off + 397],
        "reserved_zero": b[off + 398:off + RECORD] == bytes(RECORD - 398),
    }


def check(b, size):
    errors = []
    out = {"bytes": len(b), "segments": [], "errors": errors}
    if len(b) < SEG_HDR + VER_GET + RECORD:
        errors.append("file of %d bytes is shorter than the fixed parts" % len(b))
        return out
    h = parse_header(b, 0)
    out["ver_get"] = h
    if h["signature"] != "sEgM" or h["component_id"] != 2 or h["segment_id"] != 0 \
            or h["length"] != VER_GET or h["data_offset"] != SEG_HDR:
        errors.append("first segment is not the VER_GET segment: %r" % h)
    out["ver_get_chip_num"] = struct.unpack_from("<H", b, SEG_HDR + 112)[0]
    off = SEG_HDR + VER_GET
    while True:
        if off + 4 > len(b):
            errors.append("no coredump record before the end of the file")
            return out
        if b[off:off + 4] == b"cOrE":
            break
        if off + SEG_HDR > len(b):
            errors.append("segment header at %d runs past the end" % off)
            return out
        h = parse_header(b, off)
        if h["signature"] != "sEgM":
            errors.append("no segment signature at %d: %r" % (off, h["signature"]))
            return out
        if h["data_offset"] != SEG_HDR or h["offset"] != 0 or not h["reserved_zero"]:
            errors.append("segment header at %d: data_offset/offset/reserved wrong" % off)
        if h["status"] != 0 and h["length"] != 0:
            errors.append("failed segment at %d still has %d bytes" % (off, h["length"]))
        data = b[off + SEG_HDR:off + SEG_HDR + h["length"]]
        if len(data) != h["length"]:
            errors.append("segment at %d runs past the end of the file" % off)
            return out
        h["sha256"] = hashlib.sha256(data).hexdigest()
        out["segments"].append(h)
        off += SEG_HDR + h["length"]
    if off + RECORD > len(b):
        errors.append("coredump record at %d runs past the end" % off)
        return out
    r = parse_record(b, off)
    out["record"] = r
    if r["high_version"] != 1 or r["low_version"] != 0 or not r["reserved_zero"]:
        errors.append("record version or reserved bytes wrong")
    if r["total_segments"] != len(out["segments"]) + 1:
        errors.append("record says %d segments, the file has %d + 1"
                      % (r["total_segments"], len(out["segments"])))
    if not (1970 <= r["start"][0] <= 2200 and 1 <= r["start"][1] <= 12 and 1 <= r["start"][2] <= 31):
        errors.append("record start time is not a date: %r" % r["start"])
    if r["end"] < r["start"]:
        errors.append("record ends before it starts")
    fns = {s["function_id"] for s in out["segments"]} | {out["ver_get"]["function_id"]}
    if len(fns) != 1:
        errors.append("segments disagree on the function id: %r" % sorted(fns))
    tail = b[off + RECORD:]
    if tail != bytes(len(tail)):
        errors.append("bytes after the record are not zero padding")
    if size is not None and len(b) != size + SEG_HDR + VER_GET + RECORD:
        errors.append("file is %d bytes, DBG_QCFG size %d + 1264 = %d"
                      % (len(b), size, size + SEG_HDR + VER_GET + RECORD))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    size = int(argv[argv.index("--size") + 1]) if "--size" in argv else None
    with open(argv[1], "rb") as f:
        b = f.read()
    out = check(b, size)
    print(json.dumps(out, indent=1))
    return 1 if out["errors"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
