/*
 * tui-private.h: what the files of the reader share.  Nothing here is
 * public; include/dossier/tui.h is the module's front door.
 *
 * The reader holds one struct tui.  The list keeps a bounded window of
 * rows paged from the store; the pager keeps the open story cut into
 * sanitised blocks and wrapped lines; the sidebar keeps the entities of
 * the open story.  Every string from the store is cleaned by tui_clean()
 * before it is drawn.
 */
#ifndef DOSSIER_TUI_PRIVATE_H
#define DOSSIER_TUI_PRIVATE_H

#include <stddef.h>
#include <stdint.h>
#include <curses.h>

#include "dossier/store.h"
#include "dossier/tui.h"

/* ---------------------------------------------------------------- regions */

enum tui_region { REGION_LIST, REGION_PAGER, REGION_SIDEBAR, REGION_COUNT };

struct tui_rect {
	int y, x, h, w;
};

/* ---------------------------------------------------------------- theme */

enum theme_element {
	EL_NORMAL,
	EL_HEADER,	/* top line */
	EL_STATUS,	/* bottom line */
	EL_ERROR,	/* messages that report a failure */
	EL_BORDER,	/* rules between regions */
	EL_FOCUS,	/* label of the focused region */
	EL_CURSOR,	/* selected row in the focused region */
	EL_SELECTED,	/* selected row elsewhere */
	EL_UNREAD,	/* unread rows of the list */
	EL_FLAGS,	/* N and * marks */
	EL_DATE,
	EL_OUTLET,
	EL_TAGS,
	EL_TITLE,	/* title in the reading pane */
	EL_META,	/* date, dateline, outlet line */
	EL_HEADING,	/* sub-headings of the body */
	EL_PERSON,	/* mentions by type */
	EL_PLACE,
	EL_ORG,
	EL_OTHER,
	EL_MENTION,	/* mentions of the selected entity */
	EL_GROUP,	/* sidebar group headings */
	EL_COUNT	/* number of elements */
};

struct theme_color {
	short fg, bg;	/* -1 = terminal default */
	attr_t attr;	/* attributes with colour */
	attr_t mono;	/* attributes without colour */
};

/* ---------------------------------------------------------------- keys */

struct tui;
typedef void (*tui_handler)(struct tui *);

/* One operation: its name in `bind` lines, default keys, help text. */
struct tui_op {
	const char *name;
	const char *keys;	/* default key names, space-separated */
	const char *help;
	tui_handler fn;
};

/* A key as read: a character's code point, or TUI_FKEY | a curses key. */
#define TUI_FKEY 0x200000

struct tui_binding {
	int key;
	int op;		/* index into the operation table */
};

/* ---------------------------------------------------------------- list */

#define LIST_PAGES 4	/* pages held at once: the window's bound */

/* One page of rows as store_list gave it (freed with store_rows_free). */
struct tui_page {
	struct store_row *rows;
	long n;
};

struct tui_list {
	struct store_filter filter;
	struct tui_page pg[LIST_PAGES];	/* the window, in list order */
	int npg;
	long n;			/* rows in the window */
	long sel;		/* selected row, index into the window */
	long top;		/* first visible row, index into the window */
	long base;		/* position of the window's first row in the list */
	int more_before, more_after;
	long total, unread;	/* from store_count */
	int page;		/* rows per store_list call */
};

/* ---------------------------------------------------------------- pager */

/* A highlighted range of a block's clean text. */
struct tui_span {
	size_t start, end;
	int64_t entity;
	enum entity_type type;
	size_t bstart;		/* where it starts in the body */
};

/* A plain range of a block's clean text (search hit, noted passage). */
struct tui_range {
	size_t start, end;
};

/* A clean offset known to match a body offset (segment starts). */
struct tui_anchor {
	size_t clean, body;
};

/* A block of the reading pane: title, meta line, paragraph or heading. */
struct tui_block {
	char kind;		/* 't' title, 'm' meta, 'p' paragraph, 'h' heading,
				 * 'n' a note under its paragraph */
	char *text;		/* cleaned, NUL-terminated */
	size_t len;
	struct tui_span *spans;
	size_t nspans;
	size_t bstart, bend;	/* body range ('p', 'h'); note id for 'n' */
	struct tui_anchor *anchors;
	size_t nanchors;
	struct tui_range *hits;	/* search matches */
	size_t nhits;
	struct tui_range *noted;	/* passages with a note */
	size_t nnoted;
	int64_t note;		/* 'n' blocks: the note shown */
};

