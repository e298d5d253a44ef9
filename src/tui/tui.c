/*
 * tui.c: the reader's main loop.  Sets up curses, lays out the regions
 * (list on top, reading pane below, entity sidebar on the right), reads
 * keys and mouse events and hands them to the key table.
 */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "dossier/text.h"
#include "tui-private.h"

#define MIN_COLS 40
#define MIN_LINES 10

static volatile sig_atomic_t got_signal;

/* Remember a terminating signal; the main loop quits cleanly. */
static void
on_signal(int sig)
{
	got_signal = sig;
}

/* Set the one-shot status message. */
void
tui_message(struct tui *t, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof(t->msg), fmt, ap);
	va_end(ap);
	t->msg_error = error;
}

/* Cut the screen into regions for the current size. */
void
tui_layout(struct tui *t)
{
	int body = LINES - 2, lh, sw;

	t->too_small = COLS < MIN_COLS || LINES < MIN_LINES;
	if (t->too_small)
		return;
	lh = t->cfg.list_height > 0 ? t->cfg.list_height : body / 3;
	if (lh > body - 4)
		lh = body - 4;
	if (lh < 2)
		lh = 2;
	t->r_list = (struct tui_rect){ 1, 0, lh, COLS };
	t->r_pager = (struct tui_rect){ 2 + lh, 0, body - lh - 1, COLS };
	t->has_side = COLS >= t->cfg.fold_width ? t->cfg.sidebar :
	    t->sidebar_shown;
	t->r_side = (struct tui_rect){ 0, 0, 0, 0 };
	if (t->has_side) {
		sw = t->cfg.sidebar_width;
		if (sw > COLS / 2)
			sw = COLS / 2;
		t->r_pager.w = COLS - sw - 1;
		t->r_side = (struct tui_rect){ t->r_pager.y, COLS - sw,
		    t->r_pager.h, sw };
	}
	if (!t->has_side && t->focus == REGION_SIDEBAR)
		t->focus = REGION_PAGER;
	if (t->list.npg > 0)
		list_fill(t);
	if (t->has_side)
		sidebar_move(t, 0);	/* keep the selection in view */
}

/* Open story id in the pane, load its entities, mark it read. */
int
tui_open(struct tui *t, int64_t id)
{
	struct store_row *r;

	if (pager_open(t, id) != 0)
		return -1;
	sidebar_load(t, id);
	list_select_id(t, id);
	t->focus = REGION_PAGER;
	if (!t->cfg.mark_read || t->pager.art.read)
		return 0;
	if (store_article_set_read(t->st, id, 1) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return 0;
	}
	t->pager.art.read = 1;
	if ((r = list_find(t, id)) != NULL)
		r->read = 1;
	list_recount(t);
	return 0;
}

/* Open the selected story. */
void
tui_open_selected(struct tui *t)
{
	struct store_row *r = list_selected(t);

	if (r != NULL)
		tui_open(t, r->id);
}

/* The label of a region in a rule, reversed when it has the focus. */
static void
label(struct tui *t, int y, int x, int w, const char *s, enum tui_region r)
{
	char buf[64];

	snprintf(buf, sizeof(buf), " %s ", s);
	tui_draw_plain(y, x, w, buf, t->focus == r ? t->attr[EL_FOCUS] :
	    t->attr[EL_BORDER]);
}

/* A horizontal rule of w cells at y,x. */
static void
hrule(struct tui *t, int y, int x, int w)
{
	attrset(t->attr[EL_BORDER]);
	if (t->utf8)
		for (int i = 0; i < w; i++)
			mvaddstr(y, x + i, "─");
	else
		mvhline(y, x, ACS_HLINE, w);
	attrset(A_NORMAL);
}

/* A vertical rule of h cells at y,x. */
static void
vrule(struct tui *t, int y, int x, int h)
{
	attrset(t->attr[EL_BORDER]);
	if (t->utf8)
		for (int i = 0; i < h; i++)
			mvaddstr(y + i, x, "│");
	else
		mvvline(y, x, ACS_VLINE, h);
	attrset(A_NORMAL);
}

