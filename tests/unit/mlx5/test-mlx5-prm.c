// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * mlx5 PRM tables: every layout passes prm_layout_check(), every table's
 * total size equals the size of its structure in mlx5_ifc.h (numbers below
 * read off the header independently of the tables), and a few anchor
 * fields sit where shared/kernel-abi.md section 7 says; the module EEPROM
 * decoding of MCIA answers and of a whole page 0, and the reads that page
 * is split into.  TAP output.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "plugins/mlx5/mlx5_opcodes.h"
#include "plugins/mlx5/mlx5_prm.h"
#include "plugins/mlx5/module.h"

#include "../../tap.h"

/* MLX5_ST_SZ_BITS of each structure (capability pages are the 0x8000-bit
 * union for the flow-table types, 0x800 bits otherwise; debug_cap as the
 * upstream header sizes it). */
static const struct { const char *name; uint32_t bits; } ifc_sizes[] = {
	{ "cmd_hca_cap", 0x800 }, { "cmd_hca_cap_2", 0x800 },
	{ "per_protocol_networking_offload_caps", 0x800 }, { "odp_cap", 0x800 },
	{ "atomic_caps", 0x800 }, { "roce_cap", 0x800 }, { "flow_table_nic_cap", 0x8000 },
	{ "flow_table_eswitch_cap", 0x8000 }, { "e_switch_cap", 0x800 }, { "qos_cap", 0x800 },
	{ "debug_cap", 0x800 }, { "device_mem_cap", 0x800 }, { "tls_cap", 0x800 },
	{ "ipsec_cap", 0x800 }, { "crypto_cap", 0x800 }, { "macsec_cap", 0x800 },
	{ "port_selection_cap", 0x8000 }, { "adv_virtualization_cap", 0x800 },
	{ "paos_reg", 0x80 }, { "ptys_reg", 0x200 }, { "pmtu_reg", 0x80 }, { "mtmp_reg", 0x100 },
	{ "mcia_reg", 0x200 }, { "qcam_reg", 0x240 }, { "pcam_reg", 0x280 },
	{ "mcam_reg", 0x240 }, { "ppcnt_reg", 0x800 },
	{ "eth_802_3_cntrs_grp_data_layout", 0x7c0 }, { "eth_2863_cntrs_grp_data_layout", 0x7c0 },
	{ "eth_2819_cntrs_grp_data_layout", 0x7c0 }, { "eth_3635_cntrs_grp_data_layout", 0x7c0 },
	{ "eth_extended_cntrs_grp_data_layout", 0x7c0 },
	{ "eth_per_prio_grp_data_layout", 0x7c0 }, { "eth_per_tc_prio_grp_data_layout", 0x7c0 },
	{ "eth_per_tc_congest_prio_grp_data_layout", 0x7c0 }, { "phys_layer_cntrs", 0x7c0 },
	{ "phys_layer_statistical_cntrs", 0x7c0 }, { "ib_port_cntrs_grp_data_layout", 0x140 },
	{ "ib_ext_port_cntrs_grp_data_layout", 0x7c0 },
	{ "query_adapter_param_block", 0x800 }, { "diagnostic_params_context", 0xc0 },
	{ "diagnostic_cntr_struct", 0x80 }, { "diagnostic_cntr_layout", 0x20 },
	/* Not in mlx5_ifc.h: the PRM's reg_access_hca_mgir_ext is 0xa0 bytes. */
	{ "mgir_reg", 0x500 },
};

/*
 * MGIR fields where a second source puts them, in that source's notation:
 * the byte offset of an n-bit big-endian item in the register, the shift of
 * the field's lsb in it, the width (mlxsw's MLXSW_ITEMn, S/K in prm_mgir.c;
 * H/A's {dword, lsb, width} for the fields only the PRM databases have).
 * bit = 8 * byte + n - shift - width, plus the part's base in the table.
 */
