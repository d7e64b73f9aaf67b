/**
 * Neo4j, embedded or external: the schema, resolution and batched writes of ingest, the Cypher library.
 */
@NullMarked
package com.zhengqi.graph.store;

import org.jspecify.annotations.NullMarked;
