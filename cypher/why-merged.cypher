// Why mentions became one node: how each article wrote the entity and which resolution rule gave
// it this node (same-name, short-form, bare-name, company-alias, person-anchor, person-region-context,
// region-code, region-name, project-name-region, new, ...), with the node's aliases and the nodes
// folded into it later (mergedFrom: "old-id [rule] article-id"). docs/store.md explains the rules.
// Parameters:
//   $entity  id of the node, e.g. org:北关区商务局 (a name may match several nodes: use its id)
// Returns: one row per article: name, aliases, mergedFrom, articleId, articleTitle, publishedOn,
//   surface (as the article wrote it), rule; ordered by publication date.
CALL () {
  MATCH (n:Person {id: $entity}) RETURN n
  UNION MATCH (n:Organization {id: $entity}) RETURN n
  UNION MATCH (n:Region {id: $entity}) RETURN n
  UNION MATCH (n:Project {id: $entity}) RETURN n
}
OPTIONAL MATCH (article:Article)-[m:MENTIONS]->(n)
RETURN n.name AS name, n.aliases AS aliases, n.mergedFrom AS mergedFrom, article.id AS articleId,
       article.title AS articleTitle, article.publishedOn AS publishedOn, m.surface AS surface, m.rule AS rule
ORDER BY publishedOn, articleId;
