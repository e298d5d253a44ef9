/*
 * failmalloc.c: an LD_PRELOAD library that makes one allocation fail.
 * FAILMALLOC_AT=N makes the Nth malloc/calloc/realloc (counted from the
 * first call) return NULL with errno ENOMEM; FAILMALLOC_AT=0 or unset
 * fails nothing and FAILMALLOC_COUNT=FILE writes the number of calls
 * there at exit, so a test can sweep every point of a run.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);

static unsigned long calls, fail_at;
static int ready;

/* Read the settings once. */
static void
setup(void)
{
	const char *e;

	ready = 1;
	if ((e = getenv("FAILMALLOC_AT")) != NULL)
		fail_at = strtoul(e, NULL, 10);
}

/* 1 if this call must fail. */
static int
must_fail(void)
{
	if (!ready)
		setup();
	return ++calls == fail_at;
}

void *
malloc(size_t n)
{
	if (must_fail()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_malloc(n);
}

void *
calloc(size_t a, size_t b)
{
	if (must_fail()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_calloc(a, b);
}

void *
realloc(void *p, size_t n)
{
	if (must_fail()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_realloc(p, n);
}

/* Report the number of calls when asked to. */
__attribute__((destructor)) static void
report(void)
{
	const char *e = getenv("FAILMALLOC_COUNT");
	FILE *f;

	if (e == NULL || (f = fopen(e, "w")) == NULL)
		return;
	fprintf(f, "%lu\n", calls);
	fclose(f);
}
