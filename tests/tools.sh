#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-only
#
# The tools of src/ in a private network namespace: lists, adds, deletes
# and a monitor on a small fixture, then a table of bad invocations (exit
# code and first line of output each), after which the kernel must hold
# exactly what it held before.  Needs root; skipped (77) without.

set -u
srcdir=${top_srcdir:-.}
b=${top_builddir:-.}
b=$(cd "$b" && pwd)

[ "$(id -u)" = 0 ] || { echo "SKIP: needs root"; exit 77; }
command -v ip >/dev/null && command -v tc >/dev/null ||
	{ echo "SKIP: needs ip and tc"; exit 77; }
if [ -z "${CHECK_TOOLS_NETNS:-}" ]; then
	unshare -n true 2>/dev/null || { echo "SKIP: no unshare -n"; exit 77; }
	CHECK_TOOLS_NETNS=1 exec unshare -n "$0" "$@"
fi

# This build's CLI modules and config files, not the system's.
mods=$(mktemp -d) || exit 1
trap 'rm -rf "$mods"' EXIT
mkdir -p "$mods/cli/qdisc" "$mods/cli/cls"
for k in qdisc cls; do
	for f in "$b"/lib/cli/$k/.libs/*.so; do
		[ -e "$f" ] && ln -s "$f" "$mods/cli/$k/"
	done
done
export NLCLI_MODULE_PATH="$mods" NLSYSCONFDIR="$srcdir/etc"
export PATH="$b/src:$PATH"

set -e
# no duplicate address detection: link-local addresses are final at once
sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 ||
	true
ip link set lo up
ip link add veth0 address 02:00:00:00:01:00 type veth peer name veth1 \
	address 02:00:00:00:01:01
ip link add br0 address 02:00:00:00:02:00 type bridge
ip link set veth1 master br0
for l in veth0 veth1 br0; do ip link set $l up; done
ip addr add 10.1.0.1/24 dev veth0
ip route add 192.168.50.0/24 via 10.1.0.254 dev veth0
ip neigh add 10.1.0.254 lladdr 02:00:00:00:00:fe dev veth0 nud permanent
tc qdisc add dev veth0 root handle 1: htb default 10
set +e
# the links' IPv6 link-local addresses and routes come when each link has
# its carrier (the bridge's a little after its port): wait for all three
for i in $(seq 100); do
	[ "$(ip -6 -o addr show scope link | grep -vc tentative)" -ge 3 ] && break
	sleep 0.1
done

fail=0 n=0
# expect NAME RC EXPECTED-OUTPUT COMMAND...: output is stdout and stderr
expect() {
	name=$1 rc=$2 want=$3
	shift 3
	n=$((n + 1))
	got=$("$@" 2>&1)
	grc=$?
	if [ "$grc" != "$rc" ] || [ "$got" != "$want" ]; then
		echo "FAIL $n $name: exit $grc (want $rc)"
		printf '%s\n' "$got" | head -5 | sed 's/^/  got | /'
		printf '%s\n' "$want" | head -5 | sed 's/^/  want| /'
		fail=$((fail + 1))
	else
		echo "ok   $n $name"
	fi
}

state() {
	{ ip -o link show; ip -o addr show; ip route show table all
	ip -4 neigh show nud permanent; tc qdisc show; tc class show dev veth0
	tc class show dev br0; } | sed -E "s/direct_packets_stat [0-9]+//"
}

expect name2ifindex 0 1 nl-link-name2ifindex lo
expect ifindex2name 0 lo nl-link-ifindex2name 1
expect link-list 0 "veth0 ether 02:00:00:00:01:00 <broadcast,multicast,up,running,lowerup> slave-of veth1 group 0 " \
	nl-link-list --name veth0
expect link-list-details 0 ok sh -c 'nl-link-list --details >/dev/null && echo ok'
expect tctree-list 0 ok sh -c 'nl-tctree-list >/dev/null && echo ok'

expect addr-add 0 "inet 10.3.0.1/24" sh -c \
	'nl-addr-add -q --dev veth0 --local 10.3.0.1/24 &&
	 ip -4 -o addr show veth0 | grep -o "inet 10.3.0.1/24"'
expect addr-list 0 "10.3.0.1/24 inet dev veth0 scope global <permanent>" \
	sh -c 'nl-addr-list --dev veth0 --family inet | grep 10.3.0.1'
expect addr-delete 0 "Deleted 10.3.0.1/24 inet dev veth0 scope global <permanent>
Deleted 1 addresses" \
	nl-addr-delete --dev veth0 --local 10.3.0.1/24
expect addr-gone 0 "" sh -c 'ip -4 -o addr show veth0 | grep 10.3.0.1; true'

expect route-add 0 "198.51.100.0/24 via 10.1.0.254 dev veth0 proto static " sh -c \
	'nl-route-add -q --dst 198.51.100.0/24 --nexthop dev=veth0,via=10.1.0.254 &&
	 ip route show 198.51.100.0/24'
expect route-get 0 "inet cache 192.168.50.3 type unicast" sh -c \
	'nl-route-get 192.168.50.3 | head -1 | sed "s/ *\$//"'
expect route-delete 0 "" sh -c \
	'nl-route-delete -q --dst 198.51.100.0/24 && ip route show 198.51.100.0/24'

expect neigh-add 0 "10.1.0.77 dev veth0 lladdr 02:00:00:00:00:77 PERMANENT " sh -c \
	'nl-neigh-add -q --addr 10.1.0.77 --lladdr 02:00:00:00:00:77 --dev veth0 &&
	 ip neigh show 10.1.0.77'
expect neigh-list 0 "inet 10.1.0.77 dev veth0 lladdr 02:00:00:00:00:77 <permanent>" \
	sh -c 'nl-neigh-list --dev veth0 --addr 10.1.0.77'
expect neigh-delete 0 "" sh -c \
	'nl-neigh-delete -q --addr 10.1.0.77 --dev veth0 && ip neigh show 10.1.0.77'

expect tc-add 0 "qdisc htb 2: root refcnt 2 r2q 10 default 0x14 direct_packets_stat 0 direct_qlen 1000
class htb 2:20 root prio 0 rate 5Mbit ceil 10Mbit burst 1500b cburst 1500b " sh -c \
	'nl-qdisc-add -q --dev br0 --parent root --id 2: htb --default 20 &&
	 nl-class-add -q --dev br0 --parent 2: --id 2:20 htb --rate 5mbit --ceil 10mbit &&
	 tc qdisc show dev br0 | grep htb |
	 sed "s/direct_packets_stat [0-9]*/direct_packets_stat 0/"
	 tc class show dev br0'
