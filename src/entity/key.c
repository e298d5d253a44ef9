/* key: fold a name to the key that matches its spelling variants, and the
 * small helpers of the entity header. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include "private.h"

/* Letters that do not decompose to a base letter. */
static const struct {
	ucs4_t c;
	const char *s;
} key_letters[] = {
	{ 0x00F8, "o" }, { 0x0142, "l" }, { 0x0111, "d" }, { 0x00F0, "d" },
	{ 0x00FE, "th" }, { 0x00E6, "ae" }, { 0x0153, "oe" }, { 0x00DF, "ss" },
	{ 0x0131, "i" }, { 0x0127, "h" }, { 0x0167, "t" }, { 0x014B, "ng" },
	{ 0x0180, "b" }, { 0x0268, "i" }, { 0x02BC, "" }, { 0x02BB, "" },
	{ 0x02B9, "" }, { 0x02BA, "" }, /* the soft and hard signs: ʹ ʺ */
	{ 0x0259, "a" }, /* ə: "Əliyev" "Aliyev" */
};

/* Transliteration spellings folded to one ("Vostochny", "Vostotchny",
 * "Vostocnyj"), longest first, with their lengths (key_translit runs
 * over every letter of every name: strlen and strncmp per rule were a
 * third of entity_key). */
#define KEY_RULE(f, t) { f, t, sizeof(f) - 1, sizeof(t) - 1 }
static const struct {
	const char *from, *to;
	size_t fl, tl;
} key_rules[] = {
	/* grouped by first letter, in the order above within a group */
	KEY_RULE("shch", "sc"), KEY_RULE("sch", "s"), KEY_RULE("sh", "s"),
	KEY_RULE("tch", "c"), KEY_RULE("ch", "c"), KEY_RULE("ck", "k"),
	KEY_RULE("zh", "z"), KEY_RULE("kh", "h"), KEY_RULE("ph", "f"),
	KEY_RULE("yj", "y"), KEY_RULE("yy", "y"), KEY_RULE("ij", "i"),
	KEY_RULE("iy", "y"), KEY_RULE("w", "v"), KEY_RULE("ou", "u"),
	KEY_RULE("j", "y"),
};

/* Where the rules of a first letter start in key_rules, times 4, plus
 * how many they are; 0 for a letter that starts none. */
#define KEY_RULES(at, n) ((at) * 4 + (n))
static const unsigned char key_rule_start[256] = {
	['s'] = KEY_RULES(0, 3), ['t'] = KEY_RULES(3, 1),
	['c'] = KEY_RULES(4, 2), ['z'] = KEY_RULES(6, 1),
	['k'] = KEY_RULES(7, 1), ['p'] = KEY_RULES(8, 1),
	['y'] = KEY_RULES(9, 2), ['i'] = KEY_RULES(11, 2),
	['w'] = KEY_RULES(13, 1), ['o'] = KEY_RULES(14, 1),
	['j'] = KEY_RULES(15, 1),
};

/* 1 if the string at r starts with the fl bytes of from (no NUL in
 * them): strncmp without the call. */
static int
key_starts(const char *r, const char *from, size_t fl)
{
	for (size_t j = 0; j < fl; j++)
		if (r[j] != from[j])
			return 0;
	return 1;
}

/* Append the ASCII folding of one character of a case-folded NFKD text. */
static size_t
key_char(ucs4_t c, char *o)
{
	if (c < 0x80) {
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			*o = (char)c;
			return 1;
		}
		*o = ' ';
		return 1;
	}
	if (uc_is_general_category(c, UC_CATEGORY_M))
		return 0;
	for (size_t i = 0; i < sizeof(key_letters) / sizeof(key_letters[0]);
	    i++)
		if (key_letters[i].c == c) {
			size_t n = strlen(key_letters[i].s);
			memcpy(o, key_letters[i].s, n);
			return n;
		}
	if (uc_is_alnum(c))
		return (size_t)u8_uctomb((uint8_t *)o, c, 6);
	*o = ' ';
	return 1;
}

