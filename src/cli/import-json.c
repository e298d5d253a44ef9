/* import-json: re-read a `dossier export --format json` document.  Every
 * article goes through the normal pipeline from its raw text; then its tags,
 * read and starred flags and notes are restored, without duplicating what
 * the store already has. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "dossier/text.h"

#define SNIFF 4096
#define JSON_MAX (1024L * 1024 * 1024)

struct walk {
	struct import *im;
	const char *name;
	long seen;
};

/* 1 if the first bytes look like an export: a JSON object that names
 * "dossier_export" early on (store_json_articles decides for sure). */
int
cli_json_is_export(const char *head, size_t len)
{
	size_t i = 0;

	if (len >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len && strchr(" \t\r\n", head[i]) != NULL)
		i++;
	if (i == len || head[i] != '{')
		return 0;
	if (len > SNIFF)
		len = SNIFF;
	return memmem(head + i, len - i, "\"dossier_export\"", 16) != NULL;
}

/* 1 if the file at path starts like an export. */
int
cli_json_sniff(const char *path)
{
	char head[SNIFF];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 0;
	n = read(fd, head, sizeof(head));
	close(fd);
	return n > 0 && cli_json_is_export(head, (size_t)n);
}

/* Value of a base64 digit, -1 for anything else. */
static int
b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* Decode base64 (white space ignored, padding optional); malloc'd, NULL
 * when the text is not base64 or memory runs out. */
static char *
b64_decode(const char *s, size_t *len)
{
	size_t n = strlen(s), o = 0;
	unsigned acc = 0;
	int bits = 0, v, pad = 0;
	char *out = malloc(n / 4 * 3 + 3);

	if (out == NULL)
		return NULL;
	for (; *s; s++) {
		if (strchr(" \t\r\n", *s) != NULL)
			continue;
		if (*s == '=') {
			pad++;
			continue;
		}
		if (pad || (v = b64_value((unsigned char)*s)) < 0) {
			free(out);
			return NULL;
		}
		acc = (acc << 6 | (unsigned)v) & 0xffffff;
		if ((bits += 6) >= 8) {
			bits -= 8;
			out[o++] = (char)(acc >> bits & 0xff);
		}
	}
	if (pad > 2 || bits >= 6) {
		free(out);
		return NULL;
	}
	*len = o;
	return out;
}

/* How many bytes at the end of before match the text ending at pos. */
static size_t
context_match(const char *body, size_t pos, const char *before)
{
	size_t bl = before ? strlen(before) : 0, k = 0;

	while (k < bl && k < pos && body[pos - 1 - k] == before[bl - 1 - k])
		k++;
	return k;
}

/* Place a note on the article's body: its own range when the quote is
 * still there, else the occurrence of the quote with the best matching
 * context (nearest the old place on a tie).  0, or 1 if the quote is gone. */
static int
anchor(const char *body, size_t len, const struct store_json_note *n,
       size_t *start, size_t *end)
{
	size_t ql = n->quote ? strlen(n->quote) : 0, best = 0, bestk = 0, k,
	    dist, bestd = (size_t)-1;
	const char *p, *hit;
	int found = 0;

	*start = n->start;
	*end = n->end;
	if (ql == 0)
		return n->end <= len ? 0 : 1;
	if (n->end <= len && n->end - n->start == ql &&
	    memcmp(body + n->start, n->quote, ql) == 0)
		return 0;
	for (p = body; (hit = memmem(p, len - (size_t)(p - body), n->quote,
	    ql)) != NULL; p = hit + 1) {
		size_t at = (size_t)(hit - body);

		k = context_match(body, at, n->before);
		dist = at > n->start ? at - n->start : n->start - at;
		if (!found || k > bestk || (k == bestk && dist < bestd)) {
			best = at;
			bestk = k;
			bestd = dist;
			found = 1;
		}
		if ((size_t)(hit - body) + 1 >= len)
			break;
	}
	if (!found)
		return 1;
	*start = best;
	*end = best + ql;
	return 0;
}

/* 1 if the article already has this note (same range and text). */
static int
has_note(const struct store_note *have, long nhave, size_t start, size_t end,
	 const char *body)
{
	long i;

	for (i = 0; i < nhave; i++)
		if (have[i].start == start && have[i].end == end &&
		    strcmp(have[i].body ? have[i].body : "", body) == 0)
			return 1;
	return 0;
}

