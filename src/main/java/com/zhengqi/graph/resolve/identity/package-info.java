/**
 * Entity resolution across articles: decides which mentions read from different articles are one
 * person, organisation, region or project, gives each a graph-wide id, and records why (aliases,
 * the rule that matched, joins of nodes that later evidence showed to be one).
 *
 * <p>Pure Java: {@link com.zhengqi.graph.resolve.identity.EntityResolver} works on
 * {@link com.zhengqi.graph.resolve.identity.IdentityIndex}, an in-memory view of what the graph
 * already holds, which the store loads before an ingest run and keeps up to date while it writes.
 */
@NullMarked
package com.zhengqi.graph.resolve.identity;

import org.jspecify.annotations.NullMarked;
