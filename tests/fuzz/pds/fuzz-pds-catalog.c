// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The catalogue loader on arbitrary text, then every operation of an
 * accepted catalogue exercised: name resolution, request encoding from
 * defaults, and decoding a response of the input's own bytes.
 * Invariants: a refusal always carries a message; an accepted catalogue
 * has valid back-links and layouts inside their sizes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../../plugins/pds/pds.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pds_catalog cat;
	struct fwctl_err err;
	char name[2 * PDS_NAME_MAX + 2];
	int rc;

	memset(&cat, 0, sizeof(cat));
	memset(&err, 0, sizeof(err));
	rc = pds_catalog_parse(&cat, (const char *)data, size, "fuzz.json", &err);
	if (rc != 0 && !err.message[0])
		__builtin_trap();
	for (size_t i = 0; rc == 0 && i < cat.n_eps; i++) {
		for (size_t j = 0; j < cat.eps[i].n_ops; j++) {
			const struct pds_op *op = &cat.eps[i].ops[j];
			struct fwctl_err e2 = { 0 };
			struct json_object *o;
			uint8_t *req = NULL;
			size_t len = 0;

			if (op->ep != &cat.eps[i] || prm_layout_check(&op->req.pl) ||
			    prm_layout_check(&op->resp.pl))
				__builtin_trap();
			snprintf(name, sizeof(name), "%s.%s", cat.eps[i].name, op->name);
			if (pds_resolve(&cat, name, &e2) != op)
				__builtin_trap();
			if (pds_encode_request(op, 0, NULL, &req, &len, &e2) == 0 && len != op->req.size)
				__builtin_trap();
			o = json_object_new_object();
			pds_decode_response(op, req, len, data, size, o);
			json_object_put(o);
			free(req);
		}
	}
	pds_catalog_free(&cat);
	return 0;
}
