# fish completion for fwctl(8)
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Asks the binary at TAB time, as the bash completion does, so it cannot
# drift from the command table: fwctl --list-cmds, --list-plugins,
# fwctl [PLUGIN] CMD --list-opts, --list-values OPTION|positional, and
# device names from fwctl list -j.  A --catalog FILE already on the line
# is handed to those lookups as FWCTL_PDS_CATALOG.

function __fwctl_devices
    $argv[1] list -j 2>/dev/null | awk '
		/"(name|pci_address|memdev)": "/ {
			match($0, /: "[^"]*"/); print substr($0, RSTART + 3, RLENGTH - 4); next }
		/"(netdevs|rdma_devices)": \[/ { inarr = 1; if ($0 ~ /\]/) inarr = 0; next }
		inarr && /\]/ { inarr = 0; next }
		inarr { gsub(/[ ",]/, ""); if ($0 != "") print }'
end

# Options of [PLUGIN] CMD that take a value, without their "=".
function __fwctl_argopts
    $argv --list-opts 2>/dev/null | string match -- '*=' | string replace -r -- '=$' ''
end

function __fwctl_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l fwctl $words[1]
    set -l plugin
    set -l cmd
    set -l catalog
    set -l plugins ($fwctl --list-plugins 2>/dev/null)
    set -l argopts (__fwctl_argopts $fwctl)
    set -l prev
    set -l pos
    set -q words[2]; and set prev $words[-1]

    set -l i 2
    while test $i -le (count $words)
        set -l w $words[$i]
        switch $w
            case '--catalog=*'
                set catalog (string replace -- '--catalog=' '' $w)
            case '-*=*'
            case '-*'
                if contains -- $w $argopts
                    set i (math $i + 1)
                    test $w = --catalog; and set -q words[$i]; and set catalog $words[$i]
                end
            case '*'
                if test -z "$cmd" -a -z "$plugin"; and contains -- $w $plugins
                    set plugin $w
                else if test -z "$cmd"
                    set cmd $w
                    set argopts (__fwctl_argopts $fwctl $plugin $cmd)
                else
                    set -a pos $w
                end
        end
        set i (math $i + 1)
    end

    switch "$prev"
        case -d --device
            __fwctl_devices $fwctl
            return
        case -o --output --in --data --catalog
            __fish_complete_path $cur
            return
        case '-*'
            if contains -- $prev $argopts
                $fwctl $plugin $cmd --list-values (string replace -r -- '^--' '' $prev) 2>/dev/null
                return
            end
    end

    if string match -q -- '-*' $cur
        if test -n "$cmd"
            $fwctl $plugin $cmd --list-opts 2>/dev/null | string replace -r -- '=$' ''
        else
            $fwctl --list-opts 2>/dev/null | string replace -r -- '=$' ''
        end
    else if test -n "$plugin" -a -z "$cmd"
        $fwctl $plugin --list-cmds 2>/dev/null
    else if test -z "$cmd"
        $fwctl --list-cmds 2>/dev/null
    else
        # The line holds the catalogue path as typed: expand ~ for it.
        set catalog (string replace -r -- '^~' $HOME "$catalog")
        test -n "$catalog"; or set catalog "$FWCTL_PDS_CATALOG"
        FWCTL_PDS_CATALOG=$catalog $fwctl $plugin $cmd --list-values positional -- $pos 2>/dev/null
    end
end

complete -c fwctl -f -a '(__fwctl_complete)'
