// The GraphQL API (/graphql) as the page uses it: one function per question, each a single request.

/** Posts a document; returns its data, or throws an Error carrying the API's messages. */
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify({query, variables}),
  });
  if (!response.ok && response.status !== 200) {
    throw new Error(`GraphQL request failed: HTTP ${response.status}`);
  }
  const body = await response.json();
  if (body.errors?.length && !body.data) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { nodes { id name labels } }
}`;

/** Entities whose names contain the text (Chinese and partial names), best first. */
export async function search(text, first = 8) {
  const data = await graphql(SEARCH, {text, first});
  return data.search?.nodes ?? [];
}

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    truncated
    nodes { id labels type name degree amountYuan size distance }
    edges { id type source target label amountYuan evidence articleId date datePrecision dateEnd }
  }
}`;

/** Distinct nodes and edges within depth of one entity; null for an unknown id. */
export async function neighborhood(id, depth, types, limit = 150) {
  const data = await graphql(NEIGHBORHOOD, {id, depth, types: types?.length ? types : null, limit});
  return data.neighborhood;
}

/** The relationship types the schema knows, from its RelationshipType enum. */
export async function relationshipTypes() {
  const data = await graphql(`{ __type(name: "RelationshipType") { enumValues { name } } }`);
  return (data.__type?.enumValues ?? []).map(v => v.name);
}

/** Articles per request: each alias costs its fields, and the API caps a document's cost (docs/graphql.md). */
const ARTICLES_PER_REQUEST = 100;

/** Many articles, a hundred per request (aliases a0, a1, ...), the requests side by side; returns a map id → article. */
export async function articles(ids, withText = false) {
  const unique = [...new Set(ids.filter(Boolean))];
  const slices = [];
  for (let i = 0; i < unique.length; i += ARTICLES_PER_REQUEST) {
    slices.push(articleSlice(unique.slice(i, i + ARTICLES_PER_REQUEST), withText));
  }
  return new Map((await Promise.all(slices)).flatMap(found => [...found]));
}

async function articleSlice(unique, withText) {
  const fields = `id title source publishedOn newspaper${withText ? ' text' : ''}`;
  const variables = {};
  const parameters = unique.map((id, i) => { variables[`i${i}`] = id; return `$i${i}: ID!`; });
  const selections = unique.map((id, i) => `a${i}: article(id: $i${i}) { ${fields} }`);
  const data = await graphql(`query Articles(${parameters.join(', ')}) { ${selections.join(' ')} }`, variables);
  const byId = new Map();
  unique.forEach((id, i) => { if (data[`a${i}`]) byId.set(id, data[`a${i}`]); });
  return byId;
}

const NODE_DETAILS = {
  Person: `query($id: ID!) { person(id: $id) {
    positions { title organization { name } region { name } }
    career { title body region since until firstSeen lastSeen evidence }
  } }`,
  Organization: `query($id: ID!) { organization(id: $id) { kind aliases regions { name } industries { name } } }`,
  Region: `query($id: ID!) { region(id: $id) { code level parent { name } } }`,
  Project: `query($id: ID!) { project(id: $id) { amountYuan status regions { name } industries { name } } }`,
};

/** More about one node, by its type; null when the type has nothing more to say. */
export async function nodeDetails(type, id) {
  const query = NODE_DETAILS[type];
  if (!query) {
    return null;
  }
  const data = await graphql(query, {id});
  return Object.values(data)[0];
}

const INDUSTRY_MEMBERS = `query($name: String!) {
  industry(name: $name) { projects(first: 100) { id } organizations(first: 100) { id } }
}`;

/** Ids of the projects and organisations of one industry. */
export async function industryMembers(name) {
  const data = await graphql(INDUSTRY_MEMBERS, {name});
  const industry = data.industry;
  return new Set([...(industry?.projects ?? []), ...(industry?.organizations ?? [])].map(e => e.id));
}

const INDUSTRIES = `{ investmentTotals(groupBy: INDUSTRY, first: 100) { key name } }`;

/** Industry names, largest investment first. */
export async function industries() {
  const data = await graphql(INDUSTRIES);
  return (data.investmentTotals ?? []).filter(t => t.key !== 'unknown').map(t => t.name ?? t.key);
}

const REGION = `query Region($name: String, $id: ID) {
  region(name: $name, id: $id) { id name code level parent { id name } }
}`;

const REGION_VIEW = `query RegionView($region: String!) {
  officials(region: $region, includeSubregions: true, first: 100) {
    title type person { id name } organization { id name } region { id name } evidence
    article { id title publishedOn }
  }
  projects(filter: {region: $region, includeSubregions: true}, orderBy: AMOUNT_DESC, first: 50) {
    totalCount
    nodes { id name amountYuan status industries { name } }
  }
  byIndustry: investmentTotals(groupBy: INDUSTRY, filter: {region: $region, includeSubregions: true}) { key name amountYuan projects }
  byYear: investmentTotals(groupBy: YEAR, filter: {region: $region, includeSubregions: true}) { key name amountYuan projects }
}`;

/** Everything the region view shows, for a region named (or given by id). */
export async function regionView(nameOrId, byId = false) {
  const region = (await graphql(REGION, byId ? {name: null, id: nameOrId} : {name: nameOrId, id: null}).catch(() => null))?.region;
  if (!region) {
    return null;
  }
  const data = await graphql(REGION_VIEW, {region: region.id});
  return {region, ...data};
}

const OVERVIEW = `query Overview($first: Int) {
  overview(first: $first) {
    counts { articles people companies governmentBodies regions projects industries amountYuan }
    officials { relationships entity { id name labels } }
    companies { relationships entity { id name labels } }
    regions { amountYuan projects projectsWithoutAmount region { id name level code parent { id } } }
  }
  projects(orderBy: AMOUNT_DESC, first: $first) { nodes { id name amountYuan status regions { name } } }
  articles(first: $first) { id title publishedOn newspaper }
}`;

/** What the page shows on arrival: counts, rankings, the largest projects, the latest articles, money by region. */
export async function overview(first = 10) {
  const data = await graphql(OVERVIEW, {first});
  return {...data.overview, projects: data.projects?.nodes ?? [], articles: data.articles ?? []};
}

const SHORTEST_PATHS = `query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $types: [RelationshipType!], $first: Int) {
  shortestPaths(fromId: $fromId, toId: $toId, maxLength: $maxLength, types: $types, first: $first) {
    length
    nodes { id labels type name degree amountYuan size distance }
    edges { id type source target label amountYuan evidence articleId date datePrecision dateEnd }
  }
}`;

/** Up to first shortest chains between two entities, all of the same length; empty when none is within maxLength. */
export async function shortestPaths(fromId, toId, maxLength, types, first = 5) {
  const data = await graphql(SHORTEST_PATHS, {fromId, toId, maxLength, types: types?.length ? types : null, first});
  return data.shortestPaths ?? [];
}
