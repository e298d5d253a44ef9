/* import: files, directories and stdin into the store, in batches. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "dossier/article.h"
#include "dossier/entity.h"
#include "dossier/text.h"

static volatile sig_atomic_t interrupted;

static void
on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static double
seconds_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) +
	    (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* A line of progress on the terminal, at most a few times a second: the
 * count, the rate and, when the total is known, the time left. */
void
cli_import_progress(struct import *im, int final)
{
	long done = im->added + im->present + im->refused;
	double el, rate;

	if (!im->progress)
		return;
	if (!final && seconds_since(&im->last) < 0.2)
		return;
	clock_gettime(CLOCK_MONOTONIC, &im->last);
	el = seconds_since(&im->t0);
	rate = el > 0 ? (double)done / el : 0.0;
	fprintf(stderr, "\r\033[K%s: %ld", im->what, done);
	if (im->total > 0)
		fprintf(stderr, "/%ld", im->total > done ? im->total : done);
	if (!im->brief)
		fprintf(stderr, " (%ld added, %ld present, %ld refused)",
		    im->added, im->present, im->refused);
	fprintf(stderr, ", %.0f/s", rate);
	if (im->total > done && rate > 0 && el >= 1) {
		long left = (long)((double)(im->total - done) / rate + 0.5);

		fprintf(stderr, ", %ld:%02ld left", left / 60, left % 60);
	}
	if (final)
		fputs("\r\033[K", stderr);
}

/* Count the regular files under the paths as import would walk them, to
 * know how many are left; gives up (total 0) after a short while. */
