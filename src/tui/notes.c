/*
 * notes.c: notes on passages of a story.  `a` asks for a one-line note
 * in the status line, `A` opens $EDITOR on a temporary file (as calcurse
 * does: write the file, leave curses, run the editor, come back, read the
 * file; an empty file cancels).  A note is committed by the store before
 * the status line says it is saved.  The notes view lists every note in
 * the corpus and opens a story at one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dossier/text.h"
#include "tui-private.h"

/* Drop trailing white space; NULL (and free) when nothing is left. */
static char *
trim(char *s)
{
	size_t n;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' ||
	    s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	if (n == 0) {
		free(s);
		return NULL;
	}
	return s;
}

/* Read a whole file; malloc'd, NULL on error. */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *s = NULL;
	size_t len = 0, cap = 0, n;
	char buf[4096];

	if (f == NULL)
		return NULL;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		char *v;

		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			if ((v = realloc(s, cap)) == NULL) {
				free(s);
				fclose(f);
				return NULL;
			}
			s = v;
		}
		memcpy(s + len, buf, n);
		len += n;
	}
	fclose(f);
	if (s == NULL)
		s = calloc(1, 1);
	else
		s[len] = '\0';
	return s;
}

/* Edit init in $VISUAL or $EDITOR (vi by default) on a temporary file.
 * The text, or NULL when the file came back empty or on error. */
char *
notes_editor(struct tui *t, const char *init)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	pid_t pid;
	int fd, status = 0;
	char *s;

	snprintf(path, sizeof(path), "%s/dossier-note-XXXXXX",
	    dir && dir[0] ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0) {
		tui_message(t, 1, "cannot make a temporary file: %s",
		    strerror(errno));
		return NULL;
	}
	if (init && write(fd, init, strlen(init)) < 0)
		tui_message(t, 1, "cannot write %s", path);
	close(fd);
	def_prog_mode();
	endwin();
	if ((pid = fork()) == 0) {
		execl("/bin/sh", "sh", "-c",
		    "exec ${VISUAL:-${EDITOR:-vi}} \"$1\"", "sh", path,
		    (char *)NULL);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		unlink(path);
		tui_message(t, 1, "the editor failed; note not saved");
		return NULL;
	}
	s = trim(slurp(path));
	unlink(path);
	return s;
}

/* The notes the user may mean: those under block bi (which may itself
 * be a note: then its paragraph's), else those on screen.  Fills v (at
 * most max) and returns how many. */
static long
note_candidates(struct tui *t, long bi, struct tui_block **v, long max)
{
	struct tui_pager *p = &t->pager;
	long n = 0;

	while (bi > 0 && p->blocks[bi].kind == 'n')
		bi--;
	for (size_t i = (size_t)bi + 1; bi >= 0 && i < p->nblocks &&
	    p->blocks[i].kind == 'n' && n < max; i++)
		v[n++] = &p->blocks[i];
	if (n > 0)
		return n;
	for (long l = p->top; l < p->top + t->r_pager.h &&
	    l < (long)p->nlines && n < max; l++) {
		size_t b = p->lines[l].block;

		if (b != (size_t)-1 && p->blocks[b].kind == 'n' &&
		    (n == 0 || v[n - 1] != &p->blocks[b]))
			v[n++] = &p->blocks[b];
	}
	return n;
}

/* The note E or D acts on: the only one under the current paragraph (or
 * on screen), or the one whose number the user gives when there are
 * several (they are shown numbered "k/n").  NULL, with a message, when
 * there is none or the answer is not a number shown. */
static struct tui_block *
note_pick(struct tui *t, const char *verb)
{
	struct tui_block *v[64];
	long n = note_candidates(t, pager_current_block(t), v, 64), k;
	char q[64], *ans, *end;

	if (n == 0) {
		tui_message(t, 0, "no note here");
		return NULL;
	}
	if (n == 1)
		return v[0];
	snprintf(q, sizeof(q), "%s which note? (1-%ld, Enter: 1) ", verb, n);
	if ((ans = prompt_read(t, q, "", NULL)) == NULL) {
		if (t->msg[0] == '\0')
			tui_message(t, 0, "no note chosen");
		return NULL;
	}
	k = ans[0] == '\0' ? 1 : strtol(ans, &end, 10);
	if (ans[0] != '\0' && (end == ans || *end != '\0' || k < 1 || k > n)) {
		tui_message(t, 1, "no note %s here (1-%ld)", ans, n);
		free(ans);
		return NULL;
	}
	free(ans);
	return v[k - 1];
}

/* The text of note id of the open story. */
static const char *
note_text(struct tui *t, int64_t id)
{
	for (long i = 0; i < t->pager.nnotes; i++)
		if (t->pager.notes[i].id == id)
			return t->pager.notes[i].body;
	return NULL;
}

/* Attach a note to the selection, or to the current paragraph. */
void
notes_add(struct tui *t, int editor)
{
	struct tui_pager *p = &t->pager;
	struct tui_block *b;
	size_t start, end;
	long bi = pager_current_block(t);
	int64_t id;
	char *body;
	int rc;

	if (!p->open || bi < 0) {
		tui_message(t, 0, "open a story first");
		return;
	}
	b = &p->blocks[bi];
	start = end = b->bstart;
	if (p->visual && (p->sel_last > p->sel_block ||
	    p->sel_end > p->sel_start)) {
		start = pager_body_offset(b, p->sel_start);
		end = pager_body_offset(&p->blocks[p->sel_last], p->sel_end);
	}
	body = editor ? notes_editor(t, "") :
	    trim(prompt_read(t, "Note: ", "", NULL));
	if (body == NULL) {
		if (t->msg[0] == '\0')
			tui_message(t, 0, "no note");
		return;
	}
	rc = store_note_add(t->st, p->art.id, start, end, body, &id);
	free(body);
	if (rc != 0) {
		tui_message(t, 1, "note not saved: %s", rc < 0 ?
		    store_errmsg(t->st) : "bad range");
		return;
	}
	p->visual = 0;
	pager_reload(t);
	tui_message(t, 0, "note %lld saved", (long long)id);
}