/* Whether the apostrophe after the key's o bytes so far (out), before the
 * text t (n bytes), is the soft sign of a scholarly transliteration of
 * Russian or Ukrainian, which English and most Italian news leave out:
 * "Naval'nyj" "Navalny", "Zelens'kyj" "Zelensky", "Dar'ja" "Darya",
 * "Luhans'k" "Luhansk".  It follows two letters or more of its word and
 * comes before a consonant other than h and y, where an elided word
 * ("dell'Orto", "l'Hotel", "nell'Yemen"), an Irish or French prefix
 * ("O'Brien", "D'Alema") and an English ending ("Putin's", "can't",
 * "we'll", "they've") never put it; those keep it as a space. */
static int
key_soft_sign(const char *out, size_t o, const char *t, size_t n)
{
	size_t l = 0, r = 0;
	unsigned c;
	char lat[7];

	while (l < o && out[o - 1 - l] != ' ')
		l++;
	if (l < 2 || n == 0)
		return 0;
	c = (unsigned char)t[0];
	if (c >= 0x80) { /* a Latin letter with a mark: its base */
		ucs4_t u;
		size_t m;
		if (u8_mbtouc(&u, (const uint8_t *)t, n) <= 0 ||
		    (m = key_latin_letter(u, lat)) == 0 || m == SIZE_MAX)
			return 0;
		c = (unsigned char)lat[0];
	} else if (c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	if (c == 0 || strchr("bcdfgjklmnpqrstvwxz", (int)c) == NULL)
		return 0;
	while (r < n && r < 3 && ((t[r] >= 'a' && t[r] <= 'z') ||
	    (t[r] >= 'A' && t[r] <= 'Z')))
		r++;
	if (r == 1 && strchr("stdm", (int)c))
		return 0;
	if (r == 2 && (strncasecmp(t, "ll", 2) == 0 ||
	    strncasecmp(t, "ve", 2) == 0 || strncasecmp(t, "re", 2) == 0))
		return 0;
	return 1;
}

/* What the general path of entity_key makes of each character of
 * U+0080..U+024F alone (case folding, NFKD, key_char), for the Latin
 * names that are not ASCII ("Müller", "Đoković"): u8_casefold cost
 * ~12,000 instructions a name, 2% of an import.  Case folding and NFKD
 * map these characters one at a time with no context (no language is
 * given), and each one's result starts with a base character, so no
 * reordering of marks crosses from one to the next: the key of a name
 * of ASCII and these characters is the concatenation of theirs. */
/* Append to out (cap bytes) the key's characters of the case-folded
 * NFKD text f (n bytes), an apostrophe a space (a soft sign nothing:
 * key_soft_sign); their length.  Stops
 * before a character that might not fit. */
static size_t
key_chars(const uint8_t *f, size_t n, char *out, size_t cap)
{
	size_t o = 0;

	for (size_t i = 0; i < n && o + 6 < cap;) {
		ucs4_t c;
		int k = u8_mbtouc(&c, f + i, n - i);
		size_t step = (size_t)(k > 0 ? k : 1);
		if (c == '\'' || c == 0x2019) {
			if (!key_soft_sign(out, o, (const char *)f + i + step,
			    n - i - step))
				out[o++] = ' ';
		} else
			o += key_char(c, out + o);
		i += step;
	}
	return o;
}

#define KEY_LATIN_END 0x250
#define KEY_LATIN_NONE 0xff /* n of a character left to the general path */
static struct {
	char s[7];
	unsigned char n;
} key_latin[KEY_LATIN_END - 0x80];
static pthread_once_t key_latin_once = PTHREAD_ONCE_INIT;

/* Fill key_latin by the general path, once. */
static void
key_latin_init(void)
{
	for (ucs4_t u = 0x80; u < KEY_LATIN_END; u++) {
		uint8_t in[6], *f;
		char tmp[64];
		size_t n = 0, o = 0;
		int k = u8_uctomb(in, u, sizeof(in));

		key_latin[u - 0x80].n = KEY_LATIN_NONE;
		if (k <= 0 || (f = u8_casefold(in, (size_t)k, NULL,
		    UNINORM_NFKD, NULL, &n)) == NULL)
			continue;
		o = key_chars(f, n, tmp, sizeof(tmp));
		free(f);
		if (o < sizeof(key_latin[0].s)) {
			memcpy(key_latin[u - 0x80].s, tmp, o);
			key_latin[u - 0x80].n = (unsigned char)o;
		}
	}
}

size_t
key_latin_letter(ucs4_t c, char out[7])
{
	size_t n;

	if (c < 0x80 || c >= KEY_LATIN_END ||
	    pthread_once(&key_latin_once, key_latin_init) != 0 ||
	    (n = key_latin[c - 0x80].n) == KEY_LATIN_NONE)
		return SIZE_MAX;
	memcpy(out, key_latin[c - 0x80].s, n);
	return n;
}

/* The folded characters of name (before spaces are collapsed) where it
 * is made of ASCII and key_latin's characters; NULL where it is not.
 * ascii says it is all ASCII: no table, no copy to fold first. */
static char *
key_latin_fold(const char *name, size_t len, int ascii)
{
	char *out;
	size_t o = 0;

	if ((!ascii && pthread_once(&key_latin_once, key_latin_init) != 0) ||
	    (out = malloc(len * 6 + 2)) == NULL)
		return NULL;
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)name[i];
		ucs4_t u;
		int k;

		if (c < 0x80) {
			c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			if (c == '\'') {
				if (!key_soft_sign(out, o, name + i + 1,
				    len - i - 1))
					out[o++] = ' ';
			} else
				o += key_char(c, out + o);
			i++;
			continue;
		}
		k = u8_mbtouc(&u, (const uint8_t *)name + i, len - i);
		if (u < 0x80 || u >= KEY_LATIN_END ||
		    key_latin[u - 0x80].n == KEY_LATIN_NONE) {
			free(out); /* another script, a mark, or bad UTF-8 */
			return NULL;
		}
		memcpy(out + o, key_latin[u - 0x80].s, key_latin[u - 0x80].n);
		o += key_latin[u - 0x80].n;
		i += (size_t)k;
	}
	out[o] = '\0';
	return out;
}

