/* fts: turning what a user typed into a safe FTS5 query; the rank of a
 * match. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/store.h"
#include "store-private.h"

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

/* ------------------------------------------------------------- ranking */

/*
 * dossier_rank(articles_fts, WEIGHT...): BM25 (k1 = 1.2) with b = 0, that
 * is without the length of each story.  FTS5's bm25() reads that length
 * from its docsize table with one SQL statement per match, and that
 * lookup was most of a ranked search: ranking 8,500 matches took 12 ms.
 * News stories differ in length much less than the documents BM25 was
 * tuned on, and a title's words still weigh WEIGHT times a body's.
 */
struct rank_data {
	int nphrase;
	double *freq;	/* per phrase, this row's weighted hits */
	double idf[];
};

static int
rank_count(const Fts5ExtensionApi *api, Fts5Context *fts, void *arg)
{
	(void)api;
	(void)fts;
	(*(sqlite3_int64 *)arg)++;
	return SQLITE_OK;
}

/* Once a query: each phrase's inverse document frequency, as bm25(). */
static struct rank_data *
rank_data(const Fts5ExtensionApi *api, Fts5Context *fts)
{
	struct rank_data *d = api->xGetAuxdata(fts, 0);
	sqlite3_int64 nrow = 0;
	int n;

	if (d)
		return d;
	n = api->xPhraseCount(fts);
	if ((d = sqlite3_malloc64(sizeof(*d) + 2 * (size_t)n *
	    sizeof(double))) == NULL)
		return NULL;
	d->nphrase = n;
	d->freq = d->idf + n;
	if (api->xRowCount(fts, &nrow) != SQLITE_OK)
		nrow = 0;
	for (int i = 0; i < n; i++) {
		sqlite3_int64 hits = 0;
		double idf;

		if (api->xQueryPhrase(fts, i, &hits, rank_count) != SQLITE_OK)
			hits = 0;
		idf = log(((double)nrow - (double)hits + 0.5) /
		    ((double)hits + 0.5));
		d->idf[i] = idf > 1e-6 ? idf : 1e-6;
	}
	if (api->xSetAuxdata(fts, d, sqlite3_free) != SQLITE_OK)
		return NULL;	/* it was freed */
	return d;
}

static void
rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
	int nval, sqlite3_value **val)
{
	struct rank_data *d = rank_data(api, fts);
	double score = 0;
	int ninst = 0;

	if (d == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	for (int i = 0; i < d->nphrase; i++)
		d->freq[i] = 0;
	if (api->xInstCount(fts, &ninst) != SQLITE_OK)
		ninst = 0;
	for (int i = 0; i < ninst; i++) {
		int phrase, col, off;

		if (api->xInst(fts, i, &phrase, &col, &off) != SQLITE_OK ||
		    phrase < 0 || phrase >= d->nphrase)
			continue;
		d->freq[phrase] += col < nval ? sqlite3_value_double(val[col])
		    : 1.0;
	}
	for (int i = 0; i < d->nphrase; i++)
		score += d->idf[i] * d->freq[i] * 2.2 / (d->freq[i] + 1.2);
	sqlite3_result_double(ctx, -score);	/* best first in ascending order */
}

int
store_fts_register(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(s);
	sqlite3_finalize(s);
	if (api == NULL || api->iVersion < 2)
		return -1;
	return api->xCreateFunction(api, "dossier_rank", NULL, rank_fn, NULL)
	    == SQLITE_OK ? 0 : -1;
}
