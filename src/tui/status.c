/*
 * status.c: the header line (counts, position) and the status line
 * (messages, or key hints drawn from the live key map).
 */
#include <stdio.h>
#include <string.h>

#include "tui-private.h"

/* Draw the top line: counts of the list and where the cursor is. */
void
header_draw(struct tui *t)
{
	struct tui_list *l = &t->list;
	char left[512], right[64];
	size_t n;
	int rw;

	tui_fill(0, 0, COLS, t->attr[EL_HEADER]);
	if (l->total < 0)
		n = (size_t)snprintf(left, sizeof(left), "dossier  counting…");
	else
		n = (size_t)snprintf(left, sizeof(left),
		    "dossier  %ld %s · %ld unread", l->total,
		    l->total == 1 ? "story" : "stories", l->unread);
	if (t->limit_name && n < sizeof(left))
		n += (size_t)snprintf(left + n, sizeof(left) - n,
		    " · mentioning “%.100s”", t->limit_name);
	if (l->filter.tag && n < sizeof(left))
		n += (size_t)snprintf(left + n, sizeof(left) - n,
		    " · tag “%.100s”", l->filter.tag);
	if (t->search && n < sizeof(left))
		n += (size_t)snprintf(left + n, sizeof(left) - n,
		    " · search “%.100s”%s", t->search, l->npg > 0 &&
		    l->pg[0].n > 0 && store_row_by_date(&l->pg[0].rows[0]) ?
		    " newest first" : "");
	if (l->filter.unread && n < sizeof(left))
		n += (size_t)snprintf(left + n, sizeof(left) - n,
		    " · unread only");
	if (l->filter.starred && n < sizeof(left))
		snprintf(left + n, sizeof(left) - n, " · starred only");
	if (l->n > 0 && l->total >= 0)
		snprintf(right, sizeof(right), "%ld/%ld  ? help",
		    l->base + l->sel + 1, l->total);
	else if (l->n > 0)
		snprintf(right, sizeof(right), "%ld  ? help",
		    l->base + l->sel + 1);
	else
		snprintf(right, sizeof(right), "? help");
	rw = tui_width(right);
	if (rw + 4 < COLS)
		tui_draw_plain(0, COLS - rw - 1, rw, right, t->attr[EL_HEADER]);
	else
		rw = -2;
	tui_draw_plain(0, 1, COLS - rw - 4, left,
	    t->attr[EL_HEADER] | A_BOLD);
}

/* Append "KEY label" for op to buf when a key is bound to it. */
static void
hint(struct tui *t, char *buf, size_t size, const char *op, const char *label)
{
	char keys[64], *comma, *k;
	int i = keys_op(op);
	size_t n = strlen(buf);

	if (i < 0 || keys_of(t, i, keys, sizeof(keys)) == 0)
		return;
	if ((comma = strchr(keys, ',')) != NULL)
		*comma = '\0';
	k = keys;
	if (k[0] == '<' && k[1] != '\0' && k[strlen(k) - 1] == '>') {
		k[strlen(k) - 1] = '\0';
		k++;
	}
	snprintf(buf + n, size - n, "%s%s %s", n ? "  " : "", k, label);
}

/* Draw the bottom line: the pending message, or hints for the focus. */
void
status_draw(struct tui *t)
{
	char buf[512] = "";
	int y = LINES - 1;

	tui_fill(y, 0, COLS, t->attr[EL_STATUS]);
	if (t->msg[0] != '\0') {
		tui_draw_plain(y, 1, COLS - 2, t->msg, t->msg_error ?
		    t->attr[EL_ERROR] | A_REVERSE : t->attr[EL_STATUS]);
		return;
	}
	hint(t, buf, sizeof(buf), "quit", t->focus == REGION_LIST ? "quit" :
	    "back");
	switch (t->focus) {
	case REGION_LIST:
		hint(t, buf, sizeof(buf), "open", "open");
		hint(t, buf, sizeof(buf), "toggle-unread", "unread");
		hint(t, buf, sizeof(buf), "toggle-star", "star");
		break;
	case REGION_PAGER:
		hint(t, buf, sizeof(buf), "page-down", "page");
		hint(t, buf, sizeof(buf), "next-story", "next story");
		hint(t, buf, sizeof(buf), "next-mention", "next mention");
		break;
	default:
		hint(t, buf, sizeof(buf), "open", "highlight");
		hint(t, buf, sizeof(buf), "next-mention", "next mention");
		break;
	}
	if (!t->has_side && COLS >= 40)
		hint(t, buf, sizeof(buf), "toggle-sidebar", "entities");
	hint(t, buf, sizeof(buf), "focus-next", "focus");
	tui_draw_plain(y, 1, COLS - 2, buf, t->attr[EL_STATUS]);
}
