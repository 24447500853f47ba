//go:build unix && !linux

package neo4jtest

import "syscall"

// sysProcAttr puts the JVM in its own process group; it stops when its
// standard input closes (the test process died).
func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }
