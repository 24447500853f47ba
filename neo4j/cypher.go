package neo4j

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

// The graph model (docs/neo4j.md):
//
//	(:Actor:Person|State|Org {key, name, kind, country})
//	(:Actor)-[:MEMBER_OF]->(:Actor:State)
//	(:Actor)-[:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED
//	         {id, doc, sentence_index, sentence, trigger, published, confidence, origins}]->(:Actor)
//	(:Article {doc, published, title})
//	(:Actor)-[:MENTIONED_IN]->(:Article)
//
// An actor's key is its canonical name. Every statement takes its values as
// parameters; relationship types and labels are written here, never taken
// from data.

// Labels that size actors in Browser by betweenness (see actorgraph.grass).
const (
	LabelHighBetweenness = "HighBetweenness"
	LabelMidBetweenness  = "MidBetweenness"
)

// schemaStatements are the constraints and indexes, created before any data.
func schemaStatements() []string {
	s := []string{
		"CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (a:Actor) REQUIRE a.key IS UNIQUE",
		"CREATE CONSTRAINT article_doc IF NOT EXISTS FOR (a:Article) REQUIRE a.doc IS UNIQUE",
		"CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
		"CREATE INDEX actor_mediation IF NOT EXISTS FOR (a:Actor) ON (a.mediation_score)",
		"CREATE INDEX actor_betweenness IF NOT EXISTS FOR (a:Actor) ON (a.betweenness)",
		"CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
	}
	for _, r := range graph.Relations() {
		low := lower(string(r))
		s = append(s,
			fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE", low, r),
			fmt.Sprintf("CREATE INDEX %s_published IF NOT EXISTS FOR ()-[r:%s]-() ON (r.published)", low, r),
			fmt.Sprintf("CREATE INDEX %s_doc IF NOT EXISTS FOR ()-[r:%s]-() ON (r.doc)", low, r))
	}
	return s
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// mergeActors creates missing actors and corrects kind or country only when
// they differ, so loading the same actors again sets nothing.
const mergeActors = `UNWIND $actors AS row
MERGE (a:Actor {key: row.key})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.country = row.country
WITH a, row
WHERE a.name <> row.name OR a.kind <> row.kind OR coalesce(a.country, '') <> coalesce(row.country, '')
SET a.name = row.name, a.kind = row.kind, a.country = row.country`

// labelActors gives each actor the label of its kind (Person, State, Org),
// removing the others only when the kind changed.
const labelActors = `UNWIND $actors AS row
MATCH (a:Actor {key: row.key})
FOREACH (_ IN CASE WHEN row.kind = 'person' AND NOT a:Person THEN [1] ELSE [] END | SET a:Person REMOVE a:State:Org)
FOREACH (_ IN CASE WHEN row.kind = 'state' AND NOT a:State THEN [1] ELSE [] END | SET a:State REMOVE a:Person:Org)
FOREACH (_ IN CASE WHEN row.kind = 'org' AND NOT a:Org THEN [1] ELSE [] END | SET a:Org REMOVE a:Person:State)`

// mergeMembers links actors to the state they belong to, creating the state
// when no edge has named it yet.
const mergeMembers = `UNWIND $members AS row
MATCH (a:Actor {key: row.key})
MERGE (c:Actor {key: row.country})
ON CREATE SET c.name = row.country, c.kind = 'state', c.country = row.country, c:State
MERGE (a)-[:MEMBER_OF]->(c)`

// dropStaleMembers removes the MEMBER_OF links an actor no longer has: to a
// state other than its country now, or any when it has no country. When
// nothing changed it matches nothing, so a repeated load deletes nothing.
const dropStaleMembers = `UNWIND $actors AS row
MATCH (a:Actor {key: row.key})-[old:MEMBER_OF]->(c:Actor)
WHERE row.country IS NULL OR row.country = row.key OR c.key <> row.country
DELETE old`

// mergeArticles creates the articles the edges come from.
const mergeArticles = `UNWIND $articles AS row
MERGE (a:Article {doc: row.doc})
ON CREATE SET a.published = row.published, a.title = row.title`

// mergeEdges returns the statement that merges edges of relation r, or false
// when r is not one of the six relations. The type written into the Cypher
// is the constant from graph.Relations, never the caller's string. It also
// links both ends to the edge's article, (:Actor)-[:MENTIONED_IN]->(:Article)
// (merged the batch before in the same transaction), so Browser can expand
// from an actor to its sources; MERGE makes a repeated load create nothing.
// $origin, when not null, is added to r.origins (origin.go), written only
// when it is not there yet, so a repeated load writes nothing.
func mergeEdges(r graph.Relation) (string, bool) {
	for _, rel := range graph.Relations() {
		if rel == r {
			return fmt.Sprintf(`UNWIND $edges AS row
MATCH (s:Actor {key: row.source}), (t:Actor {key: row.target})
MERGE (s)-[r:%s {id: row.id}]->(t)
ON CREATE SET r.doc = row.doc, r.sentence_index = row.sentence_index, r.sentence = row.sentence,
  r.trigger = row.trigger, r.published = row.published, r.confidence = row.confidence
WITH s, t, r, row
FOREACH (_ IN CASE WHEN $origin IS NULL OR $origin IN coalesce(r.origins, []) THEN [] ELSE [1] END | SET r.origins = coalesce(r.origins, []) + $origin)
WITH s, t, row
MATCH (art:Article {doc: row.doc})
MERGE (s)-[:MENTIONED_IN]->(art)
MERGE (t)-[:MENTIONED_IN]->(art)`, rel), true
		}
	}
	return "", false
}

// setMetrics writes analysis metrics onto actors.
const setMetrics = `UNWIND $rows AS row
MATCH (a:Actor {key: row.key})
SET a += row.props, a.analysed_at = $analysed_at`

// clearTiers removes the betweenness labels before they are set afresh.
const clearTiers = `MATCH (a:Actor) WHERE a:HighBetweenness OR a:MidBetweenness
REMOVE a:HighBetweenness:MidBetweenness`

const setHighTier = `UNWIND $keys AS key MATCH (a:Actor {key: key}) SET a:HighBetweenness`
const setMidTier = `UNWIND $keys AS key MATCH (a:Actor {key: key}) SET a:MidBetweenness`

// Statements returns every Cypher statement the neo4j package sends, each
// exactly as sent, in the order a run first sends them: the schema, a
// load's batch (actors, labels, memberships, articles, the edges of each
// relation), the metrics write-back, and Reconcile's deletes. Values always
// travel as parameters ($name), never inside these strings. The test suite
// checks each with Neo4j's Cypher grammar (internal/cypherlint).
// countEdges counts the relationships of the six relations, one count-store
// lookup each (a pattern of one type and no labels is answered from
// Neo4j's counts, not a scan).
func countEdges() string {
	q := "CALL {\n"
	for i, r := range graph.Relations() {
		if i > 0 {
			q += "  UNION ALL\n"
		}
		q += fmt.Sprintf("  MATCH ()-[r:%s]->() RETURN count(r) AS n\n", r)
	}
	return q + "}\nRETURN sum(n) AS edges"
}

func Statements() []string {
	s := schemaStatements()
	s = append(s, mergeActors, labelActors, dropStaleMembers, mergeMembers, mergeArticles)
	for _, r := range graph.Relations() {
		q, _ := mergeEdges(r)
		s = append(s, q)
	}
	s = append(s, countEdges(), setMetrics, clearTiers, setHighTier, setMidTier)
	for _, r := range graph.Relations() {
		s = append(s, dropEdgesOf(r))
	}
	return append(s, dropStaleMentions, dropArticles)
}
