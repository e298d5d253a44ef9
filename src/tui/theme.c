/*
 * theme.c: colours and attributes of every screen element.  The default
 * theme uses only foreground colours over the terminal's own background,
 * so it reads on dark and light terminals alike; without colour (NO_COLOR,
 * --no-color, or a monochrome terminal) attributes alone carry meaning.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tui-private.h"

static const char *const element_names[EL_COUNT] = {
	[EL_NORMAL] = "normal",
	[EL_HEADER] = "header",
	[EL_STATUS] = "status",
	[EL_ERROR] = "error",
	[EL_BORDER] = "border",
	[EL_FOCUS] = "focus",
	[EL_CURSOR] = "cursor",
	[EL_SELECTED] = "selected",
	[EL_UNREAD] = "unread",
	[EL_FLAGS] = "flags",
	[EL_DATE] = "date",
	[EL_OUTLET] = "outlet",
	[EL_TAGS] = "tags",
	[EL_TITLE] = "title",
	[EL_META] = "meta",
	[EL_HEADING] = "heading",
	[EL_PERSON] = "person",
	[EL_PLACE] = "place",
	[EL_ORG] = "organisation",
	[EL_OTHER] = "other",
	[EL_MENTION] = "mention",
	[EL_GROUP] = "group",
};

static const struct {
	const char *name;
	short color;
} color_names[] = {
	{ "default", -1 }, { "black", COLOR_BLACK }, { "red", COLOR_RED },
	{ "green", COLOR_GREEN }, { "yellow", COLOR_YELLOW },
	{ "blue", COLOR_BLUE }, { "magenta", COLOR_MAGENTA },
	{ "cyan", COLOR_CYAN }, { "white", COLOR_WHITE },
};

static const struct {
	const char *name;
	attr_t attr;
} attr_names[] = {
	{ "normal", A_NORMAL }, { "bold", A_BOLD }, { "underline", A_UNDERLINE },
	{ "reverse", A_REVERSE }, { "dim", A_DIM }, { "italic", A_ITALIC },
	{ "standout", A_STANDOUT }, { "blink", A_BLINK },
};

/* Set one element: fg, bg, attributes with colour, attributes without. */
static void
set(struct theme_color *c, enum theme_element e, short fg, short bg,
    attr_t attr, attr_t mono)
{
	c[e].fg = fg;
	c[e].bg = bg;
	c[e].attr = attr;
	c[e].mono = mono;
}

/* The default theme. */
void
theme_defaults(struct theme_color *c)
{
	set(c, EL_NORMAL, -1, -1, A_NORMAL, A_NORMAL);
	set(c, EL_HEADER, -1, -1, A_REVERSE, A_REVERSE);
	set(c, EL_STATUS, -1, -1, A_REVERSE, A_REVERSE);
	set(c, EL_ERROR, COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE);
	set(c, EL_BORDER, -1, -1, A_DIM, A_NORMAL);
	set(c, EL_FOCUS, COLOR_CYAN, -1, A_BOLD | A_REVERSE, A_BOLD | A_REVERSE);
	set(c, EL_CURSOR, COLOR_CYAN, -1, A_REVERSE | A_BOLD, A_REVERSE);
	set(c, EL_SELECTED, -1, -1, A_BOLD | A_UNDERLINE, A_UNDERLINE);
	set(c, EL_UNREAD, -1, -1, A_BOLD, A_BOLD);
	set(c, EL_FLAGS, COLOR_RED, -1, A_BOLD, A_BOLD);
	set(c, EL_DATE, COLOR_GREEN, -1, A_NORMAL, A_NORMAL);
	set(c, EL_OUTLET, COLOR_BLUE, -1, A_NORMAL, A_NORMAL);
	set(c, EL_TAGS, COLOR_MAGENTA, -1, A_NORMAL, A_NORMAL);
	set(c, EL_TITLE, -1, -1, A_BOLD, A_BOLD);
	set(c, EL_META, COLOR_GREEN, -1, A_NORMAL, A_NORMAL);
	set(c, EL_HEADING, -1, -1, A_BOLD, A_BOLD);
	set(c, EL_PERSON, COLOR_MAGENTA, -1, A_BOLD, A_BOLD);
	set(c, EL_PLACE, COLOR_GREEN, -1, A_BOLD, A_UNDERLINE);
	set(c, EL_ORG, COLOR_CYAN, -1, A_BOLD, A_ITALIC | A_BOLD);
	set(c, EL_OTHER, -1, -1, A_UNDERLINE, A_UNDERLINE);
	set(c, EL_MENTION, COLOR_YELLOW, -1, A_REVERSE | A_BOLD, A_REVERSE);
	set(c, EL_GROUP, COLOR_BLUE, -1, A_BOLD, A_BOLD | A_UNDERLINE);
}