/* Apply key_rules and collapse doubled letters in place. */
static void
key_translit(char *s)
{
	char *r = s, *w = s;

	while (*r) {
		unsigned v = key_rule_start[(unsigned char)*r];
		size_t i, n = v / 4 + v % 4;
		/* Most letters start no rule, and the rest only their own
		 * few: the rules are looked up by first letter (this loop
		 * was a tenth of import time). */
		for (i = v / 4; i < n; i++) {
			if (!key_starts(r, key_rules[i].from, key_rules[i].fl))
				continue;
			memmove(w, key_rules[i].to, key_rules[i].tl);
			w += key_rules[i].tl;
			r += key_rules[i].fl;
			break;
		}
		if (i == n)
			*w++ = *r++;
	}
	*w = '\0';
	for (r = w = s; *r; r++)
		if (r == s || *r != r[-1] || *r == ' ' ||
		    (*r >= '0' && *r <= '9'))
			*w++ = *r;
	*w = '\0';
	/* y after a vowel and before a consonant is i: "Shoygu", "Shoigu" */
	for (r = s; *r; r++)
		if (*r == 'y' && r > s && strchr("aeiou", r[-1]) &&
		    r[1] != '\0' && !strchr("aeiou", r[1]))
			*r = 'i';
	/* final y and i are one sound: "Dmitry", "Dmitri" */
	for (r = s; *r; r++)
		if (*r == 'y' && (r[1] == ' ' || r[1] == '\0') && r > s &&
		    r[-1] != ' ')
			*r = 'i';
}