/* Change the note under the cursor. */
void
notes_edit(struct tui *t)
{
	struct tui_block *b = note_pick(t, "Edit");
	const char *old;
	char *body;
	int64_t id;

	if (b == NULL)
		return;
	id = b->note;
	old = note_text(t, id);
	if (old && strchr(old, '\n'))
		body = notes_editor(t, old);
	else
		body = trim(prompt_read(t, "Note: ", old ? old : "", NULL));
	if (body == NULL) {
		if (t->msg[0] == '\0')
			tui_message(t, 0, "note unchanged (D deletes it)");
		return;
	}
	if (store_note_update(t->st, id, body) != 0) {
		free(body);
		tui_message(t, 1, "note not saved: %s", store_errmsg(t->st));
		return;
	}
	free(body);
	pager_reload(t);
	tui_message(t, 0, "note %lld saved", (long long)id);
}

/* Delete the note under the cursor, once confirmed. */
void
notes_delete(struct tui *t)
{
	struct tui_block *b = note_pick(t, "Delete");
	char *yes;
	int64_t id;

	if (b == NULL)
		return;
	id = b->note;
	yes = prompt_read(t, "Delete this note? (y/n) ", "", NULL);
	if (yes == NULL || (yes[0] != 'y' && yes[0] != 'Y')) {
		free(yes);
		tui_message(t, 0, "note kept");
		return;
	}
	free(yes);
	if (store_note_delete(t->st, id) != 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	pager_reload(t);
	tui_message(t, 0, "note %lld deleted", (long long)id);
}

/* Draw the notes view: one note a row, the selected one reversed. */
static void
view_draw(struct tui *t, struct store_note *n, long count, long sel,
    long top)
{
	char line[512];
	long rows = LINES - 2;

	erase();
	tui_fill(0, 0, COLS, t->attr[EL_HEADER]);
	snprintf(line, sizeof(line), "dossier notes  %ld note%s", count,
	    count == 1 ? "" : "s");
	tui_draw_plain(0, 1, COLS - 2, line, t->attr[EL_HEADER]);
	for (long i = top; i < count && i - top < rows; i++) {
		int y = (int)(i - top) + 1, x = 1;
		attr_t a = i == sel ? t->attr[EL_CURSOR] : t->attr[EL_NORMAL];

		if (i == sel)
			tui_fill(y, 0, COLS, a);
		x += tui_draw_plain(y, x, COLS / 4, n[i].title, i == sel ? a :
		    t->attr[EL_TITLE]);
		x += tui_draw_plain(y, x, 3, "  “", a);
		x += tui_draw_plain(y, x, COLS / 3, n[i].quote, i == sel ? a :
		    t->attr[EL_META]);
		x += tui_draw_plain(y, x, 4, "”  ", a);
		tui_draw_plain(y, x, COLS - x - 1, n[i].body, a);
	}
	tui_fill(LINES - 1, 0, COLS, t->attr[EL_STATUS]);
	tui_draw_plain(LINES - 1, 1, COLS - 2, count ?
	    "Enter opens the story at the note   j/k move   q back" :
	    "no notes yet: a in the reading pane adds one   q back",
	    t->attr[EL_STATUS]);
	refresh();
}

/* The notes view: every note in the corpus; Enter opens its story at
 * the note. */
void
notes_view(struct tui *t)
{
	struct store_note *n;
	long count, sel = 0, top = 0;
	wint_t wc;
	int rc;

	if ((count = store_notes(t->st, 0, &n)) < 0) {
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
		return;
	}
	for (;;) {
		long rows = LINES - 2 > 1 ? LINES - 2 : 1;

		if (sel >= count)
			sel = count - 1;
		if (sel < 0)
			sel = 0;
		if (sel < top)
			top = sel;
		if (sel >= top + rows)
			top = sel - rows + 1;
		view_draw(t, n, count, sel, top);
		if ((rc = get_wch(&wc)) == ERR)
			continue;
		if (rc == KEY_CODE_YES) {
			if (wc == KEY_DOWN)
				sel++;
			else if (wc == KEY_UP)
				sel--;
			else if (wc == KEY_NPAGE)
				sel += rows;
			else if (wc == KEY_PPAGE)
				sel -= rows;
			else if (wc == KEY_ENTER)
				break;
			continue;
		}
		if (wc == 'j')
			sel++;
		else if (wc == 'k')
			sel--;
		else if (wc == 'g')
			sel = 0;
		else if (wc == 'G')
			sel = count - 1;
		else if (wc == '\n' || wc == '\r')
			break;
		else if (wc == 'q' || wc == 27) {
			store_notes_free(n, count);
			return;
		}
	}
	if (count > 0 && tui_open(t, n[sel].article) == 0) {
		pager_goto_note(t, n[sel].id);
		tui_message(t, 0, "note %lld", (long long)n[sel].id);
	}
	store_notes_free(n, count);
}
