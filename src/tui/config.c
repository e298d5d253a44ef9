/*
 * config.c: the reader's config file, $XDG_CONFIG_HOME/dossier/config.
 *
 *   bind KEY OPERATION          unbind KEY
 *   color ELEMENT FG BG [ATTR...]
 *   set OPTION VALUE
 *
 * A bad line is reported as FILE:LINE: reason; the rest still applies.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tui-private.h"

#define MAXWORDS 8

/* The built-in settings. */
void
config_defaults(struct tui_config *c)
{
	c->sidebar = 1;
	c->sidebar_width = 30;
	c->list_height = 0;
	c->fold_width = 100;
	c->mouse = 1;
	c->mark_read = 1;
	theme_defaults(c->colors);
}

/* Where the config file is: the option, $XDG_CONFIG_HOME or ~/.config.
 * malloc'd; NULL when there is no home to look in. */
char *
config_path(const struct tui_options *opt)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char *p;

	if (opt && opt->config_path)
		return strdup(opt->config_path);
	if (x && x[0] == '/') {
		if (asprintf(&p, "%s/dossier/config", x) < 0)
			return NULL;
		return p;
	}
	if (home && home[0] != '\0') {
		if (asprintf(&p, "%s/.config/dossier/config", home) < 0)
			return NULL;
		return p;
	}
	return NULL;
}

/* Record an error about path:line. */
static void
config_error(struct tui *t, const char *path, long line, const char *fmt, ...)
{
	char msg[200], *e, **v;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (line > 0) {
		if (asprintf(&e, "%s:%ld: %s", path, line, msg) < 0)
			return;
	} else if (asprintf(&e, "%s: %s", path, msg) < 0)
		return;
	if ((v = realloc(t->errors, (t->nerrors + 1) * sizeof(*v))) == NULL) {
		free(e);
		return;
	}
	t->errors = v;
	t->errors[t->nerrors++] = e;
}

/* Split a line into words; quotes group, # starts a comment. */
static int
split(char *s, char **w)
{
	int n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0' || *s == '#' || *s == '\n')
			return n;
		if (n == MAXWORDS)
			return -1;
		if (*s == '"' || *s == '\'') {
			char q = *s++;

			w[n++] = s;
			while (*s != '\0' && *s != q)
				s++;
			if (*s == '\0')
				return -1;
			*s++ = '\0';
			continue;
		}
		w[n++] = s;
		while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\n')
			s++;
		if (*s != '\0')
			*s++ = '\0';
	}
}

/* A boolean value; -1 if it is none. */
static int
boolean(const char *s)
{
	if (strcasecmp(s, "on") == 0 || strcasecmp(s, "yes") == 0 ||
	    strcmp(s, "1") == 0 || strcasecmp(s, "true") == 0)
		return 1;
	if (strcasecmp(s, "off") == 0 || strcasecmp(s, "no") == 0 ||
	    strcmp(s, "0") == 0 || strcasecmp(s, "false") == 0)
		return 0;
	return -1;
}

/* An integer in [lo, hi]; -1 if it is none. */
static int
number(const char *s, int lo, int hi, int *v)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno || n < lo || n > hi)
		return -1;
	*v = (int)n;
	return 0;
}

static const struct {
	const char *name;
	int lo, hi;	/* lo > hi: a boolean */
	size_t off;
} options[] = {
	{ "sidebar", 1, 0, offsetof(struct tui_config, sidebar) },
	{ "sidebar-width", 12, 100, offsetof(struct tui_config, sidebar_width) },
	{ "list-height", 0, 500, offsetof(struct tui_config, list_height) },
	{ "fold-width", 0, 1000, offsetof(struct tui_config, fold_width) },
	{ "mouse", 1, 0, offsetof(struct tui_config, mouse) },
	{ "mark-read", 1, 0, offsetof(struct tui_config, mark_read) },
};

/* set OPTION VALUE */
static const char *
do_set(struct tui *t, char **w, int n)
{
	static char why[128];

	if (n != 3)
		return "usage: set OPTION VALUE";
	for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
		int *p = (int *)(void *)((char *)&t->cfg + options[i].off), v;

		if (strcmp(w[1], options[i].name) != 0)
			continue;
		if (options[i].lo > options[i].hi) {
			if ((v = boolean(w[2])) < 0)
				return "expected on or off";
		} else if (number(w[2], options[i].lo, options[i].hi, &v) < 0) {
			snprintf(why, sizeof(why), "%s wants a number from %d "
			    "to %d", options[i].name, options[i].lo,
			    options[i].hi);
			return why;
		}
		*p = v;
		return NULL;
	}
	snprintf(why, sizeof(why), "unknown option '%.60s'", w[1]);
	return why;
}