expect tc-delete 0 "" sh -c \
	'nl-class-delete -q --dev br0 --id 2:20 && nl-qdisc-delete -q --dev br0 --id 2: &&
	 tc class show dev br0; tc qdisc show dev br0 | grep htb; true'

# A monitor sees a veth pair appear (Debian's 3.7 crashes on it).
expect monitor 124 ok sh -c \
	'timeout 2 nl-monitor link > "'"$mods"'/mon" 2>&1 & sleep 0.5
	 ip link add vm0 type veth peer name vm1; wait $!; rc=$?
	 ip link del vm0; grep -q "^vm1 " "'"$mods"'/mon" && grep -q "^vm0 " "'"$mods"'/mon" && echo ok; exit $rc'

# Bad invocations: exit code, first line, nothing left in the kernel.
before=$(state)
while IFS='|' read -r rc want cmd; do
	case "$rc" in ''|'#'*) continue;; esac
	n=$((n + 1))
	out=$(sh -c "$cmd" 2>&1)
	grc=$?
	got=$(printf '%s\n' "$out" | head -1)
	if [ "$grc" != "$rc" ] || [ "$got" != "$want" ]; then
		echo "FAIL $n $cmd: exit $grc (want $rc)"
		echo "  got | $got"
		echo "  want| $want"
		fail=$((fail + 1))
	else
		echo "ok   $n $cmd"
	fi
