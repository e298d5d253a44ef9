/* article/date.c: finding dates in Italian and English article text. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "private.h"

/* A month's name and its length. */
#define MONTH(name, month) { name, sizeof(name) - 1, month }
static const struct {
	const char *name;
	size_t len;
	int month;
} months[] = {
	MONTH("gennaio", 1), MONTH("febbraio", 2), MONTH("marzo", 3),
	MONTH("aprile", 4), MONTH("maggio", 5), MONTH("giugno", 6),
	MONTH("luglio", 7), MONTH("agosto", 8), MONTH("settembre", 9),
	MONTH("ottobre", 10), MONTH("novembre", 11), MONTH("dicembre", 12),
	MONTH("january", 1), MONTH("february", 2), MONTH("march", 3),
	MONTH("april", 4), MONTH("may", 5), MONTH("june", 6), MONTH("july", 7),
	MONTH("august", 8), MONTH("september", 9), MONTH("october", 10),
	MONTH("november", 11), MONTH("december", 12), MONTH("gen", 1),
	MONTH("feb", 2), MONTH("mar", 3), MONTH("apr", 4), MONTH("mag", 5),
	MONTH("giu", 6), MONTH("lug", 7), MONTH("ago", 8), MONTH("set", 9),
	MONTH("sett", 9), MONTH("ott", 10), MONTH("nov", 11), MONTH("dic", 12),
	MONTH("jan", 1), MONTH("jun", 6), MONTH("jul", 7), MONTH("aug", 8),
	MONTH("sep", 9), MONTH("sept", 9), MONTH("oct", 10), MONTH("dec", 12),
};

/* Month number of the ASCII word s[0..n), or 0. */
static int
month_word(const char *s, size_t n)
{
	size_t i, k;

	/* the length and the first letter before the comparison (this
	 * asked strlen and strncasecmp of every name: 0.7% of preparing
	 * a story) */
	if (n == 0)
		return 0;
	for (i = 0; i < sizeof(months) / sizeof(months[0]); i++) {
		k = months[i].len;
		if (k == n && ((unsigned char)s[0] | 0x20) ==
		    (unsigned char)months[i].name[0] &&
		    strncasecmp(s, months[i].name, n) == 0)
			return months[i].month;
	}
	return 0;
}

/* Length of the run of ASCII letters at s. */
static size_t
alpha_run(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && isalpha((unsigned char)s[i]))
		i++;
	return i;
}