/* One wrapped line on screen. */
struct tui_line {
	size_t block;		/* index into blocks; (size_t)-1 = blank */
	size_t start, len;	/* byte range of the block's text */
};

struct tui_pager {
	int open;
	struct store_article art;
	struct tui_block *blocks;
	size_t nblocks;
	struct tui_line *lines;
	size_t nlines;
	int cols;		/* width the lines were wrapped to */
	long top;		/* first visible line */
	long mline;		/* line of the mention last shown, -1 none */
	int64_t entity;		/* selected entity (0 = none) */
	size_t mstart;		/* body offset of the mention last shown */
	int mset;		/* mstart is set */
	char *find;		/* terms highlighted (search or find), or NULL */
	int findlit;		/* find: a plain substring, not FTS words */
	long hline;		/* line of the match last shown, -1 none */
	size_t hblock, hstart;	/* the match last shown */
	struct store_note *notes;	/* of the open story */
	long nnotes;
	size_t sel_block;	/* visual selection: from sel_start of */
	size_t sel_last;	/* block sel_block to sel_end of block */
	size_t sel_start, sel_end;	/* sel_last (clean offsets) */
	int visual;		/* 0 none, 1 visual mode on */
	int vunit;		/* 's' sentence, 'p' paragraph, 'c' characters */
};

/* ---------------------------------------------------------------- sidebar */

/* A row of the sidebar: a group heading or an entity. */
struct tui_srow {
	int heading;		/* 1: the heading of group `type` */
	enum entity_type type;
	long ent;		/* index into ents when not a heading */
};

struct tui_sidebar {
	struct store_entity *ents;	/* as the store ordered them */
	long n;
	struct tui_srow *rows;	/* People, Places, Organisations, Other */
	long nrows;
	long sel;		/* selected row (never a heading) */
	long top;		/* first visible row */
};

/* ---------------------------------------------------------------- config */

struct tui_config {
	int sidebar;		/* show the sidebar on wide terminals */
	int sidebar_width;
	int list_height;	/* 0 = a third of the screen */
	int fold_width;		/* below this many columns the sidebar folds */
	int mouse;
	int mark_read;		/* opening a story marks it read */
	struct theme_color colors[EL_COUNT];
};

/* ---------------------------------------------------------------- the reader */

struct tui {
	struct store *st;
	double started;		/* when tui_run began (monotonic seconds) */
	int defer_count;	/* count the stories after the first frame */
	struct tui_config cfg;
	int color;		/* colours in use */
	int utf8;		/* the locale speaks UTF-8 */
	attr_t attr[EL_COUNT];	/* resolved theme */
	struct tui_binding *binds;
	size_t nbinds;
	enum tui_region focus;
	int sidebar_shown;	/* on narrow terminals: toggled by the user */
	int help;		/* help screen showing */
	long help_top;
	int quit;
	int too_small;
	struct tui_rect r_list, r_pager, r_side;
	int has_side;		/* the sidebar is on screen */
	struct tui_list list;
	struct tui_pager pager;
	struct tui_sidebar side;
	char msg[256];		/* one-shot message for the status line */
	int msg_error;
	char *limit_name;	/* name of the entity the list is limited to */
	char *search;		/* the search the list is limited to */
	int64_t *marks;		/* marked stories (ids) */
	size_t nmarks;
	char **errors;		/* config errors, printed on exit */
	size_t nerrors;
};

/* draw.c: every string from the store goes through these */
char *tui_clean(const char *s, size_t len, int keep_newline);
int tui_draw(int y, int x, int cols, const char *s, size_t len, attr_t a);
int tui_draw_plain(int y, int x, int cols, const char *s, attr_t a);
void tui_fill(int y, int x, int cols, attr_t a);
int tui_width(const char *s);