/* bind KEY OPERATION */
static const char *
do_bind(struct tui *t, char **w, int n)
{
	static char why[128];
	int key, op;

	if (n != 3)
		return "usage: bind KEY OPERATION";
	if (keys_parse(w[1], &key) < 0) {
		snprintf(why, sizeof(why), "unknown key '%.40s'", w[1]);
		return why;
	}
	if (strcmp(w[2], "noop") == 0) {
		keys_unbind(t, key);
		return NULL;
	}
	if ((op = keys_op(w[2])) < 0) {
		snprintf(why, sizeof(why), "unknown operation '%.40s' (? in "
		    "the reader lists them)", w[2]);
		return why;
	}
	return keys_bind(t, key, op) < 0 ? "out of memory" : NULL;
}

/* unbind KEY */
static const char *
do_unbind(struct tui *t, char **w, int n)
{
	static char why[128];
	int key;

	if (n != 2)
		return "usage: unbind KEY";
	if (keys_parse(w[1], &key) < 0) {
		snprintf(why, sizeof(why), "unknown key '%.40s'", w[1]);
		return why;
	}
	keys_unbind(t, key);
	return NULL;
}

/* color ELEMENT FG BG [ATTR...] */
static const char *
do_color(struct tui *t, char **w, int n)
{
	static char why[128];
	struct theme_color c;
	int el;

	if (n < 4)
		return "usage: color ELEMENT FOREGROUND BACKGROUND [ATTRIBUTE...]";
	if ((el = theme_element(w[1])) < 0) {
		snprintf(why, sizeof(why), "unknown element '%.40s'", w[1]);
		return why;
	}
	if (theme_color_parse(w[2], &c.fg) < 0 ||
	    theme_color_parse(w[3], &c.bg) < 0) {
		snprintf(why, sizeof(why), "unknown colour '%.40s'",
		    theme_color_parse(w[2], &c.fg) < 0 ? w[2] : w[3]);
		return why;
	}
	c.attr = A_NORMAL;
	for (int i = 4; i < n; i++)
		if (theme_attr_parse(w[i], &c.attr) < 0) {
			snprintf(why, sizeof(why), "unknown attribute '%.40s'",
			    w[i]);
			return why;
		}
	c.mono = n > 4 ? c.attr : t->cfg.colors[el].mono;
	t->cfg.colors[el] = c;
	return NULL;
}

/* Apply one line; NULL, or why it is wrong. */
static const char *
config_line(struct tui *t, char *s)
{
	char *w[MAXWORDS];
	int n = split(s, w);

	if (n < 0)
		return "too many words or an unclosed quote";
	if (n == 0)
		return NULL;
	if (strcmp(w[0], "set") == 0)
		return do_set(t, w, n);
	if (strcmp(w[0], "bind") == 0)
		return do_bind(t, w, n);
	if (strcmp(w[0], "unbind") == 0)
		return do_unbind(t, w, n);
	if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0)
		return do_color(t, w, n);
	return "unknown command (bind, unbind, color, set)";
}

/* Read the config file at path.  A missing file is fine unless the user
 * named it. */
void
config_load(struct tui *t, const char *path, int named)
{
	FILE *f;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t len;
	long line = 0;
	const char *why;

	if (path == NULL)
		return;
	if ((f = fopen(path, "r")) == NULL) {
		if (errno != ENOENT || named)
			config_error(t, path, 0, "%s", strerror(errno));
		return;
	}
	while ((len = getline(&buf, &cap, f)) >= 0) {
		line++;
		if (memchr(buf, '\0', (size_t)len) != NULL) {
			config_error(t, path, line, "NUL byte in line");
			continue;
		}
		if ((why = config_line(t, buf)) != NULL)
			config_error(t, path, line, "%s", why);
	}
	if (ferror(f))
		config_error(t, path, 0, "%s", strerror(errno));
	free(buf);
	fclose(f);
}
