/*
 * keys.c: the one table of operations.  Each operation has a name (used by
 * `bind` in the config file), its default keys, a line of help and a
 * handler.  The table drives dispatch, the config file and the `?` screen,
 * so the help always shows the live key map.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "dossier/text.h"
#include "tui-private.h"

/* Move by delta in the focused region. */
static void
region_move(struct tui *t, long delta)
{
	switch (t->focus) {
	case REGION_LIST:
		list_move(t, delta);
		break;
	case REGION_PAGER:
		pager_scroll(t, delta);
		break;
	default:
		sidebar_move(t, delta);
		break;
	}
}

/* Rows of the focused region (a page). */
static long
page(struct tui *t)
{
	int h = t->focus == REGION_LIST ? t->r_list.h :
	    t->focus == REGION_PAGER ? t->r_pager.h : t->r_side.h;

	return h > 2 ? h - 1 : 1;
}

static void op_next(struct tui *t) { region_move(t, 1); }
static void op_prev(struct tui *t) { region_move(t, -1); }
static void op_page_down(struct tui *t) { region_move(t, page(t)); }
static void op_page_up(struct tui *t) { region_move(t, -page(t)); }

/* Go to the first row or line of the focused region. */
static void
op_first(struct tui *t)
{
	if (t->focus == REGION_LIST)
		list_first(t);
	else if (t->focus == REGION_PAGER)
		pager_top(t);
	else
		sidebar_first(t);
}

/* Go to the last row or line of the focused region. */
static void
op_last(struct tui *t)
{
	if (t->focus == REGION_LIST)
		list_last(t);
	else if (t->focus == REGION_PAGER)
		pager_bottom(t);
	else
		sidebar_last(t);
}

/* Open the selected story, or select the entity under the cursor. */
static void
op_open(struct tui *t)
{
	struct store_entity *e;

	if (t->focus == REGION_LIST) {
		tui_open_selected(t);
	} else if (t->focus == REGION_SIDEBAR) {
		if ((e = sidebar_selected(t)) == NULL)
			return;
		if (t->pager.entity == e->id) {
			entityview_open(t);	/* Enter again: its view */
			return;
		}
		t->pager.entity = e->id;
		if (t->pager.entity)
			pager_goto_mention(t, 0);
	} else {
		pager_scroll(t, 1);
	}
}

/* Back to the list, or quit from the list. */
static void
op_quit(struct tui *t)
{
	if (t->focus != REGION_LIST)
		t->focus = REGION_LIST;
	else
		t->quit = 1;
}

static void op_quit_now(struct tui *t) { t->quit = 1; }

/* Show the key map. */
static void
op_help(struct tui *t)
{
	t->help = 1;
	t->help_top = 0;
}

/* Is region r on screen? */
static int
shown(struct tui *t, enum tui_region r)
{
	return r != REGION_SIDEBAR || t->has_side;
}

/* Focus the next region on screen. */
static void
op_focus_next(struct tui *t)
{
	do
		t->focus = (t->focus + 1) % REGION_COUNT;
	while (!shown(t, t->focus));
}

/* Focus the previous region on screen. */
static void
op_focus_prev(struct tui *t)
{
	do
		t->focus = (t->focus + REGION_COUNT - 1) % REGION_COUNT;
	while (!shown(t, t->focus));
}

static void op_toggle_sidebar(struct tui *t);

static void op_focus_list(struct tui *t) { t->focus = REGION_LIST; }
static void op_focus_pager(struct tui *t) { t->focus = REGION_PAGER; }

/* Focus the sidebar, unfolding it on a narrow terminal. */
static void
op_focus_sidebar(struct tui *t)
{
	if (!t->has_side)
		op_toggle_sidebar(t);
	if (t->has_side)
		t->focus = REGION_SIDEBAR;
}

