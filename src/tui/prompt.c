/*
 * prompt.c: a one-line editor in the status line, for searches and tags.
 * Enter accepts, Esc or ^G cancels; Backspace, ^U (clear) and ^W (word)
 * edit; Tab completes from a list of words.  What the user types is shown
 * sanitised like everything else.
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

/* Make room for n more bytes in *s.  0, or -1 on ENOMEM. */
static int
grow(char **s, size_t *cap, size_t len, size_t n)
{
	char *v;

	if (len + n + 1 <= *cap)
		return 0;
	if ((v = realloc(*s, *cap * 2 + n)) == NULL)
		return -1;
	*s = v;
	*cap = *cap * 2 + n;
	return 0;
}

/* Tab: complete the word under the cursor (after a leading + or -), or
 * the whole input, from the candidates; list them in hint when there are
 * several. */
static void
complete(struct tui *t, char **s, size_t *len, size_t *cap,
    const struct prompt_words *pw, char *hint, size_t hsize)
{
	struct prompt_words w = *pw;
	char *sp = w.whole ? NULL : strrchr(*s, ' ');
	size_t ws = sp ? (size_t)(sp - *s) + 1 : 0, plen, common = 0;
	const char *first = NULL;
	long matches = 0;
	size_t hn = 0;

	if (!w.whole && ((*s)[ws] == '+' || (*s)[ws] == '-'))
		ws++;
	plen = *len - ws;
	hint[0] = '\0';
	/* Fetched candidates match as the store folds names: case and
	 * diacritics aside, so they are not compared with the input. */
	if (w.fetch && (w.n = w.fetch(t, *s + ws, &w.words)) < 0)
		w.n = 0;
	for (long i = 0; i < w.n; i++) {
		if (!w.fetch && strncmp(w.words[i], *s + ws, plen) != 0)
			continue;
		if (first == NULL) {
			first = w.words[i];
			common = strlen(first);
		} else {
			size_t k = 0;

			while (k < common && first[k] == w.words[i][k])
				k++;
			common = k;
		}
		if (hn < hsize)
			hn += (size_t)snprintf(hint + hn, hsize - hn, "%s%s",
			    matches ? "  " : "", w.words[i]);
		matches++;
	}
	if (matches == 0) {
		snprintf(hint, hsize, "%s", w.none ? w.none : "no tag starts so");
		goto out;
	}
	/* Never stop in the middle of a UTF-8 character. */
	while (common > plen && ((unsigned char)first[common] & 0xc0) == 0x80)
		common--;
	if (common < plen || grow(s, cap, ws, common + 1) < 0)
		goto out;
	memcpy(*s + ws, first, common);
	*len = ws + common;
	if (matches == 1) {
		if (!w.whole)
			(*s)[(*len)++] = ' ';
		hint[0] = '\0';
	}
	(*s)[*len] = '\0';
out:
	if (w.fetch) {
		for (long i = 0; i < w.n; i++)
			free(w.words[i]);
		free(w.words);
	}
}

/* Draw the prompt line with the cursor at the end of the input. */
static void
prompt_draw(struct tui *t, const char *label, const char *s, const char *hint)
{
	int y = LINES - 1, lw = tui_width(label), avail = COLS - lw - 3;
	char *c = tui_clean(s, strlen(s), 0);
	const char *tail = c ? c : "";
	int w;

	if (hint[0] != '\0') {
		tui_fill(y - 1, 0, COLS, t->attr[EL_STATUS]);
		tui_draw_plain(y - 1, 1, COLS - 2, hint, t->attr[EL_STATUS]);
	}
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
prompt_read(struct tui *t, const char *label, const char *init,
    const struct prompt_words *words)
{
	char hint[512] = "";
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
		prompt_draw(t, label, s, hint);
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
		if (wc == '\t') {
			if (words != NULL) {
				complete(t, &s, &len, &cap, words, hint,
				    sizeof(hint));
				tui_redraw(t);
			}
			continue;
		}
		if (hint[0] != '\0') {
			hint[0] = '\0';
			tui_redraw(t);
		}
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
			if (grow(&s, &cap, len, n) < 0)
				break;
			memcpy(s + len, mb, n);
			len += n;
			s[len] = '\0';
		}
	}
	curs_set(0);
	free(s);
	return NULL;
}