/* Latin letters for the Cyrillic and Greek letters a key keeps (case
 * folded, marks taken off: "й" is "и" there, "ё" is "е", "ά" is "α"),
 * spelt as English-language news spells them, so that the key's rules
 * then fold them with the Latin spellings: "Шойгу" is "Shoigu",
 * "Навальный" "Navalny", "Τσίπρας" "Tsipras".  Ukrainian г is h,
 * Russian г g: the key cannot tell them apart and takes g. */
static const char *const key_cyrillic[] = { /* U+0430 .. U+045F */
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m",
	"n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
	"shch", "", "y", "", "e", "yu", "ya",
	"e", "e", "dj", "g", "ye", "dz", "i", "i", "j", "lj", "nj", "c",
	"k", "i", "u", "dz",
};
static const char *const key_greek[] = { /* U+03B1 .. U+03C9 */
	"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
	"x", "o", "p", "r", "s", "s", "t", "y", "f", "h", "ps", "o",
};

/* The Latin spelling of letter c of another script, or NULL. */
static const char *
key_script(ucs4_t c)
{
	if (c >= 0x430 && c <= 0x45F)
		return key_cyrillic[c - 0x430];
	if (c == 0x491)
		return "g"; /* ґ */
	if (c >= 0x3B1 && c <= 0x3C9)
		return key_greek[c - 0x3B1];
	return NULL;
}

/* Whether k (a key) has a Cyrillic or Greek letter: their UTF-8 lead
 * bytes are 0xCE..0xD2. */
static int
key_has_script(const char *k)
{
	for (; *k; k++)
		if ((unsigned char)*k >= 0xCE && (unsigned char)*k <= 0xD2)
			return 1;
	return 0;
}

/* Append c to the key being written at *w unless it doubles the letter
 * before it (s is the key's start). */
static inline void
key_put(char *s, char **w, char c)
{
	if (*w == s || (*w)[-1] != c || c == ' ' || (c >= '0' && c <= '9'))
		*(*w)++ = c;
}

/* Spellings of one Arabic name, as words of a key (doubled letters
 * already single), each as long as the others: each is its first. */
static const char *const key_same_names[][5] = {
	{ "muhamad", "mohamed", "mohamad", "muhamed", NULL },
	{ "ahmad", "ahmed", NULL },
	{ "gadafi", "gedafi", "qadafi", "kadafi", NULL }, /* "Gheddafi" */
};

/* The words of key s that are spellings of one name take its first
 * ("Mohammed", "Mohammad", "Muhammad", "Mohamed" are "muhamad";
 * Italian "Gheddafi", English "Gaddafi", "Qaddafi"), in place
 * (never longer). */
static void
key_names(char *s)
{
	for (char *w = s; *w;) {
		size_t n = strcspn(w, " ");

		if (n >= 5 && n <= 7)
			for (size_t i = 0; i < sizeof(key_same_names) /
			    sizeof(key_same_names[0]); i++)
				for (size_t k = 1; key_same_names[i][k]; k++)
					if (strlen(key_same_names[i][k]) == n &&
					    memcmp(w, key_same_names[i][k], n) == 0)
						memcpy(w, key_same_names[i][0], n);
		w += n;
		while (*w == ' ')
			w++;
	}
}

/* The Arabic article inside a name, in place: a word "al" or "el" after
 * the name's first word is left out ("Bashar al-Assad" "Bashar Assad",
 * "Abdel Fattah el-Sisi" "Abdel Fattah al Sisi"), as outlets write it
 * with a hyphen, a space or not at all; a first word "el" is "al" ("El
 * Sisi", "Al Sisi"), and a first "al" stays ("Al Gore", "Al Jazeera").
 * Never the name's last word. */
