// Package bolttest is a Bolt server for tests: it speaks enough of Bolt 5
// (handshake, HELLO/LOGON/LOGOFF, BEGIN/RUN/PULL/DISCARD/COMMIT/ROLLBACK,
// RESET, ROUTE, TELEMETRY, GOODBYE, PackStream values) for the real
// github.com/neo4j/neo4j-go-driver/v5 to talk to it, records every query
// with its parameters, and answers through a scriptable Handler that can
// return records or inject faults: a FAILURE with any Neo4j status code
// (authentication, transient errors), or a connection dropped mid-transaction.
// A Fault makes it misbehave as a real server cannot be made to on demand:
// hang after the handshake, hang or drop the connection in the middle of a
// result, answer slowly, or refuse a batch.
//
// It follows the server state machine of the Bolt spec: after a FAILURE every
// message but RESET and GOODBYE is answered with IGNORED, and a failed or
// dropped transaction is rolled back. It stores no data: what a query
// returns is whatever the Handler says.
//
// Concurrency: a Server serves each connection on its own goroutine; its
// methods are safe for concurrent use.
package bolttest

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/neo4j/internal/packstream"
)

// Message tags of Bolt 5.
const (
	msgHello     = 0x01
	msgGoodbye   = 0x02
	msgReset     = 0x0F
	msgRun       = 0x10
	msgBegin     = 0x11
	msgCommit    = 0x12
	msgRollback  = 0x13
	msgDiscard   = 0x2F
	msgPull      = 0x3F
	msgTelemetry = 0x54
	msgRoute     = 0x66
	msgLogon     = 0x6A
	msgLogoff    = 0x6B

	msgSuccess = 0x70
	msgRecord  = 0x71
	msgIgnored = 0x7E
	msgFailure = 0x7F
)

// Status codes the server sends on its own.
const (
	CodeUnauthorized = "Neo.ClientError.Security.Unauthorized"
	// CodeAuthenticationRateLimit refuses logins after too many wrong ones.
	CodeAuthenticationRateLimit = "Neo.ClientError.Security.AuthenticationRateLimit"
	CodeInvalid                 = "Neo.ClientError.Request.Invalid"
	// CodeDeadlock is a transient error: drivers retry the transaction.
	CodeDeadlock = "Neo.TransientError.Transaction.DeadlockDetected"
)

// Query is one RUN the server received.
type Query struct {
	Cypher string
	Params map[string]any
	// Meta is the RUN's metadata (auto-commit) or the enclosing BEGIN's.
	Meta map[string]any
	// Tx numbers the transaction the query ran in (from 1, in order of
	// BEGIN across all connections); 0 for an auto-commit query.
	Tx int
}

// Result is a Handler's answer to a RUN.
type Result struct {
	Keys    []string
	Records [][]any
	// Stats are the update counters of the final SUCCESS, such as
	// "nodes-created" or "relationships-created" (integer values).
	Stats map[string]any
	// Failure, when set, is sent instead of the result.
	Failure *Failure
	// Drop closes the connection instead of answering.
	Drop bool
}

// Failure is a Bolt FAILURE: a Neo4j status code and a message.
type Failure struct {
	Code    string
	Message string
}

// Handler answers one query. It is called on the connection's goroutine,
// one query at a time per connection.
type Handler func(Query) Result

// Options configure a Server. The zero value accepts any credentials and
// answers every query with an empty result.
type Options struct {
	// Username and Password, when Password is set, are the only basic-auth
	// credentials accepted; others get a CodeUnauthorized FAILURE and the
	// connection is closed, as Neo4j does.
	Username, Password string
	// AuthFailure, when set, is the status code of the FAILURE that wrong
	// credentials get (default CodeUnauthorized): a server that has seen
	// too many wrong logins answers CodeAuthenticationRateLimit.
	AuthFailure string
	// MaxVersion is the highest Bolt version to accept, "5.0" to "5.8"
	// (default "5.8", the newest the driver offers). 5.0 takes credentials
	// in HELLO, later versions in LOGON.
	MaxVersion string
	// Manifest answers the driver's manifest marker (0x000001FF) with
	// manifest-style version negotiation, as newer servers do; by default
	// the server picks a version from the classic proposals directly.
	Manifest bool
	// Handler answers RUN; nil answers with an empty result.
	Handler Handler
	// OnCommit, when set, may fail or drop a COMMIT of the given queries.
	OnCommit func(tx []Query) Result
	// Fault is the misbehaviour to start with (none by default); SetFault
	// changes it.
	Fault Fault
}

