// Step 2: sampled betweenness on the diplomatic layer, written back.
// Answers: who lies on the shortest paths of talk between others (the
// brokers), from $gds_sampling_size source nodes drawn with seed
// $gds_sampling_seed (every node, so exact, when the graph has fewer),
// unweighted, written to Actor.gds_betweenness. GDS scores are raw path
// counts (scaled up from the sample), not normalised by (n-1)(n-2) as
// actorgraph's betweenness is: compare ranks, not values. Cost: O(k·m) for k
// sampled nodes and m arcs.
// :param gds_graph => 'actorgraph-diplomatic'
// :param gds_sampling_size => 10000
// :param gds_sampling_seed => 42
CALL gds.graph.list($gds_graph) YIELD nodeCount
CALL gds.betweenness.write($gds_graph, {
  samplingSize: CASE WHEN nodeCount < $gds_sampling_size THEN nodeCount ELSE $gds_sampling_size END,
  samplingSeed: $gds_sampling_seed,
  writeProperty: 'gds_betweenness'
})
YIELD nodePropertiesWritten, computeMillis, writeMillis, centralityDistribution
RETURN nodeCount AS nodes, nodePropertiesWritten AS written, computeMillis, writeMillis,
       centralityDistribution.max AS max_betweenness
