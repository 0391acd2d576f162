package main

import (
	"context"
	"log/slog"
	"strings"
)

// quietHandler keeps FerretDB's log fit to read and to keep: a unique-key violation is how the
// product claims an identifier or an event id (the caller handles it), not a database error, and a
// failed query's arguments (the documents written) never reach the log.
type quietHandler struct{ slog.Handler }

func (h quietHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "Query" {
		duplicate := false
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "err" && strings.Contains(a.Value.String(), "SQLSTATE 23505") {
				duplicate = true
				return false
			}
			return true
		})
		if duplicate {
			return nil
		}
	}
	kept := slog.NewRecord(r.Time, r.Level, r.Message, r.PC)
	r.Attrs(func(a slog.Attr) bool {
		if !strings.HasPrefix(a.Key, "args") {
			kept.AddAttrs(a)
		}
		return true
	})
	return h.Handler.Handle(ctx, kept)
}

func (h quietHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return quietHandler{h.Handler.WithAttrs(attrs)}
}

func (h quietHandler) WithGroup(name string) slog.Handler {
	return quietHandler{h.Handler.WithGroup(name)}
}
