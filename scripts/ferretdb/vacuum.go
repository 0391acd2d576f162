package main

// `ferretdb vacuum --postgres-data DIR`: what PostgreSQL asks for after a bulk load ("Populating
// a Database": run ANALYZE afterwards), done on a running embedded cluster. VACUUM (ANALYZE)
// of every table, largest first, then a CHECKPOINT: the planner gets statistics for the new rows,
// the visibility map lets index scans skip the heap, and neither autovacuum nor the checkpointer
// is left to do it later on the same cores the reads need. The bench runs it after each load, so
// every size is measured on a settled database; an operator can run it after an import.
//
// It reads the port from the running cluster's postmaster.pid and the password from the file
// beside the cluster, and talks to PostgreSQL over loopback as FerretDB does.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// clusterURL is how to reach the embedded cluster in dataDir while it runs.
func clusterURL(dataDir string) (string, error) {
	pid, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid"))
	if err != nil {
		return "", fmt.Errorf("no running embedded database in %s (no postmaster.pid): start it first (npm start)", dataDir)
	}
	// postmaster.pid: pid, data directory, start time, port, ... one per line.
	lines := strings.Split(string(pid), "\n")
	if len(lines) < 4 {
		return "", fmt.Errorf("%s/postmaster.pid is incomplete: is the database still starting?", dataDir)
	}
	port, err := strconv.Atoi(strings.TrimSpace(lines[3]))
	if err != nil {
		return "", fmt.Errorf("%s/postmaster.pid names no port: %w", dataDir, err)
	}
	return clusterAddress(dataDir, port)
}

func vacuumCommand(args []string) error {
	flags := flag.NewFlagSet("vacuum", flag.ContinueOnError)
	dataDir := flags.String("postgres-data", "", "the running embedded cluster's folder (the --postgres-data it was started with)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *dataDir == "" {
		return errors.New("vacuum needs --postgres-data: the folder of the running embedded cluster, e.g. data/cluster")
	}
	abs, err := filepath.Abs(*dataDir)
	if err != nil {
		return err
	}
	address, err := clusterURL(abs)
	if err != nil {
		return err
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, address)
	if err != nil {
		return fmt.Errorf("cannot connect to the embedded PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)

	// Every table FerretDB made (a schema per MongoDB database), largest first.
	rows, err := conn.Query(ctx, `
		SELECT n.nspname, c.relname, c.reltuples::bigint
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
		ORDER BY pg_total_relation_size(c.oid) DESC`)
	if err != nil {
		return fmt.Errorf("cannot list tables: %w", err)
	}
	type table struct {
		schema, name string
		rows         int64
	}
	var tables []table
	for rows.Next() {
		var t table
		if err := rows.Scan(&t.schema, &t.name, &t.rows); err != nil {
			return err
		}
		tables = append(tables, t)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	started := time.Now()
	for i, t := range tables {
		began := time.Now()
		if _, err := conn.Exec(ctx, `VACUUM (ANALYZE) `+quoteIdent(t.schema)+"."+quoteIdent(t.name)); err != nil {
			return fmt.Errorf("VACUUM of %s.%s: %w", t.schema, t.name, err)
		}
		// Progress for the tables that take a while; the many small ones pass in silence.
		if took := time.Since(began); took > time.Second {
			fmt.Printf("vacuumed %d of %d: %s.%s (~%d rows) in %.1f s\n", i+1, len(tables), t.schema, t.name, max(t.rows, 0), took.Seconds())
		}
	}
	if _, err := conn.Exec(ctx, `CHECKPOINT`); err != nil {
		return fmt.Errorf("CHECKPOINT: %w", err)
	}
	fmt.Printf("vacuumed and analysed %d tables in %.1f s\n", len(tables), time.Since(started).Seconds())
	return nil
}
