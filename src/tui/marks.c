/*
 * marks.c: marked stories, like mutt's tag-prefix (m marks or unmarks
 * the story under the cursor; t then tags every marked story), and the
 * renaming and deleting of tags across the corpus.
 */
#include <stdlib.h>
#include <string.h>

#include "tui-private.h"

/* Is story id marked? */
int
marks_has(struct tui *t, int64_t id)
{
	for (size_t i = 0; i < t->nmarks; i++)
		if (t->marks[i] == id)
			return 1;
	return 0;
}

/* Mark or unmark the selected story and move to the next. */
void
marks_toggle(struct tui *t)
{
	struct store_row *r = list_selected(t);
	int64_t *v;

	if (r == NULL)
		return;
	for (size_t i = 0; i < t->nmarks; i++)
		if (t->marks[i] == r->id) {
			t->marks[i] = t->marks[--t->nmarks];
			tui_message(t, 0, "unmarked; %zu marked", t->nmarks);
			list_move(t, 1);
			return;
		}
	if ((v = realloc(t->marks, (t->nmarks + 1) * sizeof(*v))) == NULL) {
		tui_message(t, 1, "out of memory");
		return;
	}
	t->marks = v;
	v[t->nmarks++] = r->id;
	tui_message(t, 0, "%zu marked: t tags them all", t->nmarks);
	list_move(t, 1);
}

/* Forget every mark. */
void
marks_clear(struct tui *t)
{
	free(t->marks);
	t->marks = NULL;
	t->nmarks = 0;
}

/* Ask for a tag name, completing from every tag.  malloc'd or NULL. */
static char *
ask_tag(struct tui *t, const char *label)
{
	struct store_tag *tags;
	struct prompt_words w = { .words = NULL };
	long n;
	char *s, *end;

	if ((n = store_tags(t->st, &tags)) < 0) {
		n = 0;
		tags = NULL;
	}
	if (n > 0 && (w.words = calloc((size_t)n, sizeof(*w.words))) != NULL) {
		for (long i = 0; i < n; i++)
			w.words[i] = tags[i].name;
		w.n = n;
	}
	s = prompt_read(t, label, "", &w);
	free(w.words);
	store_tags_free(tags, n);
	while (s && (end = strrchr(s, ' ')) != NULL && end[1] == '\0')
		*end = '\0';
	if (s && s[0] == '\0') {
		free(s);
		s = NULL;
	}
	return s;
}

/* After a change of tags: show it in the list and the pane. */
static void
tags_changed(struct tui *t)
{
	list_refresh(t);
	if (t->pager.open)
		pager_reload(t);
}

/* Rename a tag everywhere. */
void
marks_tag_rename(struct tui *t)
{
	char *from = ask_tag(t, "Rename tag (Tab completes): "), *to;
	int rc;

	if (from == NULL)
		return;
	if ((to = ask_tag(t, "New name: ")) == NULL) {
		free(from);
		return;
	}
	rc = store_tag_rename(t->st, from, to);
	if (rc < 0)
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
	else if (rc > 0)
		tui_message(t, 0, "no tag %s", from);
	else
		tui_message(t, 0, "tag %s renamed %s", from, to);
	free(from);
	free(to);
	if (rc == 0)
		tags_changed(t);
}

/* Delete a tag from every story, once confirmed. */
void
marks_tag_delete(struct tui *t)
{
	char *tag = ask_tag(t, "Delete tag (Tab completes): "), *yes;
	int rc;

	if (tag == NULL)
		return;
	yes = prompt_read(t, "Delete it from every story? (y/n) ", "", NULL);
	if (yes == NULL || (yes[0] != 'y' && yes[0] != 'Y')) {
		tui_message(t, 0, "tag kept");
		free(yes);
		free(tag);
		return;
	}
	free(yes);
	rc = store_tag_delete(t->st, tag);
	if (rc < 0)
		tui_message(t, 1, "store: %s", store_errmsg(t->st));
	else if (rc > 0)
		tui_message(t, 0, "no tag %s", tag);
	else
		tui_message(t, 0, "tag %s deleted", tag);
	free(tag);
	if (rc == 0)
		tags_changed(t);
}
