// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * One GSource for every deferred call, each dispatch making at most one.
 *
 * A timeout source per call would make the calls that fall due together
 * run back to back in one main loop iteration: GLib dispatches every
 * ready source of the best priority before it polls again.  With 16
 * devices answering after the same delay, the worker then handled all
 * 16 answers before it read any device's next request, so every device
 * waited for the others' answers before its next delay began, and the
 * delays and the answering never overlapped.  One call per dispatch, at
 * a priority below the request sockets', lets the worker read the
 * requests that arrived meanwhile (and start their delays) between two
 * answers, as separate devices' firmware would.
 */
#include "emu_deferred.h"

#include <glib.h>

struct call {
	gint64 due;              /* g_get_monotonic_time() microseconds */
	emu_deferred_fn fn;
	void *data;
};

/* Used on the worker thread only. */
static GQueue calls = G_QUEUE_INIT;
static GSource *source;

static gint by_due(gconstpointer a, gconstpointer b, gpointer unused)
{
	const struct call *x = a, *y = b;

	(void)unused;
	return x->due < y->due ? -1 : x->due > y->due;
}

static void rearm(void)
{
	const struct call *next = g_queue_peek_head(&calls);

	g_source_set_ready_time(source, next ? next->due : -1);
}

static gboolean dispatch_one(GSource *s, GSourceFunc cb, gpointer data)
{
	struct call *c = g_queue_peek_head(&calls);

	(void)s;
	(void)cb;
	(void)data;
	if (c && c->due <= g_get_monotonic_time()) {
		g_queue_pop_head(&calls);
		c->fn(c->data);
		g_free(c);
	}
	rearm();
	return G_SOURCE_CONTINUE;
}

static GSourceFuncs deferred_funcs = { .dispatch = dispatch_one };

void emu_defer(uint64_t ms, emu_deferred_fn fn, void *data)
{
	struct call *c = g_new(struct call, 1);

	c->due = g_get_monotonic_time() + (gint64)MIN(ms, (uint64_t)G_MAXINT32) * 1000;
	c->fn = fn;
	c->data = data;
	if (!source) {
		source = g_source_new(&deferred_funcs, sizeof(GSource));
		g_source_set_priority(source, G_PRIORITY_LOW);
		g_source_attach(source, g_main_context_get_thread_default());
	}
	g_queue_insert_sorted(&calls, c, by_due, NULL);
	rearm();
}
