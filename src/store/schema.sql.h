/* schema.sql.h: the store's schema, one migration per version (private). */
#ifndef DOSSIER_STORE_SCHEMA_H
#define DOSSIER_STORE_SCHEMA_H

/* "doss" in ASCII: marks the file as a dossier store. */
#define STORE_APPLICATION_ID 0x646f7373

/* migrations[v] takes a store from version v to v + 1. */
static const char *const store_migrations[] = {
	/* 0 -> 1: the first schema. */
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  source TEXT,"
	"  hash TEXT NOT NULL UNIQUE,"
	"  raw BLOB NOT NULL,"
	"  title TEXT NOT NULL,"
	"  dateline TEXT,"
	"  published TEXT,"
	"  outlet TEXT,"
	"  byline TEXT,"
	"  lang TEXT NOT NULL DEFAULT '',"
	"  body TEXT NOT NULL,"
	"  blocks TEXT NOT NULL,"
	"  sortkey TEXT NOT NULL DEFAULT '',"
	"  imported_at TEXT NOT NULL,"
	"  read INTEGER NOT NULL DEFAULT 0,"
	"  starred INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX articles_order ON articles(sortkey, id);"
	"CREATE INDEX articles_unread ON articles(read, sortkey, id);"
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,"
	"  content='articles', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2');"
	"INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');"
	/* New articles enter the index in one statement when their
	 * transaction commits (store_commit): indexing each one as it is
	 * inserted makes every later statement of a batch pay for a savepoint
	 * in the full-text table.  Updates and deletes keep it in step here. */
	"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, body)"
	"    VALUES ('delete', old.id, old.title, old.body);"
	"END;"
	"CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, body)"
	"    VALUES ('delete', old.id, old.title, old.body);"
	"  INSERT INTO articles_fts(rowid, title, body)"
	"    VALUES (new.id, new.title, new.body);"
	"END;"
	/* Counts the reader shows at start-up, kept by triggers so that
	 * opening a store costs the same at any size. */
	"CREATE TABLE counts (total INTEGER NOT NULL, unread INTEGER NOT NULL);"
	"INSERT INTO counts VALUES (0, 0);"
	"CREATE TRIGGER counts_ai AFTER INSERT ON articles BEGIN"
	"  UPDATE counts SET total = total + 1, unread = unread + (new.read = 0);"
	"END;"
	"CREATE TRIGGER counts_ad AFTER DELETE ON articles BEGIN"
	"  UPDATE counts SET total = total - 1, unread = unread - (old.read = 0);"
	"END;"
	"CREATE TRIGGER counts_au AFTER UPDATE OF read ON articles"
	"  WHEN new.read <> old.read BEGIN"
	"  UPDATE counts SET unread = unread + (new.read = 0) - (old.read = 0);"
	"END;"
	"CREATE TABLE tags ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE);"
	"CREATE TABLE article_tags ("
	"  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  tag INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (article, tag)) WITHOUT ROWID;"
	"CREATE INDEX article_tags_tag ON article_tags(tag, article);"
	"CREATE TABLE entities ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  type INTEGER NOT NULL,"
	"  key TEXT NOT NULL);"
	"CREATE INDEX entities_key ON entities(key);"
	"CREATE TABLE aliases ("
	"  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
	"  surface TEXT NOT NULL,"
	"  key TEXT NOT NULL,"
	"  count INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (entity, surface)) WITHOUT ROWID;"
	"CREATE INDEX aliases_key ON aliases(key, count);"
	/* sortkey is the article's: following an entity through the corpus
	 * in date order is one seek in the primary key. */
	"CREATE TABLE mentions ("
	"  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
	"  sortkey TEXT NOT NULL,"
	"  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  PRIMARY KEY (entity, sortkey, article, start)) WITHOUT ROWID;"
	"CREATE INDEX mentions_article ON mentions(article, start);"
	"CREATE TABLE entity_rules ("
	"  id INTEGER PRIMARY KEY,"
	"  kind TEXT NOT NULL CHECK (kind IN"
	"    ('merge', 'rename', 'retype', 'split', 'ignore')),"
	"  key TEXT NOT NULL,"
	"  arg TEXT,"
	"  created_at TEXT NOT NULL);"
	"CREATE INDEX entity_rules_key ON entity_rules(key, kind);"
	"CREATE TABLE notes ("
	"  id INTEGER PRIMARY KEY,"
	"  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  quote TEXT NOT NULL,"
	"  before TEXT NOT NULL DEFAULT '',"
	"  after TEXT NOT NULL DEFAULT '',"
	"  body TEXT NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL);"
	"CREATE INDEX notes_article ON notes(article, start);",
	/* 1 -> 2: each entity's mentions and stories, counted as they are
	 * written (entities.c: once per batch on import, per entity on a
	 * correction), so that listing entities or opening the entity view
	 * of one mentioned 80,000 times reads no mention to count them. */
	"ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;"
	"UPDATE entities SET mentions = x.n, articles = x.a FROM (SELECT entity,"
	"  count(*) AS n, count(DISTINCT article) AS a FROM mentions"
	"  GROUP BY entity) AS x WHERE x.entity = entities.id;"
	/* most-mentioned first, a page at a time */
	"CREATE INDEX entities_rank ON entities(mentions DESC, name);",
	/* 2 -> 3: one row per entity and story, its mentions' byte ranges
	 * in `spans` ("start:end,...", by start) and their number in n: a
	 * story names a person four times on average, and each row costs
	 * two b-tree inserts and two foreign-key checks at import. */
	"CREATE TABLE mentions3 ("
	"  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
	"  sortkey TEXT NOT NULL,"
	"  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  n INTEGER NOT NULL,"
	"  spans TEXT NOT NULL,"
	"  PRIMARY KEY (entity, sortkey, article)) WITHOUT ROWID;"
	"INSERT INTO mentions3 (entity, sortkey, article, n, spans) SELECT"
	"  entity, sortkey, article, count(*), group_concat(start || ':' ||"
	"  end, ',') FROM (SELECT * FROM mentions ORDER BY entity, sortkey,"
	"  article, start) GROUP BY entity, sortkey, article;"
	"DROP TABLE mentions;"
	"ALTER TABLE mentions3 RENAME TO mentions;"
	"CREATE INDEX mentions_article ON mentions(article);",
	/* 3 -> 4: new mentions enter mentions_recent, a small table, and
	 * move into mentions a range of entities at a time as each batch
	 * commits (entities.c, mentions_sweep): a batch names thousands of
	 * entities, and writing its rows straight into the big
	 * entity-ordered table dirtied a page of it for each, half of all
	 * the pages an import wrote at a million stories.  Readers see both
	 * tables (mentions_all). */
	"CREATE TABLE mentions_recent ("
	"  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
	"  sortkey TEXT NOT NULL,"
	"  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  n INTEGER NOT NULL,"
	"  spans TEXT NOT NULL,"
	"  PRIMARY KEY (entity, sortkey, article)) WITHOUT ROWID;"
	"CREATE INDEX mentions_recent_article ON mentions_recent(article);"
	"CREATE VIEW mentions_all AS"
	"  SELECT entity, sortkey, article, n, spans FROM mentions UNION ALL"
	"  SELECT entity, sortkey, article, n, spans FROM mentions_recent;"
	/* the first entity id the next sweep moves */
	"CREATE TABLE mentions_sweep (next INTEGER NOT NULL);"
	"INSERT INTO mentions_sweep VALUES (0);",
	/* 4 -> 5: entity keys fold more spellings of one name: Cyrillic and
	 * Greek letters ("Путин" = "Putin"), y inside a word ("Kadyrov" =
	 * "Kadirov"), x ("Alexei" = "Aleksej"), the Italian "-ciov" and
	 * "-scenko" ("Gorbaciov" = "Gorbachev").  Every stored key, and the
	 * keys the user's merge and split rules point to, take the new form
	 * (entity_key_upgrade, registered as dossier_key_upgrade), so that
	 * the corrections still find their names; the stories already
	 * stored keep their entities until `dossier reindex`. */
	"UPDATE entities SET key = dossier_key_upgrade(key);"
	"UPDATE aliases SET key = dossier_key_upgrade(key);"
	"UPDATE entity_rules SET key = dossier_key_upgrade(key),"
	"  arg = CASE WHEN kind IN ('merge', 'split') THEN"
	"  dossier_key_upgrade(arg) ELSE arg END;"
	/* A story's raw bytes also find it on import (store_raw_key): its
	 * hash is of its parse, which a newer dossier may make otherwise
	 * (less debris, a dateline found), and the same file imported again
	 * after an upgrade was a second story.  A table of its own: a new
	 * column would rewrite every story at the upgrade.  No foreign key:
	 * it would have an insert into articles look for orphans here by
	 * article, an index more to write; a row whose story is gone finds
	 * nothing in the join that reads it. */
	"CREATE TABLE article_raw ("
	"  rawkey INTEGER NOT NULL,"
	"  article INTEGER NOT NULL,"
	"  PRIMARY KEY (rawkey, article)) WITHOUT ROWID;"
	"INSERT INTO article_raw SELECT dossier_raw_key(raw), id FROM articles;",
	/* 5 -> 6: keys fold the spellings of one Arabic name ("Mohammed",
	 * "Muhammad"; "Ahmed", "Ahmad") and a word's first "ye" before a
	 * consonant ("Yeltsin" "Eltsin"): stored keys and the rules' keys are
	 * re-keyed as at 4 -> 5 (entity_key_upgrade only adds folds).  And
	 * the last word of a key of two words or more, indexed, so that a
	 * person named by the end of their name alone ("Zelensky", "Jong
	 * Un") finds the one person of the corpus whose name ends so
	 * (entities.c, person_by_end), in a story that never gives the
	 * whole name. */
	"UPDATE entities SET key = dossier_key_upgrade(key);"
	"UPDATE aliases SET key = dossier_key_upgrade(key);"
	"UPDATE entity_rules SET key = dossier_key_upgrade(key),"
	"  arg = CASE WHEN kind IN ('merge', 'split') THEN"
	"  dossier_key_upgrade(arg) ELSE arg END;"
	"ALTER TABLE entities ADD COLUMN tail TEXT;"
	"UPDATE entities SET tail = dossier_key_tail(key);"
	"CREATE INDEX entities_tail ON entities(tail) WHERE tail IS NOT NULL;",
	/* 6 -> 7: a story's entities, one row of its own (their ids, a JSON
	 * array in ascending order, and the sortkey of its mentions' rows),
	 * written once as the story is stored, in place of an index by
	 * article on mentions and on mentions_recent: each mention row was
	 * written into both, then deleted from one and inserted into the
	 * other by the sweep, a random page each time (100k stories: 9 s of
	 * CPU and 13% of the bytes written).  A story's rows are found by
	 * their primary keys from its list (article_mentions); entity
	 * corrections rewrite the lists of the stories they touch
	 * (entities.c).  The rows' references to articles go too (store.c,
	 * migrate: a schema edit, the tables' contents unchanged), since
	 * checking one needs the index by article; a story's rows go with
	 * it by the trigger below. */
	"CREATE TABLE article_entities ("
	"  article INTEGER PRIMARY KEY,"
	"  sortkey TEXT NOT NULL,"
	"  entities TEXT NOT NULL);"
	/* story by story through the indexes about to go: sorting every
	 * mention row by story instead took 3.5 times as long and 146 MB
	 * at 100k stories */
	"INSERT INTO article_entities (article, sortkey, entities) SELECT"
	"  article, sortkey, entities FROM (SELECT a.id AS article, (SELECT"
	"  json_group_array(entity) FROM (SELECT entity FROM mentions WHERE"
	"  article = a.id UNION SELECT entity FROM mentions_recent WHERE"
	"  article = a.id ORDER BY 1)) AS entities, coalesce((SELECT sortkey"
	"  FROM mentions WHERE article = a.id LIMIT 1), (SELECT sortkey FROM"
	"  mentions_recent WHERE article = a.id LIMIT 1)) AS sortkey FROM"
	"  articles a) WHERE sortkey IS NOT NULL;"
	"DROP INDEX mentions_article;"
	"DROP INDEX mentions_recent_article;"
	"CREATE VIEW article_mentions AS"
	"  SELECT l.article AS article, m.entity AS entity, m.n AS n,"
	"  m.spans AS spans FROM article_entities l, json_each(l.entities) j,"
	"  mentions m WHERE m.entity = j.value AND m.sortkey = l.sortkey AND"
	"  m.article = l.article UNION ALL"
	"  SELECT l.article, m.entity, m.n, m.spans FROM article_entities l,"
	"  json_each(l.entities) j, mentions_recent m WHERE m.entity = j.value"
	"  AND m.sortkey = l.sortkey AND m.article = l.article;"
	"CREATE TRIGGER article_entities_ad AFTER DELETE ON articles BEGIN"
	"  DELETE FROM mentions WHERE entity IN (SELECT value FROM json_each("
	"    (SELECT entities FROM article_entities WHERE article = old.id)))"
	"    AND sortkey = (SELECT sortkey FROM article_entities"
	"    WHERE article = old.id) AND article = old.id;"
	"  DELETE FROM mentions_recent WHERE entity IN (SELECT value FROM"
	"    json_each((SELECT entities FROM article_entities"
	"    WHERE article = old.id))) AND sortkey = (SELECT sortkey FROM"
	"    article_entities WHERE article = old.id) AND article = old.id;"
	"  DELETE FROM article_entities WHERE article = old.id;"
	"END;",
	/* 7 -> 8: a story's mention rows go with its list of entities, by
	 * one trigger on the list, whether the story is deleted (the trigger
	 * on articles now deletes only the list) or parsed again
	 * (store_article_update deletes the list before writing the new
	 * one): the two had each their own copy of the same deletes.
	 * Emptying the whole store (store_entities_clear) deletes the mention
	 * tables first, and the trigger's body runs only while mention rows
	 * exist: a delete in a trigger costs about 45 us a row even where it
	 * finds nothing (the lists of 100k stories: 72 s, against 0.6 s so). */
	"DROP TRIGGER article_entities_ad;"
	"CREATE TRIGGER article_entities_ld AFTER DELETE ON article_entities"
	"  WHEN EXISTS (SELECT 1 FROM mentions)"
	"  OR EXISTS (SELECT 1 FROM mentions_recent) BEGIN"
	"  DELETE FROM mentions WHERE entity IN (SELECT value FROM"
	"    json_each(old.entities)) AND sortkey = old.sortkey"
	"    AND article = old.article;"
	"  DELETE FROM mentions_recent WHERE entity IN (SELECT value FROM"
	"    json_each(old.entities)) AND sortkey = old.sortkey"
	"    AND article = old.article;"
	"END;"
	"CREATE TRIGGER article_entities_ad AFTER DELETE ON articles BEGIN"
	"  DELETE FROM article_entities WHERE article = old.id;"
	"END;",
	/* 8 -> 9: keys leave out the Arabic article inside a name ("Bashar
	 * al-Assad" "Bashar Assad", "el-Sisi" "al-Sisi"): stored keys and
	 * the rules' keys are re-keyed as at 4 -> 5, and the last words
	 * indexed again. */
	"UPDATE entities SET key = dossier_key_upgrade(key);"
	"UPDATE aliases SET key = dossier_key_upgrade(key);"
	"UPDATE entity_rules SET key = dossier_key_upgrade(key),"
	"  arg = CASE WHEN kind IN ('merge', 'split') THEN"
	"  dossier_key_upgrade(arg) ELSE arg END;"
	"UPDATE entities SET tail = dossier_key_tail(key);",
	/* 9 -> 10: keys fold more outlets' spellings of one name (key.c,
	 * key_refold: "Serghei" "Sergei", "Sergeyev" "Sergeev", "Dimitri"
	 * "Dmitri", "Gheddafi" "Gaddafi", "Lukashenka" "Lukashenko",
	 * "Dbeibah" "Dbeiba", "The New York Times" "New York Times"),
	 * re-keyed as at 4 -> 5; and they leave out a soft sign's
	 * apostrophe ("Naval'nyj" "Navalny", "Zelens'kyj" "Zelensky"), where
	 * they had read it as a space.  A key alone does not tell where its
	 * name had one, so the old and new keys of every stored name and
	 * alias with an apostrophe are paired, and the keys of entities,
	 * aliases and rules that are an old one take its new one. */
	"UPDATE entities SET key = dossier_key_upgrade(key);"
	"UPDATE aliases SET key = dossier_key_upgrade(key);"
	"UPDATE entity_rules SET key = dossier_key_upgrade(key),"
	"  arg = CASE WHEN kind IN ('merge', 'split') THEN"
	"  dossier_key_upgrade(arg) ELSE arg END;"
	"CREATE TEMP TABLE key_soft AS SELECT old, max(new) AS new FROM ("
	"  SELECT dossier_key_spaced(surface) AS old, dossier_key(surface)"
	"  AS new FROM aliases WHERE instr(surface, '''') > 0 OR"
	"  instr(surface, '\xe2\x80\x99') > 0 UNION ALL"
	"  SELECT dossier_key_spaced(name), dossier_key(name) FROM entities"
	"  WHERE instr(name, '''') > 0 OR instr(name, '\xe2\x80\x99') > 0)"
	"  WHERE old <> new GROUP BY old;"
	"UPDATE entities SET key = (SELECT new FROM key_soft WHERE"
	"  old = entities.key) WHERE key IN (SELECT old FROM key_soft);"
	"UPDATE aliases SET key = (SELECT new FROM key_soft WHERE"
	"  old = aliases.key) WHERE key IN (SELECT old FROM key_soft);"
	"UPDATE entity_rules SET key = coalesce((SELECT new FROM key_soft"
	"  WHERE old = entity_rules.key), key), arg = CASE WHEN kind IN"
	"  ('merge', 'split') THEN coalesce((SELECT new FROM key_soft WHERE"
	"  old = entity_rules.arg), arg) ELSE arg END;"
	"UPDATE entities SET tail = dossier_key_tail(key);"
	"DROP TABLE key_soft;",
};

#define STORE_NMIGRATIONS (sizeof(store_migrations) / sizeof(store_migrations[0]))

#endif
