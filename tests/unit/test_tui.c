/*
 * test_tui: the reader's key table, key names and config file, without a
 * terminal.  The tmux tests (tests/tui/) drive the real screen.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap.h"
#include "tui-private.h"

/* Write text to a temp file; returns its malloc'd path. */
static char *
write_file(const char *text)
{
	char *path = strdup("/tmp/dossier-test-tui.XXXXXX");
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");

	fputs(text, f);
	fclose(f);
	return path;
}

/* The op bound to key, or -1. */
static int
bound(struct tui *t, int key)
{
	for (size_t i = 0; i < t->nbinds; i++)
		if (t->binds[i].key == key)
			return t->binds[i].op;
	return -1;
}

static void
free_tui(struct tui *t)
{
	free(t->binds);
	for (size_t i = 0; i < t->nerrors; i++)
		free(t->errors[i]);
	free(t->errors);
	memset(t, 0, sizeof(*t));
}

static void
test_key_names(void)
{
	int k = 0;
	char buf[32];

	ok(keys_parse("j", &k) == 0 && k == 'j', "j is a key");
	ok(keys_parse("<Down>", &k) == 0 && k == (TUI_FKEY | KEY_DOWN), "<Down>");
	ok(keys_parse("down", &k) == 0 && k == (TUI_FKEY | KEY_DOWN), "down");
	ok(keys_parse("^L", &k) == 0 && k == 12, "^L is control-L");
	ok(keys_parse("<F5>", &k) == 0 && k == (TUI_FKEY | KEY_F(5)), "<F5>");
	ok(keys_parse("<Enter>", &k) == 0 && k == '\n', "<Enter>");
	ok(keys_parse("é", &k) == 0 && k == 0xe9, "a non-ASCII character");
	ok(keys_parse("ab", &k) < 0, "two characters are no key");
	ok(keys_parse("<Nope>", &k) < 0, "an unknown name is no key");
	ok(keys_parse("", &k) < 0, "nothing is no key");
	keys_name(' ', buf, sizeof(buf));
	is_str(buf, "<Space>", "space has a name");
	keys_name(12, buf, sizeof(buf));
	is_str(buf, "^L", "control keys are ^X");
	keys_name(0xe9, buf, sizeof(buf));
	is_str(buf, "é", "characters are themselves");
}

static void
test_table(void)
{
	struct tui t;
	char spec[64], name[32], *tok, *save;
	int bad = 0, ntok = 0, k, k2;

	memset(&t, 0, sizeof(t));
	ok(keys_init(&t) == 0, "the default keys install");
	for (size_t i = 0; i < tui_nops; i++) {
		snprintf(spec, sizeof(spec), "%s", tui_ops[i].keys);
		for (tok = strtok_r(spec, " ", &save); tok;
		    tok = strtok_r(NULL, " ", &save)) {
			ntok++;
			if (keys_parse(tok, &k) < 0) {
				bad++;
				continue;
			}
			keys_name(k, name, sizeof(name));
			if (keys_parse(name, &k2) < 0 || k2 != k)
				bad++;
		}
		if (tui_ops[i].help == NULL || tui_ops[i].fn == NULL)
			bad++;
		if (keys_op(tui_ops[i].name) != (int)i)
			bad++;
	}
	is_int(bad, 0, "every default key parses and names itself back");
	is_int(t.nbinds, ntok, "no two operations share a default key");
	ok(keys_op("next") >= 0 && keys_op("no-such-op") < 0, "keys_op");
	is_int(bound(&t, 'q'), keys_op("quit"), "q quits");
	is_int(bound(&t, '?'), keys_op("help"), "? is help");
	is_int(bound(&t, 'N'), keys_op("toggle-unread"), "N toggles unread");
	is_int(bound(&t, 's'), keys_op("toggle-star"), "s stars");
	free_tui(&t);
}

