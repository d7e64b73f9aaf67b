// The investment network of a company: its projects with amount, status, place and industry, who
// else invests in each, the officials who visited the company and the people who hold posts in it.
// Parameters:
//   $company  id, name or any alias of the company, e.g. 华凯集团 or 顺业纺织有限公司
// Returns: one row per project (one row with an empty project when it has none): company,
//   project, investedYuan, projectTotalYuan, status, region, industries, coInvestors, officialsMet,
//   executives; ordered by project.
MATCH (c:Organization) WHERE c.id = $company OR c.name = $company OR $company IN coalesce(c.aliases, [])
CALL (c) {
  OPTIONAL MATCH (visitor:Person)-[:VISITED]->(c)
  RETURN collect(DISTINCT visitor.name) AS officialsMet
}
CALL (c) {
  OPTIONAL MATCH (insider:Person)-[post:WORKS_FOR|HOLDS_POSITION]->(c)
  RETURN collect(DISTINCT insider.name + ' (' + post.title + ')') AS executives
}
OPTIONAL MATCH (c)-[i:INVESTS_IN]->(j:Project)
CALL (c, j) {
  OPTIONAL MATCH (other:Organization)-[:INVESTS_IN]->(j) WHERE other <> c
  RETURN collect(DISTINCT other.name) AS coInvestors
}
CALL (j) {
  OPTIONAL MATCH (j)-[:IN_INDUSTRY]->(industry:Industry)
  RETURN collect(DISTINCT industry.name) AS industries
}
OPTIONAL MATCH (j)-[:LOCATED_IN]->(where:Region)
RETURN c.name AS company, j.name AS project, i.amountYuan AS investedYuan, j.amountYuan AS projectTotalYuan,
       j.status AS status, where.name AS region, industries, coInvestors, officialsMet, executives
ORDER BY project;
