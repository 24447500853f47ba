// Step 3: PageRank on the diplomatic layer, written back.
// Answers: who the talk flows towards (the actors urged and spoken to by
// actors that are themselves urged and spoken to), damping 0.85 as in
// actorgraph, unweighted, written to Actor.gds_pagerank. GDS does not scale
// the scores to sum to 1: compare ranks. Cost: O(i·m) for i iterations.
// :param gds_graph => 'actorgraph-diplomatic'
CALL gds.pageRank.write($gds_graph, {
  dampingFactor: 0.85,
  maxIterations: 100,
  tolerance: 0.0000001,
  writeProperty: 'gds_pagerank'
})
YIELD nodePropertiesWritten, ranIterations, didConverge, computeMillis, writeMillis
RETURN nodePropertiesWritten AS written, ranIterations, didConverge, computeMillis, writeMillis
