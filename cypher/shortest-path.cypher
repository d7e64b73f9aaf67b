// The shortest chain of facts between two entities: two people, or a person and a company (any
// person, organisation, region or project). Only facts read from the news count (posts, visits,
// investments, places, industries); "both named in one article" does not.
// Parameters:
//   $from  name or id of the first entity, e.g. 陈伟
//   $to    name or id of the second entity, e.g. 和海金 or 华凯集团
// Returns: up to 5 rows (one per pair of entities with those names), shortest first: hops, names
//   (along the path), types (of its relationships), evidence (the sentence behind each).
CALL () {
  MATCH (a:Person) WHERE a.id = $from OR a.name = $from RETURN a
  UNION MATCH (a:Organization) WHERE a.id = $from OR a.name = $from RETURN a
  UNION MATCH (a:Region) WHERE a.id = $from OR a.name = $from RETURN a
  UNION MATCH (a:Project) WHERE a.id = $from OR a.name = $from RETURN a
}
CALL () {
  MATCH (b:Person) WHERE b.id = $to OR b.name = $to RETURN b
  UNION MATCH (b:Organization) WHERE b.id = $to OR b.name = $to RETURN b
  UNION MATCH (b:Region) WHERE b.id = $to OR b.name = $to RETURN b
  UNION MATCH (b:Project) WHERE b.id = $to OR b.name = $to RETURN b
}
WITH a, b WHERE a <> b
MATCH path = shortestPath((a)-[:HOLDS_POSITION|LEADS|WORKS_FOR|PART_OF|INVESTS_IN|LOCATED_IN|IN_INDUSTRY|VISITED*..8]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS names, [x IN relationships(path) | type(x)] AS types,
       [x IN relationships(path) | x.evidence] AS evidence
ORDER BY hops
LIMIT 5;