static long
count_files(const char *path, int depth, const struct timespec *t0)
{
	struct dirent *e;
	struct stat sb;
	long n = 0, k;
	char *child;
	DIR *d;

	if (stat(path, &sb) < 0)
		return 0;
	if (!S_ISDIR(sb.st_mode))
		return S_ISREG(sb.st_mode) ? 1 : 0;
	if (depth >= MAX_DEPTH || seconds_since(t0) > 0.3 ||
	    (d = opendir(path)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL && n >= 0) {
		if (e->d_name[0] == '.' || asprintf(&child, "%s/%s", path,
		    e->d_name) < 0)
			continue;
		k = count_files(child, depth + 1, t0);
		n = k < 0 ? -1 : n + k;
		free(child);
	}
	closedir(d);
	return n;
}

/* 1 once the import must stop: a signal or a store failure. */
int
cli_import_stopped(const struct import *im)
{
	return interrupted || im->failed;
}

/* Print a one-line message about a file; the name is sanitised. */
void
cli_import_msg(struct import *im, const char *name, const char *fmt, ...)
{
	char *safe = text_sanitize(name, strlen(name), 0);
	va_list ap;

	if (im->progress)
		fputs("\r\033[K", stderr);
	fprintf(stderr, "%s: %s: ", im->c->prog, safe ? safe : "?");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	free(safe);
}

/* Commit the open batch; a store error stops the import. */
int
cli_import_commit(struct import *im)
{
	long n = im->in_batch;

	if (n == 0)
		return 0;
	im->in_batch = 0;
	im->batch_added = 0;
	im->batch_bytes = 0;
	if (store_commit(im->st) < 0) {
		fprintf(stderr, "%s: %s\n", im->c->prog, store_errmsg(im->st));
		im->failed = 1;
		return -1;
	}
	if (im->c->verbose)
		fprintf(stderr, "%s: committed a batch of %ld article%s\n",
		    im->c->prog, n, n == 1 ? "" : "s");
	return 0;
}

/* A batch commits after this many raw bytes, whatever its count: its
 * mentions wait in memory until it commits or has taken STORE_SLICE
 * stories (store_mentions_flush), and a transaction holds its pages.
 * 150 stories of a megabyte each in one batch peaked at 426 MB; with
 * this and PIPE_BYTES, 162 MB.  2,000 news stories are about 7 MB. */
#define IMPORT_BATCH_BYTES ((size_t)16 << 20)

/* What decoding, parsing and recognising made of one file's bytes: work
 * that needs no store, done on a second thread while the first writes. */
struct prepared {
	char *name, *raw;   /* owned when it went through the pipeline */
	size_t len;
	enum text_status ts;
	int stage;          /* 0 ready, 1 not decoded, 2 not parsed, 3 no entities */
	int err;            /* errno of a failed parse */
	struct text_decoded d;
	struct article a;
	struct entity_result er;
	struct store_article_keys keys; /* off the writing thread */
};

static void
prepare(const struct entity_lexicon *lx, struct prepared *p)
{
	p->stage = 0;
	if ((p->ts = text_decode(p->raw, p->len, &p->d)) != TEXT_OK) {
		p->stage = 1;
		return;
	}
	errno = 0;
	if (article_parse(p->d.text, p->d.len, &p->a) < 0) {
		p->err = errno;
		p->stage = 2;
		free(p->d.text);
		return;
	}
	/* the article holds copies: the decoded text is not kept while the
	 * prepared article waits its turn */
	free(p->d.text);
	p->d.text = NULL;
	if (entity_recognise(lx, p->a.body, p->a.body_len, p->a.lang,
	    &p->er) < 0) {
		p->stage = 3;
		article_free(&p->a);
		return;
	}
	store_article_keys(&p->a, p->raw, p->len, &p->keys);
}

/* Report and store a prepared article, then free what it holds (not its
 * name and raw bytes). */
static int
finish(struct import *im, struct prepared *p, int64_t *idp)
{
	const char *name = p->name;
	int64_t id = 0;
	int rc = -1;

	if (p->stage == 1) {
		cli_import_msg(im, name, "%s", text_status_str(p->ts));
		im->refused++;
		return -1;
	}
	if (p->d.replaced && im->c->quiet) {
		im->warned++;
	} else if (p->d.replaced) {
		cli_import_msg(im, name, "warning: %zu invalid UTF-8 sequence%s "
		    "replaced with U+FFFD", p->d.replaced,
		    p->d.replaced == 1 ? "" : "s");
		im->warned++;
	} else if (p->d.encoding != TEXT_ENC_UTF8 && im->c->verbose) {
		cli_import_msg(im, name, "note: converted from %s",
		    p->d.encoding == TEXT_ENC_LATIN1 ? "Latin-1" : "Windows-1252");
	}
	if (p->stage == 2) {
		cli_import_msg(im, name, "%s", p->err == ENOMEM ? "out of memory" :
		    "no article text found");
		im->refused++;
		return -1;
	}
	if (p->stage == 3) {
		cli_import_msg(im, name, "%s", "out of memory while finding entities");
		im->refused++;
		return -1;
	}
	if (im->in_batch == 0 && store_begin(im->st) < 0) {
		fprintf(stderr, "%s: %s\n", im->c->prog, store_errmsg(im->st));
		im->failed = 1;
	} else {
		im->in_batch++;
		rc = store_article_add_keyed(im->st, name, p->raw, p->len,
		    &p->a, &p->keys, &p->er, &id);
		if (rc == STORE_ADDED) {
			im->added++;
			im->batch_added++;
			if (im->c->verbose)
				cli_import_msg(im, name, "added as #%lld", (long long)id);
		} else if (rc == STORE_PRESENT) {
			im->present++;
			if (!im->c->quiet)
				cli_import_msg(im, name, "already present (#%lld)",
				    (long long)id);
		} else {
			fprintf(stderr, "%s: %s\n", im->c->prog,
			    store_errmsg(im->st));
			im->failed = 1;
			rc = -1;
		}
		im->batch_bytes += p->len;
		if (!im->failed && (im->in_batch >= im->batch ||
		    im->batch_bytes >= IMPORT_BATCH_BYTES))
			cli_import_commit(im);
	}
	entity_result_free(&p->er);
	article_free(&p->a);
	free(p->d.text);
	cli_import_progress(im, 0);
	if (idp)
		*idp = id;
	return rc;
}

/* Discard a prepared article unstored. */
static void
discard(struct prepared *p)
{
	/* (a failed parse or recognition freed its own part already) */
	if (p->stage == 0) {
		entity_result_free(&p->er);
		article_free(&p->a);
		free(p->d.text);
	}
}

/* Import one article's bytes: STORE_ADDED or STORE_PRESENT with *idp set,
 * or -1 (refused, or a store failure).  Files found by walking go through
 * the pipeline below instead; this waits for it to empty first, so that
 * articles are stored and reported in the order they were found. */
int
cli_import_bytes(struct import *im, const char *name, const char *raw,
		 size_t len, int64_t *idp)
{
	struct prepared p;

	cli_import_drain(im);
	memset(&p, 0, sizeof(p));
	p.name = (char *)name;
	p.raw = (char *)raw;
	p.len = len;
	prepare(im->lx, &p);
	return finish(im, &p, idp);
}

/*
 * The pipeline: the main thread walks and reads files and writes to the
 * store; one worker decodes, parses and recognises the next articles
 * meanwhile (those steps share nothing but the read-only lexicon).  Jobs
 * sit in a ring [head, tail): those before `take` are taken, each DONE
 * once prepared.  The main thread stores them from head, in order; when
 * the oldest is not ready it prepares the next untaken job itself rather
 * than wait, so both cores work whichever side is slower.
 *
 * The ring is long enough for the worker to keep preparing through a
 * commit (indexing a batch for search, its mentions, the WAL: ~0.4 s at
 * 100k stories, ~1,100 stories' preparation): with 32 slots it idled
 * half of an import (100k stories: 60 s, 27 s of the worker's CPU), with
 * 1,024, 47 s; 2,048 no faster.  A waiting job holds ~20 KB (its raw
 * bytes, the article, its mentions: not the decoded text).
 */
#define PIPE_SLOTS 1024
/* ... and holds no more than this many raw bytes while any is waiting:
 * a directory of large files must not fill memory (an article may be
 * 64 MiB, and its decoded, parsed and recognised forms are larger). */
#define PIPE_BYTES ((size_t)8 << 20)

enum { JOB_WAITING, JOB_TAKEN, JOB_DONE };

static struct {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	pthread_t thread;
	const struct entity_lexicon *lx;
	struct prepared job[PIPE_SLOTS];
	int state[PIPE_SLOTS];
	unsigned long head, take, tail;
	size_t bytes;	/* raw bytes held by jobs [head, tail) */
	int running, stop;
} pipe_ = { .mu = PTHREAD_MUTEX_INITIALIZER, .work = PTHREAD_COND_INITIALIZER,
	.done = PTHREAD_COND_INITIALIZER };

static void *
pipe_worker(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&pipe_.mu);
	for (;;) {
		struct prepared *p;
		unsigned long i;

		while (pipe_.take == pipe_.tail && !pipe_.stop)
			pthread_cond_wait(&pipe_.work, &pipe_.mu);
		if (pipe_.take == pipe_.tail)
			break;
		i = pipe_.take++ % PIPE_SLOTS;
		p = &pipe_.job[i];
		pipe_.state[i] = JOB_TAKEN;
		pthread_mutex_unlock(&pipe_.mu);
		prepare(pipe_.lx, p);
		pthread_mutex_lock(&pipe_.mu);
		pipe_.state[i] = JOB_DONE;
		pthread_cond_signal(&pipe_.done);
	}
	pthread_mutex_unlock(&pipe_.mu);
	return NULL;
}