// FaultMode is a way for the server to misbehave.
type FaultMode int

// The fault modes. Hanging connections stay silent until the fault is
// changed by SetFault or the server is closed; then they are closed.
const (
	// NoFault answers as Neo4j would.
	NoFault FaultMode = iota
	// HangAfterHandshake completes the Bolt version handshake on each new
	// connection and then answers nothing, HELLO included.
	HangAfterHandshake
	// HangMidResult answers a matching RUN (its SUCCESS with the field
	// names), then on PULL sends Fault.Records records and stops answering.
	HangMidResult
	// DropMidResult is HangMidResult, but the connection is closed instead.
	DropMidResult
	// Slow answers every message after Fault.Delay.
	Slow
	// Refuse answers a matching RUN with Fault.Failure, as a server that
	// refuses a batch does (a constraint, a read-only database, a transient
	// error, depending on the code).
	Refuse
)

// Fault is a misbehaviour of the server.
type Fault struct {
	Mode FaultMode
	// Delay is the wait before each answer (Slow).
	Delay time.Duration
	// Records is how many records a result sends before it hangs or drops
	// (HangMidResult, DropMidResult).
	Records int
	// Failure is the answer to a refused RUN (Refuse).
	Failure Failure
	// Match selects the RUNs that HangMidResult, DropMidResult and Refuse
	// apply to; nil selects every RUN.
	Match func(Query) bool
}

func (f Fault) matches(q Query) bool { return f.Match == nil || f.Match(q) }

// Server is a Bolt server listening on 127.0.0.1.
type Server struct {
	opt      Options
	maxMinor int
	ln       net.Listener

	mu         sync.Mutex
	queries    []Query
	committed  [][]Query
	rolledBack [][]Query
	txs        int
	conns      map[net.Conn]bool
	handler    Handler
	versions   []string
	fault      Fault
	release    chan struct{} // closed when the fault changes or the server closes
	faulted    int

	bytesIn atomic.Int64
	nconn   atomic.Int64
	wg      sync.WaitGroup
}

// Start starts a server on a free port of 127.0.0.1. Call Close when done.
func Start(opt Options) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("bolttest: %w", err)
	}
	maxMinor := 8
	if opt.MaxVersion != "" {
		if _, err := fmt.Sscanf(opt.MaxVersion, "5.%d", &maxMinor); err != nil || maxMinor < 0 || maxMinor > 8 {
			ln.Close()
			return nil, fmt.Errorf("bolttest: MaxVersion %q: want 5.0 to 5.8", opt.MaxVersion)
		}
	}
	s := &Server{opt: opt, maxMinor: maxMinor, ln: ln, conns: map[net.Conn]bool{}, handler: opt.Handler,
		fault: opt.Fault, release: make(chan struct{})}
	s.wg.Add(1)
	go s.accept()
	return s, nil
}

// Addr is the host:port the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// URI is the bolt:// URI of the server.
func (s *Server) URI() string { return "bolt://" + s.Addr() }

// SetHandler replaces the Handler for the queries that follow.
func (s *Server) SetHandler(h Handler) {
	s.mu.Lock()
	s.handler = h
	s.mu.Unlock()
}

// SetFault replaces the fault for what follows; connections hanging in the
// old fault are closed.
func (s *Server) SetFault(f Fault) {
	s.mu.Lock()
	s.fault = f
	close(s.release)
	s.release = make(chan struct{})
	s.mu.Unlock()
}

// Faulted is the number of times the server has hung, dropped, slowed or
// refused because of a Fault.
func (s *Server) Faulted() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.faulted
}

// faultFor returns the fault if its mode is mode and it applies to q (nil:
// to any message), counting the use, and the channel closed when the fault
// changes. Otherwise the Fault is the zero one.
func (s *Server) faultFor(mode FaultMode, q *Query) (Fault, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fault.Mode == mode && (q == nil || s.fault.matches(*q)) {
		s.faulted++
		return s.fault, s.release
	}
	return Fault{}, s.release
}

// Queries returns every query received so far, in order.
func (s *Server) Queries() []Query {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Query(nil), s.queries...)
}

// Committed returns the queries of each committed transaction, in commit order.
func (s *Server) Committed() [][]Query {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]Query(nil), s.committed...)
}

// RolledBack returns the queries of each transaction that was rolled back,
// failed, reset or cut off by a dropped connection.
func (s *Server) RolledBack() [][]Query {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]Query(nil), s.rolledBack...)
}