static void
test_config(void)
{
	struct tui t;
	char *path, want[256];

	memset(&t, 0, sizeof(t));
	config_defaults(&t.cfg);
	keys_init(&t);
	path = write_file(
	    "# comment\n"
	    "\n"
	    "set sidebar-width 40\n"		/* 3 */
	    "set list-height abc\n"		/* 4: bad */
	    "bind x quit   # trailing comment\n"	/* 5 */
	    "bind j noop\n"			/* 6 */
	    "bind <Nope> next\n"		/* 7: bad */
	    "color person red default bold\n"	/* 8 */
	    "color person mauve default\n"	/* 9: bad */
	    "frobnicate\n"			/* 10: bad */
	    "set mouse off\n"			/* 11 */
	    "bind k no-such-op\n"		/* 12: bad */
	    "set sidebar maybe\n");		/* 13: bad */
	config_load(&t, path, 0);
	is_int(t.nerrors, 6, "six bad lines, six errors");
	snprintf(want, sizeof(want), "%s:4: ", path);
	ok(t.nerrors > 0 && strncmp(t.errors[0], want, strlen(want)) == 0,
	    "the error names file and line (%s)", t.nerrors ? t.errors[0] : "");
	snprintf(want, sizeof(want), "%s:13: ", path);
	ok(t.nerrors == 6 && strncmp(t.errors[5], want, strlen(want)) == 0,
	    "the last error names line 13");
	ok(t.nerrors > 2 && strstr(t.errors[2], "mauve") != NULL,
	    "the error quotes the bad word");
	is_int(t.cfg.sidebar_width, 40, "set sidebar-width");
	is_int(t.cfg.list_height, 0, "a bad value keeps the default");
	is_int(t.cfg.mouse, 0, "set mouse off");
	is_int(bound(&t, 'x'), keys_op("quit"), "bind x quit");
	is_int(bound(&t, 'j'), -1, "bind j noop unbinds j");
	is_int(t.cfg.colors[EL_PERSON].fg, COLOR_RED, "color sets the foreground");
	ok(t.cfg.colors[EL_PERSON].attr & A_BOLD, "color sets attributes");
	unlink(path);
	free(path);
	free_tui(&t);

	/* A named file that is missing is an error; the default one is not. */
	config_defaults(&t.cfg);
	config_load(&t, "/nonexistent/dossier/config", 0);
	is_int(t.nerrors, 0, "a missing default config is fine");
	config_load(&t, "/nonexistent/dossier/config", 1);
	is_int(t.nerrors, 1, "a missing named config is an error");
	free_tui(&t);
}

/* share/config.example sets every option to its default. */
static void
test_example(void)
{
	struct tui d, e;
	char path[4096];
	int same = 1;

	memset(&d, 0, sizeof(d));
	memset(&e, 0, sizeof(e));
	config_defaults(&d.cfg);
	keys_init(&d);
	config_defaults(&e.cfg);
	snprintf(path, sizeof(path), "%s/share/config.example",
	    getenv("top_srcdir") ? getenv("top_srcdir") : DOSSIER_SRCDIR);
	/* Start from no bindings: the example must bind every default. */
	config_load(&e, path, 1);
	is_int(e.nerrors, 0, "config.example has no bad line%s%s",
	    e.nerrors ? ": " : "", e.nerrors ? e.errors[0] : "");
	is_int(e.nbinds, d.nbinds, "config.example binds as many keys as the defaults");
	for (size_t i = 0; i < d.nbinds; i++)
		if (bound(&e, d.binds[i].key) != d.binds[i].op)
			same = 0;
	ok(same, "config.example binds exactly the default keys");
	ok(e.cfg.sidebar == d.cfg.sidebar &&
	    e.cfg.sidebar_width == d.cfg.sidebar_width &&
	    e.cfg.list_height == d.cfg.list_height &&
	    e.cfg.fold_width == d.cfg.fold_width &&
	    e.cfg.mouse == d.cfg.mouse && e.cfg.mark_read == d.cfg.mark_read,
	    "config.example sets every option to its default");
	same = 1;
	for (int i = 0; i < EL_COUNT; i++)
		if (e.cfg.colors[i].fg != d.cfg.colors[i].fg ||
		    e.cfg.colors[i].bg != d.cfg.colors[i].bg ||
		    e.cfg.colors[i].attr != d.cfg.colors[i].attr) {
			same = 0;
			printf("# element %d differs\n", i);
		}
	ok(same, "config.example colours are the default theme");
	free_tui(&d);
	free_tui(&e);
}

/* tui_clean: the one road from store text to the screen. */
static void
test_clean(void)
{
	const char raw[] = "a\033[31mb\033]52;c;eA==\007\302\233x"
	    "\342\200\256y\n\tz\033c";
	char *c = tui_clean(raw, sizeof(raw) - 1, 0), *k;
	int bad = 0;

	ok(c != NULL, "tui_clean returns text");
	for (const unsigned char *p = (const unsigned char *)c; p && *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			bad++;
	is_int(bad, 0, "no C0 control or DEL survives tui_clean");
	ok(c && strstr(c, "\302\233") == NULL, "no C1 CSI survives");
	ok(c && strstr(c, "\342\200\256") == NULL, "no bidi override survives");
	ok(c && strstr(c, "[31mb") != NULL, "the rest of the sequence stays as text");
	ok(c && strstr(c, "y  z") != NULL, "newline and tab become spaces");
	k = tui_clean(raw, sizeof(raw) - 1, 1);
	ok(k && strchr(k, '\n') != NULL, "keep_newline keeps the newline");
	free(c);
	c = tui_clean(NULL, 0, 0);
	ok(c != NULL && c[0] == '\0', "NULL cleans to empty");
	free(c);
	free(k);
}

int
main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	test_key_names();
	test_table();
	test_config();
	test_example();
	test_clean();
	return tap_done();
}