/* Open the story below (dir 1) or above (-1) the selected one. */
static void
story_step(struct tui *t, long dir)
{
	struct store_row *r = list_selected(t);
	int64_t before = r ? r->id : 0;

	list_move(t, dir);
	r = list_selected(t);
	if (r == NULL || r->id == before) {
		tui_message(t, 0, dir > 0 ? "last story" : "first story");
		return;
	}
	tui_open_selected(t);
}

static void op_next_story(struct tui *t) { story_step(t, 1); }
static void op_prev_story(struct tui *t) { story_step(t, -1); }

/* Flip the read flag of the selected story. */
static void
op_toggle_unread(struct tui *t)
{
	struct store_row *r = list_selected(t);

	if (r == NULL)
		return;
	if (store_article_set_read(t->st, r->id, !r->read) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	r->read = !r->read;
	if (t->pager.open && t->pager.art.id == r->id)
		t->pager.art.read = r->read;
	list_recount(t);
	tui_message(t, 0, r->read ? "marked read" : "marked unread");
}

/* Flip the star of the selected story. */
static void
op_toggle_star(struct tui *t)
{
	struct store_row *r = list_selected(t);

	if (r == NULL)
		return;
	if (store_article_set_starred(t->st, r->id, !r->starred) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	r->starred = !r->starred;
	if (t->pager.open && t->pager.art.id == r->id)
		t->pager.art.starred = r->starred;
	tui_message(t, 0, r->starred ? "starred" : "unstarred");
}

/* Show or hide the entity sidebar (on narrow terminals it unfolds over
 * part of the pane; on wide ones it is the `sidebar` setting). */
static void
op_toggle_sidebar(struct tui *t)
{
	if (COLS >= t->cfg.fold_width)
		t->cfg.sidebar = !t->cfg.sidebar;
	else
		t->sidebar_shown = !t->sidebar_shown;
	tui_layout(t);
	if (!t->has_side && t->focus == REGION_SIDEBAR)
		t->focus = REGION_PAGER;
}

/* Start the list again under the current limits. */
static void
relimit(struct tui *t)
{
	pager_close(&t->pager);
	sidebar_free(&t->side);
	list_reload(t);
	t->focus = REGION_LIST;
	if (t->list.total == 0)
		tui_message(t, 0, "no story matches; L shows them all");
}

/* Limit the list to stories that mention the selected entity. */
static void
op_limit_entity(struct tui *t)
{
	struct store_entity *e = NULL;
	int64_t id = t->pager.entity;

	for (long i = 0; id && i < t->side.n; i++)
		if (t->side.ents[i].id == id)
			e = &t->side.ents[i];
	if (e == NULL)
		e = sidebar_selected(t);
	if (e == NULL) {
		tui_message(t, 0, "open a story and select an entity first");
		return;
	}
	free(t->limit_name);
	t->limit_name = strdup(e->name);
	t->list.filter.entity = e->id;
	relimit(t);
}

/* Show only unread stories, or all again. */
static void
op_limit_unread(struct tui *t)
{
	t->list.filter.unread = !t->list.filter.unread;
	relimit(t);
}

/* Show only starred stories, or all again. */
static void
op_limit_starred(struct tui *t)
{
	t->list.filter.starred = !t->list.filter.starred;
	relimit(t);
}

/* Drop every limit. */
static void
op_limit_clear(struct tui *t)
{
	free(t->limit_name);
	free(t->search);
	free((char *)t->list.filter.tag);
	t->limit_name = t->search = NULL;
	memset(&t->list.filter, 0, sizeof(t->list.filter));
	pager_set_find(t, NULL);
	relimit(t);
}

/* Search the corpus: limit the list to stories matching a query. */
static void
op_search(struct tui *t)
{
	char *q = prompt_read(t, "Search: ", t->search, NULL);

	if (q == NULL)
		return;
	free(t->search);
	t->search = NULL;
	if (q[0] != '\0')
		t->search = q;
	else
		free(q);
	t->list.filter.search = t->search;
	t->pager.findlit = 0;
	pager_set_find(t, t->search);
	relimit(t);
	if (t->search && t->list.total > 0) {
		tui_open_selected(t);
		pager_goto_hit(t, 1);
	}
}

/* Find a plain string in the open story, as less does. */
static void
op_find(struct tui *t)
{
	char *q;

	if (!t->pager.open) {
		tui_message(t, 0, "open a story first");
		return;
	}
	q = prompt_read(t, "Find in story: ", t->pager.findlit ?
	    t->pager.find : "", NULL);
	if (q == NULL)
		return;
	t->pager.findlit = 1;
	pager_set_find(t, q);
	free(q);
	t->focus = REGION_PAGER;
	if (t->pager.find)
		pager_goto_hit(t, 1);
}

static void op_visual(struct tui *t) { visual_start(t); }
static void op_entity_view(struct tui *t) { entityview_open(t); }
static void op_entity_merge(struct tui *t) { entityview_merge(t); }
static void op_entity_rename(struct tui *t) { entityview_rename(t); }
static void op_entity_retype(struct tui *t) { entityview_retype(t); }
static void op_entity_ignore(struct tui *t) { entityview_ignore(t); }
static void op_mark(struct tui *t) { marks_toggle(t); }
static void op_tag_rename(struct tui *t) { marks_tag_rename(t); }
static void op_tag_delete(struct tui *t) { marks_tag_delete(t); }
static void op_note(struct tui *t) { notes_add(t, 0); }
static void op_note_editor(struct tui *t) { notes_add(t, 1); }
static void op_note_edit(struct tui *t) { notes_edit(t); }
static void op_note_delete(struct tui *t) { notes_delete(t); }
static void op_notes(struct tui *t) { notes_view(t); }
static void op_next_match(struct tui *t) { pager_goto_hit(t, 1); }
static void op_prev_match(struct tui *t) { pager_goto_hit(t, -1); }

/* Apply "+a -b c" to story id: + or nothing adds, - removes.  Returns
 * the number of changes, or -1 on a store error. */
static int
apply_tags(struct tui *t, int64_t id, char *spec)
{
	char *tok, *save;
	int n = 0, rc;

	for (tok = strtok_r(spec, " ", &save); tok != NULL;
	    tok = strtok_r(NULL, " ", &save)) {
		if (tok[0] == '-')
			rc = tok[1] ? store_tag_remove(t->st, id, tok + 1) : 0;
		else
			rc = store_tag_add(t->st, id, tok + (tok[0] == '+'));
		if (rc < 0)
			return -1;
		n++;
	}
	return n;
}

/* Every tag name, for completion.  Free with free_words. */
static void
tag_words(struct tui *t, struct store_tag **tags, long *n,
    struct prompt_words *w)
{
	*w = (struct prompt_words){ .words = NULL };
	if ((*n = store_tags(t->st, tags)) < 0) {
		*n = 0;
		*tags = NULL;
	}
	if (*n > 0 && (w->words = calloc((size_t)*n, sizeof(*w->words))) != NULL) {
		for (long i = 0; i < *n; i++)
			w->words[i] = (*tags)[i].name;
		w->n = *n;
	}
}

/* Limit the list to stories with a tag (asked, with completion). */
static void
op_limit_tag(struct tui *t)
{
	struct store_tag *tags;
	struct prompt_words w;
	long n;
	char *tag, *end;

	tag_words(t, &tags, &n, &w);
	tag = prompt_read(t, "Limit to tag (Tab completes): ",
	    t->list.filter.tag ? t->list.filter.tag : "", &w);
	free(w.words);
	store_tags_free(tags, n);
	if (tag == NULL)
		return;
	while ((end = strrchr(tag, ' ')) != NULL && end[1] == '\0')
		*end = '\0';
	free((char *)t->list.filter.tag);
	t->list.filter.tag = NULL;
	if (tag[0] != '\0')
		t->list.filter.tag = tag;
	else
		free(tag);
	relimit(t);
}

/* Tag every marked story (then forget the marks). */
static void
tag_marked(struct tui *t)
{
	struct store_tag *tags;
	struct prompt_words w;
	long n;
	char label[64], *spec, *copy;
	int rc = 0;
	size_t done = 0;

	snprintf(label, sizeof(label), "Tag %zu marked (+add -remove): ",
	    t->nmarks);
	tag_words(t, &tags, &n, &w);
	spec = prompt_read(t, label, "", &w);
	free(w.words);
	store_tags_free(tags, n);
	if (spec == NULL)
		return;
	for (size_t i = 0; i < t->nmarks && rc >= 0; i++) {
		if ((copy = strdup(spec)) == NULL)
			break;
		rc = apply_tags(t, t->marks[i], copy);
		free(copy);
		done++;
	}
	free(spec);
	if (rc < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	list_refresh(t);
	if (t->pager.open)
		pager_reload(t);
	marks_clear(t);
	tui_message(t, 0, "tags changed on %zu marked stories", done);
}

/* Tag the open (or selected) story, with completion from every tag. */
static void
op_tag(struct tui *t)
{
	struct store_row *r = list_selected(t);
	struct store_tag *tags;
	struct prompt_words w;
	int64_t id = t->focus != REGION_LIST && t->pager.open ?
	    t->pager.art.id : r ? r->id : 0;
	long n, top = t->pager.top;
	char *spec;
	int rc;

	if (t->nmarks > 0) {
		tag_marked(t);
		return;
	}
	if (id == 0)
		return;
	tag_words(t, &tags, &n, &w);
	spec = prompt_read(t, "Tags (+add -remove, Tab completes): ", "", &w);
	free(w.words);
	store_tags_free(tags, n);
	if (spec == NULL)
		return;
	rc = apply_tags(t, id, spec);
	free(spec);
	if (rc < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	list_refresh(t);
	if (t->pager.open && t->pager.art.id == id) {
		enum tui_region f = t->focus;
		int64_t e = t->pager.entity;

		pager_open(t, id);
		t->pager.top = top;
		t->pager.entity = e;
		t->focus = f;
	}
	tui_message(t, 0, rc ? "tags changed" : "no change");
}

static void op_next_mention(struct tui *t) { pager_goto_mention(t, 1); }
static void op_prev_mention(struct tui *t) { pager_goto_mention(t, -1); }

/* Repaint the whole screen. */
static void
op_redraw(struct tui *t)
{
	clearok(curscr, TRUE);
}

const struct tui_op tui_ops[] = {
	{ "next", "j <Down>", "move down, or scroll down a line", op_next },
	{ "prev", "k <Up>", "move up, or scroll up a line", op_prev },
	{ "page-down", "<PageDown> <Space>", "down a page", op_page_down },
	{ "page-up", "<PageUp> -", "up a page", op_page_up },
	{ "first", "g <Home>", "go to the top", op_first },
	{ "last", "G <End>", "go to the bottom", op_last },
	{ "open", "<Enter>", "open the story; in the sidebar, select the entity (again: its view)",
	    op_open },
	{ "next-story", "J", "open the next story", op_next_story },
	{ "prev-story", "K", "open the previous story", op_prev_story },
	{ "next-mention", "]", "next mention of the selected entity",
	    op_next_mention },
	{ "prev-mention", "[", "previous mention of the selected entity",
	    op_prev_mention },
	{ "tag", "t", "tag the story: +add -remove, Tab completes", op_tag },
	{ "entity-view", "i", "every story that mentions the entity, in context",
	    op_entity_view },
	{ "entity-merge", "M", "merge another entity into the selected one",
	    op_entity_merge },
	{ "entity-rename", "r", "rename the selected entity", op_entity_rename },
	{ "entity-retype", "Y", "change the type of the selected entity",
	    op_entity_retype },
	{ "entity-ignore", "I", "ignore the selected entity from now on",
	    op_entity_ignore },
	{ "mark", "m", "mark or unmark the story (t then tags every marked one)",
	    op_mark },
	{ "tag-rename", "R", "rename a tag in every story", op_tag_rename },
	{ "tag-delete", "X", "delete a tag from every story", op_tag_delete },
	{ "search", "/", "search the stories (FTS5: words, \"phrases\", pre*)",
	    op_search },
	{ "find", "f", "find a string in the story (as less's /)", op_find },
	{ "next-match", "n", "next match of the search or find in the story",
	    op_next_match },
	{ "prev-match", "p", "previous match in the story", op_prev_match },
	{ "visual", "v", "select a passage (sentences, paragraph, characters)",
	    op_visual },
	{ "note", "a", "note on the selection or paragraph (one line)",
	    op_note },
	{ "note-editor", "A", "note on the selection or paragraph, in $EDITOR",
	    op_note_editor },
	{ "note-edit", "E",
	    "edit the note under the cursor (asks which of several)",
	    op_note_edit },
	{ "note-delete", "D",
	    "delete the note under the cursor (asks which of several)",
	    op_note_delete },
	{ "notes", "o", "list every note; Enter opens the story at it",
	    op_notes },
	{ "limit-entity", "l", "list only stories that mention the entity",
	    op_limit_entity },
	{ "limit-tag", "T", "list only stories with a tag (Tab completes)",
	    op_limit_tag },
	{ "limit-unread", "U", "list only unread stories (again: all)",
	    op_limit_unread },
	{ "limit-starred", "S", "list only starred stories (again: all)",
	    op_limit_starred },
	{ "limit-clear", "L", "drop every limit and search", op_limit_clear },
	{ "toggle-unread", "N", "mark the story unread (or read again)",
	    op_toggle_unread },
	{ "toggle-star", "s", "star or unstar the story", op_toggle_star },
	{ "focus-next", "<Tab>", "focus the next region", op_focus_next },
	{ "focus-prev", "<BackTab>", "focus the previous region",
	    op_focus_prev },
	{ "focus-list", "1", "focus the story list", op_focus_list },
	{ "focus-pager", "2", "focus the reading pane", op_focus_pager },
	{ "focus-sidebar", "3", "focus the entity sidebar", op_focus_sidebar },
	{ "toggle-sidebar", "e", "show or hide the entity sidebar",
	    op_toggle_sidebar },
	{ "help", "? <F1>", "show this help", op_help },
	{ "redraw", "^L", "redraw the screen", op_redraw },
	{ "quit", "q", "back to the list; in the list, quit", op_quit },
	{ "quit-now", "Q", "quit at once", op_quit_now },
};
const size_t tui_nops = sizeof(tui_ops) / sizeof(tui_ops[0]);

static const struct {
	const char *name;
	int key;
} key_names[] = {
	{ "Down", TUI_FKEY | KEY_DOWN }, { "Up", TUI_FKEY | KEY_UP },
	{ "Left", TUI_FKEY | KEY_LEFT }, { "Right", TUI_FKEY | KEY_RIGHT },
	{ "PageDown", TUI_FKEY | KEY_NPAGE }, { "PgDn", TUI_FKEY | KEY_NPAGE },
	{ "PageUp", TUI_FKEY | KEY_PPAGE }, { "PgUp", TUI_FKEY | KEY_PPAGE },
	{ "Home", TUI_FKEY | KEY_HOME }, { "End", TUI_FKEY | KEY_END },
	{ "Insert", TUI_FKEY | KEY_IC }, { "Delete", TUI_FKEY | KEY_DC },
	{ "Backspace", TUI_FKEY | KEY_BACKSPACE },
	{ "BackTab", TUI_FKEY | KEY_BTAB },
	{ "Enter", '\n' }, { "Return", '\n' }, { "Tab", '\t' },
	{ "Space", ' ' }, { "Esc", 27 }, { "Escape", 27 },
};

/* Parse a key name: "j", "<Down>", "Down", "^L", "<F5>", "é".
 * 0, or -1 when the name means no key. */
int
keys_parse(const char *name, int *key)
{
	char buf[32];
	size_t n = strlen(name);
	mbstate_t ps;
	wchar_t wc;
	long f;

	if (n >= 2 && name[0] == '<' && name[n - 1] == '>') {
		if (n - 2 >= sizeof(buf))
			return -1;
		memcpy(buf, name + 1, n - 2);
		buf[n - 2] = '\0';
		name = buf;
		n -= 2;
	} else if (n == 2 && name[0] == '^' && name[1] != '\0') {
		char c = name[1];

		if (c == '?') {
			*key = 127;
			return 0;
		}
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c < '@' || c > '_')
			return -1;
		*key = c - '@';
		return 0;
	}
	for (size_t i = 0; i < sizeof(key_names) / sizeof(key_names[0]); i++)
		if (strcasecmp(name, key_names[i].name) == 0) {
			*key = key_names[i].key;
			return 0;
		}
	if ((name[0] == 'F' || name[0] == 'f') && name[1] >= '0' &&
	    name[1] <= '9') {
		char *end;

		f = strtol(name + 1, &end, 10);
		if (*end == '\0' && f >= 1 && f <= 63) {
			*key = TUI_FKEY | KEY_F((int)f);
			return 0;
		}
	}
	memset(&ps, 0, sizeof(ps));
	if (mbrtowc(&wc, name, n, &ps) == n && wc > 32 && wc != 127) {
		*key = (int)wc;
		return 0;
	}
	return -1;
}

/* The name of a key, as the help screen and `bind` spell it. */
void
keys_name(int key, char *buf, size_t size)
{
	char mb[8];
	mbstate_t ps;
	size_t n;

	for (size_t i = 0; i < sizeof(key_names) / sizeof(key_names[0]); i++)
		if (key_names[i].key == key) {
			snprintf(buf, size, "<%s>", key_names[i].name);
			return;
		}
	if (key & TUI_FKEY) {
		int k = key & ~TUI_FKEY;

		if (k >= KEY_F(1) && k <= KEY_F(63))
			snprintf(buf, size, "<F%d>", k - KEY_F0);
		else
			snprintf(buf, size, "<key%o>", k);
		return;
	}
	if (key < 32) {
		snprintf(buf, size, "^%c", key + '@');
		return;
	}
	if (key == 127) {
		snprintf(buf, size, "^?");
		return;
	}
	memset(&ps, 0, sizeof(ps));
	n = wcrtomb(mb, (wchar_t)key, &ps);
	if (n == (size_t)-1)
		snprintf(buf, size, "<U+%04X>", (unsigned)key);
	else
		snprintf(buf, size, "%.*s", (int)n, mb);
}

/* Index of an operation by name, or -1. */
int
keys_op(const char *name)
{
	for (size_t i = 0; i < tui_nops; i++)
		if (strcmp(name, tui_ops[i].name) == 0)
			return (int)i;
	return -1;
}

/* Bind key to op (replacing what it did).  0, or -1 on ENOMEM. */
int
keys_bind(struct tui *t, int key, int op)
{
	struct tui_binding *b;

	for (size_t i = 0; i < t->nbinds; i++)
		if (t->binds[i].key == key) {
			t->binds[i].op = op;
			return 0;
		}
	if ((b = realloc(t->binds, (t->nbinds + 1) * sizeof(*b))) == NULL)
		return -1;
	t->binds = b;
	t->binds[t->nbinds].key = key;
	t->binds[t->nbinds].op = op;
	t->nbinds++;
	return 0;
}

/* Remove a key's binding; 0, or -1 when it had none. */
int
keys_unbind(struct tui *t, int key)
{
	for (size_t i = 0; i < t->nbinds; i++)
		if (t->binds[i].key == key) {
			t->binds[i] = t->binds[--t->nbinds];
			return 0;
		}
	return -1;
}

/* Install the default keys of every operation. */
int
keys_init(struct tui *t)
{
	char buf[64], *tok, *save;
	int key;

	for (size_t i = 0; i < tui_nops; i++) {
		snprintf(buf, sizeof(buf), "%s", tui_ops[i].keys);
		for (tok = strtok_r(buf, " ", &save); tok != NULL;
		    tok = strtok_r(NULL, " ", &save))
			if (keys_parse(tok, &key) == 0 &&
			    keys_bind(t, key, (int)i) < 0)
				return -1;
	}
	return 0;
}

/* The keys bound to op, comma-separated, in buf.  Returns how many. */
size_t
keys_of(struct tui *t, int op, char *buf, size_t size)
{
	char name[32];
	size_t n = 0, used = 0;

	buf[0] = '\0';
	/* Default keys first, in table order, then the user's own. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < t->nbinds; i++) {
			int dflt;
			char spec[64], *tok, *save;

			if (t->binds[i].op != op)
				continue;
			keys_name(t->binds[i].key, name, sizeof(name));
			snprintf(spec, sizeof(spec), "%s", tui_ops[op].keys);
			dflt = 0;
			for (tok = strtok_r(spec, " ", &save); tok != NULL;
			    tok = strtok_r(NULL, " ", &save)) {
				int k;

				if (keys_parse(tok, &k) == 0 &&
				    k == t->binds[i].key)
					dflt = 1;
			}
			if (dflt != (pass == 0))
				continue;
			if (used < size)
				used += (size_t)snprintf(buf + used, size - used,
				    "%s%s", n ? ", " : "", name);
			n++;
		}
	return n;
}

/* Run the operation bound to key. */
void
keys_dispatch(struct tui *t, int key)
{
	char name[32];

	for (size_t i = 0; i < t->nbinds; i++)
		if (t->binds[i].key == key) {
			tui_ops[t->binds[i].op].fn(t);
			return;
		}
	keys_name(key, name, sizeof(name));
	tui_message(t, 0, "%s is not bound; ? shows the keys", name);
}

/* Lines of the help screen (title and blank line included). */
static long
help_lines(void)
{
	return (long)tui_nops + 2;
}

/* Draw the help screen: every operation with its live keys. */
void
keys_help_draw(struct tui *t)
{
	char keys[128], line[256];
	long rows = LINES - 1, i;
	int kw = 18, y = 0;

	erase();
	tui_fill(0, 0, COLS, t->attr[EL_HEADER]);
	tui_draw_plain(0, 1, COLS - 2,
	    "dossier keys  (bind KEY OPERATION in the config file)",
	    t->attr[EL_HEADER]);
	for (i = t->help_top; i < (long)tui_nops && y + 2 < rows; i++) {
		keys_of(t, (int)i, keys, sizeof(keys));
		if (keys[0] == '\0')
			snprintf(keys, sizeof(keys), "(unbound)");
		y = (int)(i - t->help_top) + 2;
		tui_draw_plain(y, 2, kw - 1, keys, t->attr[EL_TITLE]);
		/* Narrow screens keep the help text, not the names. */
		if (COLS >= 72)
			snprintf(line, sizeof(line), "%-15s %s",
			    tui_ops[i].name, tui_ops[i].help);
		else
			snprintf(line, sizeof(line), "%s", tui_ops[i].help);
		tui_draw_plain(y, 2 + kw, COLS - kw - 3, line,
		    t->attr[EL_NORMAL]);
	}
	tui_fill(LINES - 1, 0, COLS, t->attr[EL_STATUS]);
	tui_draw_plain(LINES - 1, 1, COLS - 2,
	    "q or ? closes the help   j/k scroll", t->attr[EL_STATUS]);
}

/* A key while the help screen shows. */
void
keys_help_key(struct tui *t, int key)
{
	long max = help_lines() - (LINES - 2);

	if (key == 'j' || key == (TUI_FKEY | KEY_DOWN) || key == ' ' ||
	    key == (TUI_FKEY | KEY_NPAGE))
		t->help_top++;
	else if (key == 'k' || key == (TUI_FKEY | KEY_UP) ||
	    key == (TUI_FKEY | KEY_PPAGE))
		t->help_top--;
	else
		t->help = 0;
	if (t->help_top > max)
		t->help_top = max;
	if (t->help_top < 0)
		t->help_top = 0;
}
