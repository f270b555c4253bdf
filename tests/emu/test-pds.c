// SPDX-License-Identifier: GPL-2.0-or-later
/* pds driver rules (kernel-abi.md section 4) and firmware catalogue. */
#include <stdlib.h>

#include "drivers/pds/emu_pds.h"
#include "emu_test.h"

static int call(struct emu_dev *d, uint32_t scope, uint32_t ep, uint32_t op, void *req,
		uint32_t req_len, void *resp, uint32_t resp_len, struct fwctl_rpc_pds *r,
		uint32_t *out_len)
{
	struct fwctl_rpc_pds in = { 0 };

	in.in.op = op; in.in.ep = ep; in.in.len = req_len; in.in.payload = (uintptr_t)req;
	in.out.len = resp_len; in.out.payload = (uintptr_t)resp;
	memset(r, 0xee, sizeof(*r));
	*out_len = sizeof(*r);
	return t_rpc(d, scope, &in, sizeof(in), r, out_len);
}

int main(void)
{
	const char *specs[] = { "pds", "pds,info_len=4,max_req_sz=16,max_resp_sz=32", NULL };
	struct emu_world *w = t_world(specs, NULL);
	struct emu_dev *d = w->devs[0], *f = w->devs[1];
	struct fwctl_rpc_pds r;
	uint8_t resp[128], req[8];
	uint32_t len, caps = 0xffffffff;

	len = 4;
	is_int(t_info(d, &caps, &len, NULL), 0, "INFO ok");
	ok(len == 0 && caps == 0, "default: device_data_len 0, buffer zeroed (kernel bug)");
	len = 4;
	t_info(f, &caps, &len, NULL);
	ok(len == 4 && caps == 1, "info_len=4: uctx_caps 1 (QUERY|SEND as bit numbers)");

	memset(resp, 0xee, sizeof(resp));
	is_int(call(d, 0, 1, 0x00010001, NULL, 0, resp, 100, &r, &len), 0, "identify at CONFIGURATION");
	is_int(len, sizeof(r), "out_len = in_len (48)");
	is_int(r.out.retval, 0, "retval 0");
	ok(r.in.op == 0x00010001 && r.out.len == 100, "the in struct comes back");
	ok(!strncmp((char *)resp, "1.60.0-emu", 10), "identity payload: %s", (char *)resp);
	ok(resp[56] == 0 && resp[99] == 0 && resp[100] == 0xee, "response zero-filled to out.len");
	is_int(call(d, 0, 1, 0x00000001, NULL, 0, resp, 8, &r, &len), 0, "version 0 <= listed 1");
	is_int(call(d, 0, 1, 0x00020001, NULL, 0, resp, 8, &r, &len), -EINVAL, "version above listed");
	is_int(call(d, 0, 1, 0x00000009, NULL, 0, resp, 8, &r, &len), -EINVAL, "unknown op -> EINVAL");
	is_int(call(d, 3, 9, 0x00000001, NULL, 0, resp, 8, &r, &len), -EINVAL, "unknown ep -> EINVAL");
	is_int(call(d, 0, 1, 0x00000002, NULL, 0, resp, 8, &r, &len), 0, "SYNC attr -> CONFIGURATION");

	/* Scopes from firmware attributes. */
	emu_put_le32(req, 0); emu_put_le32(req + 4, 2);
	is_int(call(d, 0, 2, 0x00020001, req, 8, resp, 16, &r, &len), -EPERM, "DEBUG_READ at 0 -> EPERM");
	is_int(call(d, 1, 2, 0x00020001, req, 8, resp, 16, &r, &len), 0, "DEBUG_READ at 1");
	ok(emu_get_le32(resp) == 1000, "counter 0 = 1000");
	is_int(call(d, 0, 2, 0x00000002, NULL, 0, NULL, 0, &r, &len), 0, "WRITE attr at CONFIGURATION");
	emu_put_le32(req, 3); emu_put_le32(req + 4, 0x1234);
	is_int(call(d, 1, 3, 0x00010002, req, 8, resp, 4, &r, &len), -EPERM, "DEBUG_WRITE at 1 -> EPERM");
	is_int(call(d, 2, 3, 0x00010002, req, 8, resp, 4, &r, &len), 0, "DEBUG_WRITE at 2");
	is_int(call(d, 1, 3, 0x00010001, req, 4, resp, 4, &r, &len), 0, "read it back");
	is_int(emu_get_le32(resp), 0x1234, "register written");
	is_int(call(d, 2, 3, 0x00010003, req, 8, NULL, 0, &r, &len), -EPERM, "unknown attr needs scope 3");
	is_int(call(d, 3, 3, 0x00010003, req, 8, NULL, 0, &r, &len), 0, "unknown attr at scope 3");

	/* Firmware errors: retval, ioctl success. */
	is_int(call(d, 1, 2, 0x00020001, req, 4, resp, 16, &r, &len), 0, "short request still delivered");
	is_int(r.out.retval, EMU_PDS_RC_EINVAL, "short request: retval EINVAL(14)");
	emu_put_le32(req, 99);
	is_int(call(d, 1, 3, 0x00010001, req, 4, resp, 4, &r, &len), 0, "bad register delivered");
	is_int(r.out.retval, EMU_PDS_RC_ENOENT, "bad register: retval ENOENT(7)");

	/* Port: staged writes, the WRITE|DEBUG_WRITE combination needs scope 3. */
	emu_put_le32(req, 20); req[4] = 1;
	is_int(call(d, 0, 4, 0x00000002, req, 5, NULL, 0, &r, &len), 0, "set_config at CONFIGURATION");
	is_int(r.out.retval, EMU_PDS_RC_ERANGE, "mtu 20: retval ERANGE");
	emu_put_le32(req, 9000); req[4] = 7;
	is_int(call(d, 0, 4, 0x00000002, req, 5, NULL, 0, &r, &len), 0, "bad fec delivered");
	is_int(r.out.retval, EMU_PDS_RC_ENOSUPP, "fec 7: retval ENOSUPP");
	is_int(call(d, 3, 4, 0x00000003, NULL, 0, NULL, 0, &r, &len), 0, "commit at scope 3");
	is_int(r.out.retval, EMU_PDS_RC_EBUSY, "nothing staged: retval EBUSY");
	req[4] = 1;
	is_int(call(d, 0, 4, 0x00000002, req, 5, NULL, 0, &r, &len), 0, "stage mtu 9000 fec 1");
	is_int(call(d, 2, 4, 0x00000003, NULL, 0, NULL, 0, &r, &len), -EPERM, "attr 0x0c at scope 2 -> EPERM");
	is_int(call(d, 3, 4, 0x00000003, NULL, 0, NULL, 0, &r, &len), 0, "commit");
	is_int(r.out.retval, 0, "committed");
	is_int(call(d, 0, 4, 0x00000001, NULL, 0, resp, 16, &r, &len), 0, "get_config");
	ok(emu_get_le32(resp) == 9000 && resp[8] == 1 && emu_get_le32(resp + 12) == 1,
	     "mtu 9000, fec 1, 1 commit");

	/* Size limits come first (EINVAL even where scope would be EPERM). */
	is_int(call(f, 0, 2, 0x00020001, req, 32, resp, 8, &r, &len), -EINVAL, "in.len > max_req_sz");
	is_int(call(f, 0, 2, 0x00020001, req, 8, resp, 64, &r, &len), -EINVAL, "out.len > max_resp_sz");
	is_int(call(f, 0, 2, 0x00020001, req, 8, resp, 32, &r, &len), -EPERM, "then scope -> EPERM");
	is_int(call(d, 0, 1, 0x00010001, NULL, 4, resp, 8, &r, &len), -EFAULT, "NULL payload -> EFAULT");

	/* The firmware's adminq side, as the driver uses it at probe and lazily. */
	{
		struct emu_pds_ident id;
		uint8_t page[EMU_PDS_PAGE];

		emu_pds_fw_ident(f, &id);
		ok(id.max_req_sz == 16 && id.max_resp_sz == 32, "IDENT carries the spec's maxima");
		is_int(emu_pds_fw_query_endpoints(d, page, sizeof(page)), EMU_PDS_RC_SUCCESS, "QUERY ROOT");
		ok(emu_get_le32(page + 4) == 4 && emu_get_le32(page + 8) == 1 &&
		     emu_get_le32(page + 20) == 4, "4 endpoints, ids 1..4");
		is_int(emu_pds_fw_query_ops(d, 3, page, sizeof(page)), EMU_PDS_RC_SUCCESS, "QUERY ENDPOINT 3");
		ok(emu_get_le32(page + 4) == 3 && emu_get_le32(page + 24) == 0x00010003 &&
		     page[28] == 0x20, "raw_poke listed with its raw attribute 0x20");
		is_int(emu_pds_fw_query_ops(d, 9, page, sizeof(page)), EMU_PDS_RC_ENOENT, "unknown endpoint");
		is_int(emu_pds_fw_query_ops(d, 3, page, 20), EMU_PDS_RC_ENOSPC, "page too small");
		is_int(emu_pds_fw_rpc(d, 3, 9, NULL, 0, NULL, 0), EMU_PDS_RC_EOPCODE, "firmware's own check: unknown op");
	}
	emu_world_free(w);
	return tap_done();
}
