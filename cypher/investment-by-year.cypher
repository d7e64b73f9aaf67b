// Total and count of investment by year: a project belongs to the year its dated facts give (the earliest
// date of an investment in it, a signing; else the date of its status, 签约/开工 as read), else the year it
// was first reported in (the earliest publication date of an article naming it). Projects with neither
// have no year and are left out.
// Parameters: none.
// Returns: year, projects, totalYuan, projectsWithoutAmount; ordered by year.
MATCH (j:Project)
OPTIONAL MATCH ()-[inv:INVESTS_IN]->(j)
WITH j, coalesce(min(inv.date), j.statusDate, j.firstSeen) AS dated
WHERE dated IS NOT NULL
WITH substring(toString(dated), 0, 4) AS year, collect(j) AS projects
RETURN year, size(projects) AS projects,
       reduce(total = 0, j IN projects | total + coalesce(j.amountYuan, 0)) AS totalYuan,
       size([j IN projects WHERE j.amountYuan IS NULL]) AS projectsWithoutAmount
ORDER BY year;
