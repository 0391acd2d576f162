// Command ferretdb is Living Profile's embedded database: FerretDB (MongoDB wire protocol)
// on SQLite, built from the embeddable package github.com/FerretDB/FerretDB/ferretdb.
//
// It listens on loopback only, keeps its data in one directory, never phones home
// (the embeddable package disables telemetry and starts no debug HTTP server), prints
// one line `READY mongodb://host:port/` on stdout once it accepts connections, and
// shuts down cleanly on SIGINT/SIGTERM so SQLite files are never left half-written.
package main

import (
	"context"
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

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "loopback host:port to listen on (port 0 picks a free port)")
	dataDir := flag.String("data-dir", "data/ferretdb", "directory holding the SQLite databases")
	logLevel := flag.String("log-level", "error", "debug, info, warn or error")
	parentPID := flag.Int("parent-pid", 0, "exit cleanly when this process is gone (no orphans after a killed parent)")
	flag.Parse()

	if err := run(*listen, *dataDir, *logLevel, *parentPID); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
}

func run(listen, dataDir, logLevel string, parentPID int) error {
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return fmt.Errorf("--listen-addr %q: %w", listen, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("--listen-addr %q: the embedded database listens on loopback only; use MONGODB_URI for a shared server", listen)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(logLevel)); err != nil {
		return fmt.Errorf("--log-level %q: %w", logLevel, err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return fmt.Errorf("cannot create data directory %s: %w", abs, err)
	}

	db, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if parentPID > 0 {
		go func() {
			for ctx.Err() == nil {
				if syscall.Kill(parentPID, 0) != nil {
					logger.Warn("parent process is gone; shutting down", "parent_pid", parentPID)
					stop()
					return
				}
				time.Sleep(time.Second)
			}
		}()
	}

	done := make(chan error, 1)
	go func() { done <- db.Run(ctx) }()

	fmt.Printf("READY %s\n", db.MongoDBURI())

	return <-done
}
