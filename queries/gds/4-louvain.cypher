// Step 4: Louvain communities of the diplomatic layer, written back.
// Answers: which actors talk mostly among themselves (camps and the channels
// between them), weighted by the sentences behind each arc, written to
// Actor.gds_community with consecutive ids. Cost: about O(m) per level.
// :param gds_graph => 'actorgraph-diplomatic'
CALL gds.louvain.write($gds_graph, {
  relationshipWeightProperty: 'sentences',
  consecutiveIds: true,
  writeProperty: 'gds_community'
})
YIELD communityCount, modularity, ranLevels, nodePropertiesWritten, computeMillis, writeMillis
RETURN communityCount AS communities, modularity, ranLevels, nodePropertiesWritten AS written, computeMillis, writeMillis
