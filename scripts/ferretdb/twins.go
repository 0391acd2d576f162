package main

// GIN twins: FerretDB v1 pushes a top-level equality filter down to PostgreSQL as
// `_jsonb->'field' @> value`, but builds its own indexes as btree on `(_jsonb->'field')`, which
// cannot serve `@>`: every lookup scans the table. Beside each index FerretDB made, this creates
// `USING gin ((_jsonb->'field') jsonb_path_ops)` on the same expression, which the planner uses
// for that very filter (a Bitmap Index Scan in FerretDB's `explain`), with no change to FerretDB.
// It looks again every few seconds, so collections and indexes made later get theirs too.
//
// Twins are built with `fastupdate = off`. With PostgreSQL's default a GIN index keeps new entries
// in an unsorted pending list that every lookup scans until a vacuum merges it: measured on 200k
// documents, an equality lookup took 22 ms after a bulk load and 1.5 ms after a VACUUM. Off, each
// write updates the index itself and a lookup costs the same right after a burst of writes.
// Twins made before are switched off and their pending list merged once.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// fieldExpression finds each `(_jsonb -> 'field'::text)` in an index definition.
var fieldExpression = regexp.MustCompile(`\(_jsonb -> '((?:[^']|'')+)'::text\)`)

type twin struct {
	schema, table, field string
}

// name is unique per table and field, within PostgreSQL's 63 bytes.
func (t twin) name() string {
	sum := sha256.Sum256([]byte(t.schema + "\x00" + t.table + "\x00" + t.field))
	return "lp_gin_" + hex.EncodeToString(sum[:12])
}

func quoteIdent(s string) string   { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
func quoteLiteral(s string) string { return `'` + strings.ReplaceAll(s, `'`, `''`) + `'` }

// missingTwins lists the fields FerretDB indexes (in its btree indexes) that have no valid twin
// yet, and the twins still keeping a pending list (made before `fastupdate = off`); a twin left
// invalid (its build was cut short) is dropped first and made again.
func missingTwins(ctx context.Context, conn *pgx.Conn) ([]twin, []twin, error) {
	rows, err := conn.Query(ctx, `
		SELECT n.nspname, t.relname, c.relname, pg_get_indexdef(c.oid), i.indisvalid
		FROM pg_index i
		JOIN pg_class c ON c.oid = i.indexrelid
		JOIN pg_class t ON t.oid = i.indrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND pg_get_indexdef(c.oid) LIKE '%(_jsonb -> %'`)
	if err != nil {
		return nil, nil, err
	}
	present := map[string]bool{}
	var invalid, pending []twin
	var wanted []twin
	for rows.Next() {
		var schema, table, index, def string
		var valid bool
		if err := rows.Scan(&schema, &table, &index, &def, &valid); err != nil {
			rows.Close()
			return nil, nil, err
		}
		if strings.HasPrefix(index, "lp_gin_") {
			if valid {
				present[index] = true
				if !strings.Contains(def, "fastupdate=off") {
					pending = append(pending, twin{schema: schema, table: index})
				}
			} else {
				invalid = append(invalid, twin{schema: schema, table: index})
			}
			continue
		}
		if !strings.Contains(def, "USING btree") {
			continue
		}
		for _, m := range fieldExpression.FindAllStringSubmatch(def, -1) {
			wanted = append(wanted, twin{schema: schema, table: table, field: strings.ReplaceAll(m[1], "''", "'")})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	for _, broken := range invalid {
		if _, err := conn.Exec(ctx, fmt.Sprintf(`DROP INDEX CONCURRENTLY IF EXISTS %s.%s`, quoteIdent(broken.schema), quoteIdent(broken.table))); err != nil {
			return nil, nil, err
		}
	}
	seen := map[string]bool{}
	var missing []twin
	for _, t := range wanted {
		if n := t.name(); !present[n] && !seen[n] {
			seen[n] = true
			missing = append(missing, t)
		}
	}
	return missing, pending, nil
}

// makeTwins creates every missing twin, concurrently with writes (no table lock held).
func makeTwins(ctx context.Context, conn *pgx.Conn, logger *slog.Logger) (int, error) {
	missing, pending, err := missingTwins(ctx, conn)
	if err != nil {
		return 0, err
	}
	for _, t := range pending {
		index := quoteIdent(t.schema) + "." + quoteIdent(t.table)
		if _, err := conn.Exec(ctx, `ALTER INDEX `+index+` SET (fastupdate = off)`); err != nil {
			logger.Warn("could not switch a GIN twin's pending list off; will retry", "index", t.schema+"."+t.table, "error", err)
			continue
		}
		if _, err := conn.Exec(ctx, `SELECT gin_clean_pending_list($1::regclass)`, index); err != nil {
			logger.Warn("could not merge a GIN twin's pending list; a vacuum will", "index", t.schema+"."+t.table, "error", err)
		}
	}
	made := 0
	for _, t := range missing {
		q := fmt.Sprintf(`CREATE INDEX CONCURRENTLY IF NOT EXISTS %s ON %s.%s USING gin ((_jsonb -> %s) jsonb_path_ops) WITH (fastupdate = off)`,
			quoteIdent(t.name()), quoteIdent(t.schema), quoteIdent(t.table), quoteLiteral(t.field))
		if _, err := conn.Exec(ctx, q); err != nil {
			// A table dropped meanwhile, or an index left invalid by a crash: drop it to retry next round.
			logger.Warn("could not create a GIN twin index; will retry", "table", t.schema+"."+t.table, "field", t.field, "error", err)
			_, _ = conn.Exec(ctx, fmt.Sprintf(`DROP INDEX CONCURRENTLY IF EXISTS %s.%s`, quoteIdent(t.schema), quoteIdent(t.name())))
			continue
		}
		made++
	}
	return made, nil
}

// keepTwins makes the twins now and then every interval until ctx ends.
func keepTwins(ctx context.Context, url string, interval time.Duration, logger *slog.Logger) {
	var conn *pgx.Conn
	defer func() {
		if conn != nil {
			_ = conn.Close(context.Background())
		}
	}()
	for {
		if conn == nil || conn.IsClosed() {
			c, err := pgx.Connect(ctx, url)
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				logger.Warn("GIN twins: cannot connect to PostgreSQL; will retry", "error", err)
			} else {
				conn = c
				// Building a twin must never get in FerretDB's way: when the two wait for each other
				// (FerretDB creating an index while a twin is built), this session finds the deadlock
				// first and gives up, to try again next round; nor does it wait long for a lock.
				// (Changing deadlock_timeout needs a superuser, as the embedded cluster's role is.)
				_, _ = conn.Exec(ctx, "SET deadlock_timeout = '10ms'")
				_, _ = conn.Exec(ctx, "SET lock_timeout = '2s'")
			}
		}
		if conn != nil {
			if made, err := makeTwins(ctx, conn, logger); err != nil && ctx.Err() == nil {
				logger.Warn("GIN twins: cannot list indexes; will retry", "error", err)
			} else if made > 0 {
				logger.Debug("GIN twins created", "count", made)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
