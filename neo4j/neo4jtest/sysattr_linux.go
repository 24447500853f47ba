package neo4jtest

import "syscall"

// sysProcAttr puts the JVM in its own process group (signals reach it and
// its children, a terminal's Ctrl-C does not) and has the kernel SIGKILL it
// when the test process dies, even while it is stopped by SIGSTOP.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
