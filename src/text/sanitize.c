/*
 * text/sanitize.c: the one sanitiser for everything written to a terminal.
 *
 * What each dangerous thing becomes:
 *   ESC                      -> U+241B "␛"
 *   other C0 (also CR, BS)   -> U+2400 + c, the control pictures ("␍", "␈")
 *   TAB                      -> kept when keep_tab, else one space
 *   DEL                      -> U+2421 "␡"
 *   C1 U+0080-U+009F         -> U+FFFD (so CSI 0x9B and OSC 0x9D are inert)
 *   bidi embeddings, overrides, isolates and marks (U+202A-U+202E,
 *   U+2066-U+2069, U+200E, U+200F, U+061C) -> U+FFFD
 *   U+2028, U+2029 line/paragraph separators -> one space
 *   invalid UTF-8            -> U+FFFD per maximal invalid subpart
 * Since no ESC, C1 or stray byte survives, no escape sequence can be formed.
 */
#include <stdlib.h>
#include "dossier/text.h"
#include "private.h"

/* What code point uc must be shown as (uc itself when harmless). */
static uint32_t
safe_cp(uint32_t uc, int keep_tab)
{
	if (uc >= 0x20 && uc < 0x7F)
		return uc;
	if (uc == '\n')
		return uc;
	if (uc == '\t')
		return keep_tab ? uc : ' ';
	if (uc == 0x1B)
		return 0x241B;
	if (uc < 0x20)
		return 0x2400 + uc;
	if (uc == 0x7F)
		return 0x2421;
	if (uc < 0xA0)
		return 0xFFFD;
	if ((uc >= 0x202A && uc <= 0x202E) || (uc >= 0x2066 && uc <= 0x2069) ||
	    uc == 0x200E || uc == 0x200F || uc == 0x061C)
		return 0xFFFD;
	if (uc == 0x2028 || uc == 0x2029)
		return ' ';
	return uc;
}

char *
text_sanitize(const char *s, size_t len, int keep_tab)
{
	const unsigned char *u = (const unsigned char *)s;
	struct tbuf b = { 0 };
	size_t i = 0, k, run;
	uint32_t uc, sc;

	if (tbuf_grow(&b, len) == -1)
		return NULL;
	while (i < len) {
		for (run = i; run < len && u[run] >= 0x20 && u[run] < 0x7F; run++)
			;
		tbuf_add(&b, s + i, run - i);
		if ((i = run) >= len)
			break;
		if ((k = text_utf8_seq(u + i, len - i, &uc)) == 0) {
			tbuf_addu(&b, 0xFFFD);
			i += text_utf8_badlen(u + i, len - i);
			continue;
		}
		if ((sc = safe_cp(uc, keep_tab)) == uc)
			tbuf_add(&b, s + i, k);
		else
			tbuf_addu(&b, sc);
		i += k;
	}
	return tbuf_finish(&b, NULL);
}

int
text_is_safe(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;
	uint32_t uc;

	while (i < len) {
		if (u[i] >= 0x20 && u[i] < 0x7F) {
			i++;
			continue;
		}
		if ((k = text_utf8_seq(u + i, len - i, &uc)) == 0)
			return 0;
		if (safe_cp(uc, 1) != uc)
			return 0;
		i += k;
	}
	return 1;
}
