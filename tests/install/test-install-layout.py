#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The install layout: `meson install --destdir` of this build directory,
compared with manifest.txt.  Every listed file must be installed where the
list says, nothing else may be, and a line whose condition does not hold
must not be installed either.  The directories are worked out here, not
taken from meson: bash-completion's completionsdir from its pkg-config
(datadir moved under the prefix), zsh's site-functions, fish's
vendor_completions.d, unless the build set -Dzshcompletiondir /
-Dfishcompletiondir.  TAP output.

    test-install-layout.py BUILDDIR FWCTL MANIFEST
"""
import fnmatch
import json
import os
import shutil
import subprocess
import sys
import tempfile

n = failed = 0


def ok(cond, desc, detail=()):
    global n, failed
    n += 1
    print("%s %d - %s" % ("ok" if cond else "not ok", n, desc))
    if not cond:
        failed += 1
        for d in detail:
            print("# " + d)


def pkgconfig_dir(pkg, datadir):
    """PKG's completionsdir with its datadir under our prefix, or None."""
    try:
        r = subprocess.run(["pkg-config", "--define-variable=datadir=" + datadir,
                            "--variable=completionsdir", pkg],
                           capture_output=True, text=True)
    except FileNotFoundError:
        return None
    return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else None


def directories(builddir):
    opts = {o["name"]: o["value"] for o in json.loads(subprocess.run(
        ["meson", "introspect", "--buildoptions", builddir],
        check=True, capture_output=True, text=True).stdout)}
    prefix = opts["prefix"]

    def under(v):
        return os.path.normpath(os.path.join(prefix, v))
    datadir = under(opts["datadir"])
    return {
        "sbindir": under(opts["sbindir"]),
        "mandir": under(opts["mandir"]),
        "docdir": os.path.join(datadir, "doc", "fwctl"),
        "bashcompletionsdir": pkgconfig_dir("bash-completion", datadir)
        or os.path.join(datadir, "bash-completion", "completions"),
        "zshcompletiondir": under(opts["zshcompletiondir"]) if opts["zshcompletiondir"]
        else os.path.join(datadir, "zsh", "site-functions"),
        "fishcompletionsdir": under(opts["fishcompletiondir"]) if opts["fishcompletiondir"]
        else pkgconfig_dir("fish", datadir)
        or os.path.join(datadir, "fish", "vendor_completions.d"),
    }


def conditions(fwctl):
    v = json.loads(subprocess.run([fwctl, "version", "-j"], check=True,
                                  capture_output=True, text=True).stdout)
    b = v["build_options"]
    have = {"plugin:" + p for p in v["plugins"]}
    if b["docs"] == "enabled":
        have.add("docs")
    if b["sos_plugin"] == "true":
        have.add("sos_plugin")
    return have


def manifest(path, dirs):
    """[(pattern, conditions, line number)]"""
    out = []
    for no, line in enumerate(open(path), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        pat, *conds = line.split()
        for k, v in dirs.items():
            pat = pat.replace("${%s}" % k, v)
        if "${" in pat:
            sys.exit("manifest.txt:%d: unknown variable in %s" % (no, pat))
        out.append((pat, set(conds), no))
    return out


def installed_files(builddir, destdir):
    r = subprocess.run(["meson", "install", "-C", builddir, "--destdir", destdir,
                        "--no-rebuild", "--quiet"], capture_output=True, text=True)
    ok(r.returncode == 0, "meson install --destdir", r.stdout.splitlines()[-20:]
       + r.stderr.splitlines()[-20:])
    files = set()
    for root, dnames, fnames in os.walk(destdir):
        for f in fnames + [d for d in dnames if os.path.islink(os.path.join(root, d))]:
            files.add("/" + os.path.relpath(os.path.join(root, f), destdir))
    return files


def main():
    builddir, fwctl, manifest_path = sys.argv[1:4]
    dirs = directories(builddir)
    have = conditions(fwctl)
    print("# directories: " + json.dumps(dirs, sort_keys=True))
    print("# conditions that hold: " + " ".join(sorted(have)))
    destdir = tempfile.mkdtemp(prefix="fwctl-install.")
    try:
        files = installed_files(builddir, destdir)
        listed = set()
        for pat, conds, no in manifest(manifest_path, dirs):
            hits = {f for f in files if fnmatch.fnmatchcase(f, pat)}
            listed |= hits
            if conds <= have:
                ok(hits, "installed: %s" % pat, ["manifest.txt:%d, not in the install" % no])
            else:
                ok(not hits, "not installed (needs %s): %s" % (" ".join(sorted(conds - have)), pat),
                   ["manifest.txt:%d: installed although its condition does not hold" % no])
        extra = sorted(files - listed)
        ok(not extra, "every installed file is in manifest.txt",
           ["installed, not listed: %s" % f for f in extra])
        exe = os.path.join(destdir, dirs["sbindir"].lstrip("/"), "fwctl")
        ok(os.access(exe, os.X_OK), "the installed fwctl is executable")
        r = subprocess.run([exe, "--version"], capture_output=True, text=True)
        ok(r.returncode == 0 and r.stdout.startswith("fwctl "),
           "the installed fwctl runs (--version)", [r.stdout, r.stderr])
    finally:
        shutil.rmtree(destdir, ignore_errors=True)
    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