static const struct {
	const struct prm_layout *part;
	uint32_t base;            /* the part's byte offset in MGIR */
	const char *field;
	uint32_t item, byte, shift, width;
} mgir_anchors[] = {
	{ &mlx5_prm_mgir_hw_info, 0x00, "device_hw_revision", 32, 0x00, 16, 16 },  /* K */
	{ &mlx5_prm_mgir_hw_info, 0x00, "device_id", 16, 0x02, 0, 16 },
	{ &mlx5_prm_mgir_hw_info, 0x00, "num_ports", 32, 0x04, 16, 12 },           /* H */
	{ &mlx5_prm_mgir_hw_info, 0x00, "technology", 8, 0x06, 3, 5 },
	{ &mlx5_prm_mgir_hw_info, 0x00, "pvs", 8, 0x07, 0, 5 },
	{ &mlx5_prm_mgir_hw_info, 0x00, "hw_dev_id", 16, 0x0a, 0, 16 },
	{ &mlx5_prm_mgir_hw_info, 0x00, "manufacturing_base_mac", 48, 0x12, 0, 48 },
	{ &mlx5_prm_mgir_hw_info, 0x00, "uptime", 32, 0x1c, 0, 32 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "dev_sc", 8, 0x20, 6, 1 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "string_tlv", 32, 0x20, 28, 1 },           /* K */
	{ &mlx5_prm_mgir_fw_info, 0x20, "dev", 8, 0x20, 3, 1 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "debug", 8, 0x20, 2, 1 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "signed_fw", 8, 0x20, 1, 1 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "secured", 8, 0x20, 0, 1 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "major", 8, 0x21, 0, 8 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "minor", 8, 0x22, 0, 8 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "sub_minor", 8, 0x23, 0, 8 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "build_id", 32, 0x24, 0, 32 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "month", 8, 0x28, 0, 8 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "day", 8, 0x29, 0, 8 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "year", 16, 0x2a, 0, 16 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "bkv_major", 32, 0x2c, 24, 4 },            /* H */
	{ &mlx5_prm_mgir_fw_info, 0x20, "bkv_minor", 32, 0x2c, 20, 4 },            /* H */
	{ &mlx5_prm_mgir_fw_info, 0x20, "bkv_sub_minor", 32, 0x2c, 16, 4 },        /* H */
	{ &mlx5_prm_mgir_fw_info, 0x20, "hour", 16, 0x2e, 0, 16 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "psid", 128, 0x30, 0, 128 },               /* K */
	{ &mlx5_prm_mgir_fw_info, 0x20, "ini_file_version", 32, 0x40, 0, 32 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "extended_major", 32, 0x44, 0, 32 },        /* K */
	{ &mlx5_prm_mgir_fw_info, 0x20, "extended_minor", 32, 0x48, 0, 32 },        /* K */
	{ &mlx5_prm_mgir_fw_info, 0x20, "extended_sub_minor", 32, 0x4c, 0, 32 },    /* K */
	{ &mlx5_prm_mgir_fw_info, 0x20, "disabled_tiles_bitmap", 16, 0x50, 0, 16 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "isfu_major", 16, 0x52, 0, 16 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "issu_able", 32, 0x54, 13, 1 },            /* H */
	{ &mlx5_prm_mgir_fw_info, 0x20, "dev_state", 32, 0x54, 11, 1 },            /* H */
	{ &mlx5_prm_mgir_fw_info, 0x20, "life_cycle_msb", 32, 0x54, 4, 3 },        /* H */
	{ &mlx5_prm_mgir_fw_info, 0x20, "encryption", 8, 0x57, 3, 1 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "sec_boot", 8, 0x57, 2, 1 },
	{ &mlx5_prm_mgir_fw_info, 0x20, "life_cycle", 8, 0x57, 0, 2 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "major", 8, 0x61, 0, 8 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "minor", 8, 0x62, 0, 8 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "sub_minor", 8, 0x63, 0, 8 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom0_arch", 8, 0x64, 4, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom0_type", 8, 0x64, 0, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom1_arch", 8, 0x65, 4, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom1_type", 8, 0x65, 0, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom2_arch", 8, 0x66, 4, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom2_type", 8, 0x66, 0, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom3_arch", 8, 0x67, 4, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom3_type", 8, 0x67, 0, 4 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom0_version", 32, 0x68, 0, 32 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom1_version", 32, 0x6c, 0, 32 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom2_version", 32, 0x70, 0, 32 },
	{ &mlx5_prm_mgir_sw_info, 0x60, "rom3_version", 32, 0x74, 0, 32 },
	{ &mlx5_prm_mgir_dev_info, 0x80, "dev_branch_tag", 224, 0x80, 0, 224 },     /* K */
};

static const struct { const char *layout, *field; uint32_t off, width; } anchors[] = {
	{ "cmd_hca_cap", "vhca_id", 0x30, 16 },
	{ "cmd_hca_cap", "log_max_qp_sz", 0x88, 8 },
	{ "cmd_hca_cap", "log_max_qp", 0x9b, 5 },
	{ "cmd_hca_cap", "num_ports", 0x1b8, 8 },
	{ "debug_cap", "resource_dump", 9, 1 },
	{ "query_adapter_param_block", "ieee_vendor_id", 0xc8, 24 },
	{ "query_adapter_param_block", "vsd_contd_psid", 0x780, 128 },
};

static const struct prm_layout *by_name(const char *name)
{
	for (size_t i = 0; i < mlx5_n_all_layouts; i++)
		if (!strcmp(mlx5_all_layouts[i]->name, name))
			return mlx5_all_layouts[i];
	return NULL;
}

/* An MCIA answer: addressing, then n EEPROM bytes from data at addr. */
static void mcia_answer(uint8_t *reg, uint16_t addr, uint16_t size, const char *data, size_t n)
{
	memset(reg, 0, 64);
	reg[4] = 0x50;
	prm_put_be16(reg + 6, addr);
	prm_put_be16(reg + 10, size);
	memcpy(reg + 16, data, n < 48 ? n : 48);
}

static const char *eeprom_str(struct json_object *f, const char *key)
{
	struct json_object *e, *x;

	if (!json_object_object_get_ex(f, "eeprom", &e) || !json_object_object_get_ex(e, key, &x))
		return NULL;
	return json_object_get_string(x);
}

/* MCIA page 0: the identifier picks the map, only whole fields are shown,
 * and a short register or an out-of-page request reads nothing beyond. */
static void test_mcia_module(void)
{
	static const char sfp[] = "\x03\x04\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
				    "ACME CORP       \0\x00\x90\x65PN-SFP-10G      ";
	uint8_t reg[64];
	struct json_object *f;

	mcia_answer(reg, 0, 48, sfp, sizeof(sfp));
	f = json_object_new_object();
	mlx5_mcia_module(reg, sizeof(reg), f);
	is_str(eeprom_str(f, "identifier_name"), "SFP", "SFF-8472: identifier 3 is SFP");
	is_str(eeprom_str(f, "vendor_name"), "ACME CORP", "SFF-8472: vendor name at 20");
	is_str(eeprom_str(f, "vendor_oui_hex"), "0x009065", "SFF-8472: OUI at 37");
	ok(!eeprom_str(f, "part_number"), "SFF-8472: the part number (40-55) is cut by the read");
	json_object_put(f);

	for (size_t len = 0; len <= sizeof(reg); len += 4) {
		uint8_t *p = malloc(len ? len : 1);
		struct json_object *x;

		memcpy(p, reg, len);
		f = json_object_new_object();
		mlx5_mcia_module(p, len, f);
		ok(!json_object_object_get_ex(f, "eeprom_hex", &x) ||
		   (len > 16 && (size_t)json_object_get_string_len(x) <= 2 * (len - 16)),
		   "cut at %zu: only the bytes returned are shown", len);
		ok((eeprom_str(f, "vendor_name") != NULL) == (len >= 16 + 36),
		   "cut at %zu: the vendor name only when it is all there", len);
		json_object_put(f);
		free(p);
	}

	mcia_answer(reg, 240, 48, sfp, sizeof(sfp));      /* past the 256-byte page */
	f = json_object_new_object();
	mlx5_mcia_module(reg, sizeof(reg), f);
	ok(json_object_object_get_ex(f, "eeprom_hex", NULL) && !json_object_object_get_ex(f, "eeprom", NULL),
	   "a read at 240: 16 bytes shown, nothing interpreted");
	json_object_put(f);
	mcia_answer(reg, 128, 48, sfp, sizeof(sfp));      /* an SFP has no copy at 128 */
	f = json_object_new_object();
	mlx5_mcia_module(reg, sizeof(reg), f);
	ok(!json_object_object_get_ex(f, "eeprom", NULL), "byte 128 of an SFP is no identifier");
	json_object_put(f);
}

/* The reads of fwctl mlx5 module: the register's window, never across a
 * half page, every byte once; the window where the MCIA table has it. */
static void test_mcia_chunks(void)
{
	static const uint32_t want[][2] = { { 0, 48 }, { 48, 48 }, { 96, 32 }, { 128, 48 },
					    { 176, 48 }, { 224, 32 } };
	const struct prm_field *d0 = prm_find(&mlx5_prm_mcia_reg, "dword_0");
	const struct prm_field *mod = prm_find(&mlx5_prm_mcia_reg, "module");
	uint32_t at = 0, n, i = 0;
	bool same = true;

	ok(mod && mod->bit_width < 32 && (1u << mod->bit_width) - 1 == MLX5_MCIA_MODULE_MAX,
	   "MCIA: --module's bound is the largest value the module field holds");
	ok(d0 && d0->bit_off == MLX5_MCIA_DATA_OFF * 8 &&
	   mlx5_prm_mcia_reg.size_bits == (MLX5_MCIA_DATA_OFF + MLX5_MCIA_DATA_MAX) * 8,
	   "MCIA: the EEPROM bytes are dword_0 to the end of the register");
	for (; (n = mlx5_mcia_chunk(at, 256)) != 0; at += n, i++)
		same = same && i < 6 && want[i][0] == at && want[i][1] == n;
	ok(same && i == 6 && at == 256, "page 0 in six reads: 48 48 32 | 48 48 32");
	for (uint32_t from = 0; from < 256; from++)
		for (uint32_t end = from; end <= 256; end += 7) {
			bool good = true;

			for (at = from; (n = mlx5_mcia_chunk(at, end)) != 0; at += n)
				good = good && n <= 48 && at / 128 == (at + n - 1) / 128;
			if (!good || at != end) {
				ok(0, "bytes %u-%u: reads within the window and a half page", from, end);
				return;
			}
		}
	ok(1, "every range: reads within the window and a half page, all bytes read");
}

static const char *key_str(struct json_object *o, const char *key)
{
	struct json_object *x;

	return json_object_object_get_ex(o, key, &x) ? json_object_get_string(x) : NULL;
}

/* A whole page 0: every field decoded at the caller's level, the bytes as hex. */
static void test_module_page(void)
{
	uint8_t page[256] = { 0x11 };
	struct json_object *o;

	page[128] = 0x11;
	memcpy(page + 148, "ACME CORP       ", 16);
	memcpy(page + 165, "\x00\x90\x65", 3);
	memcpy(page + 168, "PN-QSFP28-100G  ", 16);
	memcpy(page + 184, "B2", 2);
	memcpy(page + 196, "SN0001          ", 16);
	o = json_object_new_object();
	mlx5_module_page(page, sizeof(page), o);
	is_str(key_str(o, "identifier_name"), "QSFP28", "page: identifier");
	is_str(key_str(o, "vendor_name"), "ACME CORP", "page: vendor name");
	is_str(key_str(o, "part_number"), "PN-QSFP28-100G", "page: part number across reads");
	is_str(key_str(o, "revision"), "B2", "page: revision");
	is_str(key_str(o, "serial_number"), "SN0001", "page: serial number");
	ok(key_str(o, "eeprom_hex") && strlen(key_str(o, "eeprom_hex")) == 512 &&
	   !strncmp(key_str(o, "eeprom_hex"), "1100", 4), "page: the 256 bytes as eeprom_hex");
	json_object_put(o);
	o = json_object_new_object();
	mlx5_module_page(page, 1, o);
	ok(key_str(o, "identifier_name") && !key_str(o, "vendor_name") &&
	   !strcmp(key_str(o, "eeprom_hex"), "11"), "one byte: the identifier, nothing more");
	json_object_put(o);
}

int main(void)
{
	uint8_t page[4096];

	test_mcia_module();
	test_mcia_chunks();
	test_module_page();
	for (size_t i = 0; i < mlx5_n_all_layouts; i++) {
		const char *why = prm_layout_check(mlx5_all_layouts[i]);

		ok(why == NULL, "prm_layout_check(%s)", mlx5_all_layouts[i]->name);
		if (why)
			printf("# %s\n", why);
	}
	ok(mlx5_n_all_layouts == sizeof(ifc_sizes) / sizeof(ifc_sizes[0]),
	   "%s every layout has an ifc size", "");
	for (size_t i = 0; i < sizeof(ifc_sizes) / sizeof(ifc_sizes[0]); i++) {
		const struct prm_layout *l = by_name(ifc_sizes[i].name);

		ok(l && l->size_bits == ifc_sizes[i].bits, "size of %s matches mlx5_ifc.h",
		   ifc_sizes[i].name);
	}
	for (size_t i = 0; i < sizeof(anchors) / sizeof(anchors[0]); i++) {
		const struct prm_layout *l = by_name(anchors[i].layout);
		const struct prm_field *f = l ? prm_find(l, anchors[i].field) : NULL;

		ok(f && f->bit_off == anchors[i].off && f->bit_width == anchors[i].width,
		   "anchor %s", anchors[i].field);
	}
	for (size_t i = 0; i < sizeof(mgir_anchors) / sizeof(mgir_anchors[0]); i++) {
		const struct prm_field *f = prm_find(mgir_anchors[i].part, mgir_anchors[i].field);
		uint32_t want = 8 * mgir_anchors[i].byte + mgir_anchors[i].item -
				mgir_anchors[i].shift - mgir_anchors[i].width;

		ok(f && 8 * mgir_anchors[i].base + f->bit_off == want &&
		   f->bit_width == mgir_anchors[i].width, "MGIR %s.%s at bit 0x%x",
		   mgir_anchors[i].part->name, mgir_anchors[i].field, want);
	}
	{
		const struct prm_field *parts[] = {
			prm_find(&mlx5_prm_mgir_reg, "hw_info"), prm_find(&mlx5_prm_mgir_reg, "fw_info"),
			prm_find(&mlx5_prm_mgir_reg, "sw_info"), prm_find(&mlx5_prm_mgir_reg, "dev_info"),
		};
		const uint32_t offs[] = { MLX5_MGIR_HW_INFO_OFF, MLX5_MGIR_FW_INFO_OFF,
					  MLX5_MGIR_SW_INFO_OFF, MLX5_MGIR_DEV_INFO_OFF };
		bool all = true;

		for (size_t i = 0; i < 4; i++)
			all = all && parts[i] && parts[i]->bit_off == 8 * offs[i] &&
			      parts[i]->bit_width == parts[i]->sub->size_bits;
		ok(all && mlx5_reg_find("MGIR") && mlx5_reg_len(mlx5_reg_find("MGIR")) == MLX5_MGIR_LEN &&
		   mlx5_reg_find("mgir")->id == 0x9020, "%sMGIR parts at 0x00/0x20/0x60/0x80, 160 bytes",
		   "");
	}
	/* Every cap type decodes a page; a set value comes back. */
	for (size_t i = 0; i < mlx5_n_cap_types; i++) {
		const struct mlx5_cap_type *t = &mlx5_cap_types[i];
		struct json_object *o = json_object_new_object();

		memset(page, 0xa5, sizeof(page));
		ok(prm_decode(t->layout, page, sizeof(page), o, 0) == 0, "decode %s page", t->name);
		json_object_put(o);
		ok(mlx5_cap_type_find(t->name) == t && mlx5_cap_type_by_id(t->type) == t,
		   "cap type %s lookups", t->name);
	}
	for (size_t i = 0; i < mlx5_n_regs; i++)
		ok(mlx5_reg_find(mlx5_regs[i].name) == &mlx5_regs[i] &&
		   mlx5_reg_len(&mlx5_regs[i]) <= 256, "register %s", mlx5_regs[i].name);
	for (size_t i = 0; i < mlx5_n_regs; i++)
		for (const char *const *p = mlx5_regs[i].index; p && *p; p++)
			ok(prm_find(mlx5_regs[i].layout, *p) != NULL, "index field %s exists", *p);
	for (size_t i = 0; i < mlx5_n_regs; i++)
		for (const char *const *p = mlx5_regs[i].writable; p && *p; p++)
			ok(prm_find(mlx5_regs[i].layout, *p) != NULL, "writable field %s exists", *p);
	/* Opcode table: ACCESS_REG write at CONFIGURATION, read at DEBUG_READ_ONLY. */
	{
		const struct mlx5_opcode *a = mlx5_opcode_find("access_reg");

		ok(a && mlx5_opcode_scope(a, 0) == 0 && mlx5_opcode_scope(a, 1) == 1,
		   "%sACCESS_REG scopes", "");
		a = mlx5_opcode_by_value(0x820);
		ok(a && mlx5_opcode_scope(a, 0) == 2, "%sSET_DIAGNOSTIC_PARAMS debug-write", "");
		ok(mlx5_opcode_by_value(0xa04) == NULL, "%sCREATE_UCTX not allowed", "");
	}
	return tap_done();
}