/* The rule under the list and the one left of the sidebar. */
static void
rules_draw(struct tui *t)
{
	int y = t->r_pager.y - 1;

	hrule(t, y, 0, COLS);
	if (t->has_side) {
		attrset(t->attr[EL_BORDER]);
		if (t->utf8)
			mvaddstr(y, t->r_side.x - 1, "┬");
		else
			mvaddch(y, t->r_side.x - 1, ACS_TTEE);
		attrset(A_NORMAL);
		vrule(t, t->r_side.y, t->r_side.x - 1, t->r_side.h);
	}
	if (t->focus == REGION_LIST)
		label(t, y, 1, 12, t->utf8 ? "▲ Stories" : "^ Stories",
		    REGION_LIST);
	else
		label(t, y, 1, 12, "Story", REGION_PAGER);
	if (t->has_side)
		label(t, y, t->r_side.x, t->r_side.w - 1, "Entities",
		    REGION_SIDEBAR);
}

/* Draw the whole screen. */
void
tui_redraw(struct tui *t)
{
	erase();
	if (t->too_small) {
		tui_draw_plain(LINES / 2, 0, COLS, "terminal too small",
		    A_BOLD);
	} else if (t->help) {
		keys_help_draw(t);
	} else {
		header_draw(t);
		list_draw(t);
		rules_draw(t);
		pager_draw(t);
		if (t->has_side)
			sidebar_draw(t);
		status_draw(t);
	}
	refresh();
}

/* A mouse event: click selects, wheel scrolls the region under it. */
static void
mouse(struct tui *t)
{
	MEVENT ev;
	enum tui_region r;
	long step = 0;
	struct tui_rect *a;

	if (getmouse(&ev) != OK)
		return;
	if (ev.y >= t->r_list.y && ev.y < t->r_list.y + t->r_list.h)
		r = REGION_LIST;
	else if (t->has_side && ev.x >= t->r_side.x && ev.y >= t->r_side.y &&
	    ev.y < t->r_side.y + t->r_side.h)
		r = REGION_SIDEBAR;
	else if (ev.y >= t->r_pager.y && ev.y < t->r_pager.y + t->r_pager.h)
		r = REGION_PAGER;
	else
		return;
	a = r == REGION_LIST ? &t->r_list : r == REGION_PAGER ? &t->r_pager :
	    &t->r_side;
	if (ev.bstate & BUTTON4_PRESSED)
		step = -3;
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		step = 3;
#endif
	if (step != 0) {
		if (r == REGION_LIST)
			list_move(t, step);
		else if (r == REGION_PAGER)
			pager_scroll(t, step);
		else
			sidebar_move(t, step);
		return;
	}
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return;
	if (r == REGION_LIST)
		list_click(t, ev.y - a->y);
	else if (r == REGION_SIDEBAR)
		sidebar_click(t, ev.y - a->y);
	else
		t->focus = REGION_PAGER;
}

/* Read one key as TUI_FKEY | curses key, or a code point; Enter is '\n'.
 * Returns -1 when there is nothing to read. */
static int
read_key(void)
{
	wint_t wc;
	int rc = get_wch(&wc);

	if (rc == ERR)
		return -1;
	if (rc == KEY_CODE_YES) {
		if (wc == KEY_ENTER)
			return '\n';
		return TUI_FKEY | (int)wc;
	}
	if (wc == '\r')
		return '\n';
	return (int)wc;
}

/* Start curses.  0, or -1 when the terminal cannot be used. */
static int
screen_start(struct tui *t, SCREEN **scr)
{
	struct sigaction sa;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "dossier: the reader needs a terminal\n");
		return -1;
	}
	if ((*scr = newterm(NULL, stdout, stdin)) == NULL) {
		fprintf(stderr, "dossier: cannot use terminal type '%s'\n",
		    getenv("TERM") ? getenv("TERM") : "(unset)");
		return -1;
	}
	set_term(*scr);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	if (t->cfg.mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		    | BUTTON5_PRESSED
#endif
		    , NULL);
		mouseinterval(0);
	}
	theme_init(t);
	return 0;
}

