/* fuzz_sanitize: text_sanitize output is safe, valid UTF-8 and stable. */
#include <string.h>
#include <unistr.h>

#include "dossier/text.h"
#include "fuzz.h"

/* No byte that could start or continue a terminal control sequence. */
static void
check_no_controls(const char *s, size_t len, int keep_tab)
{
	size_t i;
	ucs4_t uc;
	int k;

	for (i = 0; i < len; i += (size_t)k) {
		k = u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
		FUZZ_CHECK(k > 0);
		FUZZ_CHECK(uc == '\n' || (uc == '\t' && keep_tab) ||
		    (uc >= 0x20 && uc != 0x7f && !(uc >= 0x80 && uc < 0xa0)));
		FUZZ_CHECK(!(uc >= 0x202a && uc <= 0x202e));
		FUZZ_CHECK(!(uc >= 0x2066 && uc <= 0x2069));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	int keep_tab = size > 0 && (data[0] & 1);
	char *out, *again;
	size_t n;

	if ((out = text_sanitize(s, size, keep_tab)) == NULL)
		return 0;
	n = strlen(out);
	FUZZ_CHECK(u8_check((const uint8_t *)out, n) == NULL);
	FUZZ_CHECK(text_is_safe(out, n));
	check_no_controls(out, n, keep_tab);
	/* sanitising is idempotent, and safe input is left alone */
	again = text_sanitize(out, n, keep_tab);
	FUZZ_CHECK(again != NULL && strcmp(again, out) == 0);
	free(again);
	if (text_is_safe(s, size) && memchr(s, '\0', size) == NULL &&
	    (keep_tab || memchr(s, '\t', size) == NULL))
		FUZZ_CHECK(n == size && memcmp(out, s, size) == 0);
	free(out);
	return 0;
}