static void
key_article(char *s)
{
	char *r = s, *w = s;

	if (r[0] == 'e' && r[1] == 'l' && r[2] == ' ')
		r[0] = 'a';
	while (*r) {
		size_t n = strcspn(r, " ");

		if (r > s && n == 2 && (r[0] == 'a' || r[0] == 'e') &&
		    r[1] == 'l' && r[2] == ' ' && r[3] != '\0') {
			r += 3; /* the article and its space */
			continue;
		}
		memmove(w, r, n);
		w += n;
		r += n;
		if (*r == ' ')
			*w++ = *r++;
	}
	*w = '\0';
}

/* The folds added to the key after the first stores were written (see
 * entity_key_upgrade), on a key of the first kind, in place; s has room
 * for twice its length plus one.  One pass (it runs on every name of
 * every story): a y inside a word is i ("Kadyrov" "Kadirov",
 * "Tymoshenko" "Timoshenko", "Syria" "Siria"; a word's first y stays:
 * "Yanukovych", "Jong" as "yong"), x is ks ("Alexei" "Aleksej"), the
 * Italian spellings of Slavonic endings "-ciov" and "-scenko" are the
 * English ones ("Gorbaciov" "Gorbachev", "Timoscenko" "Timoshenko"),
 * a letter doubled by these is one; and (schema 6) a word's first "ye"
 * before a consonant is "e" ("Yelena" "Elena"; not "Yellen") and the
 * spellings of one Arabic name are one (key_names: "Mohammed"
 * "Muhammad"); and (schema 9) the Arabic article inside a name goes
 * (key_article: "al-Assad" "Assad"); and (schema 10) "gh" before e and
 * i is g ("Serghei" "Sergei") and a y between a vowel and "ev" or "iv"
 * goes ("Sergeyev" "Sergeev"), and a word "Dimitri" is "Dmitri"
 * ("Dimitry Peskov" "Dmitry Peskov") and a Belarusian "-enka" of a
 * surname "-enko" ("Lukashenka" "Lukashenko"), and a long word's
 * final h after a vowel goes ("Dbeibah" "Dbeiba"), and so does a
 * first English "the" ("The Guardian" "Guardian"). */
