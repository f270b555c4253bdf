// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A command that exits while its ioctl is in flight: one thread sends
 * FWCTL_INFO to /dev/fwctl/fwctl0 in a loop, the process _exit()s after
 * argv[1] microseconds.  fwctl-emu is left with a request from a dead
 * process in umockdev's socket while it tears the testbed down
 * (test-runner.sh).  Exits 0; 1 if the device cannot be opened.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "lib/abi.h"

static int fd;

static void *ask(void *unused)
{
	uint8_t data[64];

	(void)unused;
	for (;;) {
		struct fwctl_info info = {
			.size = sizeof(info), .device_data_len = sizeof(data),
			.out_device_data = (uintptr_t)data,
		};

		ioctl(fd, FWCTL_IOCTL_INFO, &info);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t;

	fd = open("/dev/fwctl/fwctl0", O_RDWR);
	if (fd < 0 || pthread_create(&t, NULL, ask, NULL))
		return 1;
	usleep(argc > 1 ? (useconds_t)strtoul(argv[1], NULL, 10) : 10000);
	_exit(0);
}
