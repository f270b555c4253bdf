# SPDX-License-Identifier: GPL-2.0-or-later
"""contrib/sos/fwctl.py against a stub of sos's plugin API, in both option
styles (sos >= 4.3 PluginOpt, older tuples).  The CLI test
tests/cli/report/test-sos-plugin.sh runs it in the real sos; this one
checks the commands it asks for where sos is not installed, and the
PluginOpt path that Debian 12's sos 4.0 cannot exercise."""
import importlib.util
import sys
import types

PLUGIN = sys.argv[1]
failures = 0
count = 0


def check(cond, what):
    global failures, count
    count += 1
    print(("ok %d - " % count if cond else "not ok %d - " % count) + what)
    if not cond:
        failures += 1


def stub_sos(with_pluginopt):
    """A minimal sos.report.plugins: records what the plugin asks for."""
    mod = types.ModuleType('sos.report.plugins')

    class Plugin:
        def __init__(self, options):
            self._options = options
            self.cmds = []
            self.copies = []

        def get_option(self, name, default=0):
            return self._options.get(name, default)

        def add_cmd_output(self, cmd, **kw):
            self.cmds.append((cmd, kw))

        def add_copy_spec(self, spec):
            self.copies.append(spec)

        def get_cmd_output_path(self, name=None, make=True):
            return '/archive/sos_commands/fwctl' + ('/' + name if name else '')

    for tag in ('IndependentPlugin', 'RedHatPlugin', 'DebianPlugin', 'UbuntuPlugin'):
        setattr(mod, tag, type(tag, (), {}))
    mod.Plugin = Plugin
    if with_pluginopt:
        class PluginOpt:
            def __init__(self, name, default=None, desc=''):
                self.name, self.default, self.desc = name, default, desc
        mod.PluginOpt = PluginOpt
    for name in ('sos', 'sos.report'):
        sys.modules[name] = types.ModuleType(name)
    sys.modules['sos.report.plugins'] = mod
    return mod


def load(with_pluginopt):
    stub_sos(with_pluginopt)
    spec = importlib.util.spec_from_file_location('fwctl_sos_plugin', PLUGIN)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


for flavour in (True, False):
    tag = 'PluginOpt' if flavour else 'tuple options'
    m = load(flavour)
    cls = m.Fwctl
    names = [o.name if flavour else o[0] for o in cls.option_list]
    check(names == ['device-timeout', 'coredump'], tag + ': options declared')
    check(cls.plugin_name == 'fwctl' and 'fwctl' in cls.commands, tag + ': name, enabled by the command')
    check(issubclass(cls, sys.modules['sos.report.plugins'].DebianPlugin), tag + ': loads under Debian policies')

    p = cls({'device-timeout': 7, 'coredump': False})
    p.setup()
    cmds = [c for c, _ in p.cmds]
    check(cmds[0] == 'fwctl report -j --timeout-per-device 7', tag + ': fwctl report -j with the timeout')
    check(p.cmds[0][1].get('suggest_filename') == 'fwctl_report.json' and p.cmds[0][1].get('stderr') is False,
          tag + ': JSON kept apart from stderr')
    check(any(c == 'fwctl report --timeout-per-device 7' for c in cmds), tag + ': text summary')
    check(not any('coredump' in c for c in cmds), tag + ': no coredump unless asked')

    p = cls({'device-timeout': 'junk', 'coredump': True})
    p.setup()
    cmds = [c for c, _ in p.cmds]
    check(cmds[0].endswith('--timeout-per-device 30'), tag + ': a bad timeout falls back to 30')
    dump = [(c, kw) for c, kw in p.cmds if '--include coredump' in c]
    check(len(dump) == 1 and dump[0][0].endswith('-o /archive/sos_commands/fwctl/coredump/fwctl_report.tar'),
          tag + ': coredump archive inside the plugin directory')
    check(dump and '--timeout-per-device 600' in dump[0][0] and dump[0][1]['timeout'] >= 600,
          tag + ': the coredump gets a longer budget')

print('1..%d' % count)
sys.exit(1 if failures else 0)
