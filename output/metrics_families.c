// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The metric families every vendor's plugin writes the same quantities
 * into: one name, type and help text each, so a dashboard or an alert on
 * fwctl_temperature_celsius works whichever NIC answered, and the HELP
 * line does not depend on which plugin registered the family first.
 */
#include <string.h>

#include "metrics.h"

static const struct {
	const char *name;
	enum fwctl_metric_type type;
	const char *help;
} standard[] = {
	{ "fwctl_temperature_celsius", FWCTL_METRIC_GAUGE, "Sensor temperature" },
	{ "fwctl_temperature_max_celsius", FWCTL_METRIC_GAUGE,
	  "Highest temperature the sensor recorded" },
	{ "fwctl_temperature_threshold_celsius", FWCTL_METRIC_GAUGE,
	  "Temperature at which the firmware reports or acts (level: warning, critical, fatal, "
	  "shutdown)" },
	{ "fwctl_link_up", FWCTL_METRIC_GAUGE, "1 if the port's operational state is up" },
	{ "fwctl_link_admin_up", FWCTL_METRIC_GAUGE, "1 if the port's administrative state is up" },
	{ "fwctl_link_speed_bytes", FWCTL_METRIC_GAUGE,
	  "Operational link speed in bytes per second (0 when down)" },
	{ "fwctl_port_transmit_frames_total", FWCTL_METRIC_COUNTER, "Frames transmitted" },
	{ "fwctl_port_receive_frames_total", FWCTL_METRIC_COUNTER, "Frames received" },
	{ "fwctl_port_transmit_bytes_total", FWCTL_METRIC_COUNTER, "Bytes transmitted" },
	{ "fwctl_port_receive_bytes_total", FWCTL_METRIC_COUNTER, "Bytes received" },
	{ "fwctl_port_receive_fcs_errors_total", FWCTL_METRIC_COUNTER,
	  "Frames received with a frame check sequence error" },
	{ "fwctl_port_receive_discards_total", FWCTL_METRIC_COUNTER, "Received packets discarded" },
	{ "fwctl_port_receive_errors_total", FWCTL_METRIC_COUNTER, "Received packets with errors" },
	{ "fwctl_port_transmit_discards_total", FWCTL_METRIC_COUNTER,
	  "Packets discarded instead of transmitted" },
	{ "fwctl_port_transmit_errors_total", FWCTL_METRIC_COUNTER,
	  "Packets not transmitted because of errors" },
	{ "fwctl_port_fec_corrected_blocks_total", FWCTL_METRIC_COUNTER,
	  "Blocks the Reed-Solomon FEC corrected" },
	{ "fwctl_port_fec_uncorrectable_blocks_total", FWCTL_METRIC_COUNTER,
	  "Blocks the FEC could not correct" },
};

int fwctl_metrics_standard_family(struct fwctl_metrics *m, const char *name)
{
	for (size_t i = 0; i < sizeof(standard) / sizeof(standard[0]); i++)
		if (!strcmp(standard[i].name, name))
			return fwctl_metrics_family(m, name, standard[i].type, standard[i].help);
	return -1;
}