/* Store (or, once the import stops, discard) the oldest job. */
static void
pipe_finish_one(struct import *im)
{
	struct prepared *p;

	pthread_mutex_lock(&pipe_.mu);
	while (pipe_.state[pipe_.head % PIPE_SLOTS] != JOB_DONE) {
		unsigned long i;

		if (pipe_.take == pipe_.tail) {
			pthread_cond_wait(&pipe_.done, &pipe_.mu);
			continue;
		}
		/* the worker is behind: prepare the next job here */
		i = pipe_.take++ % PIPE_SLOTS;
		pipe_.state[i] = JOB_TAKEN;
		pthread_mutex_unlock(&pipe_.mu);
		prepare(pipe_.lx, &pipe_.job[i]);
		pthread_mutex_lock(&pipe_.mu);
		pipe_.state[i] = JOB_DONE;
	}
	p = &pipe_.job[pipe_.head % PIPE_SLOTS];
	pthread_mutex_unlock(&pipe_.mu);
	if (cli_import_stopped(im))
		discard(p);
	else
		finish(im, p, NULL);
	pipe_.bytes -= p->len;
	free(p->name);
	free(p->raw);
	pthread_mutex_lock(&pipe_.mu);
	pipe_.head++;
	pthread_mutex_unlock(&pipe_.mu);
}

