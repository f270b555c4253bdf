// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What comes back from a pds RPC: the 48-byte struct (checked by
 * pds_reply_check) and the response payload (decoded with a catalogue
 * layout).  Input: byte 0 picks an operation of the shipped catalogue
 * (bit 7: the sent struct names another endpoint), byte 1 the length of
 * the returned struct (0..48), bytes 2..49 the struct, then the request
 * (the operation's request size) and the response.
 * Invariants: success implies a retval and an echo of what was sent;
 * failure always carries a message; decoding never reads past the data.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/pds/pds.h"

#ifndef PDS_CATALOG_PATH
#define PDS_CATALOG_PATH "plugins/pds/catalog/emulated.json"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct pds_catalog cat;
static const struct pds_op *ops[64];
static size_t n_ops;

static void init(void)
{
	struct fwctl_err err = { 0 };
	bool found;

	if (n_ops)
		return;
	if (pds_catalog_load(&cat, PDS_CATALOG_PATH, &found, &err) < 0 || !found)
		abort();
	for (size_t i = 0; i < cat.n_eps; i++)
		for (size_t j = 0; j < cat.eps[i].n_ops && n_ops < 64; j++)
			ops[n_ops++] = &cat.eps[i].ops[j];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fwctl_rpc_pds sent;
	struct pds_reply r;
	struct fwctl_err err;
	const struct pds_op *op;
	struct json_object *o;
	size_t rlen, req_len;
	uint8_t *copy;
	int rc;

	init();
	if (size < 2 + sizeof(sent))
		return 0;
	op = ops[(data[0] & 0x7f) % n_ops];
	rlen = data[1] % (sizeof(sent) + 1);
	memcpy(&sent, data + 2, sizeof(sent));
	sent.out.retval = 0;
	if (data[0] & 0x80)
		sent.in.ep ^= 1;
	/* An exact-size heap copy so the sanitizers see any overread. */
	copy = malloc(rlen ? rlen : 1);
	memcpy(copy, data + 2, rlen);
	memset(&err, 0, sizeof(err));
	rc = pds_reply_check(&sent, copy, rlen, &r, &err);
	if (rc == 0 && (rlen < 28 || r.ep != sent.in.ep || r.op != sent.in.op))
		__builtin_trap();
	if (rc != 0 && !err.message[0])
		__builtin_trap();
	(void)pds_status_name(r.retval);
	(void)pds_status_text(r.retval);
	free(copy);

	data += 2 + sizeof(sent);
	size -= 2 + sizeof(sent);
	req_len = size < op->req.size ? size : op->req.size;
	copy = malloc(size ? size : 1);
	memcpy(copy, data, size);
	o = json_object_new_object();
	pds_decode_response(op, copy, req_len, copy + req_len, size - req_len, o);
	(void)json_object_to_json_string(o);
	json_object_put(o);
	free(copy);
	return 0;
}
