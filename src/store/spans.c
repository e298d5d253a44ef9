/* spans.c: the byte ranges of an entity's mentions in one story, kept in
 * one row as text "start:end,start:end" (sorted by start). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-private.h"

static int
span_cmp(const void *a, const void *b)
{
	const struct store_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;	/* longer first */
	return 0;
}

long
store_spans_parse(const char *text, struct store_span **out)
{
	struct store_span *v;
	const char *p;
	long n = 1, k = 0, i, w;

	*out = NULL;
	if (text == NULL || *text == '\0')
		return 0;
	for (p = text; *p; p++)
		n += *p == ',';
	if ((v = malloc((size_t)n * sizeof(*v))) == NULL)
		return -1;
	for (p = text; *p;) {
		char *e;
		long long a = strtoll(p, &e, 10), b;

		if (e != p && *e == ':') {
			p = e + 1;
			b = strtoll(p, &e, 10);
			if (e != p && a >= 0 && b >= a && k < n)
				v[k++] = (struct store_span){ a, b };
		}
		p = strchr(e, ',');
		if (p == NULL)
			break;
		p++;
	}
	/* rows joined by a merge may be out of order; a span once only */
	qsort(v, (size_t)k, sizeof(*v), span_cmp);
	for (i = w = 0; i < k; i++)
		if (w == 0 || span_cmp(&v[w - 1], &v[i]) != 0)
			v[w++] = v[i];
	*out = v;
	return w;
}

/* Write v (>= 0) in decimal at p; the number of bytes. */
static size_t
put_num(char *p, int64_t v)
{
	char t[24];
	size_t n = 0, k;

	do {
		t[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	for (k = 0; k < n; k++)
		p[k] = t[n - 1 - k];
	return n;
}

char *
store_spans_format(const struct store_span *v, long n)
{
	char *s = malloc((size_t)n * 42 + 1), *p = s;

	if (s == NULL)
		return NULL;
	for (long i = 0; i < n; i++) {
		if (i)
			*p++ = ',';
		p += put_num(p, v[i].start > 0 ? v[i].start : 0);
		*p++ = ':';
		p += put_num(p, v[i].end > 0 ? v[i].end : 0);
	}
	*p = '\0';
	return s;
}