// Reset forgets the recorded queries and transactions.
func (s *Server) Reset() {
	s.mu.Lock()
	s.queries, s.committed, s.rolledBack = nil, nil, nil
	s.mu.Unlock()
}

// Versions returns the Bolt version negotiated on each connection so far,
// such as "5.8", in order.
func (s *Server) Versions() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.versions...)
}

// BytesIn is the number of bytes clients have sent, handshakes included.
func (s *Server) BytesIn() int64 { return s.bytesIn.Load() }

// Connections is the number of connections accepted so far.
func (s *Server) Connections() int64 { return s.nconn.Load() }

// DropConnections closes every open connection, as a crashing server would.
func (s *Server) DropConnections() {
	s.mu.Lock()
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
}

// Close stops listening, closes every connection and waits for them to end.
func (s *Server) Close() error {
	err := s.ln.Close()
	s.SetFault(Fault{})
	s.DropConnections()
	s.wg.Wait()
	return err
}

func (s *Server) accept() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.nconn.Add(1)
		s.mu.Lock()
		s.conns[c] = true
		s.mu.Unlock()
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer func() {
				s.mu.Lock()
				delete(s.conns, c)
				s.mu.Unlock()
				c.Close()
			}()
			cn := &conn{srv: s, c: c, r: bufio.NewReader(countingReader{c, &s.bytesIn}), qid: -1}
			cn.serve()
		}()
	}
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// conn is the state of one client connection.
type conn struct {
	srv    *Server
	c      net.Conn
	r      *bufio.Reader
	minor  int
	authed bool
	failed bool

	inTx    bool
	txNum   int
	txMeta  map[string]any
	txQs    []Query
	qid     int64
	results map[int64]*pending
	last    int64
}

// pending is a result waiting for PULL or DISCARD.
type pending struct {
	res  Result
	next int
	q    Query
}

var errDrop = errors.New("connection dropped")

func (cn *conn) serve() {
	if err := cn.handshake(); err != nil {
		return
	}
	cn.srv.mu.Lock()
	cn.srv.versions = append(cn.srv.versions, fmt.Sprintf("5.%d", cn.minor))
	cn.srv.mu.Unlock()
	defer cn.endTx(false)
	if f, release := cn.srv.faultFor(HangAfterHandshake, nil); f.Mode == HangAfterHandshake {
		<-release // silent until the fault changes; then the connection closes
		return
	}
	for {
		raw, err := packstream.ReadMessage(cn.r, 64<<20)
		if err != nil {
			return
		}
		if f, release := cn.srv.faultFor(Slow, nil); f.Mode == Slow {
			select {
			case <-time.After(f.Delay):
			case <-release:
				return
			}
		}
		v, _, err := packstream.Decode(raw)
		msg, ok := v.(packstream.Struct)
		if err != nil || !ok {
			cn.send(msgFailure, failureMap(CodeInvalid, "not a Bolt message"))
			return
		}
		if err := cn.handle(msg); err != nil {
			return
		}
	}
}

// handshake reads the magic and four version proposals and accepts the
// highest Bolt 5 minor both sides support, answering as a pre-manifest
// server would (the driver's manifest marker is simply not chosen).
func (cn *conn) handshake() error {
	var hs [20]byte
	if _, err := io.ReadFull(cn.r, hs[:]); err != nil {
		return err
	}
	if binary.BigEndian.Uint32(hs[:4]) != 0x6060B017 {
		return errors.New("bad magic")
	}
	chosen := -1
	for i := 0; i < 4 && chosen < 0; i++ {
		p := hs[4+4*i : 8+4*i]
		major, minor, back := int(p[3]), int(p[2]), int(p[1])
		if major == 0xFF && minor == 0x01 && cn.srv.opt.Manifest {
			return cn.manifest()
		}
		if major != 5 {
			continue
		}
		for m := minor; m >= minor-back && m >= 0; m-- {
			if m <= cn.srv.maxMinor {
				chosen = m
				break
			}
		}
	}
	if chosen < 0 {
		cn.c.Write([]byte{0, 0, 0, 0})
		return errors.New("no common version")
	}
	cn.minor = chosen
	_, err := cn.c.Write([]byte{0, 0, byte(chosen), 5})
	return err
}

