/**
 * The document and graph records shared by every stage of the pipeline (read → find → relate →
 * resolve → store → serve). See ../shared/graph-model.md for the contract they serialise to.
 */
@NullMarked
package com.zhengqi.graph.model;

import org.jspecify.annotations.NullMarked;
