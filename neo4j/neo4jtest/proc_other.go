//go:build !unix

package neo4jtest

import (
	"errors"
	"syscall"
)

// No process groups or signals here: Pause, Resume and Kill fail, Stop
// closes standard input (the launcher then stops).
const (
	sigStop = 0
	sigCont = 0
	sigKill = 0
	sigTerm = 0
)

func (s *Server) signal(int) error { return errors.ErrUnsupported }

func lockFile(string) (func(), error) { return func() {}, nil }

func sysProcAttr() *syscall.SysProcAttr { return nil }
