/*
 * draw.c: the one road from store text to the screen.  Every string an
 * article or the store gave us is sanitised here, then measured and cut
 * in display columns, never in bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "tui-private.h"

/* Sanitised copy of s for the terminal; tabs (and newlines unless kept)
 * become spaces.  malloc'd; NULL on ENOMEM. */
char *
tui_clean(const char *s, size_t len, int keep_newline)
{
	char *c, *p;

	if (s == NULL) {
		s = "";
		len = 0;
	}
	if ((c = text_sanitize(s, len, 1)) == NULL)
		return NULL;
	for (p = c; *p != '\0'; p++)
		if (*p == '\t' || (*p == '\n' && !keep_newline))
			*p = ' ';
	return c;
}

/* Draw store text at y,x in at most cols columns: sanitised, cut by
 * width with an ellipsis.  Returns the columns used. */
int
tui_draw(int y, int x, int cols, const char *s, size_t len, attr_t a)
{
	char *c, *cut;
	int w;

	if (cols <= 0)
		return 0;
	if ((c = tui_clean(s, len, 0)) == NULL)
		return 0;
	cut = text_truncate(c, strlen(c), cols);
	free(c);
	if (cut == NULL)
		return 0;
	w = text_width(cut, strlen(cut));
	attrset(a);
	mvaddstr(y, x, cut);
	attrset(A_NORMAL);
	free(cut);
	return w;
}

/* tui_draw for a NUL-terminated string (NULL draws nothing). */
int
tui_draw_plain(int y, int x, int cols, const char *s, attr_t a)
{
	if (s == NULL)
		return 0;
	return tui_draw(y, x, cols, s, strlen(s), a);
}

/* Paint cols blank cells with attribute a. */
void
tui_fill(int y, int x, int cols, attr_t a)
{
	if (cols <= 0)
		return;
	mvhline(y, x, (chtype)' ' | a, cols);
}

/* Display width of a string we made ourselves (already safe). */
int
tui_width(const char *s)
{
	return s ? text_width(s, strlen(s)) : 0;
}