/* tui.c */
void tui_message(struct tui *t, int error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void tui_layout(struct tui *t);
void tui_redraw(struct tui *t);
void tui_open_selected(struct tui *t);
int tui_open(struct tui *t, int64_t id);

/* list.c */
int list_reload(struct tui *t);
void list_free(struct tui_list *l);
void list_move(struct tui *t, long delta);
void list_first(struct tui *t);
void list_last(struct tui *t);
void list_draw(struct tui *t);
void list_recount(struct tui *t);
void list_click(struct tui *t, int row);
struct store_row *list_selected(struct tui *t);
void list_fill(struct tui *t);
struct store_row *list_find(struct tui *t, int64_t id);
int list_select_id(struct tui *t, int64_t id);
void list_refresh(struct tui *t);
void list_limit_clear(struct tui *t);

/* pager.c */
int pager_open(struct tui *t, int64_t id);
void pager_close(struct tui_pager *p);
void pager_draw(struct tui *t);
void pager_scroll(struct tui *t, long delta);
void pager_top(struct tui *t);
void pager_bottom(struct tui *t);
void pager_goto_mention(struct tui *t, int dir);
void pager_set_find(struct tui *t, const char *terms);
void pager_goto_hit(struct tui *t, int dir);
long pager_current_block(struct tui *t);
int pager_reload(struct tui *t);
void pager_show_body(struct tui *t, size_t off);
size_t pager_body_offset(struct tui_block *b, size_t clean);
void pager_goto_note(struct tui *t, int64_t note);

/* notes.c */
void notes_add(struct tui *t, int editor);
void notes_edit(struct tui *t);
void notes_delete(struct tui *t);
void notes_view(struct tui *t);
char *notes_editor(struct tui *t, const char *init);

/* marks.c */
int marks_has(struct tui *t, int64_t id);
void marks_toggle(struct tui *t);
void marks_clear(struct tui *t);
void marks_tag_rename(struct tui *t);
void marks_tag_delete(struct tui *t);

/* entityview.c */
void entityview_open(struct tui *t);
void entityview_merge(struct tui *t);
void entityview_rename(struct tui *t);
void entityview_retype(struct tui *t);
void entityview_ignore(struct tui *t);

/* visual.c */
void visual_start(struct tui *t);
int visual_key(struct tui *t, int key);

/* prompt.c */
/* Candidates for Tab completion in a prompt: words, or, when fetch is
 * set, what fetch returns at each Tab for the input so far (a malloc'd
 * array of malloc'd strings that the prompt frees): asked of the store,
 * so that completing costs the same at any size.  whole: complete the
 * whole input (a name with spaces), not its last word.  none: the hint
 * when nothing matches. */
struct prompt_words {
	char **words;
	long n;
	long (*fetch)(struct tui *t, const char *typed, char ***words);
	int whole;
	const char *none;
};
char *prompt_read(struct tui *t, const char *label, const char *init,
    const struct prompt_words *complete);

/* sidebar.c */
int sidebar_load(struct tui *t, int64_t article);
void sidebar_free(struct tui_sidebar *s);
void sidebar_draw(struct tui *t);
void sidebar_move(struct tui *t, long delta);
void sidebar_first(struct tui *t);
void sidebar_last(struct tui *t);
void sidebar_click(struct tui *t, int row);
struct store_entity *sidebar_selected(struct tui *t);
void sidebar_select(struct tui *t, int64_t entity);

/* keys.c */
extern const struct tui_op tui_ops[];
extern const size_t tui_nops;
int keys_init(struct tui *t);
int keys_bind(struct tui *t, int key, int op);
int keys_unbind(struct tui *t, int key);
int keys_parse(const char *name, int *key);
void keys_name(int key, char *buf, size_t size);
int keys_op(const char *name);
void keys_dispatch(struct tui *t, int key);
size_t keys_of(struct tui *t, int op, char *buf, size_t size);
void keys_help_draw(struct tui *t);
void keys_help_key(struct tui *t, int key);

/* config.c */
void config_defaults(struct tui_config *c);
void config_load(struct tui *t, const char *path, int named);
char *config_path(const struct tui_options *opt);

/* theme.c */
void theme_defaults(struct theme_color *c);
void theme_init(struct tui *t);
int theme_element(const char *name);
int theme_color_parse(const char *s, short *c);
int theme_attr_parse(const char *s, attr_t *a);
attr_t theme_mention(struct tui *t, enum entity_type type);

/* status.c */
void status_draw(struct tui *t);
void header_draw(struct tui *t);

#endif
