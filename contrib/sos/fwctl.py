# SPDX-License-Identifier: GPL-2.0-or-later
# sos report plugin for fwctl: collects `fwctl report -j`, the whole
# machine's fwctl devices (identity, firmware data read at the lowest
# scopes, the kernel's fwctl taint) as one JSON document.  Installed into
# sos's plugin directory by meson with -Dsos_plugin=true.
#
# `fwctl report` exits 1 when some device could not be read; its JSON is
# still complete (those devices carry an "error" object), so sos keeps the
# output whatever the exit code.

from sos.report.plugins import (Plugin, IndependentPlugin, RedHatPlugin,
                                DebianPlugin, UbuntuPlugin)

try:  # sos >= 4.3 declares options with PluginOpt
    from sos.report.plugins import PluginOpt
except ImportError:  # older sos (Debian 12 ships 4.0): tuples
    PluginOpt = None


def _opt(name, default, desc):
    if PluginOpt is not None:
        return PluginOpt(name, default=default, desc=desc)
    return (name, desc, 'fast', default)


# The distribution tags as well as IndependentPlugin: sos 4.0's Debian policy
# loads only DebianPlugin classes.
class Fwctl(Plugin, RedHatPlugin, DebianPlugin, UbuntuPlugin, IndependentPlugin):

    short_desc = 'Linux fwctl devices (firmware control): fwctl report'
    plugin_name = 'fwctl'
    profiles = ('hardware', 'system')
    # Enabled where the tool is installed or the kernel has fwctl devices.
    commands = ('fwctl',)
    files = ('/sys/class/fwctl',)

    option_list = [
        _opt('device-timeout', 30,
             'seconds fwctl report may spend on each device'),
        _opt('coredump', False,
             'also collect a coredump of every mlx5 device (large, slow)'),
    ]

    def setup(self):
        try:
            per_dev = float(self.get_option('device-timeout'))
        except (TypeError, ValueError):
            per_dev = 30.0
        if per_dev <= 0:
            per_dev = 30.0
        args = '--timeout-per-device %g' % per_dev
        # stderr apart: the file must stay one JSON document.
        self.add_cmd_output('fwctl report -j %s' % args,
                            suggest_filename='fwctl_report.json',
                            stderr=False, tags='fwctl_report')
        # The readable summary, with fwctl's messages, for a quick look.
        self.add_cmd_output('fwctl report %s' % args,
                            suggest_filename='fwctl_report.txt')
        if self.get_option('coredump'):
            # fwctl writes the archive itself (atomically) into the
            # plugin's directory of the sos archive.
            # A CR-space dump is tens of thousands of RPCs: at least 600 s
            # per device, and sos waits for a few devices' worth.
            dump_s = max(per_dev, 600.0)
            path = self.get_cmd_output_path(name='coredump')
            self.add_cmd_output('fwctl report --include coredump '
                                '--timeout-per-device %g -o %s'
                                % (dump_s, path + '/fwctl_report.tar'),
                                suggest_filename='fwctl_report_tar.log',
                                timeout=int(dump_s * 8))
        self.add_copy_spec('/sys/class/fwctl/*/dev')

# vim: set et ts=4 sw=4 :
