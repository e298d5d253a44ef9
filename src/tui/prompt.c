/*
 * prompt.c: a one-line editor in the status line, for searches.
 * Enter accepts, Esc or ^G cancels; Backspace, ^U (clear) and ^W (word)
 * edit.  What the user types is shown sanitised like everything else.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "dossier/text.h"
#include "tui-private.h"

/* Remove the last character (or the last word) of s. */
static void
erase_back(char *s, size_t *len, int word)
{
	while (word && *len > 0 && s[*len - 1] == ' ')
		(*len)--;
	do {
		while (*len > 0 && ((unsigned char)s[*len - 1] & 0xc0) == 0x80)
			(*len)--;
		if (*len > 0)
			(*len)--;
	} while (word && *len > 0 && s[*len - 1] != ' ');
	s[*len] = '\0';
}

/* Draw the prompt line with the cursor at the end of the input. */
static void
prompt_draw(struct tui *t, const char *label, const char *s)
{
	int y = LINES - 1, lw = tui_width(label), avail = COLS - lw - 3;
	char *c = tui_clean(s, strlen(s), 0);
	const char *tail = c ? c : "";
	int w;

	tui_fill(y, 0, COLS, t->attr[EL_NORMAL]);
	tui_draw_plain(y, 1, COLS - 2, label, t->attr[EL_TITLE]);
	/* Show the end of a long input. */
	while (avail > 0 && tui_width(tail) > avail) {
		tail++;
		while (((unsigned char)*tail & 0xc0) == 0x80)
			tail++;
	}
	w = tui_draw_plain(y, 1 + lw, avail, tail, t->attr[EL_NORMAL]);
	move(y, 1 + lw + w);
	free(c);
	refresh();
}

/* Read a line; malloc'd, or NULL when cancelled. */
char *
prompt_read(struct tui *t, const char *label, const char *init)
{
	size_t len = init ? strlen(init) : 0, cap = len + 64;
	char *s = malloc(cap), mb[MB_LEN_MAX];
	mbstate_t ps;
	wint_t wc;
	int rc, idle = 0;

	if (s == NULL)
		return NULL;
	memcpy(s, init ? init : "", len + 1);
	curs_set(1);
	for (;;) {
		prompt_draw(t, label, s);
		if ((rc = get_wch(&wc)) == ERR) {
			if (++idle > 1000)
				break;
			continue;
		}
		idle = 0;
		if (rc == KEY_CODE_YES) {
			if (wc == KEY_RESIZE) {
				tui_layout(t);
				tui_redraw(t);
			} else if (wc == KEY_BACKSPACE) {
				erase_back(s, &len, 0);
			} else if (wc == KEY_ENTER) {
				curs_set(0);
				return s;
			}
			continue;
		}
		if (wc == '\n' || wc == '\r') {
			curs_set(0);
			return s;
		}
		if (wc == 27 || wc == 7)
			break;
		if (wc == 127 || wc == 8) {
			erase_back(s, &len, 0);
		} else if (wc == 21) {
			len = 0;
			s[0] = '\0';
		} else if (wc == 23) {
			erase_back(s, &len, 1);
		} else if (wc >= 32) {
			size_t n;

			memset(&ps, 0, sizeof(ps));
			if ((n = wcrtomb(mb, (wchar_t)wc, &ps)) == (size_t)-1)
				continue;
			if (len + n + 1 > cap) {
				char *v = realloc(s, cap * 2 + n);

				if (v == NULL)
					break;
				s = v;
				cap = cap * 2 + n;
			}
			memcpy(s + len, mb, n);
			len += n;
			s[len] = '\0';
		}
	}
	curs_set(0);
	free(s);
	return NULL;
}
