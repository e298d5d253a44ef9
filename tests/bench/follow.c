/* follow: time the reader's hot queries on a store, in-process (no
 * start-up cost): the first page of a search, a next-mention jump across
 * stories for the most-mentioned person, and the first page of a limit by
 * entity.  tests/bench/follow STORE [QUERY]
 * The line "follow\tSEARCH\tJUMP\tWORST\tVIEW\tLIMIT" (ms: search
 * page, mean and worst next-mention jump, entity view, limit by entity),
 * is what tests/bench/run puts in its table. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "dossier/store.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* CPU time of the process: steadier than wall time on a busy machine. */
static double
cpu(void)
{
	struct timespec t;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct store_filter f = { 0 };
	struct store_entity *e;
	struct store_row *rows;
	struct store_place from = { 0 }, to;
	char *err = NULL;
	struct store *st;
	double t0, first = 0, worst = 0, worst_cpu = 0, total = 0;
	double search_ms = 0, view_ms = 0, limit_ms = 0;
	long n, jumps = 0;
	int64_t person, last = 0;
	int i;

	if (argc < 2) {
		fprintf(stderr, "usage: follow STORE [QUERY]\n");
		return 2;
	}
	if ((st = store_open(argv[1], STORE_READONLY, &err)) == NULL) {
		fprintf(stderr, "follow: %s\n", err);
		return 1;
	}
	f.search = argc > 2 ? argv[2] : "presidente";
	{
		double best = 1e9, bestc = 1e9, c0;
		long mtotal = 0, unread = 0;

		/* the first run warms the page cache; the best of the rest */
		for (i = 0; i < 6; i++) {
			t0 = now();
			c0 = cpu();
			n = store_list(st, &f, NULL, 1, 50, &rows);
			store_rows_free(rows, n);
			if (i > 0 && now() - t0 < best)
				best = now() - t0;
			if (i > 0 && cpu() - c0 < bestc)
				bestc = cpu() - c0;
		}
		printf("search '%s', first page of %ld: %.2f ms (%.2f ms CPU)\n",
		    f.search, n, best * 1e3, bestc * 1e3);
		search_ms = best * 1e3;
		best = bestc = 1e9;
		for (i = 0; i < 6; i++) {
			t0 = now();
			c0 = cpu();
			store_count(st, &f, &mtotal, &unread);
			if (i > 0 && now() - t0 < best)
				best = now() - t0;
			if (i > 0 && cpu() - c0 < bestc)
				bestc = cpu() - c0;
		}
		printf("search count (%ld, %ld unread): %.2f ms (%.2f ms CPU)\n",
		    mtotal, unread, best * 1e3, bestc * 1e3);
	}
	/* The most-mentioned person, as the reader's entity list finds it
	 * (one page).  Listing every person is timed last: freeing that
	 * list (a 1.5 MB array at 100k) made the next statement pay for
	 * glibc's munmap, 2 to 7 ms, which is not the jump's. */
	if ((n = store_entities_top(st, ENTITY_PERSON, 0, 1, &e)) <= 0)
		return 1;
	person = e[0].id;
	printf("most-mentioned person: %s (%ld mentions, %ld stories)\n",
	    e[0].name, e[0].mentions, e[0].articles);
	store_entities_free(e, n);
	/* Walk forward; time each jump that crosses into another story. */
	while (jumps < 2000) {
		double c0 = cpu();

		t0 = now();
		if (store_mention_step(st, person, &from, 1, &to) != 0)
			break;
		t0 = now() - t0;
		c0 = cpu() - c0;
		if (to.article != last) {
			total += t0;
			if (jumps == 0)
				first = t0;	/* compiles the statements */
			else if (t0 > worst)
				worst = t0;
			if (jumps > 0 && c0 > worst_cpu)
				worst_cpu = c0;
			jumps++;
			last = to.article;
		}
		from = to;
	}
	/* CPU time too: a wall-clock worst on a busy machine can be a
	 * time slice lost to another process, not work */
	printf("next mention across stories: %ld jumps, mean %.3f ms, first "
	    "%.3f ms, worst of the others %.3f ms (%.3f ms CPU)\n", jumps,
	    jumps ? total / jumps * 1e3 : 0, first * 1e3, worst * 1e3,
	    worst_cpu * 1e3);
	f.search = NULL;
	f.entity = person;
	t0 = now();
	n = store_list(st, &f, NULL, 1, 50, &rows);
	store_rows_free(rows, n);
	limit_ms = (now() - t0) * 1e3;
	printf("limit by that person, first page: %.2f ms\n", limit_ms);
	{
		struct store_entity_mention *m;
		long nm, na;
		double c0;

		/* What the reader's entity view reads to open: the counts
		 * and its first page. */
		t0 = now();
		c0 = cpu();
		store_entity_counts(st, person, &nm, &na);
		n = store_entity_mentions_page(st, person, NULL, 200, &m);
		view_ms = (now() - t0) * 1e3;
		printf("entity view of that person, first page (%ld of %ld "
		    "mentions): %.2f ms (%.2f ms CPU)\n", n, nm, view_ms,
		    (cpu() - c0) * 1e3);
		store_entity_mentions_free(m, n);
		t0 = now();
		c0 = cpu();
		n = store_entity_mentions(st, person, &m);
		printf("every mention of that person (%ld): %.1f ms (%.1f ms "
		    "CPU)\n", n, (now() - t0) * 1e3, (cpu() - c0) * 1e3);
		store_entity_mentions_free(m, n);
	}
	printf("follow\t%.2f\t%.3f\t%.3f\t%.2f\t%.2f\n", search_ms,
	    jumps ? total / jumps * 1e3 : 0, first > worst ? first * 1e3 :
	    worst * 1e3, view_ms, limit_ms);
	{
		double c0 = cpu();

		t0 = now();
		n = store_entities(st, ENTITY_PERSON, 0, &e);
		printf("entities by mentions (%ld people): %.1f ms (%.1f ms "
		    "CPU)\n", n, (now() - t0) * 1e3, (cpu() - c0) * 1e3);
		if (n > 0)
			store_entities_free(e, n);
	}
	store_close(st);
	return 0;
}
