# SPDX-License-Identifier: GPL-2.0-or-later
# Every object of `fwctl mlx5 query --list` with the arguments that name an
# instance the emulated firmware holds (tests/emu/drivers/mlx5/fw_objects.c),
# and the scope index its RPC must use (0 config, 1 debug-ro).
#   name | arguments | scope
OBJECTS=(
	"qp|--id 0x100|1"
	"dct|--id 0x500|1"
	"cq|--id 0x40|1"
	"eq|--id 7|1"
	"sq|--id 0x200|1"
	"rq|--id 0x300|1"
	"srq|--id 0x20|1"
	"xrq|--id 0x21|1"
	"xrc_srq|--id 0x22|1"
	"rmp|--id 0x23|1"
	"tir|--id 0x10|1"
	"tis|--id 0x12|1"
	"rqt|--id 0x11|1"
	"mkey|--id 5|1"
	"q_counter|--id 1|1"
	"vport_state||1"
	"nic_vport_context||1"
	"esw_vport_context|--other-vport 1|1"
	"hca_vport_context||0"
	"vport_counter||1"
	"vnic_env||1"
	"flow_table|--id 1|1"
	"flow_group|--id 0 table_id=1|1"
	"flow_table_entry|--id 0 table_id=1|1"
	"cong_status|priority=3|1"
	"cong_params||1"
	"cong_statistics||1"
	"special_contexts||1"
	"issi||1"
	"lag||1"
	"esw_functions||0"
	"pages|--op-mod 2|1"
)
