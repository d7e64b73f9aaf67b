// The evidence behind a relationship: every sentence, with its article, that states it. A fact
// reported by several articles (a post, an investment) gives one row per article, for the first 20
// articles that stated it; articleCount says how many did in all.
// Parameters:
//   $from  name or id of the start node, e.g. 李富生
//   $type  relationship type, e.g. LEADS, or null for every type between the two
//   $to    name or id of the end node, e.g. 北关区
// Returns: from, type, to, title (of a post), evidence, articleId, articleTitle, publishedOn,
//   articleCount; ordered by publication date.
CALL () {
  MATCH (a:Person) WHERE a.id = $from OR a.name = $from RETURN a
  UNION MATCH (a:Organization) WHERE a.id = $from OR a.name = $from RETURN a
  UNION MATCH (a:Region) WHERE a.id = $from OR a.name = $from RETURN a
  UNION MATCH (a:Project) WHERE a.id = $from OR a.name = $from RETURN a
}
MATCH (a)-[x]->(b)
WHERE (b.id = $to OR b.name = $to) AND ($type IS NULL OR type(x) = $type)
WITH a, x, b,
     CASE WHEN x.articleIds IS NULL THEN [[x.articleId, x.evidence]]
          ELSE [i IN range(0, size(x.articleIds) - 1) | [x.articleIds[i], x.evidences[i]]] END AS statements
UNWIND statements AS statement
OPTIONAL MATCH (article:Article {id: statement[0]})
RETURN a.name AS from, type(x) AS type, b.name AS to, x.title AS title, statement[1] AS evidence,
       statement[0] AS articleId, article.title AS articleTitle, article.publishedOn AS publishedOn,
       coalesce(x.articleCount, 1) AS articleCount
ORDER BY publishedOn, articleId, type;