/* Hand a file's bytes (raw: malloc'd, taken over) to the pipeline; runs
 * them at once when no thread can be started. */
static void
pipe_submit(struct import *im, const char *name, char *raw, size_t len)
{
	struct prepared *p;

	if (!pipe_.running) {
		pipe_.lx = im->lx;
		pipe_.stop = 0;
		pipe_.head = pipe_.take = pipe_.tail = 0;
		pipe_.bytes = 0;
		if (pthread_create(&pipe_.thread, NULL, pipe_worker, NULL) != 0) {
			cli_import_bytes(im, name, raw, len, NULL);
			free(raw);
			return;
		}
		pipe_.running = 1;
	}
	while (pipe_.tail - pipe_.head == PIPE_SLOTS ||
	    (pipe_.tail != pipe_.head && pipe_.bytes + len > PIPE_BYTES))
		pipe_finish_one(im);
	p = &pipe_.job[pipe_.tail % PIPE_SLOTS];
	memset(p, 0, sizeof(*p));
	if ((p->name = strdup(name)) == NULL) {
		cli_import_msg(im, name, "%s", "out of memory");
		im->refused++;
		free(raw);
		return;
	}
	p->raw = raw;
	p->len = len;
	pipe_.bytes += len;
	pthread_mutex_lock(&pipe_.mu);
	pipe_.state[pipe_.tail % PIPE_SLOTS] = JOB_WAITING;
	pipe_.tail++;
	pthread_cond_signal(&pipe_.work);
	pthread_mutex_unlock(&pipe_.mu);
	/* Store what is ready without waiting: the worker stays ahead. */
	while (pipe_.head != pipe_.tail) {
		int ready;

		pthread_mutex_lock(&pipe_.mu);
		ready = pipe_.state[pipe_.head % PIPE_SLOTS] == JOB_DONE;
		pthread_mutex_unlock(&pipe_.mu);
		if (!ready)
			break;
		pipe_finish_one(im);
	}
}

void
cli_import_drain(struct import *im)
{
	if (!pipe_.running)
		return;
	while (pipe_.head != pipe_.tail)
		pipe_finish_one(im);
	pthread_mutex_lock(&pipe_.mu);
	pipe_.stop = 1;
	pthread_cond_signal(&pipe_.work);
	pthread_mutex_unlock(&pipe_.mu);
	pthread_join(pipe_.thread, NULL);
	pipe_.running = 0;
}

/* Read a whole stream, refusing more than TEXT_MAX_INPUT bytes; size is
 * what the file is expected to hold (0: unknown).  The buffer is no larger
 * than its bytes: hundreds of read files wait in the pipeline. */
