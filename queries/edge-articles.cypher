// The articles behind an edge: every sentence, and its article, reporting an
// act between $source and $target (either direction, any relation).
// Answers: where does the claim "$source did X to $target" come from?
// :param source => 'Joe Biden'
// :param target => 'Israel'
MATCH (s:Actor {key: $source})-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]-(t:Actor {key: $target})
MATCH (art:Article {doc: r.doc})
RETURN startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS edge, art.doc AS doc,
       art.title AS title, art.published AS published, r.sentence AS sentence, r.id AS edge_id
ORDER BY published, doc, r.sentence_index