/* Index of a theme element by name, or -1. */
int
theme_element(const char *name)
{
	for (int i = 0; i < EL_COUNT; i++)
		if (strcasecmp(name, element_names[i]) == 0)
			return i;
	if (strcasecmp(name, "organization") == 0)
		return EL_ORG;
	return -1;
}

/* Parse a colour: a name, "brightNAME", "colorN" or N (0-255). */
int
theme_color_parse(const char *s, short *c)
{
	char *end;
	long v;
	int bright = 0;

	if (strncasecmp(s, "bright", 6) == 0 && s[6] != '\0') {
		bright = 8;
		s += 6;
	}
	for (size_t i = 0; i < sizeof(color_names) / sizeof(color_names[0]); i++)
		if (strcasecmp(s, color_names[i].name) == 0) {
			if (bright && color_names[i].color < 0)
				return -1;
			*c = (short)(color_names[i].color + bright);
			return 0;
		}
	if (bright)
		return -1;
	if (strncasecmp(s, "color", 5) == 0)
		s += 5;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < 0 || v > 255)
		return -1;
	*c = (short)v;
	return 0;
}

/* Parse one attribute name into *a (or'ed in). */
int
theme_attr_parse(const char *s, attr_t *a)
{
	for (size_t i = 0; i < sizeof(attr_names) / sizeof(attr_names[0]); i++)
		if (strcasecmp(s, attr_names[i].name) == 0) {
			*a |= attr_names[i].attr;
			return 0;
		}
	return -1;
}

/* A colour the terminal can show: bright colours fall back to bold. */
static short
fit(short c, attr_t *extra)
{
	if (c < 0 || c < COLORS)
		return c;
	if (c >= 8 && c < 16) {
		*extra |= A_BOLD;
		return (short)(c - 8);
	}
	return -1;
}

/* Resolve the theme into curses attributes, with or without colour. */
void
theme_init(struct tui *t)
{
	struct theme_color *c = t->cfg.colors;

	if (t->color && has_colors() && start_color() == OK) {
		use_default_colors();
		for (int i = 0; i < EL_COUNT; i++) {
			attr_t extra = 0;
			short fg = fit(c[i].fg, &extra), bg = fit(c[i].bg, &extra);

			if (init_pair((short)(i + 1), fg, bg) == ERR)
				init_pair((short)(i + 1), -1, -1);
			t->attr[i] = COLOR_PAIR(i + 1) | c[i].attr | extra;
		}
		return;
	}
	t->color = 0;
	for (int i = 0; i < EL_COUNT; i++)
		t->attr[i] = c[i].mono;
}

/* Attribute for a mention of an entity of the given type. */
attr_t
theme_mention(struct tui *t, enum entity_type type)
{
	switch (type) {
	case ENTITY_PERSON:
		return t->attr[EL_PERSON];
	case ENTITY_PLACE:
		return t->attr[EL_PLACE];
	case ENTITY_ORG:
		return t->attr[EL_ORG];
	default:
		return t->attr[EL_OTHER];
	}
}
