/* fts: turning what a user typed into a safe FTS5 query. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/store.h"

/* Append s (n bytes) as an FTS5 string, doubling any quote. */
static char *
append_quoted(char *out, const char *s, size_t n)
{
	*out++ = '"';
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			*out++ = '"';
		*out++ = s[i];
	}
	*out++ = '"';
	return out;
}

/* Is [s, s+n) one of the FTS5 operators a user may type (OR, NOT, AND)? */
static int
is_operator(const char *s, size_t n)
{
	return (n == 2 && memcmp(s, "OR", 2) == 0) ||
	    (n == 3 && (memcmp(s, "AND", 3) == 0 || memcmp(s, "NOT", 3) == 0));
}

/*
 * Words become quoted strings (so no character of theirs is FTS5 syntax),
 * "quoted phrases" stay phrases, a trailing * makes a prefix query, and
 * OR / AND / NOT between two terms are kept as operators.
 */
char *
store_fts_query(const char *user)
{
	size_t len = strlen(user);
	char *out = malloc(3 * len + 8), *w = out;
	const char *p = user, *end = user + len;
	int terms = 0, pending_op = 0;
	const char *op = NULL;
	size_t oplen = 0;

	if (out == NULL)
		return NULL;
	while (p < end) {
		const char *start;
		size_t n;
		int prefix = 0;

		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p >= end)
			break;
		if (*p == '"') {
			start = ++p;
			while (p < end && *p != '"')
				p++;
			n = (size_t)(p - start);
			if (p < end)
				p++;
		} else {
			start = p;
			while (p < end && !isspace((unsigned char)*p) && *p != '"')
				p++;
			n = (size_t)(p - start);
			if (terms > 0 && is_operator(start, n)) {
				op = start;
				oplen = n;
				pending_op = 1;
				continue;
			}
		}
		while (n > 0 && start[n - 1] == '*') {
			prefix = 1;
			n--;
		}
		/* Skip terms with no letter or digit: FTS5 would find nothing. */
		{
			size_t i;
			int any = 0;

			for (i = 0; i < n && !any; i++)
				any = isalnum((unsigned char)start[i]) ||
				    (unsigned char)start[i] >= 0x80;
			if (!any)
				continue;
		}
		if (terms > 0) {
			*w++ = ' ';
			if (pending_op) {
				memcpy(w, op, oplen);
				w += oplen;
				*w++ = ' ';
			}
		}
		pending_op = 0;
		w = append_quoted(w, start, n);
		if (prefix)
			*w++ = '*';
		terms++;
	}
	*w = '\0';
	if (terms == 0) {
		free(out);
		return NULL;
	}
	return out;
}