// manifest offers Bolt 5.0 to MaxVersion and no capabilities, then reads
// the version the client chose and its capability mask.
func (cn *conn) manifest() error {
	max := byte(cn.srv.maxMinor)
	offer := []byte{0, 0, 0x01, 0xFF}
	offer = binary.AppendUvarint(offer, 1)
	offer = append(offer, 0, max, max, 5)
	offer = binary.AppendUvarint(offer, 0)
	if _, err := cn.c.Write(offer); err != nil {
		return err
	}
	var chosen [4]byte
	if _, err := io.ReadFull(cn.r, chosen[:]); err != nil {
		return err
	}
	if _, err := binary.ReadUvarint(cn.r); err != nil {
		return err
	}
	if chosen[3] != 5 || chosen[2] > max {
		return fmt.Errorf("client chose Bolt %d.%d", chosen[3], chosen[2])
	}
	cn.minor = int(chosen[2])
	return nil
}

func (cn *conn) send(tag byte, fields ...any) error {
	var e packstream.Encoder
	if err := e.Encode(packstream.Struct{Tag: tag, Fields: fields}); err != nil {
		return err
	}
	_, err := cn.c.Write(packstream.AppendMessage(nil, e.Buf))
	return err
}

func failureMap(code, msg string) map[string]any {
	return map[string]any{"code": code, "message": msg}
}

func (cn *conn) fail(code, msg string) error {
	cn.failed = true
	cn.endTx(false)
	return cn.send(msgFailure, failureMap(code, msg))
}

func field[T any](msg packstream.Struct, i int) T {
	var zero T
	if i >= len(msg.Fields) {
		return zero
	}
	v, _ := msg.Fields[i].(T)
	return v
}

func (cn *conn) checkAuth(token map[string]any) bool {
	o := cn.srv.opt
	if o.Password == "" {
		return true
	}
	return token["scheme"] == "basic" && token["principal"] == o.Username && token["credentials"] == o.Password
}

func (cn *conn) handle(msg packstream.Struct) error {
	switch msg.Tag {
	case msgGoodbye:
		return errDrop
	case msgReset:
		cn.failed = false
		cn.endTx(false)
		return cn.send(msgSuccess, map[string]any{})
	}
	if cn.failed {
		return cn.send(msgIgnored)
	}
	switch msg.Tag {
	case msgHello:
		hello := field[map[string]any](msg, 0)
		if cn.minor == 0 {
			if !cn.checkAuth(hello) {
				cn.send(msgFailure, failureMap(cmp.Or(cn.srv.opt.AuthFailure, CodeUnauthorized), "The client is unauthorized due to authentication failure."))
				return errDrop
			}
			cn.authed = true
		}
		return cn.send(msgSuccess, map[string]any{
			"server":        "Neo4j/5.26.0",
			"connection_id": fmt.Sprintf("bolt-%d", cn.srv.nconn.Load()),
			"hints":         map[string]any{},
		})
	case msgLogon:
		if !cn.checkAuth(field[map[string]any](msg, 0)) {
			cn.send(msgFailure, failureMap(cmp.Or(cn.srv.opt.AuthFailure, CodeUnauthorized), "The client is unauthorized due to authentication failure."))
			return errDrop
		}
		cn.authed = true
		return cn.send(msgSuccess, map[string]any{})
	case msgLogoff:
		cn.authed = false
		return cn.send(msgSuccess, map[string]any{})
	case msgTelemetry:
		return cn.send(msgSuccess, map[string]any{})
	}
	if !cn.authed {
		return cn.fail(CodeUnauthorized, "not authenticated")
	}
	switch msg.Tag {
	case msgRoute:
		addr := []any{cn.srv.Addr()}
		return cn.send(msgSuccess, map[string]any{"rt": map[string]any{
			"ttl": int64(300), "db": "neo4j",
			"servers": []any{
				map[string]any{"role": "WRITE", "addresses": addr},
				map[string]any{"role": "READ", "addresses": addr},
				map[string]any{"role": "ROUTE", "addresses": addr},
			},
		}})
	case msgBegin:
		if cn.inTx {
			return cn.fail(CodeInvalid, "BEGIN inside a transaction")
		}
		cn.srv.mu.Lock()
		cn.srv.txs++
		cn.txNum = cn.srv.txs
		cn.srv.mu.Unlock()
		cn.inTx, cn.txMeta, cn.txQs = true, field[map[string]any](msg, 0), nil
		cn.results = map[int64]*pending{}
		return cn.send(msgSuccess, map[string]any{})
	case msgRun:
		return cn.run(msg)
	case msgPull, msgDiscard:
		return cn.pull(msg)
	case msgCommit, msgRollback:
		if !cn.inTx {
			return cn.fail(CodeInvalid, "no transaction to end")
		}
		if msg.Tag == msgCommit && cn.srv.opt.OnCommit != nil {
			r := cn.srv.opt.OnCommit(append([]Query(nil), cn.txQs...))
			if r.Drop {
				return errDrop
			}
			if r.Failure != nil {
				return cn.fail(r.Failure.Code, r.Failure.Message)
			}
		}
		cn.endTx(msg.Tag == msgCommit)
		if msg.Tag == msgCommit {
			return cn.send(msgSuccess, map[string]any{"bookmark": fmt.Sprintf("bolttest:bm:%d", cn.txNum)})
		}
		return cn.send(msgSuccess, map[string]any{})
	}
	return cn.fail(CodeInvalid, fmt.Sprintf("message 0x%02X not supported", msg.Tag))
}