static char *
read_all(int fd, size_t size, size_t *len, int *too_large)
{
	size_t cap = size > 0 && size < TEXT_MAX_INPUT ? size + 1 : 65536, n = 0;
	char *buf = malloc(cap), *nb;
	ssize_t r;

	*too_large = 0;
	if (buf == NULL)
		return NULL;
	for (;;) {
		if (n == cap) {
			if (cap > TEXT_MAX_INPUT) {
				*too_large = 1;
				free(buf);
				return NULL;
			}
			if ((nb = realloc(buf, cap * 2)) == NULL) {
				free(buf);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR && !interrupted)
			continue;
		if (r < 0) {
			free(buf);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > TEXT_MAX_INPUT) {
		*too_large = 1;
		free(buf);
		return NULL;
	}
	if (cap - n > 4096 && (nb = realloc(buf, n + 1)) != NULL)
		buf = nb;
	*len = n;
	return buf;
}

static void import_path(struct import *im, const char *path, int top);

/* Import a regular file. */
static void
import_file(struct import *im, const char *path, const struct stat *sb)
{
	int fd, too_large;
	size_t len;
	char *raw;

	/* An article is read once and its bytes sniffed for an export
	 * (opening each file twice cost the writing thread 2% of an
	 * import); a file too large for an article may still be one. */
	raw = NULL;
	too_large = sb->st_size > (off_t)TEXT_MAX_INPUT;
	if (!too_large) {
		if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
			cli_import_msg(im, path, "%s", strerror(errno));
			im->refused++;
			return;
		}
		raw = read_all(fd, (size_t)sb->st_size, &len, &too_large);
		close(fd);
	}
	if (raw ? cli_json_is_export(raw, len) :
	    too_large && cli_json_sniff(path)) {
		free(raw);
		cli_import_json_file(im, path);
		return;
	}
	if (raw == NULL) {
		if (too_large)
			cli_import_msg(im, path, "file too large (over %u MB): "
			    "not an article", TEXT_MAX_INPUT >> 20);
		else
			cli_import_msg(im, path, "%s",
			    strerror(errno ? errno : ENOMEM));
		im->refused++;
		return;
	}
	pipe_submit(im, path, raw, len);
}

static int
name_cmp(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Import a directory's entries in byte order, recursively; hidden entries
 * are skipped, symlink loops detected. */
static void
import_dir(struct import *im, const char *path, const struct stat *sb)
{
	struct dirent **ents;
	int n, i;

	for (i = 0; i < im->depth; i++)
		if (im->dirs_dev[i] == sb->st_dev && im->dirs_ino[i] == sb->st_ino) {
			cli_import_msg(im, path, "%s", "directory loop (symlink): skipped");
			im->refused++;
			return;
		}
	if (im->depth == MAX_DEPTH) {
		cli_import_msg(im, path, "%s", "directories nested too deep: skipped");
		im->refused++;
		return;
	}
	if ((n = scandir(path, &ents, NULL, name_cmp)) < 0) {
		cli_import_msg(im, path, "%s", strerror(errno));
		im->refused++;
		return;
	}
	im->dirs_dev[im->depth] = sb->st_dev;
	im->dirs_ino[im->depth] = sb->st_ino;
	im->depth++;
	for (i = 0; i < n; i++) {
		char *child;

		if (ents[i]->d_name[0] != '.' && !interrupted && !im->failed &&
		    asprintf(&child, "%s%s%s", path,
		    path[strlen(path) - 1] == '/' ? "" : "/", ents[i]->d_name) >= 0) {
			import_path(im, child, 0);
			free(child);
		}
		free(ents[i]);
	}
	free(ents);
	im->depth--;
}

static void
import_path(struct import *im, const char *path, int top)
{
	struct stat sb;

	if (interrupted || im->failed)
		return;
	if (top && strcmp(path, "-") == 0) {
		int too_large;
		size_t len;
		char *raw = read_all(STDIN_FILENO, 0, &len, &too_large);

		if (raw == NULL) {
			cli_import_msg(im, "(stdin)", "%s", too_large ? "input too large" :
			    strerror(errno ? errno : ENOMEM));
			im->refused++;
			return;
		}
		if (cli_json_is_export(raw, len))
			cli_import_json(im, "(stdin)", raw, len);
		else
			cli_import_bytes(im, "(stdin)", raw, len, NULL);
		free(raw);
		return;
	}
	if (stat(path, &sb) < 0) {
		cli_import_msg(im, path, "%s", strerror(errno));
		im->refused++;
		return;
	}
	if (S_ISDIR(sb.st_mode))
		import_dir(im, path, &sb);
	else if (S_ISREG(sb.st_mode))
		import_file(im, path, &sb);
	else if (top) {
		cli_import_msg(im, path, "%s", "not a regular file or directory");
		im->refused++;
	}
}

/*
 * After an import that grew the store by a quarter or more (and by 1,000
 * stories at least), merge the full-text index into one segment: checking
 * a story against it (a search listed by date) then reads one segment,
 * not a dozen.  Growth by a quarter each time keeps the cost, which is
 * that of the whole index, proportional to what was imported.  After a
 * smaller import, merge levels of 8 segments or more, as its batches
 * merged none (store_bulk), a step at a time until none is left or the
 * user interrupts.  Only a speed-up: a failure (a full disk) leaves the
 * index as it was, and an import stopped before it leaves the segments
 * its committed batches wrote to the next import's merge.
 */
static void
import_tidy(struct import *im)
{
	struct store_filter all = { 0 };
	long total, unread;
	int steps = 0, rc = 0;

	if (im->added == 0)
		return;
	if (im->added >= 1000 && store_count(im->st, &all, &total,
	    &unread) == 0 && im->added * 4 >= total) {
		if (im->c->verbose)
			fprintf(stderr, "%s: merging the search index\n",
			    im->c->prog);
		if (store_fts_optimize(im->st) < 0 && im->c->verbose)
			fprintf(stderr, "%s: %s\n", im->c->prog,
			    store_errmsg(im->st));
		return;
	}
	while (!interrupted && (rc = store_fts_merge(im->st)) > 0)
		steps++;
	if (rc < 0 && im->c->verbose)
		fprintf(stderr, "%s: %s\n", im->c->prog, store_errmsg(im->st));
	else if (steps > 0 && im->c->verbose)
		fprintf(stderr, "%s: merged the search index's new segments in "
		    "%d step%s\n", im->c->prog, steps, steps == 1 ? "" : "s");
}

int
cli_import(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "batch", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 }
	};
	struct import im = { .c = c, .batch = 2000, .what = "importing" };
	struct sigaction sa;
	char *dir, *err = NULL;
	int ch, i, stopped;

	while ((ch = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
		if (ch == 'b' && (im.batch = atol(optarg)) > 0)
			continue;
		if (ch == 'b')
			cli_usage_error(c, "import", "--batch wants a positive number, "
			    "not '%s'", optarg);
		else
			cli_usage_error(c, "import", "unknown option '%s'",
			    argv[optind - 1]);
		return 2;
	}
	if (optind >= argc) {
		cli_usage_error(c, "import", "nothing to import: give files, "
		    "directories or - for stdin");
		return 2;
	}
	if ((dir = cli_lexicon_dir()) == NULL ||
	    (im.lx = entity_lexicon_load(dir, &err)) == NULL) {
		fprintf(stderr, "%s: cannot load lexicons: %s\n", c->prog,
		    err ? err : "out of memory");
		free(err);
		free(dir);
		return 1;
	}
	free(dir);
	if ((im.st = cli_open_store(c, 0)) == NULL) {
		entity_lexicon_free(im.lx);
		return 1;
	}
	store_bulk(im.st);	/* only a speed-up: its failure changes nothing */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	im.progress = !c->quiet && isatty(STDERR_FILENO) &&
	    getenv("DOSSIER_NO_PROGRESS") == NULL;
	clock_gettime(CLOCK_MONOTONIC, &im.t0);
	im.last = im.t0;
	for (i = optind; im.progress && i < argc && im.total >= 0; i++) {
		long k = strcmp(argv[i], "-") ? count_files(argv[i], 0, &im.t0) : 1;

		im.total = k < 0 ? -1 : im.total + k;
	}
	if (im.total < 0)
		im.total = 0;
	for (i = optind; i < argc && !interrupted && !im.failed; i++)
		import_path(&im, argv[i], 1);
	cli_import_drain(&im);
	cli_import_progress(&im, 1);
	if ((stopped = interrupted || im.failed)) {
		store_rollback(im.st);
		im.added -= im.batch_added;
		if (interrupted)
			fprintf(stderr, "%s: interrupted: the unfinished batch "
			    "was rolled back; %ld articles were imported before "
			    "it\n", c->prog, im.added);
	} else {
		cli_import_commit(&im);
		/* a Ctrl-C from here on only cuts the index's merge short:
		 * every story is stored */
		stopped = interrupted || im.failed;
		if (!stopped)
			import_tidy(&im);
	}
	if (!c->quiet && !stopped)
		printf("%ld added, %ld already present, %ld refused\n", im.added,
		    im.present, im.refused);
	if (c->verbose && !stopped)
		fprintf(stderr, "%s: import took %.1f s\n", c->prog,
		    seconds_since(&im.t0));
	store_close(im.st);
	entity_lexicon_free(im.lx);
	if (stopped && interrupted)
		return 130;
	return im.failed || im.refused ? 1 : 0;
}

/* Re-derive one article from its raw text. */
static int
reindex_one(struct import *im, int64_t id)
{
	struct text_decoded d;
	struct article a;
	struct entity_result er;
	char *raw;
	size_t len;
	int rc;

	if ((rc = store_article_raw(im->st, id, &raw, &len)) != 0)
		return rc < 0 ? -1 : 0;
	if (text_decode(raw, len, &d) != TEXT_OK) {
		free(raw);
		return 0; /* keep what was derived before */
	}
	free(raw);
	if (article_parse(d.text, d.len, &a) < 0) {
		free(d.text);
		return 0;
	}
	rc = -1;
	if (entity_recognise(im->lx, a.body, a.body_len, a.lang, &er) == 0) {
		rc = store_article_update(im->st, id, &a, &er);
		entity_result_free(&er);
	}
	article_free(&a);
	free(d.text);
	return rc;
}

int
cli_reindex(struct cli *c, int argc, char **argv)
{
	struct import im = { .c = c, .what = "reindexing", .brief = 1 };
	struct store_filter all = { 0 };
	int64_t ids[512], after = 0;
	char *dir, *err = NULL;
	long n, i, done = 0;

	if (argc > 1) {
		cli_usage_error(c, "reindex", "unexpected argument '%s'", argv[1]);
		return 2;
	}
	if ((dir = cli_lexicon_dir()) == NULL ||
	    (im.lx = entity_lexicon_load(dir, &err)) == NULL) {
		fprintf(stderr, "%s: cannot load lexicons: %s\n", c->prog,
		    err ? err : "out of memory");
		free(err);
		free(dir);
		return 1;
	}
	free(dir);
	if ((im.st = cli_open_store(c, STORE_NOCREATE)) == NULL) {
		entity_lexicon_free(im.lx);
		return 1;
	}
	im.progress = !c->quiet && isatty(STDERR_FILENO) &&
	    getenv("DOSSIER_NO_PROGRESS") == NULL &&
	    store_count(im.st, &all, &im.total, &n) == 0;
	clock_gettime(CLOCK_MONOTONIC, &im.t0);
	im.last = im.t0;
	/* All or nothing: one transaction. */
	if (store_begin(im.st) < 0 || store_entities_clear(im.st) < 0)
		goto fail;
	while ((n = store_article_ids(im.st, after, 512, ids)) > 0) {
		for (i = 0; i < n; i++) {
			if (reindex_one(&im, ids[i]) < 0)
				goto fail;
			im.added++;
			cli_import_progress(&im, 0);
		}
		done += n;
		after = ids[n - 1];
	}
	cli_import_progress(&im, 1);
	if (n < 0 || store_commit(im.st) < 0)
		goto fail;
	if (!c->quiet)
		printf("%ld articles reindexed\n", done);
	if (c->verbose)
		fprintf(stderr, "%s: reindex took %.1f s\n", c->prog,
		    seconds_since(&im.t0));
	store_close(im.st);
	entity_lexicon_free(im.lx);
	return 0;
fail:
	fprintf(stderr, "%s: reindex: %s (nothing was changed)\n", c->prog,
	    store_errmsg(im.st));
	store_rollback(im.st);
	store_close(im.st);
	entity_lexicon_free(im.lx);
	return 1;
}
