/**
 * The one list of node labels and relationship types, read from {@code graph/registry.json}: each
 * label's key property and drawing style, each type's ends, merge policy, properties, names and
 * colour. The store, the API, the exports and resolution take what they need from
 * {@link com.zhengqi.graph.registry.GraphRegistry}; a test checks the schema, the explorer's files,
 * the Cypher files and docs/graph-model.md against it. See docs/registry.md.
 */
@NullMarked
package com.zhengqi.graph.registry;

import org.jspecify.annotations.NullMarked;
