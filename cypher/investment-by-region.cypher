// Total and count of investment by region: every project counts in the region it is located in and
// in every region that contains that one (柏庄镇's projects count for 北关区, 安阳市 and 河南省 too).
// Totals add each project's total amount once, however many companies invest in it; projects with
// no stated amount are counted but add nothing, and are counted apart.
// Parameters: none.
// Returns: region, regionId, level, projects, totalYuan, projectsWithoutAmount; ordered by total
//   (largest first), then region.
MATCH (j:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(r:Region)
WITH r, collect(DISTINCT j) AS projects
RETURN r.name AS region, r.id AS regionId, r.level AS level, size(projects) AS projects,
       reduce(total = 0, j IN projects | total + coalesce(j.amountYuan, 0)) AS totalYuan,
       size([j IN projects WHERE j.amountYuan IS NULL]) AS projectsWithoutAmount
ORDER BY totalYuan DESC, region;
