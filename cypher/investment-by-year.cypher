// Total and count of investment by year: a project belongs to the year it was first reported in
// (the earliest publication date of an article naming it). Projects only named by undated
// articles have no year and are left out.
// Parameters: none.
// Returns: year, projects, totalYuan, projectsWithoutAmount; ordered by year.
MATCH (j:Project) WHERE j.firstSeen IS NOT NULL
WITH substring(j.firstSeen, 0, 4) AS year, collect(j) AS projects
RETURN year, size(projects) AS projects,
       reduce(total = 0, j IN projects | total + coalesce(j.amountYuan, 0)) AS totalYuan,
       size([j IN projects WHERE j.amountYuan IS NULL]) AS projectsWithoutAmount
ORDER BY year;
