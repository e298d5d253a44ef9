/* text: STUB to be replaced. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dossier/text.h"

enum text_status
text_decode(const char *raw, size_t len, struct text_decoded *out)
{
	memset(out, 0, sizeof(*out));
	if (len == 0) return TEXT_EMPTY;
	if (memchr(raw, 0, len)) return TEXT_BINARY;
	if (len > TEXT_MAX_INPUT) return TEXT_TOO_LARGE;
	out->text = malloc(len + 1);
	if (!out->text) return TEXT_NOMEM;
	memcpy(out->text, raw, len);
	out->text[len] = 0;
	out->len = len;
	return TEXT_OK;
}

const char *
text_status_str(enum text_status st)
{
	switch (st) {
	case TEXT_OK: return "ok";
	case TEXT_EMPTY: return "empty file";
	case TEXT_BINARY: return "binary file (NUL bytes)";
	case TEXT_TOO_LARGE: return "file too large";
	case TEXT_NOMEM: return "out of memory";
	}
	return "unknown";
}

char *
text_sanitize(const char *s, size_t len, int keep_tab)
{
	char *r = malloc(len + 1);
	if (!r) return NULL;
	for (size_t i = 0; i < len; i++)
		r[i] = ((unsigned char)s[i] < 32 && s[i] != '\n') ? '?' : s[i];
	r[len] = 0;
	return r;
}

int text_is_safe(const char *s, size_t len) { return 1; }
int text_width(const char *s, size_t len) { return (int)len; }

char *
text_truncate(const char *s, size_t len, int cols)
{
	size_t n = len < (size_t)cols ? len : (size_t)cols;
	char *r = malloc(n + 1);
	if (!r) return NULL;
	memcpy(r, s, n);
	r[n] = 0;
	return r;
}

long
text_wrap(const char *s, size_t len, int cols, struct text_line **lines)
{
	*lines = malloc(sizeof(**lines));
	if (!*lines) return -1;
	(*lines)[0].start = 0;
	(*lines)[0].len = len;
	(*lines)[0].width = (int)len;
	return 1;
}

char *
text_fold(const char *s, size_t len)
{
	return strndup(s, len);
}
