// Step 6: free the memory of the projected graph.
// Answers: removes $gds_graph from the Graph Data Science catalog (the
// properties written back stay on the actors); no error when it is absent.
// :param gds_graph => 'actorgraph-diplomatic'
CALL gds.graph.drop($gds_graph, false) YIELD graphName
RETURN graphName AS dropped
