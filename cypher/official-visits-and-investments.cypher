// Which companies an official visited, and what each of them invested afterwards: every
// investment first reported on or after the day of the official's first visit. A company with
// no later investment is listed once with an empty project, so visits that led nowhere show too.
// The visit's day is the date the article gives for it, else the article's publication date.
// Parameters:
//   $person  name or id of the official, e.g. 李富生
// Returns: official, company, visitedOn, project, investedYuan (this company's stated share, or
//   null), projectTotalYuan, region (where the project is), investedOn; ordered by visit, company, project.
MATCH (p:Person)-[v:VISITED]->(c:Organization) WHERE p.id = $person OR p.name = $person
OPTIONAL MATCH (report:Article {id: v.articleId})
WITH p, c, min(coalesce(v.date, report.publishedOn)) AS visitedOn
OPTIONAL MATCH (c)-[i:INVESTS_IN]->(j:Project) WHERE i.firstSeen >= visitedOn
OPTIONAL MATCH (j)-[:LOCATED_IN]->(where:Region)
RETURN p.name AS official, c.name AS company, visitedOn, j.name AS project, i.amountYuan AS investedYuan,
       j.amountYuan AS projectTotalYuan, where.name AS region, i.firstSeen AS investedOn
ORDER BY visitedOn, company, project;