static void
key_refold(char *s)
{
	char *r, *w, prev = ' ';

	if (strchr(s, 'x')) { /* rare: make room first */
		size_t n = strlen(s), x = 0, o;

		for (r = s; *r; r++)
			x += *r == 'x';
		o = n + x; /* from the NUL back, each x two letters */
		for (size_t i = n + 1; i-- > 0;) {
			if (s[i] == 'x') {
				s[o--] = 's';
				s[o--] = 'k';
			} else
				s[o--] = s[i];
		}
	}
	r = s;
	/* English's article before a name goes: Italian outlets cite
	 * "The Guardian" and "il Guardian", "The New York Times" and "il New
	 * York Times" */
	if (strncmp(r, "the ", 4) == 0 && r[4] != '\0' && r[4] != ' ')
		r += 4;
	for (w = s; *r;) {
		char c = *r;

		if (c == 'c' && r[1] == 'i' && r[2] == 'o' && r[3] == 'v' &&
		    (r[4] == ' ' || r[4] == '\0')) {
			key_put(s, &w, 'c');
			key_put(s, &w, 'e');
			key_put(s, &w, 'v');
			prev = 'v';
			r += 4;
			continue;
		}
		if (c == 's' && r[1] == 'c' && r[2] == 'e' && r[3] == 'n' &&
		    r[4] == 'k' && r[5] == 'o') {
			for (const char *t = "senko"; *t; t++)
				key_put(s, &w, *t);
			prev = 'o';
			r += 6;
			continue;
		}
		/* a word's first "ye" before one consonant is "e", as
		 * Italian and German write the Russian letter ("Yelena"
		 * "Elena", "Yeltsin" "Eltsin", "Yerevan" "Erevan"); not
		 * "Yellen", whose double l the key has made one already
		 * ("yelen" would be Ellen's "elen") */
		if (c == 'y' && (r == s || prev == ' ') && r[1] == 'e' &&
		    r[2] >= 'a' && r[2] <= 'z' && !strchr("aeiouy", r[2]) &&
		    r[3] != r[2] && !(strncmp(r, "yelen", 5) == 0 &&
		    (r[5] == ' ' || r[5] == '\0'))) {
			prev = ' ';
			r++;
			continue;
		}
		/* the y English writes between a vowel and the e or i of
		 * a Russian or Ukrainian "-ev", "-iv", which other spellings
		 * leave out ("Sergeyev" "Sergeev", "Tokayev" "Tokaev",
		 * "Dostoyevsky" "Dostoevskij", "Mykolayiv" "Mykolaiv") */
		if (c == 'y' && prev != ' ' && strchr("aeiou", prev) &&
		    (r[1] == 'e' || r[1] == 'i') && r[2] == 'v') {
			r++;
			continue;
		}
		/* "gh" before e and i is the hard g Italian spells so
		 * ("Serghei" "Sergei", "Ghennadij" "Gennady") */
		if (c == 'g' && r[1] == 'h' && (r[2] == 'e' || r[2] == 'i' ||
		    r[2] == 'y')) {
			key_put(s, &w, 'g');
			prev = 'g';
			r += 2;
			continue;
		}
		/* a word "Dimitri" is "Dmitri", the Russian name as
		 * Italian, French and Greek-minded outlets spell it
		 * ("Dimitry Peskov" "Dmitry Peskov"); only the whole
		 * word: "Dimitrov", "Dimitrios" are other names */
		if (c == 'd' && (r == s || prev == ' ') &&
		    strncmp(r, "dimitri", 7) == 0 &&
		    (r[7] == ' ' || r[7] == '\0')) {
			for (const char *t = "dmitri"; *t; t++)
				key_put(s, &w, *t);
			prev = 'i';
			r += 7;
			continue;
		}
		/* Belarusian "-enka" of a surname is the "-enko" Russian
		 * and Ukrainian spell ("Lukashenka" "Lukashenko",
		 * "Kavalenka" "Kovalenko"), four letters or more before
		 * it: not "Zdenka", "Milenka" */
		if (c == 'e' && r[1] == 'n' && r[2] == 'k' && r[3] == 'a' &&
		    (r[4] == ' ' || r[4] == '\0') && w - s >= 4 &&
		    w[-1] != ' ' && w[-2] != ' ' && w[-3] != ' ' &&
		    w[-4] != ' ') {
			for (const char *t = "enko"; *t; t++)
				key_put(s, &w, *t);
			prev = 'o';
			r += 4;
			continue;
		}
		/* a final h after a vowel, which English and French spell
		 * for the Arabic and Persian ta marbuta and -eh and Italian
		 * outlets often leave out ("Dbeibah" "Dbeiba", "Haniyeh"
		 * "Haniye", "Abdullah" "Abdulla"), in a word of six
		 * letters or more: not "Rafah", "Rafa" */
		if (c == 'h' && (r[1] == ' ' || r[1] == '\0') &&
		    strchr("aeiou", prev) && w - s >= 5 &&
		    memchr(w - 5, ' ', 5) == NULL) {
			prev = c;
			r++;
			continue;
		}
		key_put(s, &w, c == 'y' && prev != ' ' ? 'i' : c);
		prev = c;
		r++;
	}
	*w = '\0';
	key_names(s);
	key_article(s);
}

/* Latin letters for the Cyrillic and Greek ones of key k, folded by the
 * key's rules; malloc'd, NULL on ENOMEM. */
