//go:build unix

package neo4jtest

import (
	"os"
	"syscall"
)

var (
	sigStop = syscall.SIGSTOP
	sigCont = syscall.SIGCONT
	sigKill = syscall.SIGKILL
	sigTerm = syscall.SIGTERM
)

// signal sends sig to the JVM's whole process group (the JVM and anything
// it started).
func (s *Server) signal(sig syscall.Signal) error {
	pid := s.PID()
	if pid == 0 || !s.Running() {
		return os.ErrProcessDone
	}
	return syscall.Kill(-pid, sig)
}

// lockFile takes an exclusive flock on path, waiting for it.
func lockFile(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}