// endTx ends the open transaction, if any, recording it as committed or
// rolled back.
func (cn *conn) endTx(commit bool) {
	if !cn.inTx {
		cn.results = nil
		return
	}
	cn.srv.mu.Lock()
	if commit {
		cn.srv.committed = append(cn.srv.committed, cn.txQs)
	} else {
		cn.srv.rolledBack = append(cn.srv.rolledBack, cn.txQs)
	}
	cn.srv.mu.Unlock()
	cn.inTx, cn.txQs, cn.txMeta, cn.results = false, nil, nil, nil
}

func (cn *conn) run(msg packstream.Struct) error {
	q := Query{
		Cypher: field[string](msg, 0),
		Params: field[map[string]any](msg, 1),
		Meta:   field[map[string]any](msg, 2),
	}
	if q.Params == nil {
		q.Params = map[string]any{}
	}
	if cn.inTx {
		q.Tx, q.Meta = cn.txNum, cn.txMeta
	}
	cn.srv.mu.Lock()
	cn.srv.queries = append(cn.srv.queries, q)
	h := cn.srv.handler
	cn.srv.mu.Unlock()
	var res Result
	if h != nil {
		res = h(q)
	}
	if f, _ := cn.srv.faultFor(Refuse, &q); f.Mode == Refuse {
		res = Result{Failure: &f.Failure}
	}
	if res.Drop {
		return errDrop
	}
	if res.Failure != nil {
		return cn.fail(res.Failure.Code, res.Failure.Message)
	}
	if cn.inTx {
		cn.txQs = append(cn.txQs, q)
	}
	if cn.results == nil {
		cn.results = map[int64]*pending{}
	}
	cn.qid++
	cn.results[cn.qid] = &pending{res: res, q: q}
	cn.last = cn.qid
	keys := res.Keys
	if keys == nil {
		keys = []string{}
	}
	meta := map[string]any{"fields": keys, "t_first": int64(0)}
	if cn.inTx {
		meta["qid"] = cn.qid
	}
	return cn.send(msgSuccess, meta)
}

func (cn *conn) pull(msg packstream.Struct) error {
	extra := field[map[string]any](msg, 0)
	n, _ := extra["n"].(int64)
	id := cn.last
	if qid, ok := extra["qid"].(int64); ok && qid >= 0 {
		id = qid
	}
	p := cn.results[id]
	if p == nil {
		return cn.fail(CodeInvalid, "no result to pull")
	}
	for _, mode := range []FaultMode{HangMidResult, DropMidResult} {
		f, release := cn.srv.faultFor(mode, &p.q)
		if f.Mode != mode {
			continue
		}
		for i := 0; i < f.Records && p.next < len(p.res.Records); i++ {
			if err := cn.send(msgRecord, p.res.Records[p.next]); err != nil {
				return err
			}
			p.next++
		}
		if mode == HangMidResult {
			<-release // silent until the fault changes; then the connection closes
		}
		return errDrop
	}
	if msg.Tag == msgPull {
		for sent := int64(0); p.next < len(p.res.Records) && (n < 0 || sent < n); sent++ {
			if err := cn.send(msgRecord, p.res.Records[p.next]); err != nil {
				return err
			}
			p.next++
		}
		if p.next < len(p.res.Records) {
			return cn.send(msgSuccess, map[string]any{"has_more": true})
		}
	}
	delete(cn.results, id)
	meta := map[string]any{"type": "rw", "t_last": int64(0), "db": "neo4j"}
	if len(p.res.Stats) > 0 {
		meta["stats"] = p.res.Stats
	}
	if !cn.inTx {
		meta["bookmark"] = "bolttest:bm:auto"
	}
	return cn.send(msgSuccess, meta)
}
