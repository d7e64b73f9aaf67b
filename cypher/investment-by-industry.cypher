// Total and count of investment by industry: each project's total amount once per industry it is in.
// Parameters: none.
// Returns: industry, projects, totalYuan, projectsWithoutAmount; ordered by total (largest first), then industry.
MATCH (j:Project)-[:IN_INDUSTRY]->(i:Industry)
WITH i, collect(DISTINCT j) AS projects
RETURN i.name AS industry, size(projects) AS projects,
       reduce(total = 0, j IN projects | total + coalesce(j.amountYuan, 0)) AS totalYuan,
       size([j IN projects WHERE j.amountYuan IS NULL]) AS projectsWithoutAmount
ORDER BY totalYuan DESC, industry;
