/**
 * Takes the graph elsewhere: GraphML and GEXF for Gephi and yEd, CSV files for
 * {@code neo4j-admin database import}, and a Cypher script that rebuilds the graph. The same
 * exports run from the command line ({@code export}) and as downloads from the explorer page
 * ({@code GET /export}).
 */
@NullMarked
package com.zhengqi.graph.export;

import org.jspecify.annotations.NullMarked;
