/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Handlers and option tables of the mlx5 commands (table in mlx5.c). */
#ifndef FWCTL_MLX5_HANDLERS_H
#define FWCTL_MLX5_HANDLERS_H

#include "../plugin.h"

/* Options structs (the dispatcher allocates opts_size bytes, zeroed). */
struct caps_opts {
	const char *type;
	bool cur, max, diff;
};

struct identity_opts {
	bool unused;
};

struct module_opts {
	uint32_t module;          /* MCIA's module index */
};

struct reg_opts {
	struct fwctl_str_list index;
	struct fwctl_str_list set;
	bool list;
	const char *name;
};

struct diag_opts {
	bool enable;
	uint32_t sample;          /* 0: until interrupted */
	uint32_t interval;
	bool interval_seen;
	bool sample_seen;
};

struct raw_opts {
	uint32_t op_mod;
	bool op_mod_seen;
	const char *in_hex;
	uint64_t out_len;
	bool out_len_seen;
	bool list;
};

#define MLX5_CMD_DECL(n) \
	int mlx5_cmd_##n(struct fwctl_ctx *ctx, void *opts, int argc, char **argv); \
	extern const struct fwctl_opt mlx5_##n##_opts[]

/* Completion of the positional arguments of reg and cmd (also in
 * mlx5_prm.h / mlx5_opcodes.h; repeated so mlx5.c needs no PRM header). */
const char *const *mlx5_reg_names(void);

MLX5_CMD_DECL(query_caps);
MLX5_CMD_DECL(identity);
MLX5_CMD_DECL(module);
MLX5_CMD_DECL(reg);
MLX5_CMD_DECL(diag);
MLX5_CMD_DECL(raw);
/* mlx5 reg completion after the register's name: its index FIELD= words. */
const char *const *mlx5_reg_next_words(int argc, char *const *argv);
/* mlx5 cmd: the answer's size for opcode+op_mod (0 = not known), and its
 * decoded fields (NULL when no layout is known or len is below a header). */
size_t mlx5_cmd_reply_len(uint16_t opcode, uint16_t op_mod);
struct json_object *mlx5_cmd_reply_decode(uint16_t opcode, uint16_t op_mod, const uint8_t *out,
					  size_t len);

/* fwctl report hooks (struct fwctl_plugin), report.c. */
int mlx5_report(struct fwctl_ctx *ctx, struct json_object *into);
int mlx5_metrics(struct fwctl_ctx *ctx, struct fwctl_metrics *m);
int mlx5_report_coredump(struct fwctl_ctx *ctx, struct json_object *into,
			 int (*write)(void *wctx, const void *buf, size_t len), void *wctx);
/* fwctl list --long hook (struct fwctl_plugin), mgir.c. */
int mlx5_firmware_version(struct fwctl_ctx *ctx, char *buf, size_t len);

#endif