/* Restore the notes of one article. */
static int
restore_notes(struct walk *w, int64_t id, const struct store_json_article *a)
{
	struct import *im = w->im;
	struct store_article art;
	struct store_note *have = NULL;
	long nhave, i;
	size_t s, e;
	int64_t nid;
	int rc;

	if (a->nnotes == 0)
		return 0;
	if ((rc = store_article_get(im->st, id, &art)) != 0)
		return rc < 0 ? -1 : 0;
	if ((nhave = store_notes(im->st, id, &have)) < 0) {
		store_article_free(&art);
		return -1;
	}
	for (i = 0, rc = 0; i < a->nnotes && rc == 0; i++) {
		const struct store_json_note *n = &a->notes[i];

		if (anchor(art.body, art.body_len, n, &s, &e) != 0) {
			if (!im->c->quiet)
				cli_import_msg(im, w->name, "note on #%lld: its "
				    "passage is gone: not restored", (long long)id);
			im->warned++;
			continue;
		}
		if (has_note(have, nhave, s, e, n->body))
			continue;
		rc = store_note_add(im->st, id, s, e, n->body, &nid);
		if (rc == 1) {
			if (!im->c->quiet)
				cli_import_msg(im, w->name, "note on #%lld: %s",
				    (long long)id, store_errmsg(im->st));
			im->warned++;
			rc = 0;
		} else if (rc == 0 && (n->created || n->updated)) {
			rc = store_note_set_times(im->st, nid, n->created,
			    n->updated) < 0 ? -1 : 0;
		}
	}
	store_notes_free(have, nhave);
	store_article_free(&art);
	return rc;
}

/* 1 if a tag name is one the store takes: not empty, under 256 bytes once
 * trimmed, no space or control character inside. */
static int
tag_ok(const char *t)
{
	size_t n;

	while (*t == ' ' || (*t >= '\t' && *t <= '\r'))
		t++;
	n = strlen(t);
	while (n > 0 && (t[n - 1] == ' ' || (t[n - 1] >= '\t' && t[n - 1] <= '\r')))
		n--;
	if (n == 0 || n >= 256)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)t[i] < 0x20 || t[i] == 0x7f || t[i] == ' ')
			return 0;
	return 1;
}

/* Restore tags, flags and notes of an imported article. */
static int
restore(struct walk *w, int64_t id, const struct store_json_article *a)
{
	struct store *st = w->im->st;
	long i;

	for (i = 0; i < a->ntags; i++) {
		if (!tag_ok(a->tags[i])) {
			char *safe = text_sanitize(a->tags[i], strlen(a->tags[i]), 0);

			if (!w->im->c->quiet)
				cli_import_msg(w->im, w->name, "#%lld: not a tag "
				    "name: '%s': skipped", (long long)id,
				    safe ? safe : "?");
			free(safe);
			w->im->warned++;
			continue;
		}
		if (store_tag_add(st, id, a->tags[i]) < 0)
			return -1;
	}
	if (a->read && store_article_set_read(st, id, 1) < 0)
		return -1;
	if (a->starred && store_article_set_starred(st, id, 1) < 0)
		return -1;
	return restore_notes(w, id, a);
}

/* One article of the document; non-zero stops the walk. */
static int
one(void *arg, const struct store_json_article *a)
{
	struct walk *w = arg;
	struct import *im = w->im;
	size_t len;
	int64_t id;
	char *raw;
	int rc;

	if (cli_import_stopped(im))
		return 1;
	if (w->seen++ == 0 && im->total > 0)
		im->total += a->total - 1;
	if (a->raw_base64 == NULL ||
	    (raw = b64_decode(a->raw_base64, &len)) == NULL) {
		cli_import_msg(im, w->name, "article %ld has no raw text "
		    "(raw_base64): skipped", w->seen);
		im->refused++;
		return 0;
	}
	rc = cli_import_bytes(im, a->source && *a->source ? a->source : w->name,
	    raw, len, &id);
	free(raw);
	if (rc < 0)
		return cli_import_stopped(im);
	if (restore(w, id, a) < 0) {
		fprintf(stderr, "%s: %s\n", im->c->prog, store_errmsg(im->st));
		im->failed = 1;
		return 1;
	}
	return 0;
}

void
cli_import_json(struct import *im, const char *name, const char *json,
		size_t len)
{
	struct walk w = { .im = im, .name = name };

	if (im->c->verbose)
		cli_import_msg(im, name, "reading a dossier JSON export");
	if (store_json_articles(im->st, json, len, one, &w) < 0 &&
	    !cli_import_stopped(im)) {
		cli_import_msg(im, name, "%s", store_errmsg(im->st));
		im->refused++;
	}
}

void
cli_import_json_file(struct import *im, const char *path)
{
	struct stat sb;
	size_t n = 0;
	ssize_t r;
	char *buf;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 || fstat(fd, &sb) < 0) {
		cli_import_msg(im, path, "%s", strerror(errno));
		im->refused++;
		if (fd >= 0)
			close(fd);
		return;
	}
	if (sb.st_size > JSON_MAX || (buf = malloc((size_t)sb.st_size + 1)) ==
	    NULL) {
		cli_import_msg(im, path, "%s", sb.st_size > JSON_MAX ?
		    "JSON export too large (over 1 GB)" : "out of memory");
		im->refused++;
		close(fd);
		return;
	}
	while (n < (size_t)sb.st_size && ((r = read(fd, buf + n,
	    (size_t)sb.st_size - n)) > 0 || (r < 0 && errno == EINTR)))
		n += r > 0 ? (size_t)r : 0;
	close(fd);
	buf[n] = '\0';
	cli_import_json(im, path, buf, n);
	free(buf);
}
