// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The pds driver's attribute -> scope mapping and the firmware's status
 * codes (enum pds_core_status_code, include/linux/pds/pds_core_if.h), as
 * reported in out.retval.
 */
#include <stddef.h>

#include "pds.h"

uint32_t pds_attr_scope(uint32_t attr)
{
	/* pdsfc_validate_rpc() compares exact values: a combination such as
	 * WRITE|DEBUG_WRITE is "anything else" and needs the full scope. */
	switch (attr) {
	case PDS_ATTR_READ:
	case PDS_ATTR_WRITE:
	case PDS_ATTR_SYNC:
		return FWCTL_RPC_CONFIGURATION;
	case PDS_ATTR_DEBUG_READ:
		return FWCTL_RPC_DEBUG_READ_ONLY;
	case PDS_ATTR_DEBUG_WRITE:
		return FWCTL_RPC_DEBUG_WRITE;
	default:
		return FWCTL_RPC_DEBUG_WRITE_FULL;
	}
}

static const struct {
	uint32_t code;
	const char *name, *text;
} status[] = {
	{ 0, "SUCCESS", "success" },
	{ 1, "EVERSION", "incorrect version for the request" },
	{ 2, "EOPCODE", "invalid command opcode" },
	{ 3, "EIO", "I/O error" },
	{ 4, "EPERM", "permission denied" },
	{ 5, "EQID", "bad queue id" },
	{ 6, "EQTYPE", "bad queue type" },
	{ 7, "ENOENT", "no such element" },
	{ 8, "EINTR", "operation interrupted" },
	{ 9, "EAGAIN", "try again" },
	{ 10, "ENOMEM", "out of memory" },
	{ 11, "EFAULT", "bad address" },
	{ 12, "EBUSY", "device or resource busy" },
	{ 13, "EEXIST", "object already exists" },
	{ 14, "EINVAL", "invalid argument" },
	{ 15, "ENOSPC", "no space left or allocation failure" },
	{ 16, "ERANGE", "parameter out of range" },
	{ 17, "BAD_ADDR", "descriptor contains a bad pointer" },
	{ 18, "DEV_CMD", "device command attempted on the admin queue" },
	{ 19, "ENOSUPP", "operation not supported" },
	{ 29, "ERROR", "generic error" },
	{ 30, "ERDMA", "generic RDMA error" },
	{ 31, "EVFID", "VF id does not exist" },
	{ 32, "BAD_FW", "firmware file is invalid or corrupted" },
	{ 33, "ECLIENT", "no such client id" },
	{ 255, "BAD_PCI", "broken PCI when reading status" },
};

const char *pds_status_name(uint32_t retval)
{
	for (size_t i = 0; i < sizeof(status) / sizeof(status[0]); i++)
		if (status[i].code == retval)
			return status[i].name;
	return NULL;
}

const char *pds_status_text(uint32_t retval)
{
	for (size_t i = 0; i < sizeof(status) / sizeof(status[0]); i++)
		if (status[i].code == retval)
			return status[i].text;
	return NULL;
}