static char *
key_latin_script(const char *k)
{
	size_t n = strlen(k), o = 0;
	char *out = malloc(n * 2 + 2);

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < n;) {
		ucs4_t c;
		int len = u8_mbtouc(&c, (const uint8_t *)k + i, n - i);
		const char *l = key_script(c);

		if (len < 1)
			len = 1;
		if (l) { /* no letter is longer in Latin than 2 bytes a byte */
			memcpy(out + o, l, strlen(l));
			o += strlen(l);
		} else {
			memcpy(out + o, k + i, (size_t)len);
			o += (size_t)len;
		}
		i += (size_t)len;
	}
	out[o] = '\0';
	key_translit(out);
	return out;
}

char *
entity_key_upgrade(const char *old)
{
	char *s;
	size_t n;

	if (key_has_script(old))
		s = key_latin_script(old);
	else
		s = strdup(old);
	if (s == NULL)
		return NULL;
	n = strlen(s);
	if (memchr(s, 'x', n)) {
		char *t = realloc(s, 2 * n + 2);
		if (t == NULL) {
			free(s);
			return NULL;
		}
		s = t;
	}
	key_refold(s);
	return s;
}

/* The key of the first stores, which entity_key_upgrade takes to this
 * version's. */
static char *
key_first(const char *name, size_t len)
{
	size_t n = 0, o = 0, i;
	uint8_t *f;
	char *out, *w;

	/* Most names are ASCII, where case folding and NFKD are just
	 * lower-casing: skip libunistring's general path for them. */
	for (i = 0; i < len && (unsigned char)name[i] < 0x80; i++)
		;
	if ((out = key_latin_fold(name, len, i == len)) != NULL)
		goto collapse;
	if (i == len) {
		if ((f = malloc(len + 1)) == NULL)
			return NULL;
		for (i = 0; i < len; i++)
			f[i] = (uint8_t)(name[i] >= 'A' && name[i] <= 'Z' ?
			    name[i] + ('a' - 'A') : name[i]);
		n = len;
	} else if ((f = u8_casefold((const uint8_t *)name, len, NULL,
	    UNINORM_NFKD, NULL, &n)) == NULL)
		return NULL;
	if ((out = malloc(n * 6 + 2)) == NULL) {
		free(f);
		return NULL;
	}
	o = key_chars(f, n, out, n * 6 + 2);
	out[o] = '\0';
	free(f);
collapse:
	/* single spaces, trimmed */
	w = out;
	for (char *r = out; *r; r++)
		if (*r != ' ' || (w > out && w[-1] != ' '))
			*w++ = *r;
	if (w > out && w[-1] == ' ')
		w--;
	*w = '\0';
	key_translit(out);
	return out;
}

/* entity_key, computed. */
static char *
key_compute(const char *name, size_t len)
{
	char *k = key_first(name, len), *up;

	if (k == NULL)
		return NULL;
	if (!key_has_script(k) && strchr(k, 'x') == NULL) {
		key_refold(k); /* in place: it only shortens such a key */
		return k;
	}
	up = entity_key_upgrade(k);
	free(k);
	return up;
}

/*
 * A thread's memory of the keys of names of 40 bytes or fewer.  A key
 * costs about 1,500 instructions (the folds, the transliteration rules,
 * the checks for other scripts), and the same names come back story
 * after story ("Putin", "Roma", "Unione europea"): remembered here,
 * direct-mapped by a hash of the name's bytes, compared whole.
 * entity_key depends on nothing but the name's bytes.
 */
#define KEY_MEMO_BITS 11
#define KEY_MEMO_NAME 40
#define KEY_MEMO_KEY 54
struct key_memo {
	uint8_t nlen;   /* the name's length; 0: empty */
	uint8_t klen;   /* the key's */
	char name[KEY_MEMO_NAME];
	char key[KEY_MEMO_KEY];
};
static _Thread_local struct key_memo key_memo[1u << KEY_MEMO_BITS];

