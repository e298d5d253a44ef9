/* fuzz_wrap: text_wrap, text_width and text_truncate, widths from input. */
#include <string.h>
#include <unistr.h>

#include "dossier/text.h"
#include "fuzz.h"

/* 1 if s[0..len) holds one code point plus only zero-width ones. */
static int
one_character(const char *s, size_t len)
{
	ucs4_t uc;
	int k = u8_mbtouc(&uc, (const uint8_t *)s, len);

	if (k <= 0 || (size_t)k > len)
		return len == 1;
	return text_width(s + k, len - (size_t)k) == 0;
}

/* Lines are in bounds, in order, fit in cols unless one character is
 * wider, and drop nothing but spaces and line breaks. */
static void
check_wrap(const char *s, size_t len, int cols)
{
	struct text_line *v;
	long n, i;
	size_t at = 0, j;
	int want = cols < 1 ? 1 : cols;

	if ((n = text_wrap(s, len, cols, &v)) < 0)
		return;
	for (i = 0; i < n; i++) {
		FUZZ_CHECK(v[i].start >= at);
		FUZZ_CHECK(v[i].start <= len && v[i].len <= len - v[i].start);
		FUZZ_CHECK(v[i].width == text_width(s + v[i].start, v[i].len));
		FUZZ_CHECK(v[i].width <= want ||
		    one_character(s + v[i].start, v[i].len));
		for (j = at; j < v[i].start; j++)
			FUZZ_CHECK(s[j] == ' ' || s[j] == '\t' || s[j] == '\n');
		at = v[i].start + v[i].len;
	}
	for (j = at; j < len; j++)
		FUZZ_CHECK(s[j] == ' ' || s[j] == '\t' || s[j] == '\n');
	free(v);
}

/* The cut is a prefix of the text, plus "…" when cut, within cols. */
static void
check_truncate(const char *s, size_t len, int cols)
{
	char *t = text_truncate(s, len, cols);
	size_t n;

	if (t == NULL)
		return;
	n = strlen(t);
	if (text_width(s, len) <= (cols < 0 ? 0 : cols)) {
		FUZZ_CHECK(n == len && memcmp(t, s, len) == 0);
	} else {
		FUZZ_CHECK(text_width(t, n) <= (cols < 0 ? 0 : cols));
		if (cols > 0) {
			FUZZ_CHECK(n >= 3 && memcmp(t + n - 3, "\xe2\x80\xa6", 3) == 0);
			FUZZ_CHECK(n - 3 <= len && memcmp(t, s, n - 3) == 0);
		} else {
			FUZZ_CHECK(n == 0);
		}
	}
	free(t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s;
	char *safe;
	int cols;

	if (size < 2)
		return 0;
	cols = (int8_t)data[0];
	s = (const char *)data + 2;
	size -= 2;
	FUZZ_CHECK(text_width(s, size) >= 0);
	if (data[1] & 1) {
		/* what the reader does: sanitise, then wrap */
		if ((safe = text_sanitize(s, size, 0)) == NULL)
			return 0;
		check_wrap(safe, strlen(safe), cols);
		check_truncate(safe, strlen(safe), cols);
		free(safe);
	} else {
		/* raw bytes must not break it either */
		if (memchr(s, '\0', size) != NULL)
			return 0;
		check_wrap(s, size, cols);
		check_truncate(s, size, cols);
	}
	return 0;
}