/* Announce config errors: the first in the status line. */
static void
report_config(struct tui *t)
{
	if (t->nerrors == 0)
		return;
	if (t->nerrors == 1)
		tui_message(t, 1, "%s", t->errors[0]);
	else
		tui_message(t, 1, "%s (and %zu more)", t->errors[0],
		    t->nerrors - 1);
}

/* Seconds on the monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* For benchmarks: when DOSSIER_TUI_FRAME_LOG names a file, append the
 * time since tui_run began to `what` and the resident memory. */
static void
frame_log(struct tui *t, const char *what)
{
	const char *path = getenv("DOSSIER_TUI_FRAME_LOG");
	struct rusage ru;
	FILE *f;

	if (path == NULL || path[0] == '\0' || (f = fopen(path, "a")) == NULL)
		return;
	getrusage(RUSAGE_SELF, &ru);
	fprintf(f, "%s_ms=%.2f maxrss_kb=%ld stories=%ld rows_held=%ld\n",
	    what, (now() - t->started) * 1000.0, ru.ru_maxrss, t->list.total,
	    t->list.n);
	fclose(f);
}

/* Run the key loop until the user quits. */
static int
loop(struct tui *t)
{
	int key, idle = 0, frames = 0;

	while (!t->quit) {
		if (got_signal)
			return 0;
		tui_redraw(t);
		if (frames++ == 0) {
			/* Counting is O(stories): after the first frame. */
			frame_log(t, "first_frame");
			t->defer_count = 0;
			list_recount(t);
			frame_log(t, "counted");
			continue;
		}
		if ((key = read_key()) < 0) {
			if (errno != EINTR && ++idle > 1000)
				return 1;	/* input is gone */
			continue;
		}
		idle = 0;
		if (key == (TUI_FKEY | KEY_RESIZE)) {
			tui_layout(t);
			continue;
		}
		t->msg[0] = '\0';
		if (t->too_small) {
			if (key == 'q' || key == 'Q')
				t->quit = 1;
		} else if (t->help) {
			keys_help_key(t, key);
		} else if (key == (TUI_FKEY | KEY_MOUSE)) {
			mouse(t);
		} else if (t->pager.visual && visual_key(t, key)) {
			continue;
		} else {
			keys_dispatch(t, key);
		}
	}
	return 0;
}

/* Release everything the reader holds. */
static void
cleanup(struct tui *t)
{
	list_free(&t->list);
	pager_close(&t->pager);
	sidebar_free(&t->side);
	free(t->binds);
	for (size_t i = 0; i < t->nerrors; i++)
		free(t->errors[i]);
	free(t->errors);
	free(t->limit_name);
	free(t->search);
	free(t->pager.find);
	free(t->marks);
	free((char *)t->list.filter.tag);
}

int
tui_run(struct store *st, const struct tui_options *opt)
{
	struct tui t;
	SCREEN *scr = NULL;
	const char *nc = getenv("NO_COLOR");
	char *path;
	int rc;

	memset(&t, 0, sizeof(t));
	t.started = now();
	t.st = st;
	config_defaults(&t.cfg);
	if (keys_init(&t) < 0) {
		fprintf(stderr, "dossier: out of memory\n");
		cleanup(&t);
		return 1;
	}
	path = config_path(opt);
	config_load(&t, path, opt && opt->config_path);
	free(path);
	t.color = !(opt && opt->no_color) && !(nc && nc[0] != '\0');
	t.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	if (screen_start(&t, &scr) < 0) {
		for (size_t i = 0; i < t.nerrors; i++)
			fprintf(stderr, "dossier: %s\n", t.errors[i]);
		cleanup(&t);
		return 1;
	}
	tui_layout(&t);
	t.defer_count = 1;
	list_reload(&t);
	report_config(&t);
	rc = loop(&t);
	endwin();
	delscreen(scr);
	for (size_t i = 0; i < t.nerrors; i++)
		fprintf(stderr, "dossier: %s\n", t.errors[i]);
	if (rc != 0)
		fprintf(stderr, "dossier: lost the terminal\n");
	cleanup(&t);
	return rc;
}