/* The slot of name (1 to KEY_MEMO_NAME bytes) in key_memo. */
static struct key_memo *
key_memo_slot(const char *name, size_t len)
{
	return &key_memo[ent_hash(name, len) >> (64 - KEY_MEMO_BITS)];
}

char *
entity_key(const char *name, size_t len)
{
	struct key_memo *m;
	char *k;
	size_t kl;

	if (len == 0 || len > KEY_MEMO_NAME)
		return key_compute(name, len);
	m = key_memo_slot(name, len);
	if (m->nlen == len && memcmp(m->name, name, len) == 0) {
		if ((k = malloc((size_t)m->klen + 1)) != NULL) {
			memcpy(k, m->key, m->klen);
			k[m->klen] = '\0';
		}
		return k;
	}
	if ((k = key_compute(name, len)) != NULL &&
	    (kl = strlen(k)) < KEY_MEMO_KEY) {
		m->nlen = (uint8_t)len;
		m->klen = (uint8_t)kl;
		memcpy(m->name, name, len);
		memcpy(m->key, k, kl);
	}
	return k;
}

const char *
entity_type_name(enum entity_type t)
{
	switch (t) {
	case ENTITY_PERSON:
		return "person";
	case ENTITY_PLACE:
		return "place";
	case ENTITY_ORG:
		return "organisation";
	default:
		return "other";
	}
}

int
entity_type_parse(const char *s)
{
	if (!strcasecmp(s, "person") || !strcasecmp(s, "per"))
		return ENTITY_PERSON;
	if (!strcasecmp(s, "place") || !strcasecmp(s, "loc"))
		return ENTITY_PLACE;
	if (!strcasecmp(s, "organisation") || !strcasecmp(s, "organization") ||
	    !strcasecmp(s, "org"))
		return ENTITY_ORG;
	if (!strcasecmp(s, "other"))
		return ENTITY_OTHER;
	return -1;
}

void
entity_result_free(struct entity_result *r)
{
	for (size_t i = 0; i < r->ngroups; i++) {
		free(r->groups[i].canonical);
		free(r->groups[i].key);
	}
	free(r->groups);
	for (size_t i = 0; r->keys == NULL && i < r->nmentions; i++)
		free(r->mentions[i].key);
	free(r->keys);
	free(r->mentions);
	memset(r, 0, sizeof(*r));
}

/* 1 if byte p of name starts "kh" (any case), 2 if "ch" not after "s"
 * or "t" ("sch", "tch" spell other letters), else 0. */
static int
key_kh_at(const char *name, size_t p, size_t len)
{
	char a, b;

	if (p + 1 >= len)
		return 0;
	a = (char)(name[p] | 0x20);
	b = (char)(name[p + 1] | 0x20);
	if (b != 'h')
		return 0;
	if (a == 'k')
		return 1;
	if (a == 'c' && (p == 0 || ((name[p - 1] | 0x20) != 's' &&
	    (name[p - 1] | 0x20) != 't')))
		return 2;
	return 0;
}

char *
entity_key_alt(const char *name, size_t len)
{
	int kh = 0, ch = 0, from;
	char *alt, *k;

	for (size_t p = 0; p + 1 < len; p++) {
		int w = key_kh_at(name, p, len);
		kh |= w == 1;
		ch |= w == 2;
	}
	if (!kh && !ch)
		return NULL;
	from = kh ? 1 : 2; /* "Khrushchev": its "kh" only */
	if ((alt = malloc(len + 1)) == NULL)
		return NULL;
	memcpy(alt, name, len);
	alt[len] = '\0';
	for (size_t p = 0; p + 1 < len; p++)
		if (key_kh_at(name, p, len) == from) {
			int up = name[p] >= 'A' && name[p] <= 'Z';
			alt[p] = (char)(from == 1 ? (up ? 'C' : 'c') :
			    (up ? 'K' : 'k'));
		}
	k = entity_key(alt, len);
	free(alt);
	return k;
}