/* Read up to `max` digits at s[*i]; returns the count read. */
static int
digits(const char *s, size_t n, size_t *i, int max, int *val)
{
	int k = 0;

	*val = 0;
	while (*i < n && k < max && isdigit((unsigned char)s[*i])) {
		*val = *val * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (*i < n && isdigit((unsigned char)s[*i]))
		return 0;	/* longer number than wanted */
	return k;
}

/* Skip spaces and the given punctuation. */
static size_t
skip(const char *s, size_t n, size_t i, const char *punct)
{
	while (i < n && (s[i] == ' ' || strchr(punct, s[i]) != NULL) &&
	    s[i] != '\0')
		i++;
	return i;
}

/* 1 if the calendar date is plausible. */
static int
valid(const struct adate *d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (d->month < 1 || d->month > 12 || d->day < 1 ||
	    d->day > mdays[d->month - 1])
		return 0;
	if (d->year != 0 && (d->year < 1900 || d->year > 2100))
		return 0;
	if (d->month == 2 && d->day == 29 && d->year != 0 &&
	    (d->year % 4 != 0 || (d->year % 100 == 0 && d->year % 400 != 0)))
		return 0;
	return 1;
}

/* Optional year after a day-month pair; returns the new position. */
static size_t
opt_year(const char *s, size_t n, size_t i, struct adate *d)
{
	size_t j = skip(s, n, i, ",.");
	int y;

	if (digits(s, n, &j, 4, &y) == 4 && (j >= n ||
	    !isalnum((unsigned char)s[j]))) {
		d->year = y;
		return j;
	}
	return i;
}

/* Length of "am", "pm", "a.m." or "p.m." at s (0 if none); *pm set. */
static size_t
meridiem(const char *s, size_t n, int *pm)
{
	size_t k;

	if (n == 0 || strchr("aApP", s[0]) == NULL || s[0] == '\0')
		return 0;
	*pm = s[0] == 'p' || s[0] == 'P';
	if (n >= 2 && (s[1] == 'm' || s[1] == 'M'))
		k = 2;
	else if (n >= 4 && s[1] == '.' && (s[2] == 'm' || s[2] == 'M') &&
	    s[3] == '.')
		k = 4;
	else if (n >= 3 && s[1] == '.' && (s[2] == 'm' || s[2] == 'M'))
		k = 3;
	else
		return 0;
	return (k < n && isalnum((unsigned char)s[k])) ? 0 : k;
}

/* Optional time after a date: "alle ore 15:59", ", 3:59 pm", "h 9.05". */
static size_t
opt_time(const char *s, size_t n, size_t i, struct adate *d)
{
	size_t j = skip(s, n, i, ",-|/\xc2\xb7"), w, k;
	int h, m, kw = 0, hk, pm;

	for (k = 0; k < 3; k++) {
		w = alpha_run(s + j, n - j);
		if (w == 0)
			break;
		if ((w == 4 && strncasecmp(s + j, "alle", 4) == 0) ||
		    (w == 3 && strncasecmp(s + j, "ore", 3) == 0) ||
		    (w == 2 && strncasecmp(s + j, "at", 2) == 0) ||
		    (w == 1 && (s[j] == 'h' || s[j] == 'H' || s[j] == 'T'))) {
			kw = 1;
			j = skip(s, n, j + w, ",");
		} else
			break;
	}
	hk = digits(s, n, &j, 2, &h);
	if (hk == 0 || j + 2 >= n || (s[j] != ':' && !(kw && s[j] == '.')))
		return i;
	j++;
	if (digits(s, n, &j, 2, &m) != 2 || h > 23 || m > 59)
		return i;
	w = skip(s, n, j, "");
	if ((k = meridiem(s + w, n - w, &pm)) > 0 && h >= 1 && h <= 12) {
		h = (h % 12) + (pm ? 12 : 0);
		j = w + k;
	}
	d->hour = h;
	d->min = m;
	return j;
}

/* Try each date shape at s[i], a word start; returns the end or 0. */
static size_t
date_at(const char *s, size_t n, size_t i, int mdy, struct adate *d)
{
	size_t j = i, w;
	int a, b, c, ka, kb, kc, mo;
	char sep;

	memset(d, 0, sizeof(*d));
	d->hour = -1;
	if (isalpha((unsigned char)s[i])) {
		/* September 13, 2023 */
		w = alpha_run(s + i, n - i);
		if ((mo = month_word(s + i, w)) == 0)
			return 0;
		j = skip(s, n, i + w, ".");
		if (digits(s, n, &j, 2, &a) == 0)
			return 0;
		if (j + 1 < n && (strncasecmp(s + j, "st", 2) == 0 ||
		    strncasecmp(s + j, "nd", 2) == 0 ||
		    strncasecmp(s + j, "rd", 2) == 0 ||
		    strncasecmp(s + j, "th", 2) == 0))
			j += 2;
		if (j < n && isalpha((unsigned char)s[j]))
			return 0;
		d->month = mo;
		d->day = a;
		j = opt_year(s, n, j, d);
		if (!valid(d))
			return 0;
		return opt_time(s, n, j, d);
	}
	if ((ka = digits(s, n, &j, 4, &a)) == 0)
		return 0;
	if (ka == 4 && j + 5 < n && s[j] == '-') {
		/* 2023-09-13 */
		j++;
		if (digits(s, n, &j, 2, &b) != 2 || j >= n || s[j] != '-')
			return 0;
		j++;
		if (digits(s, n, &j, 2, &c) != 2)
			return 0;
		d->year = a, d->month = b, d->day = c;
		if (!valid(d))
			return 0;
		return opt_time(s, n, j, d);
	}
	if (ka > 2)
		return 0;
	if (j < n && (s[j] == '/' || s[j] == '.' || s[j] == '-')) {
		/* 13/09/2023 */
		sep = s[j++];
		if ((kb = digits(s, n, &j, 2, &b)) == 0 || j >= n ||
		    s[j] != sep)
			return 0;
		j++;
		if ((kc = digits(s, n, &j, 4, &c)) != 4 && kc != 2)
			return 0;
		if (j < n && isalnum((unsigned char)s[j]))
			return 0;
		d->year = kc == 2 ? 2000 + c : c;
		if (b > 12 || (mdy && a <= 12))
			d->month = a, d->day = b;
		else
			d->month = b, d->day = a;
		if (!valid(d))
			return 0;
		return opt_time(s, n, j, d);
	}
	/* 13 settembre 2023, 13 Sep 2023 */
	j = skip(s, n, j, "");
	if (j > i + (size_t)ka + 1 || j == i + (size_t)ka)
		return 0;
	w = alpha_run(s + j, n - j);
	if ((mo = month_word(s + j, w)) == 0)
		return 0;
	j += w;
	if (j < n && s[j] == '.')
		j++;
	d->month = mo;
	d->day = a;
	j = opt_year(s, n, j, d);
	if (!valid(d))
		return 0;
	return opt_time(s, n, j, d);
}

int
adate_find(const char *s, size_t n, int prefer_mdy, struct adate *d,
    size_t *mstart, size_t *mend)
{
	size_t i, e;

	for (i = 0; i < n; i++) {
		if (!isalnum((unsigned char)s[i]))
			continue;
		if (i > 0 && isalnum((unsigned char)s[i - 1]))
			continue;
		if ((e = date_at(s, n, i, prefer_mdy, d)) != 0) {
			if (mstart)
				*mstart = i;
			if (mend)
				*mend = e;
			return 1;
		}
	}
	return 0;
}

void
adate_iso(const struct adate *d, char *buf, size_t size)
{
	if (d->year == 0)
		snprintf(buf, size, "%s", "");
	else if (d->hour >= 0)
		snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d", d->year,
		    d->month, d->day, d->hour, d->min);
	else
		snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month,
		    d->day);
}

int
adate_find_time(const char *s, size_t n, int *hour, int *min)
{
	struct adate t;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]) ||
		    (i > 0 && isalnum((unsigned char)s[i - 1])))
			continue;
		t.hour = -1;
		if (opt_time(s, n, i, &t) != i && t.hour >= 0) {
			*hour = t.hour;
			*min = t.min;
			return 1;
		}
	}
	return 0;
}