done <<'TABLE'
1|nl-link-list: unrecognized option '--bogus'|nl-link-list --bogus
1|nl-link-list: option '--name' requires an argument|nl-link-list --name
34|Error: Value "99999999999" of --mtu is out of range (0-4294967295).|nl-link-list --mtu 99999999999
22|Error: Unable to translate address family "nosuch"|nl-link-list --family nosuch
2|Error: Link "nosuch0" does not exist|nl-link-set --name nosuch0 --mtu 1400
22|Error: Unable to parse "abc", not a number.|nl-link-set --name veth0 --mtu abc
2|Error: Interface "nosuch0" does not exist|nl-link-name2ifindex nosuch0
2|Error: Interface index 9999 does not exist|nl-link-ifindex2name 9999
22|Error: Unable to parse "abc", not a number.|nl-link-ifindex2name abc
19|Error: Unable to parse address "10.300.0.1/24": Invalid address for specified address family|nl-addr-add --dev veth0 --local 10.300.0.1/24
2|Error: Link "nosuch0" does not exist|nl-addr-add --dev nosuch0 --local 10.3.0.1/24
8|Error: Prefix length of "10.3.0.1/40" is out of range (0-32).|nl-addr-add --dev veth0 --local 10.3.0.1/40
7|nl-addr-add: option '--local' requires an argument|nl-addr-add --local
1|nl-addr-delete: unrecognized option '--bogus'|nl-addr-delete --bogus
2|Error: Link "nosuch0" does not exist|nl-route-add --dst 198.51.100.0/24 --nexthop dev=nosuch0
34|Error: Value "99999999999" of --table is out of range (0-4294967295).|nl-route-add --dst 198.51.100.0/24 --table 99999999999
19|Error: Unable to parse address "bogus": Invalid address for specified address family|nl-route-add --dst bogus --nexthop dev=veth0
1|Usage: nl-route-get <addr>|nl-route-get
19|Error: Unable to parse address "bogus": Invalid address for specified address family|nl-route-get bogus
22|Error: Unable to translate address family "nosuch"|nl-route-list --family nosuch
2|Error: Link "nosuch0" does not exist|nl-neigh-add --addr 10.1.0.77 --lladdr 02:00:00:00:00:77 --dev nosuch0
19|Error: Unable to parse address "zz": Invalid address for specified address family|nl-neigh-add --addr 10.1.0.77 --lladdr zz --dev veth0
12|Error: Unable to translate state "nosuch": Object not found|nl-neigh-list --state nosuch
2|Error: Unknown qdisc "nosuchkind"|nl-qdisc-add --dev veth0 --parent root nosuchkind
2|Error: Link "nosuch0" does not exist.|nl-qdisc-add --dev nosuch0 --parent root pfifo
34|Error: Value "99999999999" is out of range (0-2147483647).|nl-qdisc-add --dev br0 --parent root --id 3: pfifo --limit 99999999999
22|nl-qdisc-delete: unrecognized option '--bogus'|nl-qdisc-delete --bogus
7|Error: Unable to parse htb rate "bogus": Invalid format.|nl-class-add --dev veth0 --parent 1: --id 1:30 htb --rate bogus
2|Error: Link "nosuch0" does not exist.|nl-class-delete --dev nosuch0
22|nl-cls-add: unrecognized option '--bogus'|nl-cls-add --dev veth0 --parent 1: basic --bogus
2|Error: Link "nosuch0" does not exist.|nl-cls-list --dev nosuch0
1|Usage: nl-fib-lookup [options] <addr>|nl-fib-lookup
19|Error: Unable to parse address "bogus": Invalid address for specified address family|nl-fib-lookup bogus
34|Error: Value "300" of --table is out of range (0-255).|nl-fib-lookup --table 300 10.1.0.1
1|Usage: nl-classid-lookup [OPTIONS]... NAME|nl-classid-lookup
12|Error: Unable to lookup classid "nosuchname": Object not found|nl-classid-lookup nosuchname
12|Error: Unable to lookup packet location: Object not found|nl-pktloc-lookup nosuch.loc
255|Usage: nl-util-addr <address>|nl-util-addr
19|Error: Unable to parse address "bogus": Invalid address for specified address family|nl-util-addr bogus
1|Usage: nl-link-enslave master slave|nl-link-enslave br0
1|Unknown link: nosuch0|nl-link-enslave br0 nosuch0
1|Unknown link: nosuch0|nl-link-release nosuch0
1|nl-monitor: unrecognized option '--bogus'|nl-monitor nosuchgroup --bogus
34|Error: Value "99999" of --orig-sport is out of range (0-65535).|nf-ct-add --orig-sport 99999
7|nf-ct-list: unrecognized option '--bogus'|nf-ct-list --bogus
22|Error: Unable to parse "abc", not a number.|nf-exp-list --id abc
2|Usage: nf-log family group [ copy_mode ] [copy_range] |nf-log
2|Usage: nf-queue family group [ copy_mode ] [ copy_range ]|nf-queue
1|genl-ctrl-list: unrecognized option '--bogus'|genl-ctrl-list --bogus
7|idiag-socket-details: unrecognized option '--bogus'|idiag-socket-details --bogus
1|nl-tctree-list: unrecognized option '--bogus'|nl-tctree-list --bogus
22|Error: Unable to translate address family "nosuch"|nl-rule-list --family nosuch
1|nl-nh-list: unrecognized option '--bogus'|nl-nh-list --bogus
22|Error: Unable to parse "abc", not a number.|nl-nh-list --id abc
2|Error: Interface index 999 does not exist|nl-link-set --index 999 --mtu 1400
34|Error: Value "99999999999" is out of range (0-4294967295).|nl-qdisc-add --dev br0 --parent root --id 3: htb --r2q 99999999999
2|Error: Link "nosuch0" does not exist.|nl-class-add --dev nosuch0 --parent 1: --id 1:30 htb --rate 1mbit
2|Error: Unknown classifier "nosuchcls".|nl-cls-add --dev veth0 --parent 1: nosuchcls
19|Error: Unable to parse address "bogus": Invalid address for specified address family|nl-route-add --dst 198.51.100.0/24 --nexthop dev=veth0,via=bogus
34|Error: Value "99999999999" of --priority is out of range (0-4294967295).|nl-route-add --dst 198.51.100.0/24 --nexthop dev=veth0 --priority 99999999999
2|Error: Link "nosuch0" does not exist|nl-neigh-delete --addr 10.1.0.254 --dev nosuch0
2|Error: Link "nosuch0" does not exist|nl-addr-delete --dev nosuch0
34|Error: Link name "0123456789abcdefXYZ" too long, must not exceed 15 in length.|nl-link-set --name veth0 --rename 0123456789abcdefXYZ
22|Error: Unknown address scope "nosuch"|nl-addr-add --dev veth0 --local 10.3.0.1/24 --scope nosuch
22|Error: Unknown routing scope "nosuch"|nl-route-add --dst 198.51.100.0/24 --nexthop dev=veth0 --scope nosuch
22|Error: Unknown routing type "nosuch"|nl-route-add --dst 198.51.100.0/24 --nexthop dev=veth0 --type nosuch
22|Error: Unknown table name "nosuch"|nl-route-add --dst 198.51.100.0/24 --nexthop dev=veth0 --table nosuch
TABLE
n=$((n + 1))
if [ "$(state)" != "$before" ]; then
	echo "FAIL $n the bad invocations changed the kernel's state:"
	printf '%s\n' "$before" > "$mods/before"
	state | diff "$mods/before" - | head -10
	fail=$((fail + 1))
else
	echo "ok   $n the bad invocations left the kernel as it was"
fi

echo "tools: $((n - fail)) of $n passed"
[ $fail = 0 ]
